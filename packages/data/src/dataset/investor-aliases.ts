/**
 * Investors as news reports write them that are not a name or alias of the entity they belong to:
 * holding companies, investment arms and spellings. Reviewed by hand; the reports' own notes in
 * brackets ("(lead)", "(subsidiary)") are stripped before names are looked up.
 */
export const INVESTOR_ALIASES: Record<string, string> = {
  'Alibaba Group Holding': 'alibaba',
  'Alibaba Group Holding Ltd': 'alibaba',
  'Alibaba Group': 'alibaba',
  'Alibaba Cloud': 'alibaba',
  'Alibaba Group Holding cloud unit': 'alibaba',
  'Taobao China Holding': 'alibaba',
  'Alisoft China': 'alibaba',
  阿里巴巴: 'alibaba',
  'Tencent Holdings': 'tencent',
  腾讯: 'tencent',
  騰訊: 'tencent',
  腾讯投资: 'tencent',
  'Xiaomi Corp': 'xiaomi',
  小米: 'xiaomi',
  Ant: 'ant-group',
  蚂蚁集团: 'ant-group',
  美团: 'meituan',
  百度: 'baidu',
  启明创投: 'qiming',
  啓明創投: 'qiming',
  君联资本: 'legend-capital',
  今日资本: 'capital-today',
  'Gaorong Capital': 'gaorong',
};

/**
 * Organisation names as the models dataset writes them that are not a name or alias of the entity
 * they belong to: labs and divisions credited under their own name, and spellings of later releases.
 * Reviewed by hand; every other name resolves through the entities' names and aliases.
 */
export const DEVELOPER_ALIASES: Record<string, string> = {
  'Z.ai (Zhipu AI)': 'zhipu-ai',
  Moonshot: 'moonshot-ai',
  'Beijing Academy of Artificial Intelligence / BAAI': 'baai',
  "Huawei Noah's Ark Lab": 'huawei',
  'Alibaba DAMO Academy': 'alibaba',
  'Alibaba Cloud': 'alibaba',
  Qwen: 'alibaba',
  'WeChat AI': 'tencent',
  'Tencent AI Lab': 'tencent',
  'iFLYTEK Research': 'iflytek',
  'Megvii Inc': 'megvii',
  // Hailuo AI is MiniMax's consumer brand, credited beside MiniMax on its video models.
  'Hailuo AI': 'minimax',
};

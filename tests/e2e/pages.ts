/** Every page of the dashboard, as English paths; the Traditional Chinese ones are under /zh-hant. */
export const pages = [
  { name: 'overview', path: '/' },
  { name: 'companies', path: '/companies' },
  { name: 'company', path: '/companies/zhipu-ai' },
  { name: 'compare', path: '/compare?ids=zhipu-ai,moonshot-ai,minimax' },
  { name: 'models', path: '/models' },
  { name: 'model', path: '/models/deepseek-v3' },
  { name: 'timeline', path: '/timeline' },
  { name: 'network', path: '/network' },
  { name: 'policy', path: '/policy' },
  { name: 'conflicts', path: '/conflicts' },
  { name: 'sources', path: '/sources' },
  { name: 'data', path: '/data' },
  { name: 'changes', path: '/changes' },
] as const;

export const languages = [
  { code: 'en', prefix: '' },
  { code: 'zh-hant', prefix: '/zh-hant' },
] as const;

export const localized = (prefix: string, path: string) => (prefix && path === '/' ? prefix : `${prefix}${path}`);

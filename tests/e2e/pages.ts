/** The pages built so far, as English paths; the Traditional Chinese ones are under /zh-hant. */
export const pages = [
  { name: 'overview', path: '/' },
  { name: 'sources', path: '/sources' },
  { name: 'data', path: '/data' },
] as const;

export const languages = [
  { code: 'en', prefix: '' },
  { code: 'zh-hant', prefix: '/zh-hant' },
] as const;

export const localized = (prefix: string, path: string) => (prefix && path === '/' ? prefix : `${prefix}${path}`);

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const catalogue = (locale: string): Record<string, string> => {
  const { $schema: _, ...messages } = JSON.parse(readFileSync(join(root, 'messages', `${locale}.json`), 'utf8'));
  return messages;
};
const en = catalogue('en');
const zh = catalogue('zh-hant');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'paraglide') return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('message catalogues', () => {
  it('hold the same keys in English and Traditional Chinese', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  it('have no empty message in either language', () => {
    for (const [key, text] of [...Object.entries(en), ...Object.entries(zh)]) expect(text.trim(), key).not.toBe('');
  });
  it('use the same parameters in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).sort();
    for (const key of Object.keys(en)) expect(params(zh[key] ?? ''), key).toEqual(params(en[key]!));
  });
  it('contain every message the code uses', () => {
    const used = new Set(sources(join(root, 'src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/\bm\.(\w+)\b/g)].map((x) => x[1]!)));
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });
  it('hold no message the code no longer uses', () => {
    const code = sources(join(root, 'src')).map((f) => readFileSync(f, 'utf8')).join('\n');
    expect(Object.keys(en).filter((k) => !new RegExp(`\\bm\\.${k}\\b`).test(code))).toEqual([]);
  });
});

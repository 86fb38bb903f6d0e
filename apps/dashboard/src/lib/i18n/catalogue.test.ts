import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));
/** A message: plain text, or (inlang's variants, e.g. plural forms) a list of variant sets. */
type Message = string | { declarations?: string[]; match: Record<string, string> }[];

const catalogue = (locale: string): Record<string, Message> => {
  const { $schema: _, ...messages } = JSON.parse(readFileSync(join(root, 'messages', `${locale}.json`), 'utf8'));
  return messages;
};
/** Every text a message can show. */
const texts = (message: Message): string[] => (typeof message === 'string' ? [message] : message.flatMap((v) => Object.values(v.match)));
/** The parameters a message takes: those its texts use and those its variants declare as input. */
function params(message: Message): string[] {
  const used = texts(message).flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!));
  const declared = typeof message === 'string' ? [] : message.flatMap((v) => (v.declarations ?? []).flatMap((d) => /^input (\w+)$/.exec(d)?.[1] ?? []));
  return [...new Set([...used, ...declared])].sort();
}

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
    for (const [key, message] of [...Object.entries(en), ...Object.entries(zh)]) {
      expect(texts(message).length, key).toBeGreaterThan(0);
      for (const text of texts(message)) expect(text.trim(), key).not.toBe('');
    }
  });
  it('use the same parameters in both languages', () => {
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

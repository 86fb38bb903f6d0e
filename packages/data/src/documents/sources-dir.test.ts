import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resolveSourcesDir } from './sources-dir.ts';

describe('resolveSourcesDir', () => {
  const root = mkdtempSync(join(tmpdir(), 'aiwatch-sources-dir-'));
  const docs = join(root, 'docs');
  const fallback = join(root, 'shared', 'seeds');
  const empty = join(root, 'empty');
  const missing = join(root, 'missing');
  const files = ['one.txt', 'two.txt'];
  mkdirSync(docs);
  mkdirSync(empty);
  mkdirSync(fallback, { recursive: true });
  writeFileSync(join(docs, 'two.txt'), 'x');
  writeFileSync(join(fallback, 'one.txt'), 'x');
  writeFileSync(join(root, 'a-file'), 'x');
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const resolveWith = (env: Record<string, string>, fb = fallback) =>
    resolveSourcesDir({ env, fallback: fb, files });

  it('takes SOURCES_DIR when it names a folder holding a document (checking it names the others)', () => {
    expect(resolveWith({ SOURCES_DIR: docs })).toEqual({ dir: docs, from: 'SOURCES_DIR' });
  });

  it('resolves a relative SOURCES_DIR where the command was typed: turbo, else npm, started there', () => {
    expect(resolveWith({ SOURCES_DIR: 'docs', INIT_CWD: root })).toEqual({
      dir: docs,
      from: 'SOURCES_DIR',
    });
    const inPackage = { SOURCES_DIR: 'docs', INIT_CWD: join(root, 'shared') };
    expect(resolveWith({ ...inPackage, TURBO_INVOCATION_DIR: root })).toEqual({
      dir: docs,
      from: 'SOURCES_DIR',
    });
    expect(resolveWith(inPackage)).toMatchObject({ dir: null });
  });

  it('takes a SOURCES_DIR without documents as "no documents", never the fallback', () => {
    for (const value of [missing, join(root, 'a-file'), empty]) {
      const found = resolveWith({ SOURCES_DIR: value });
      expect(found).toMatchObject({ dir: null, from: 'SOURCES_DIR' });
      expect(found.dir === null && found.reason).toContain(`SOURCES_DIR is set to "${value}"`);
    }
  });

  it('falls back to the folder beside the repository, and to none without it', () => {
    expect(resolveWith({})).toEqual({ dir: fallback, from: 'default' });
    expect(resolveWith({ SOURCES_DIR: '  ' })).toEqual({ dir: fallback, from: 'default' });
    expect(resolveWith({}, missing)).toMatchObject({ dir: null, from: 'default' });
    expect(resolveWith({}, empty)).toMatchObject({ dir: null, from: 'default' });
  });
});

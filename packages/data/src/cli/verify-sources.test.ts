import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index.ts';
import { NEEDS_SOURCES, sourcesDir } from '../documents/sources-dir.ts';

const seeds = sourcesDir() ?? '';
const cli = fileURLToPath(new URL('./verify-sources.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../../../node_modules/.bin/tsx', import.meta.url));

function runWith(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(tsx, [cli, ...args], { env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr });
    });
  });
}
const run = (...args: string[]) => runWith({}, ...args);

describe.skipIf(seeds === '')(`verify-sources CLI — ${NEEDS_SOURCES}`, () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'aiwatch-seeds-'));
    for (const s of dataset.sources.filter((x) => x.kind === 'document')) await copyFile(join(seeds, s.file!), join(dir, s.file!));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('passes on the documents as published', async () => {
    const { code, out } = await run(dir);
    expect(out).toMatch(/claims checked against 2 of 2 documents: \d+ found, 0 failed/);
    // News articles are not archived: their claims are counted apart, never as verified.
    expect(out).toContain(`${dataset.company_facts.length} claims of ${dataset.sources.filter((s) => s.kind === 'article').length} news articles are cited, not archived`);
    expect(code).toBe(0);
  });

  it('without a folder, checks the one SOURCES_DIR names, relative to where npm started', async () => {
    const env = { SOURCES_DIR: basename(dir), INIT_CWD: dirname(dir), TURBO_INVOCATION_DIR: '' };
    const { code, out } = await runWith(env);
    expect(out).toContain(`documents from ${dir} (SOURCES_DIR)`);
    expect(out).toMatch(/claims checked against 2 of 2 documents: \d+ found, 0 failed/);
    expect(code).toBe(0);
  });

  it('fails, naming the claim, when a cited figure in a copy is altered', async () => {
    const talkie = dataset.figures.find((f) => f.source_text === '1140萬')!;
    const file = join(dir, dataset.sources.find((s) => s.id === talkie.source_id)!.file!);
    const text = await readFile(file, 'utf8');
    expect(text).toContain('1140\n\n萬');
    await writeFile(file, text.replace('1140\n\n萬', '1150\n\n萬'));
    const { code, out } = await run(dir);
    expect(out).toContain(`FAIL figures/${talkie.id}: expected "1140萬" under "${talkie.locator}"`);
    expect(out).toMatch(/, [1-9]\d* failed/);
    expect(code).toBe(1);
  });

  it('reports a claim found under another section than its locator', async () => {
    const file = join(dir, dataset.sources[0]!.file!);
    const text = await readFile(file, 'utf8');
    // Moving the heading of the section after the figure's below it puts the figure elsewhere.
    const heading = '中國AI的戰略轉型';
    await writeFile(file, text.replace(`\n${heading}\n`, '\n').replace('中國AI的戰略挑戰', `${heading}\n\n中國AI的戰略挑戰`));
    const { code, out } = await run(dir);
    expect(out).toMatch(/found under "科技自主戰略：國家安全與市場競爭" instead/);
    expect(code).toBe(1);
  });

  it('says which document is missing and notes unknown files', async () => {
    await rm(join(dir, dataset.sources[1]!.file!));
    await writeFile(join(dir, 'stray.txt'), 'x');
    const { code, out } = await run(dir);
    expect(out).toContain(`ERROR missing document ${dataset.sources[1]!.file}`);
    expect(out).toContain('note: stray.txt is not a document of any source; ignored');
    expect(code).toBe(1);
  });

  it('rejects a document that is not UTF-8 text', async () => {
    await writeFile(join(dir, dataset.sources[1]!.file!), Buffer.from([0xff, 0xfe, 0xc3, 0x28]));
    const { code, out } = await run(dir);
    expect(out).toContain(`cannot read ${dataset.sources[1]!.file}`);
    expect(out).toContain('not valid UTF-8 text');
    expect(code).toBe(1);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable document', async () => {
    await chmod(join(dir, dataset.sources[1]!.file!), 0o000);
    const { code, out } = await run(dir);
    expect(out).toContain('EACCES');
    expect(code).toBe(1);
  });
});

describe('verify-sources CLI usage errors', () => {
  it('exits 2 with usage on --help', async () => {
    const { code, out } = await run('--help');
    expect(out).toContain('usage: npm run verify-sources [-- <folder');
    expect(code).toBe(2);
  });
  it('exits 2, saying why, when no folder is given and SOURCES_DIR names no folder', async () => {
    const { code, out } = await runWith({ SOURCES_DIR: '/nonexistent/sources' });
    expect(out).toContain('no source documents to check against');
    expect(out).toContain('SOURCES_DIR is set to "/nonexistent/sources"');
    expect(out).not.toContain('claims checked');
    expect(code).toBe(2);
  });
  it('exits 2 when the folder does not exist', async () => {
    const { code, out } = await run('/nonexistent/seeds');
    expect(out).toContain('folder "/nonexistent/seeds" does not exist');
    expect(code).toBe(2);
  });
});

import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entities } from '../dataset/entities.ts';
import { DEVELOPER_ALIASES } from '../dataset/developer-aliases.ts';
import { factsSnapshotFiles, importFactsForDataset, readFactsSnapshotFiles, resolveResearchCsv } from '../imports/company-facts/index.ts';
import { importEpochModels, readSnapshot, resolveEpochCsv, SNAPSHOT_DIR } from '../imports/epoch-models/index.ts';
import { formatModels } from '../imports/epoch-models/snapshot.ts';
import { HEADER_2025, row, scratch, toCsv, writeCsv } from '../imports/epoch-models/testing/csv.ts';

const cli = fileURLToPath(new URL('./import.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../../../node_modules/.bin/tsx', import.meta.url));

function run(...args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(tsx, [cli, ...args], { env: { ...process.env, INIT_CWD: '' } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, out: stdout + stderr });
    });
  });
}
const snapshotText = (dir: string) => readFileSync(join(dir, 'models.json'), 'utf8');
const tenModels = Array.from({ length: 10 }, (_, i) => row(`Model ${i}`));

describe('npm run import -- epoch-models', () => {
  it('writes a snapshot, then reports no change when run again on the same file', async () => {
    const dir = scratch();
    const csv = writeCsv(dir, 'r1.csv', toCsv(tenModels));
    const first = await run('epoch-models', csv, '--snapshot', join(dir, 'snap'));
    expect(first.code).toBe(0);
    expect(first.out).toContain('read 10 rows of r1.csv');
    const before = snapshotText(join(dir, 'snap'));
    const second = await run('epoch-models', csv, '--snapshot', join(dir, 'snap'), '--report', join(dir, 'report.json'));
    expect(second.out).toContain('against the snapshot (10 models): 0 added, 0 removed, 0 changed');
    expect(snapshotText(join(dir, 'snap'))).toBe(before);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Record<string, unknown>;
    for (const key of ['added', 'removed', 'changed', 'duplicates', 'unresolved']) expect(Array.isArray(report[key]), key).toBe(true);
  });

  it('stops a release that removes more than a tenth of the models unless told --allow-removals', async () => {
    const dir = scratch();
    const snap = join(dir, 'snap');
    await run('epoch-models', writeCsv(dir, 'r1.csv', toCsv(tenModels)), '--snapshot', snap);
    const before = snapshotText(snap);
    const smaller = writeCsv(dir, 'r2.csv', toCsv(tenModels.slice(0, 8)));
    const refused = await run('epoch-models', smaller, '--snapshot', snap);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/removes 2 of 10 models \(more than a tenth\); nothing was written/);
    expect(snapshotText(snap)).toBe(before);
    const allowed = await run('epoch-models', smaller, '--snapshot', snap, '--allow-removals');
    expect(allowed.code).toBe(0);
    expect(snapshotText(snap)).not.toBe(before);
  });

  it('--dry-run reports and writes nothing', async () => {
    const dir = scratch();
    const snap = join(dir, 'snap');
    await run('epoch-models', writeCsv(dir, 'r1.csv', toCsv(tenModels)), '--snapshot', snap);
    const before = snapshotText(snap);
    const grown = writeCsv(dir, 'r2.csv', toCsv([...tenModels, row('Eleven')]));
    const { code, out } = await run('epoch-models', grown, '--snapshot', snap, '--dry-run');
    expect([code, out]).toEqual([0, expect.stringContaining('1 added, 0 removed, 0 changed')]);
    expect(out).toContain('+ Eleven (eleven)');
    expect(snapshotText(snap)).toBe(before);
  });

  it('leaves the snapshot untouched on bad input, with the reason and exit 1', async () => {
    const dir = scratch();
    const snap = join(dir, 'snap');
    await run('epoch-models', writeCsv(dir, 'r1.csv', toCsv(tenModels)), '--snapshot', snap);
    const before = snapshotText(snap);
    const text = toCsv([...tenModels, row('Cut', { Link: 'https://x.example/"a"' })]);
    const { code, out } = await run('epoch-models', writeCsv(dir, 'cut.csv', text.slice(0, -20)), '--snapshot', snap);
    expect(code).toBe(1);
    expect(out).toMatch(/import: .*never closed.*\nThe snapshot is unchanged/s);
    expect(snapshotText(snap)).toBe(before);
  });

  it.each([
    [[], /name the kind of import and the file/],
    [['models', 'x.csv'], /unknown import "models"/],
    [['epoch-models', 'x.csv', '--report'], /--report needs a file name/],
    [['epoch-models', 'x.csv', '--force'], /unknown option --force/],
  ])('usage error %j exits 2', async (args, message) => {
    const { code, out } = await run(...args);
    expect(code).toBe(2);
    expect(out).toMatch(message);
  });
});

const shared = resolveEpochCsv();
describe.skipIf(shared === null)('the committed snapshot — needs the Epoch AI CSV (../shared/datasets or EPOCH_MODELS_CSV)', () => {
  it('is exactly what importing the archived release gives', async () => {
    const committed = readSnapshot()!;
    const { snapshot, report } = await importEpochModels(shared!, entities, DEVELOPER_ALIASES, committed);
    expect(snapshot.release).toEqual(committed.release);
    expect(formatModels(snapshot.models)).toBe(readFileSync(join(SNAPSHOT_DIR, 'models.json'), 'utf8'));
    expect([report.added.length, report.removed.length, report.changed.length]).toEqual([0, 0, 0]);
  });
});

const research = resolveResearchCsv();
describe.skipIf(research === null)('the committed company-facts snapshot — needs the research CSV (../shared/research or RESEARCH_FACTS_CSV)', () => {
  it('is exactly what importing the news figures and rates gives', async () => {
    const { snapshot } = await importFactsForDataset(research!, join(dirname(research!), 'fx-usd.csv'));
    const committed = readFactsSnapshotFiles()!;
    for (const [name, text] of factsSnapshotFiles(snapshot)) expect(text, name).toBe(committed.get(name));
  });
});

describe('npm run import: what a hostile probe found', () => {
  it('stops a release that lacks a column the previous one had, unless told --allow-missing-columns', async () => {
    const dir = scratch();
    const snap = join(dir, 'snap');
    const withAccess = tenModels.map((r) => ({ ...r, 'Model accessibility': 'API access' }));
    await run('epoch-models', writeCsv(dir, 'r1.csv', toCsv(withAccess)), '--snapshot', snap);
    const before = snapshotText(snap);
    const renamed = HEADER_2025.map((h) => (h === 'Model accessibility' ? 'Accessibility' : h));
    const file = writeCsv(dir, 'r2.csv', toCsv(withAccess.map((r) => ({ ...r, Accessibility: 'API access' })), renamed));
    const refused = await run('epoch-models', file, '--snapshot', snap);
    expect(refused.code).toBe(1);
    expect(refused.out).toMatch(/previous release had "Model accessibility", this file has no such column/);
    expect(snapshotText(snap)).toBe(before);
    expect((await run('epoch-models', file, '--snapshot', snap, '--allow-missing-columns')).code).toBe(0);
  });

  it('treats half a snapshot as an error, not as no snapshot', async () => {
    const dir = scratch();
    const snap = join(dir, 'snap');
    await run('epoch-models', writeCsv(dir, 'r1.csv', toCsv(tenModels)), '--snapshot', snap);
    await rm(join(snap, 'models.json'));
    const { code, out } = await run('epoch-models', writeCsv(dir, 'r2.csv', toCsv(tenModels.slice(0, 5))), '--snapshot', snap);
    expect(code).toBe(1);
    expect(out).toMatch(/holds release\.json without models\.json/);
  });

  it('says plainly when the report cannot be written', async () => {
    const dir = scratch();
    const { code, out } = await run('epoch-models', writeCsv(dir, 'r1.csv', toCsv(tenModels)), '--snapshot', join(dir, 'snap'), '--report', join(dir, 'no', 'such', 'r.json'));
    expect(code).toBe(1);
    expect(out).toMatch(/cannot write the report to .* \(ENOENT\); nothing was written/);
  });
});

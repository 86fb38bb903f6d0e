import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entities } from '../../dataset/entities.ts';
import { DEVELOPER_ALIASES } from '../../dataset/developer-aliases.ts';
import { DuplicateColumnsError, importEpochModels, MissingColumnsError, RowValidationError } from './index.ts';
import { HEADER_2025, row, scratch, toCsv, writeCsv, type TestRow } from './testing/csv.ts';
import type { Snapshot } from './snapshot.ts';

const importRows = async (rows: TestRow[], header = HEADER_2025, previous: Snapshot | null = null) => {
  const path = writeCsv(scratch(), 'models.csv', toCsv(rows, header));
  return importEpochModels(path, entities, DEVELOPER_ALIASES, previous);
};
const only = async (r: TestRow) => {
  const { snapshot } = await importRows([r]);
  expect(snapshot.models).toHaveLength(1);
  return snapshot.models[0]!;
};

describe('normalisation', () => {
  it('trims names that end in tabs or line breaks, keeping the cell as written', async () => {
    const m = await only(row('Zephyr 141B\t\t\t'));
    expect(m.name).toBe('Zephyr 141B');
    expect(m.cells.Model).toBe('Zephyr 141B\t\t\t');
    expect((await only(row('CPM-Ant\n'))).name).toBe('CPM-Ant');
    expect((await only(row(' InternVL'))).name).toBe('InternVL');
  });

  it('splits several organisations and keeps a comma followed by a space inside a name', async () => {
    const m = await only(
      row('Joint', { Organization: 'Tsinghua University,Zhipu AI,SambaNova Systems, Inc', 'Country (from Organization)': 'China,China,United States of America' }),
    );
    expect(m.developers).toEqual([
      { name: 'Tsinghua University', entity_id: 'tsinghua-university' },
      { name: 'Zhipu AI', entity_id: 'zhipu-ai' },
      { name: 'SambaNova Systems, Inc', entity_id: null },
    ]);
    expect(m.countries).toEqual(['China', 'United States of America']);
  });

  it('reads exponent floats to 12 significant digits, so float noise is not a different figure', async () => {
    const a = await only(row('A', { 'Training compute (FLOP)': '3.5999999999999997e+25', Parameters: '243000000.00000003' }));
    const b = await only(row('A', { 'Training compute (FLOP)': '3.6e+25', Parameters: '243000000' }));
    expect(a.training_compute).toBe(3.6e25);
    expect(a.parameters).toBe(243_000_000);
    expect([b.training_compute, b.parameters]).toEqual([a.training_compute, a.parameters]);
    expect(a.cells['Training compute (FLOP)']).toBe('3.5999999999999997e+25');
  });

  it('keeps partial dates partial, with their precision', async () => {
    expect(await only(row('D', { 'Publication date': '2024-06-05' }))).toMatchObject({ published_on: '2024-06-05', date_precision: 'day' });
    expect(await only(row('M', { 'Publication date': '2024-06' }))).toMatchObject({ published_on: '2024-06-01', date_precision: 'month' });
    expect(await only(row('Y', { 'Publication date': '2024' }))).toMatchObject({ published_on: '2024-01-01', date_precision: 'year' });
    expect(await only(row('N', { 'Publication date': '' }))).toMatchObject({ published_on: null, date_precision: null });
  });

  it('reads open weights from the accessibility and the first of several links', async () => {
    const m = await only(row('O', { 'Model accessibility': 'Open weights (restricted use)', Link: 'https://a.example/x\n\nhttps://b.example/y' }));
    expect(m).toMatchObject({ accessibility: 'Open weights (restricted use)', open_weights: true, link: 'https://a.example/x' });
    expect(await only(row('P', { 'Model accessibility': 'API access' }))).toMatchObject({ open_weights: false });
    expect(await only(row('Q'))).toMatchObject({ accessibility: null, open_weights: null, link: null });
  });

  it('takes facts only: free-text columns never reach the snapshot', async () => {
    const { snapshot } = await importRows([row('F', { Authors: 'A. Person, B. Person' })]);
    const text = JSON.stringify(snapshot);
    expect(text).not.toContain('Somebody else');
    expect(text).not.toContain('A. Person');
  });
});

describe('columns found by header name', () => {
  it('reads a later release that renames, adds and reorders columns', async () => {
    const header = ['Task', 'Country (of organization)', ...HEADER_2025.filter((h) => h !== 'Country (from Organization)').reverse()];
    const r = { ...row('GLM-4'), 'Country (of organization)': 'China', Task: 'Chat,Code generation' };
    const { snapshot } = await importRows([r], header);
    expect(snapshot.models[0]).toMatchObject({ countries: ['China'], tasks: ['Chat', 'Code generation'] });
    expect(snapshot.release.columns.countries).toBe('Country (of organization)');
  });

  it('names every required column that is missing', async () => {
    const header = HEADER_2025.filter((h) => h !== 'Parameters' && h !== 'Country (from Organization)');
    const error = await importRows([row('X')], header).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingColumnsError);
    expect((error as Error).message).toContain('"Parameters"');
    expect((error as Error).message).toContain('"Country (of organization)" (or "Country (from Organization)")');
  });
});

describe('row validation', () => {
  it('gives the row number, line and column of each bad cell, and keeps nothing', async () => {
    const error = await importRows([row('Good'), row('Bad', { Parameters: 'about 7B', 'Publication date': '2024-13-01' })]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RowValidationError);
    const errors = (error as RowValidationError).errors;
    expect(errors.map((e) => `${e.row}:${e.column}`).sort()).toEqual(['2:Parameters', '2:Publication date']);
    expect((error as Error).message).toMatch(/row 2 \(line 3\), column "Parameters": must be a number/);
  });
});

describe('identity', () => {
  it('gives repeated names distinct ids and keys, and reports them', async () => {
    const { snapshot, report } = await importRows([
      row('SigLIP', { 'Publication date': '2023-03-27' }),
      row('SigLIP', { 'Publication date': '2023-09-01' }),
      row('Solo'),
    ]);
    expect(snapshot.models.map((m) => [m.id, m.key])).toEqual([
      ['siglip', 'SigLIP (2023-03-27)'],
      ['siglip-2023-09-01', 'SigLIP (2023-09-01)'],
      ['solo', 'Solo'],
    ]);
    expect(report.duplicates).toEqual([
      { name: 'SigLIP', models: [{ id: 'siglip', key: 'SigLIP (2023-03-27)' }, { id: 'siglip-2023-09-01', key: 'SigLIP (2023-09-01)' }] },
    ]);
  });

  it('skips rows with no name and reports each one, never silently', async () => {
    const { snapshot, report } = await importRows([row('Kept'), row('\t', { Parameters: '7e9' }), {}]);
    expect(snapshot.models.map((m) => m.name)).toEqual(['Kept']);
    expect(report.skipped).toEqual([
      { row: 2, reason: 'no model name' },
      { row: 3, reason: 'empty row' },
    ]);
  });

  it('gives the same ids whatever the row order', async () => {
    const rows = [row('B'), row('A'), row('A', { 'Publication date': '2020-01-01' }), row('C')];
    const ids = async (rs: TestRow[]) => (await importRows(rs)).snapshot.models.map((m) => `${m.key}=${m.id}`).sort();
    expect(await ids([...rows].reverse())).toEqual(await ids(rows));
  });

  it('keeps an id across re-imports, also when a later release repeats the name', async () => {
    const first = await importRows([row('GLM-5', { 'Publication date': '2025-02-01' }), row('Other')]);
    const glm5 = first.snapshot.models.find((m) => m.name === 'GLM-5')!;
    expect(glm5.key).toBe('GLM-5');
    const second = await importRows(
      [row('GLM-5', { 'Publication date': '2025-06-01' }), row('GLM-5', { 'Publication date': '2025-02-01' }), row('Other')],
      HEADER_2025,
      first.snapshot,
    );
    const again = second.snapshot.models.filter((m) => m.name === 'GLM-5');
    expect(again.find((m) => m.published_on === '2025-02-01')!.id).toBe(glm5.id);
    expect(again.find((m) => m.published_on === '2025-06-01')!.id).not.toBe(glm5.id);
    expect(second.report.added.map((a) => a.name)).toEqual(['GLM-5']);
    expect(second.report.changed).toEqual([]);
  });

  it('never hands a removed model’s id to a new one', async () => {
    const first = await importRows([row('Gone'), row('Stays')]);
    const second = await importRows([row('Stays'), row('Gone!')], HEADER_2025, first.snapshot);
    expect(second.report.removed).toEqual([{ id: 'gone', name: 'Gone' }]);
    expect(second.snapshot.models.find((m) => m.name === 'Gone!')!.id).toBe('gone-2024-06-05');
  });
});

describe('developers resolve to entities', () => {
  it.each([
    ['Zhipu AI', 'zhipu-ai'],
    ['Z.ai (Zhipu AI)', 'zhipu-ai'],
    ['智譜', 'zhipu-ai'],
    ['智谱', 'zhipu-ai'],
    ['Moonshot', 'moonshot-ai'],
    ['Beijing Academy of Artificial Intelligence / BAAI', 'baai'],
    ['  deepseek ', 'deepseek'],
    ['字节跳动', 'bytedance'],
  ])('%s → %s', async (name, id) => {
    expect((await only(row('M', { Organization: name }))).developers).toEqual([{ name: name.trim(), entity_id: id }]);
  });

  it('lists every organisation left unresolved, with how many models credit it', async () => {
    const { report } = await importRows([row('A', { Organization: 'Nowhere Lab' }), row('B', { Organization: 'Nowhere Lab,DeepSeek' })]);
    expect(report.unresolved).toEqual([{ name: 'Nowhere Lab', models: 2 }]);
    expect(report.resolved).toEqual([{ name: 'DeepSeek', entity_id: 'deepseek', models: 1 }]);
  });

  it('never resolves to a place or a product', async () => {
    expect((await only(row('M', { Organization: 'China' }))).developers[0]!.entity_id).toBeNull();
    expect((await only(row('M', { Organization: 'Kimi' }))).developers[0]!.entity_id).toBeNull();
  });
});

describe('a new release against the snapshot', () => {
  it('reports added, removed and changed models field by field (old → new)', async () => {
    const first = await importRows([row('Same'), row('Grows', { Parameters: '7000000000.0' }), row('Dropped')]);
    const second = await importRows(
      [row('Same'), row('Grows', { Parameters: '14000000000.0', 'Model accessibility': 'API access' }), row('New')],
      HEADER_2025,
      first.snapshot,
    );
    expect(second.report.added).toEqual([{ id: 'new', name: 'New' }]);
    expect(second.report.removed).toEqual([{ id: 'dropped', name: 'Dropped' }]);
    expect(second.report.changed).toEqual([
      {
        id: 'grows',
        name: 'Grows',
        changes: [
          { field: 'parameters', old: 7e9, new: 14e9 },
          { field: 'accessibility', old: null, new: 'API access' },
          { field: 'open_weights', old: null, new: false },
        ],
      },
    ]);
  });

  it('is no change when only the way a number or a header is written changes', async () => {
    const first = await importRows([row('X', { 'Training compute (FLOP)': '3.5999999999999997e+25' })]);
    const header = HEADER_2025.map((h) => (h === 'Country (from Organization)' ? 'Country (of organization)' : h));
    const r = { ...row('X', { 'Training compute (FLOP)': '3.6e+25' }), 'Country (of organization)': 'China' };
    const second = await importRows([r], header, first.snapshot);
    expect([second.report.added, second.report.removed, second.report.changed]).toEqual([[], [], []]);
  });
});

describe('bad input: a clear error', () => {
  const fails = async (content: string | Buffer) => {
    const path = writeCsv(scratch(), 'in.csv', content);
    return importEpochModels(path, entities, DEVELOPER_ALIASES, null).then(
      () => 'imported',
      (e: Error) => `${e.name}: ${e.message}`,
    );
  };
  it('an empty file', async () => expect(await fails('')).toMatch(/ImportInputError: the file is empty/));
  it('a header and no rows', async () => expect(await fails(toCsv([]))).toMatch(/header row but no model rows/));
  it('not UTF-8', async () => {
    const latin1 = Buffer.from(toCsv([row('Caf\u00e9')]), 'latin1');
    expect(await fails(latin1)).toMatch(/ImportInputError: the file is not UTF-8 text/);
  });
  it('truncated mid-row', async () => {
    const text = toCsv([row('A'), row('B', { Link: 'https://x.example/"quoted"' })]);
    expect(await fails(text.slice(0, text.lastIndexOf('quoted')))).toMatch(/ImportInputError: a quoted field is never closed/);
    const cut = toCsv([row('A'), row('B')]);
    expect(await fails(cut.slice(0, cut.lastIndexOf(',Language')))).toMatch(/ImportInputError: a row has a different number of fields/);
  });
  it('not a CSV at all', async () => {
    expect(await fails(readFileSync(new URL(import.meta.url)).subarray(0, 300))).toMatch(/MissingColumnsError: .*is this Epoch AI's models CSV\?/);
    expect(await fails(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0x00]))).toMatch(/ImportInputError: the file is not UTF-8/);
  });
  it('a missing file or a folder', async () => {
    await expect(importEpochModels('/nonexistent/x.csv', entities, DEVELOPER_ALIASES, null)).rejects.toThrow(/no file at/);
    await expect(importEpochModels(scratch(), entities, DEVELOPER_ALIASES, null)).rejects.toThrow(/is a folder/);
  });
});

describe('defects a hostile probe found', () => {
  it('refuses NUL and other control characters in a cell, naming row and column (PostgreSQL cannot hold NUL)', async () => {
    const error = await importRows([row('bad\u0000name'), row('ok', { Organization: 'Deep\u0007Seek' })]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RowValidationError);
    expect((error as RowValidationError).errors.map((e) => `${e.row}:${e.column}`)).toEqual(['1:Model', '2:Organization']);
  });
  it('refuses a header that names a column twice instead of reading the last one', async () => {
    const header = [...HEADER_2025, 'Organization'];
    await expect(importRows([row('X')], header)).rejects.toThrow(DuplicateColumnsError);
  });
  it('refuses a file whose rows name no model, rather than writing an empty snapshot', async () => {
    await expect(importRows([{ Organization: 'x' }, { Model: '   ' }])).rejects.toThrow(/none of the 2 rows names a model/);
  });
  it('stays linear when one name repeats thousands of times', async () => {
    const started = performance.now();
    const { snapshot } = await importRows(Array.from({ length: 3000 }, () => row('X')));
    expect(new Set(snapshot.models.map((m) => m.id)).size).toBe(3000);
    // Before the fix 3,000 repeats took seconds; a generous bound that only a quadratic pass breaks.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

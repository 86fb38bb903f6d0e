import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataset } from '../dataset/index.ts';
import {
  applyChanges,
  asTables,
  datasetAt,
  datasetHash,
  diffDatasets,
  parseNotes,
  planRelease,
  readReleaseHistory,
  ReleaseError,
  ReleaseStoreError,
  ReplayError,
  writeRelease,
  type DatasetTables,
  type ReleaseWithChanges,
} from './index.ts';

const zhipu = { id: 'zhipu-ai', type: 'company', name_en: 'Zhipu AI', name_zh: '智譜AI' };
const moonshot = { id: 'moonshot-ai', type: 'company', name_en: 'Moonshot AI', name_zh: '月之暗面' };
const glm = { id: 'glm-4', name: 'GLM-4', developers: [{ name: 'Zhipu AI', entity_id: 'zhipu-ai' }], parameters: 9e9 };
const kimi = { id: 'kimi-k1', name: 'Kimi k1', developers: [{ name: 'Moonshot', entity_id: 'moonshot-ai' }], parameters: null };
const tables = (t: Partial<DatasetTables>) => asTables(t);
const notes = { en: 'Notes.', zh: '說明。' };

describe('diffDatasets', () => {
  const before = tables({ entities: [zhipu, moonshot], models: [glm, kimi] });

  it('lists an added record with the whole record, its entities and labels in both languages', () => {
    const after = tables({ entities: [zhipu, moonshot], models: [glm, kimi, { id: 'glm-5', name: 'GLM-5', developers: [{ name: 'Zhipu AI', entity_id: 'zhipu-ai' }] }] });
    expect(diffDatasets(before, after)).toEqual([
      expect.objectContaining({ table: 'models', id: 'glm-5', kind: 'added', entity_ids: ['zhipu-ai'], label_en: 'GLM-5', record: expect.objectContaining({ name: 'GLM-5' }) }),
    ]);
  });

  it('lists a removed record with the record as it left', () => {
    const [change] = diffDatasets(before, tables({ entities: [zhipu, moonshot], models: [glm] }));
    expect(change).toMatchObject({ kind: 'removed', id: 'kimi-k1', entity_ids: ['moonshot-ai'], record: { id: 'kimi-k1', name: 'Kimi k1', developers: kimi.developers } });
  });

  it('lists a change field by field, old → new, a field that appears or goes having one side only', () => {
    const after = tables({ entities: [zhipu, moonshot], models: [{ ...glm, parameters: 1.2e10, open_weights: true }, kimi] });
    expect(diffDatasets(before, after)).toEqual([
      expect.objectContaining({
        kind: 'changed',
        id: 'glm-4',
        fields: [{ field: 'open_weights', new: true }, { field: 'parameters', old: 9e9, new: 1.2e10 }],
      }),
    ]);
  });

  it('sees no change in a field written as null where it was not written at all, or the other way', () => {
    const after = tables({ entities: [{ ...zhipu, founded: null }, moonshot], models: [glm, { ...kimi, parameters: undefined }] });
    expect(diffDatasets(before, after)).toEqual([]);
    expect(datasetHash(after)).toBe(datasetHash(before));
  });

  it('reads a record that comes back identical under another id as a rename, in the relations of the new name', () => {
    const renamed = { ...zhipu, id: 'z-ai' };
    const after = tables({ entities: [renamed, moonshot], models: [glm, kimi] });
    expect(diffDatasets(before, after)).toEqual([expect.objectContaining({ table: 'entities', kind: 'renamed', id: 'z-ai', previous_id: 'zhipu-ai', fields: [] })]);
  });

  it('labels a figure-like record with its entity’s names, and a relation in words', () => {
    const after = tables({
      entities: [zhipu, moonshot],
      relations: [{ id: 'r1', subject_id: 'moonshot-ai', predicate: 'competes_with', object_id: 'zhipu-ai' }],
    });
    const [change] = diffDatasets(tables({ entities: [zhipu, moonshot] }), after);
    expect(change).toMatchObject({ label_en: 'Moonshot AI competes with Zhipu AI', label_zh: '月之暗面與智譜AI競爭', entity_ids: ['moonshot-ai', 'zhipu-ai'] });
  });

  it('labels a company figure with its round in Chinese where the record has it, as the report names it where not', () => {
    const group = { id: 'g1', entity_id: 'zhipu-ai', company_id: 'zhipu-ai', metric: 'funding_round', as_of: '2024-12', round: 'last round' };
    const [named] = diffDatasets(tables({ entities: [zhipu] }), tables({ entities: [zhipu], fact_groups: [{ ...group, round_zh: '最近一輪' }] }));
    expect(named).toMatchObject({ label_en: 'Zhipu AI — funding round, last round, 2024-12', label_zh: '智譜AI：融資輪次（最近一輪，2024-12）' });
    const [older] = diffDatasets(tables({ entities: [zhipu] }), tables({ entities: [zhipu], fact_groups: [group] }));
    expect(older!.label_zh).toBe('智譜AI：融資輪次（last round，2024-12）');
  });

  it('finds nothing between a dataset and itself, in whatever order its records and keys are written', () => {
    const shuffled = tables({ entities: [moonshot, { name_zh: '智譜AI', id: 'zhipu-ai', name_en: 'Zhipu AI', type: 'company' }], models: [kimi, glm] });
    expect(diffDatasets(before, shuffled)).toEqual([]);
    expect(datasetHash(shuffled)).toBe(datasetHash(before));
  });
});

describe('applyChanges', () => {
  it('rebuilds the later dataset from the earlier one and the changes, whatever mix of kinds', () => {
    const before = tables({ entities: [zhipu, moonshot], models: [glm, kimi] });
    const after = tables({ entities: [{ ...zhipu, id: 'z-ai' }, { ...moonshot, name_zh: '月之暗面科技' }], models: [{ ...glm, parameters: 1e10 }, { id: 'abab', name: 'abab', developers: [] }] });
    expect(datasetHash(applyChanges(before, diffDatasets(before, after)))).toBe(datasetHash(after));
  });

  it('refuses changes that do not start from what the dataset holds', () => {
    const before = tables({ models: [glm] });
    const changes = diffDatasets(before, tables({ models: [{ ...glm, parameters: 1e10 }] }));
    expect(() => applyChanges(tables({ models: [{ ...glm, parameters: 5 }] }), changes, '2026.12.9')).toThrow(/2026\.12\.9: changed models\/glm-4: field parameters/);
    expect(() => applyChanges(tables({}), changes)).toThrow(ReplayError);
  });
});

describe('planRelease and the release history', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const release = (history: ReleaseWithChanges[], version: string, data: DatasetTables, releasedOn = '2026-12-07') => {
    const next = planRelease(history, { version, releasedOn, notes, data });
    writeRelease(dir, next.release, next.changes);
    return readReleaseHistory(dir);
  };

  it('chains releases that each rebuild their own version of the dataset', () => {
    dir = mkdtempSync(join(tmpdir(), 'releases-'));
    const v0 = tables({ entities: [zhipu], models: [glm] });
    const v1 = tables({ entities: [zhipu, moonshot], models: [{ ...glm, parameters: 1e10 }, kimi] });
    let history = release([], '2026.11.0', v0);
    history = release(history, '2026.12.0', v1);
    expect(history.map((h) => [h.release.version, h.release.previous, h.release.changes])).toEqual([
      ['2026.11.0', null, { added: 2, removed: 0, changed: 0, renamed: 0 }],
      ['2026.12.0', '2026.11.0', { added: 2, removed: 0, changed: 1, renamed: 0 }],
    ]);
    expect(history[1]!.release.counts).toMatchObject({ entities: 2, models: 2, figures: 0 });
    expect(datasetHash(datasetAt(history, '2026.11.0'))).toBe(datasetHash(v0));
    expect(datasetHash(datasetAt(history, '2026.12.0'))).toBe(datasetHash(v1));
  });

  it('refuses a release that changes nothing, an older or existing version, a date before the latest, a bad version', () => {
    dir = mkdtempSync(join(tmpdir(), 'releases-'));
    const v0 = tables({ entities: [zhipu] });
    const history = release([], '2026.12.0', v0, '2026-12-07');
    const plan = (version: string, data = tables({ entities: [zhipu, moonshot] }), releasedOn = '2026-12-08') => () => planRelease(history, { version, releasedOn, notes, data });
    expect(plan('2026.12.1', v0)).toThrow('nothing changed since 2026.12.0: no release made');
    expect(plan('2026.12.0')).toThrow(/exists; a release never changes — make 2026\.12\.1 instead/);
    expect(plan('2026.11.5')).toThrow('version 2026.11.5 must come after the latest release, 2026.12.0');
    expect(plan('2026.12.1', undefined, '2026-12-06')).toThrow(/before the latest release's \(2026-12-07\)/);
    expect(plan('v1')).toThrow(ReleaseError);
    expect(plan('2026.12.1')).not.toThrow();
  });

  it('refuses to read a history whose files were edited by hand', () => {
    dir = mkdtempSync(join(tmpdir(), 'releases-'));
    release([], '2026.12.0', tables({ entities: [zhipu] }));
    const path = join(dir, '2026.12.0', 'changes.jsonl');
    writeFileSync(path, readFileSync(path, 'utf8').replace('"name_en":"Zhipu AI"', '"name_en":"Zhipu"'));
    expect(() => datasetAt(readReleaseHistory(dir), '2026.12.0')).toThrow(/rebuild a dataset with hash .+, not the .+ it recorded/);
    writeFileSync(path, '{not json\n');
    expect(() => readReleaseHistory(dir)).toThrow(ReleaseStoreError);
  });
});

describe('the committed releases', () => {
  const history = readReleaseHistory();

  it('each rebuild the dataset they recorded, replayed from the first', () => {
    expect(history.length).toBeGreaterThanOrEqual(2);
    for (const { release } of history) expect(datasetHash(datasetAt(history, release.version))).toBe(release.dataset_sha256);
  });

  it('end at the data package: the current data is the latest release (after changing the data, run npm run release)', () => {
    expect(history.at(-1)!.release.dataset_sha256).toBe(datasetHash(dataset));
  });
});

describe('parseNotes', () => {
  it('reads the English and Traditional Chinese sections', () => {
    expect(parseNotes('# en\nNew models.\n\n# zh-hant\n新模型。\n')).toEqual({ en: 'New models.', zh: '新模型。' });
  });
  it('says which language is missing, or what stands before the first heading', () => {
    expect(() => parseNotes('# en\nNew models.')).toThrow(/no Traditional Chinese/);
    expect(() => parseNotes('New models.\n# en\nx\n# zh-hant\ny')).toThrow(/begin with a heading/);
  });
});

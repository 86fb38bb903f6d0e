import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { validateXML } from 'xmllint-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dataset, type Dataset } from '@aiwatch/data';
import { asTables, datasetHash, planRelease, readReleaseHistory, type ReleaseWithChanges } from '@aiwatch/data/releases';
import { startApiOver } from './support/custom-api.ts';
import { expectProblem, followPages, getJson } from './support/http.ts';
import { startApi, testDatabases, type ApiUnderTest } from './support/server.ts';
import { readZip } from './support/zip.ts';

const history = readReleaseHistory();
const latest = history.at(-1)!.release;
const first = history[0]!.release;
const ATOM_SCHEMA = readFileSync(new URL('./support/atom.rng', import.meta.url), 'utf8');

const change = z
  .object({
    id: z.string(),
    release: z.string(),
    released_on: z.string(),
    table_name: z.string(),
    record_id: z.string(),
    kind: z.enum(['added', 'removed', 'changed', 'renamed']),
    previous_id: z.string().nullable(),
    entity_ids: z.array(z.string()),
    label_en: z.string(),
    label_zh: z.string(),
    fields: z.array(z.object({ field: z.string(), old: z.unknown().optional(), new: z.unknown().optional() }).strict()),
    record: z.record(z.string(), z.unknown()).nullable(),
  })
  .strict();

/** Validates a feed against RFC 4287's grammar, then the rules the grammar cannot state. */
async function expectValidAtom(xml: string): Promise<string[]> {
  const result = await validateXML({ xml: [{ fileName: 'feed.xml', contents: xml }], schema: [{ fileName: 'atom.rng', contents: ATOM_SCHEMA }], extension: 'relaxng' });
  expect(result.errors.map((e) => e.message), 'RELAX NG errors').toEqual([]);
  const entries = xml.split('<entry>').slice(1);
  const ids = entries.map((e) => /<id>([^<]+)<\/id>/.exec(e)![1]!);
  expect(new Set(ids).size, 'entry ids are unique').toBe(ids.length);
  for (const id of [...ids, /<id>([^<]+)<\/id>/.exec(xml)![1]!]) expect(id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  // RFC 4287 §4.1.1: an author for the feed (or for every entry); §4.1.2: content or an alternate link.
  expect(xml.split('<entry>')[0]).toContain('<author><name>');
  for (const e of entries) expect(e.includes('<content') || e.includes('rel="alternate"')).toBe(true);
  expect(/<link rel="self" href="https?:\/\/[^"]+"/.test(xml), 'an absolute self link').toBe(true);
  return ids;
}

describe.each(testDatabases)('releases of the committed history on $name', (kind) => {
  let api: ApiUnderTest;
  beforeAll(async () => {
    api = await startApi(kind);
  });
  afterAll(() => api?.stop());

  it('lists every release newest first, the latest first, and each link answers', async () => {
    const body = (await getJson(api, '/v1/releases')) as { latest: string; items: { version: string; dataset_sha256: string; links: Record<string, string> }[] };
    expect(body.latest).toBe(latest.version);
    expect(body.items.map((r) => [r.version, r.dataset_sha256])).toEqual([...history].reverse().map((h) => [h.release.version, h.release.dataset_sha256]));
    for (const r of body.items) for (const href of Object.values(r.links)) expect((await api.get(href)).status, href).toBe(200);
  });

  it('gives a release its notes, and counts by table and entity that add up to its changes', async () => {
    const body = (await getJson(api, `/v1/releases/${latest.version}`)) as { notes_zh: string; by_table: { added: number; removed: number; changed: number; renamed: number }[]; by_entity: { entity_id: string; name_en: string | null }[] };
    expect(body.notes_zh).toBe(latest.notes_zh);
    const sum = (k: 'added' | 'removed' | 'changed' | 'renamed') => body.by_table.reduce((n, t) => n + t[k], 0);
    expect({ added: sum('added'), removed: sum('removed'), changed: sum('changed'), renamed: sum('renamed') }).toEqual(latest.changes);
    // By entity: the newest release that changed records about entities (a release may touch sources only).
    const aboutEntities = [...history].reverse().find((h) => h.changes.some((c) => c.entity_ids.length > 0))!;
    const { by_entity } = (await getJson(api, `/v1/releases/${aboutEntities.release.version}`)) as typeof body;
    expect(by_entity.length).toBeGreaterThan(0);
    expect(by_entity.every((e) => e.name_en !== null)).toBe(true);
  });

  it('answers an unknown release with a 404 and a malformed one with a 400', async () => {
    await expectProblem(await api.get('/v1/releases/2099.1.0'), 404);
    await expectProblem(await api.get('/v1/releases/latest'), 400);
    await expectProblem(await api.get('/v1/releases/2099.1.0/datasets.zip'), 404);
  });

  it('pages through every change of every release, and `since` a version gives only the later ones', async () => {
    const all = await followPages(api, '/v1/changes?limit=500', change);
    expect(all.items.length).toBe(history.reduce((n, h) => n + h.changes.length, 0));
    expect(new Set(all.items.map((c) => c.id)).size).toBe(all.items.length);
    const since = await followPages(api, `/v1/changes?since=${first.version}&limit=500`, change);
    expect(since.items.map((c) => `${c.table_name}/${c.record_id}`)).toEqual(history.slice(1).reverse().flatMap((h) => h.changes.map((c) => `${c.table}/${c.id}`)));
    expect((await followPages(api, `/v1/changes?since=${latest.version}`, change)).items).toEqual([]);
  });

  it('reads `since` as a day too: the releases made on or after it', async () => {
    const sameDay = await followPages(api, `/v1/changes?since=${latest.released_on}&limit=500&table=metrics`, change);
    expect(sameDay.items.length).toBe(history.filter((h) => h.release.released_on >= latest.released_on).reduce((n, h) => n + h.changes.filter((c) => c.table === 'metrics').length, 0));
    expect((await getJson(api, '/v1/changes?since=2099-01-01')) as object).toMatchObject({ items: [] });
  });

  it('refuses a `since` or `release` no release answers to, and one that is neither a version nor a day', async () => {
    expect((await expectProblem(await api.get('/v1/changes?since=2099.1.0'), 400)).detail).toMatch(/no release 2099\.1\.0/);
    await expectProblem(await api.get('/v1/changes?release=2099.1.0&format=csv'), 400);
    expect((await expectProblem(await api.get('/v1/changes?since=yesterday'), 400)).detail).toMatch(/release version .* or a date/);
  });

  it('gives one company’s changes, each about it, and one record’s history', async () => {
    const zhipu = await followPages(api, '/v1/changes?entity=zhipu-ai&limit=500', change);
    expect(zhipu.items.length).toBe(history.reduce((n, h) => n + h.changes.filter((c) => c.entity_ids.includes('zhipu-ai')).length, 0));
    expect(zhipu.items.every((c) => c.entity_ids.includes('zhipu-ai'))).toBe(true);
    const model = dataset.models.find((m) => m.developers.some((d) => d.entity_id === 'zhipu-ai'))!;
    const record = (await getJson(api, `/v1/changes?table=models&record=${model.id}`)) as { items: z.infer<typeof change>[] };
    const expected = [...history].reverse().flatMap((h) => h.changes.filter((c) => c.table === 'models' && c.id === model.id).map((c) => [h.release.version, c.kind]));
    expect(expected.at(-1)?.[1]).toBe('added');
    expect(record.items.map((c) => [c.release, c.kind])).toEqual(expected);
    expect(record.items[0]!.record).toMatchObject({ id: model.id, name: model.name });
  });

  it('streams the same changes as CSV', async () => {
    const res = await api.get(`/v1/changes?release=${latest.version}&format=csv`);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...rows] = parse(await res.text()) as string[][];
    expect(header).toEqual(['release', 'released_on', 'table_name', 'record_id', 'kind', 'previous_id', 'entity_ids', 'label_en', 'label_zh', 'fields']);
    expect(rows.length).toBe(history.at(-1)!.changes.length);
  });

  it('serves the latest release’s download with the same bytes in every file as the current download', async () => {
    const versioned = readZip(Buffer.from(await (await api.get(`/v1/releases/${latest.version}/datasets.zip`)).arrayBuffer()));
    const current = readZip(Buffer.from(await (await api.get('/v1/datasets.zip')).arrayBuffer()));
    expect(versioned.map((e) => e.name)).toEqual(current.map((e) => e.name));
    expect(versioned.map((e) => e.name)).toEqual(expect.arrayContaining(['README.md', 'CHANGES.md', 'datapackage.json']));
    for (const [i, entry] of versioned.entries()) expect(entry.data.equals(current[i]!.data), entry.name).toBe(true);
    const descriptor = JSON.parse(versioned.find((e) => e.name === 'datapackage.json')!.data.toString('utf8')) as { version: string; citation: string };
    expect(descriptor.version).toBe(latest.version);
    expect(descriptor.citation).toContain(`release ${latest.version} (${latest.released_on}`);
    expect(versioned.find((e) => e.name === 'README.md')!.data.toString('utf8')).toContain(descriptor.citation);
  });

  it('serves an earlier release as it was: its own tables, counts and changes, immutable and the same bytes each time', async () => {
    const res = await api.get(`/v1/releases/${first.version}/datasets.zip`);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.equals(Buffer.from(await (await api.get(`/v1/releases/${first.version}/datasets.zip`)).arrayBuffer()))).toBe(true);
    const entries = readZip(bytes);
    for (const [table, count] of Object.entries(first.counts)) {
      const csv = entries.find((e) => e.name === `${table}.csv`)!.data.toString('utf8');
      expect((parse(csv) as string[][]).length - 1, table).toBe(count);
    }
    expect(entries.find((e) => e.name === 'CHANGES.md')!.data.toString('utf8')).toContain(`# Release ${first.version}`);
  });

  it('feeds every release and one company’s changes as valid Atom, with stable entry ids, in either language', async () => {
    const feed = async (path: string) => {
      const res = await api.get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      return res.text();
    };
    const en = await feed('/v1/changes.atom');
    const ids = await expectValidAtom(en);
    expect(ids.length).toBe(history.length);
    const zh = await feed('/v1/changes.atom?lang=zh-hant');
    expect(await expectValidAtom(zh)).toEqual(ids);
    expect(zh).toContain(`${latest.version} 版`);
    const company = await feed('/v1/entities/zhipu-ai/changes.atom?lang=zh-hant');
    expect((await expectValidAtom(company)).length).toBeGreaterThan(0);
    expect(company).toContain('智譜');
    await expectProblem(await api.get('/v1/entities/no-such-company/changes.atom'), 404);
    await expectProblem(await api.get('/v1/changes.atom?lang=fr'), 400);
  });
});

/** A small history of our own: the real dataset, and a release before it with one change of each kind. */
function smallHistory(): { history: ReleaseWithChanges[]; expected: Record<string, string> } {
  const withDeveloper = dataset.models.filter((m) => m.developers.some((d) => d.entity_id) && m.parameters !== null);
  const [added, changed, renamed] = withDeveloper as [Dataset['models'][number], Dataset['models'][number], Dataset['models'][number]];
  const removed = { ...added, id: 'model-only-in-the-first-release', name: 'A model only the first release had', key: 'A model only the first release had' };
  const before: Dataset = {
    ...dataset,
    models: [
      ...dataset.models.filter((m) => m.id !== added.id && m.id !== renamed.id).map((m) => (m.id === changed.id ? { ...m, parameters: m.parameters! * 2 } : m)),
      removed,
      { ...renamed, id: `${renamed.id}-earlier` },
    ],
  };
  const notes = { en: 'Test.', zh: '測試。' };
  const r0 = planRelease([], { version: '2026.1.0', releasedOn: '2026-01-15', notes, data: asTables(before) });
  const r1 = planRelease([r0], { version: '2026.2.0', releasedOn: '2026-02-15', notes, data: asTables(dataset) });
  return { history: [r0, r1], expected: { [added.id]: 'added', [removed.id]: 'removed', [changed.id]: 'changed', [renamed.id]: 'renamed' } };
}

describe.each(testDatabases)('changes between two releases of our own on $name', (kind) => {
  const { history: small, expected } = smallHistory();
  let api: ApiUnderTest;
  beforeAll(async () => {
    api = await startApiOver(kind, dataset, small);
  });
  afterAll(() => api?.stop());

  it('lists exactly the record added, removed, changed and renamed, with what changed', async () => {
    const { items } = await followPages(api, '/v1/changes?since=2026.1.0&limit=500', change);
    expect(Object.fromEntries(items.map((c) => [c.record_id, c.kind]))).toEqual(expected);
    const changed = items.find((c) => c.kind === 'changed')!;
    const model = dataset.models.find((m) => m.id === changed.record_id)!;
    expect(changed.fields).toEqual([{ field: 'parameters', old: model.parameters! * 2, new: model.parameters }]);
    expect(items.find((c) => c.kind === 'renamed')!.previous_id).toBe(`${items.find((c) => c.kind === 'renamed')!.record_id}-earlier`);
    expect(items.find((c) => c.kind === 'removed')!.record).toMatchObject({ name: 'A model only the first release had' });
  });

  it('finds a renamed record’s history under its old id too', async () => {
    const renamed = Object.keys(expected).find((id) => expected[id] === 'renamed')!;
    const body = (await getJson(api, `/v1/changes?record=${renamed}-earlier&release=2026.2.0`)) as { items: { kind: string }[] };
    expect(body.items.map((c) => c.kind)).toEqual(['renamed']);
  });

  it('makes no release of a re-import that changed nothing', () => {
    expect(() => planRelease(small, { version: '2026.3.0', releasedOn: '2026-03-01', notes: { en: 'x', zh: 'x' }, data: asTables(dataset) })).toThrow('nothing changed since 2026.2.0');
    expect(datasetHash(dataset)).toBe(small[1]!.release.dataset_sha256);
  });
});

import { Readable } from 'node:stream';
import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { allPages, changeFiltersSchema, entityChangeCounts, getEntityRecord, getRelease, latestRelease, listChanges, listReleases, releaseSummary, type ChangeRow, type Database, type ReleaseRow } from '@aiwatch/db';
import { createCsvStringifier, memoryTableCsvStream } from '@aiwatch/db/export';
import { releaseVersionSchema, sortedById, type Change } from '@aiwatch/data/releases';
import type { Source } from '@aiwatch/data/schemas';
import type { App } from '../http/app-env.ts';
import { csvResponse } from '../http/csv-response.ts';
import { linkHeader, nextPageUrl } from '../http/links.ts';
import { negotiateFormat } from '../http/negotiate.ts';
import { ProblemError } from '../http/problem.ts';
import { bomParam, csvContent, formatParam, problemResponses as p } from '../http/responses.ts';
import { streamBody } from '../http/stream-body.ts';
import { atomXml, escapeHtml, type AtomEntry } from '../releases/atom.ts';
import { changesMarkdown } from '../releases/changes-markdown.ts';
import type { ReleaseLibrary } from '../releases/library.ts';
import { datasetsZip } from './zip.ts';

const kindCounts = z.object({ added: z.number().int(), removed: z.number().int(), changed: z.number().int(), renamed: z.number().int() });

const releaseItem = z
  .object({
    version: z.string().describe('YEAR.MONTH.N; the version citations and downloads name.'),
    released_on: z.string().describe('The day it was made (YYYY-MM-DD).'),
    previous: z.string().nullable().describe('The release before it; null for the first.'),
    dataset_sha256: z.string().describe('Hash of the content it stands for (sorted records, sorted keys).'),
    notes_en: z.string(),
    notes_zh: z.string(),
    counts: z.record(z.string(), z.number().int()).describe('Records per table in this release.'),
    changes: kindCounts.describe('Changes against the previous release, by kind.'),
    sources_changed: z.array(z.object({ id: z.string(), kind: z.string(), label_en: z.string(), label_zh: z.string() })),
    links: z.object({ self: z.string(), changes: z.string(), zip: z.string() }),
  })
  .meta({ id: 'Release' });

const changeItem = z
  .object({
    id: z.string().describe('`<release>/<table>/<record id>`: stable.'),
    release: z.string(),
    released_on: z.string(),
    table_name: z.string().describe('The table the record is in.'),
    record_id: z.string(),
    kind: z.enum(['added', 'removed', 'changed', 'renamed']),
    previous_id: z.string().nullable().describe('The id before a rename.'),
    entity_ids: z.array(z.string()).describe('The entities the record is about.'),
    label_en: z.string(),
    label_zh: z.string(),
    fields: z.array(z.object({ field: z.string(), old: z.unknown().optional(), new: z.unknown().optional() })).describe('What changed, old → new; a side left out was absent.'),
    record: z.record(z.string(), z.unknown()).nullable().describe('The whole record as it entered (added) or left (removed).'),
  })
  .meta({ id: 'Change' });

const versionParam = z.object({ version: releaseVersionSchema.describe('A release, e.g. 2026.12.1.') });
const langParam = z.object({ lang: z.enum(['en', 'zh-hant']).default('en').describe('Language of the feed’s titles and text.') }).strict();
const atomContent = { 'application/atom+xml': { schema: z.string().describe('An Atom 1.0 feed (RFC 4287).') } };

const routes = {
  list: createRoute({
    method: 'get',
    path: '/v1/releases',
    summary: 'List releases',
    operationId: 'listReleases',
    description: 'Every release of the dataset, newest first. The latest is the data every other route serves.',
    tags: ['releases'],
    responses: { 200: { description: 'The releases.', content: { 'application/json': { schema: z.object({ latest: z.string().nullable(), items: z.array(releaseItem) }) } } }, ...p.notAcceptable, ...p.unavailable },
  }),
  get: createRoute({
    method: 'get',
    path: '/v1/releases/{version}',
    summary: 'One release',
    operationId: 'getRelease',
    description: 'A release’s notes, counts, its changes counted by table and by entity, and links to its changes and its download.',
    tags: ['releases'],
    request: { params: versionParam },
    responses: {
      200: {
        description: 'The release.',
        content: {
          'application/json': {
            schema: releaseItem.extend({
              by_table: z.array(kindCounts.extend({ table: z.string() })),
              by_entity: z.array(kindCounts.extend({ entity_id: z.string(), name_en: z.string().nullable(), name_zh: z.string().nullable() })).describe('The 50 entities with most changes.'),
            }),
          },
        },
      },
      ...p.badRequest,
      ...p.notFound,
      ...p.notAcceptable,
      ...p.unavailable,
    },
  }),
  zip: createRoute({
    method: 'get',
    path: '/v1/releases/{version}/datasets.zip',
    summary: 'A release’s download',
    operationId: 'getReleaseZip',
    description: 'Every table of the release as CSV, datapackage.json with its version, a README on how to cite it and CHANGES.md. The bytes never change: cache it for good.',
    tags: ['releases'],
    request: { params: versionParam },
    responses: { 200: { description: 'A ZIP archive.', content: { 'application/zip': { schema: z.string().describe('ZIP archive.') } } }, ...p.badRequest, ...p.notFound, ...p.unavailable },
  }),
  changes: createRoute({
    method: 'get',
    path: '/v1/changes',
    summary: 'List changes',
    operationId: 'listChanges',
    description: 'What the releases changed, record by record: newest release first. `since` gives what changed after a release you have, or since a day; `entity` one company’s changes; `record` one record’s history. As CSV with `?format=csv`.',
    tags: ['releases'],
    request: { query: changeFiltersSchema.extend({ format: formatParam, bom: bomParam }).strict() },
    responses: {
      200: {
        description: 'A page of changes.',
        content: {
          'application/json': { schema: z.object({ items: z.array(changeItem), next_cursor: z.string().nullable(), next: z.string().nullable() }) },
          ...csvContent,
        },
      },
      ...p.badRequest,
      ...p.notAcceptable,
      ...p.unavailable,
    },
  }),
  feed: createRoute({
    method: 'get',
    path: '/v1/changes.atom',
    summary: 'Feed of releases',
    operationId: 'getChangesAtom',
    description: 'An Atom feed with an entry per release: its notes, counts and the entities it changed most.',
    tags: ['releases'],
    request: { query: langParam },
    responses: { 200: { description: 'The feed.', content: atomContent }, ...p.badRequest, ...p.unavailable },
  }),
  entityFeed: createRoute({
    method: 'get',
    path: '/v1/entities/{id}/changes.atom',
    summary: 'Feed of one entity’s changes',
    operationId: 'getEntityChangesAtom',
    description: 'An Atom feed with an entry per release that changed records about the entity (its figures, models, relations), listing them.',
    tags: ['releases'],
    request: { params: z.object({ id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be an id such as "zhipu-ai"').describe('The entity’s id, e.g. zhipu-ai.') }), query: langParam },
    responses: { 200: { description: 'The feed.', content: atomContent }, ...p.badRequest, ...p.notFound, ...p.unavailable },
  }),
};

const CSV_COLUMNS = ['release', 'released_on', 'table_name', 'record_id', 'kind', 'previous_id', 'entity_ids', 'label_en', 'label_zh', 'fields'];
/** Entries of an entity's feed list this many changes each, then link to the rest. */
const FEED_CHANGES = 50;
const FEED_RELEASES = 20;

export interface ReleaseRouteOptions {
  db: Database;
  library: ReleaseLibrary;
  /** The dashboard's public address, for the pages feed entries open; null links to the API. */
  siteUrl: () => string | null;
}

export function registerReleaseRoutes(app: App, { db, library, siteUrl }: ReleaseRouteOptions): void {
  const withLinks = (r: ReleaseRow) => ({
    ...r,
    links: { self: `/v1/releases/${r.version}`, changes: `/v1/changes?release=${r.version}`, zip: `/v1/releases/${r.version}/datasets.zip` },
  });
  const releaseOr404 = async (version: string) => {
    const release = await getRelease(db, version);
    if (!release) throw new ProblemError(404, `no release ${version}; /v1/releases lists them`);
    return release;
  };

  app.openapi(routes.list, async (c) => {
    negotiateFormat(undefined, c.req.header('accept'), ['json']);
    const items = (await listReleases(db)).map(withLinks);
    return c.json({ latest: items[0]?.version ?? null, items }, 200);
  });

  app.openapi(routes.get, async (c) => {
    negotiateFormat(undefined, c.req.header('accept'), ['json']);
    const { version } = c.req.valid('param');
    const release = await releaseOr404(version);
    return c.json({ ...withLinks(release), ...(await releaseSummary(db, version)) }, 200);
  });

  app.openapi(routes.zip, async (c) => {
    const { version } = c.req.valid('param');
    await releaseOr404(version);
    const entry = library.find(version);
    if (!entry) throw new ProblemError(404, `release ${version} is not in this server's history`);
    const data = library.dataAt(version);
    const { release, changes } = entry;
    const names = new Map(data.entities.map((e) => [e.id, String(e.name_en ?? e.id)]));
    const archive = datasetsZip({
      release,
      url: new URL(c.req.path, c.req.url).toString(),
      sources: sortedById(data.sources) as unknown as Source[],
      table: (name) => memoryTableCsvStream(name, data[name]),
      changes: async () => changesMarkdown(release, changes, (id) => names.get(id) ?? id),
    });
    return c.body(streamBody(c, archive, 'zip'), 200, {
      'Content-Type': 'application/zip',
      'Content-Disposition': `attachment; filename="china-ai-watch-${version}.zip"`,
    });
  });

  app.openapi(routes.changes, async (c) => {
    const { format: asked, bom, ...filters } = c.req.valid('query');
    const format = negotiateFormat(asked, c.req.header('accept'), ['json', 'csv']);
    if (format === 'json') {
      const page = await listChanges(db, filters);
      const next = page.next_cursor ? nextPageUrl(c, page.next_cursor) : null;
      return c.json({ ...page, next }, 200, linkHeader(next));
    }
    await listChanges(db, { ...filters, limit: 1 }); // a bad `since` or `release` is a 400 before the 200 starts
    const pages = allPages((cursor) => listChanges(db, { ...filters, limit: filters.limit ?? 1000, cursor }), filters.cursor);
    const rows = Readable.from(
      (async function* () {
        for await (const page of pages) yield* page;
      })(),
    );
    const csv = createCsvStringifier(CSV_COLUMNS, { bom: bom === '1' });
    rows.on('error', (e) => csv.destroy(e));
    rows.pipe(csv);
    return csvResponse(c, csv, 'changes.csv');
  });

  const site = (path: string, lang: 'en' | 'zh-hant') => {
    const base = siteUrl();
    return base ? new URL(`${lang === 'zh-hant' ? '/zh-hant' : ''}${path}`, base).toString() : null;
  };

  app.openapi(routes.feed, async (c) => {
    const { lang } = c.req.valid('query');
    const zh = lang === 'zh-hant';
    const api = (path: string) => new URL(path, c.req.url).toString();
    const releases = (await listReleases(db)).slice(0, FEED_RELEASES);
    const entries: AtomEntry[] = await Promise.all(
      releases.map(async (r) => {
        const { by_entity } = await releaseSummary(db, r.version, 10);
        const total = r.changes.added + r.changes.removed + r.changes.changed + r.changes.renamed;
        const counts = zh
          ? `新增 ${r.changes.added}、移除 ${r.changes.removed}、修改 ${r.changes.changed}、改名 ${r.changes.renamed}`
          : `${r.changes.added} added, ${r.changes.removed} removed, ${r.changes.changed} changed, ${r.changes.renamed} renamed`;
        const most = by_entity.map((e) => `${escapeHtml((zh ? e.name_zh : e.name_en) ?? e.entity_id)} (${e.added + e.removed + e.changed + e.renamed})`).join(zh ? '、' : ', ');
        return {
          key: `release/${r.version}`,
          title: zh ? `${r.version} 版：${total} 項變更` : `Release ${r.version}: ${total} changes`,
          updated: `${r.released_on}T00:00:00Z`,
          alternate: site(`/changes?release=${r.version}`, lang) ?? api(`/v1/releases/${r.version}`),
          related: api(`/v1/releases/${r.version}`),
          content: `<p>${escapeHtml(zh ? r.notes_zh : r.notes_en)}</p><p>${counts}</p>${most ? `<p>${zh ? '變更最多：' : 'Most changed: '}${most}</p>` : ''}`,
        };
      }),
    );
    const xml = atomXml({
      key: 'feed/changes',
      title: zh ? '中國AI觀察：資料版本' : 'China AI Watch: releases of the data',
      subtitle: zh ? '每次發布的新版本及其變更' : 'Each new release of the dataset and what it changed',
      lang,
      self: c.req.url,
      alternate: site('/changes', lang) ?? api('/v1/releases'),
      updated: entries[0]?.updated ?? '1970-01-01T00:00:00Z',
      entries,
    });
    return c.body(xml, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });

  app.openapi(routes.entityFeed, async (c) => {
    const { id } = c.req.valid('param');
    const { lang } = c.req.valid('query');
    const zh = lang === 'zh-hant';
    const entity = await getEntityRecord(db, id);
    if (!entity) throw new ProblemError(404, `no entity ${id}`);
    const name = zh ? entity.name_zh : entity.name_en;
    const api = (path: string) => new URL(path, c.req.url).toString();
    const perRelease = (await entityChangeCounts(db, id)).slice(0, FEED_RELEASES);
    const entries: AtomEntry[] = await Promise.all(
      perRelease.map(async ({ release, released_on, changes }) => {
        const { items } = await listChanges(db, { release, entity: id, limit: FEED_CHANGES });
        const more = changes - items.length;
        const listed = items.map((ch) => `<li>${changeLine(ch, zh)}</li>`).join('');
        const tail = more > 0 ? `<p>${zh ? `另有 ${more} 項變更。` : `And ${more} more.`}</p>` : '';
        return {
          key: `entity/${id}/release/${release}`,
          title: zh ? `${name}：${release} 版的 ${changes} 項變更` : `${name}: ${changes} changes in release ${release}`,
          updated: `${released_on}T00:00:00Z`,
          alternate: site(`/changes?release=${release}&entity=${id}`, lang) ?? api(`/v1/changes?release=${release}&entity=${id}`),
          related: api(`/v1/changes?release=${release}&entity=${id}`),
          content: `<ul>${listed}</ul>${tail}`,
        };
      }),
    );
    const latest = await latestRelease(db);
    const xml = atomXml({
      key: `feed/entity/${id}`,
      title: zh ? `中國AI觀察：${name}的資料變更` : `China AI Watch: changes about ${name}`,
      subtitle: zh ? `每個版本中有關${name}的紀錄變更` : `What each release changed in the records about ${name}`,
      lang,
      self: c.req.url,
      alternate: site(`/companies/${id}`, lang) ?? api(`/v1/entities/${id}`),
      updated: entries[0]?.updated ?? (latest ? `${latest.released_on}T00:00:00Z` : '1970-01-01T00:00:00Z'),
      entries,
    });
    return c.body(xml, 200, { 'Content-Type': 'application/atom+xml; charset=utf-8' });
  });
}

const KIND_ZH: Record<Change['kind'], string> = { added: '新增', removed: '移除', changed: '修改', renamed: '改名' };

/** One change as a line of a feed entry: what, and for a modification which fields went from what to what. */
function changeLine(ch: ChangeRow, zh: boolean): string {
  const label = escapeHtml(zh ? ch.label_zh : ch.label_en);
  const kind = zh ? KIND_ZH[ch.kind] : ch.kind;
  const fields = ch.fields.map((f) => `${escapeHtml(f.field)}: ${escapeHtml(short(f.old))} → ${escapeHtml(short(f.new))}`).join('; ');
  return `${kind}: ${label}${fields ? ` (${fields})` : ''}`;
}

const short = (v: unknown) => {
  if (v === undefined || v === null) return '—';
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/**
 * Nothing silently cut (#9): with more sources, entities, metrics, figures, events and relations
 * than the largest page a query returns, every page and download still shows every real record it
 * is about. The fillers sort before the real rows, so a caller reading one page sees only them.
 */
import { describe, expect, it } from 'vitest';
import { dataset } from '@aiwatch/data';
import { readReleaseHistory } from '@aiwatch/data/releases';
import { seedDatabase } from '@aiwatch/db';
import { addFillerClaims, addFillerRows, fillerId, FILLER_ROWS } from '@aiwatch/db/testing/beyond-a-page';
import { servedDatabases, servedFor } from './support/served-databases.ts';

/** The document the fillers' claims are added to, ahead of its own. */
const DIGEST = dataset.sources.find((s) => s.id === 'taiwansig-2024-ai-tigers')!;
/** The bounds the pages promise (apps/dashboard: routes/network/network-query.ts, routes/sources/filters.ts, routes/timeline). */
const GRAPH_NODES = 50;
const GRAPH_LINKS = 150;
const RELATIONS_PER_PAGE = 50;
const CLAIMS_PER_PAGE = 30;
const EVENTS_PER_PAGE = 25;

/** The real data and fillers before and among its rows. */
const databases = servedDatabases('beyond', async ({ db }) => {
  await seedDatabase(db, dataset, readReleaseHistory);
  await addFillerRows(db);
  await addFillerClaims(db, DIGEST.id, DIGEST.sections[0]!);
});

const missingFrom = (text: string, wanted: string[]) => wanted.filter((w) => !text.includes(w));

/** The ids of the claims a page lists (each claim's card or list item carries its anchor). */
const claimIds = (html: string, collection: string) => [...html.matchAll(new RegExp(`<li id="claim-${collection}-([^"]+)"`, 'g'))].map((m) => m[1]!);
/** The graph's own data table: one row per relation drawn, subject and object in its first and third cells. */
function drawnGraph(html: string): { links: number; nodes: number } {
  const table = /id="chart-network"[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
  const rows = [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<td>([^<]*)<\/td>/g)].map((c) => c[1]!));
  return { links: rows.length, nodes: new Set(rows.flatMap((r) => [r[0], r[2]])).size };
}

describe.each(databases)('more rows than a page holds, on $name', (database) => {
  const { app, page } = servedFor(database);

  it('the Overview shows every headline figure', async () => {
    const html = await page('/');
    expect(missingFrom(html, dataset.figures.map((f) => `id="kpi-${f.id}"`))).toEqual([]);
  });

  it('the Companies table lists every entity over its pages, each with its number of figures', async () => {
    const pages = await allPages('/companies?type=all');
    expect(pages.length).toBeGreaterThan(1);
    const html = pages.join('');
    const ids = [...dataset.entities.map((e) => e.id), ...Array.from({ length: FILLER_ROWS }, (_, i) => fillerId('entity', i))];
    expect(missingFrom(html, ids.map((id) => `id="pick-${id}"`))).toEqual([]);
    expect(pages).toHaveLength(Math.ceil(ids.length / 50));
    const counted = (id: string) => {
      // The figures column is the row's last number.
      const row = html.slice(html.indexOf(`id="pick-${id}"`)).split('</tr>')[0]!;
      return Number([...row.matchAll(/class="num[^"]*">(\d+)</g)].at(-1)?.[1]);
    };
    for (const id of new Set(dataset.figures.map((f) => f.entity_id))) {
      expect(counted(id), id).toBe(dataset.figures.filter((f) => f.entity_id === id).length);
    }
  });

  it("a company's page names its figures' metrics", async () => {
    const html = await page('/companies/zhipu-ai');
    const metrics = dataset.figures.filter((f) => f.entity_id === 'zhipu-ai').map((f) => dataset.metrics.find((x) => x.id === f.metric)!.name_en);
    expect(missingFrom(html, metrics)).toEqual([]);
  });

  it('the Policy page shows the figures and events of its cards', async () => {
    const html = await page('/policy');
    const ids = [
      ...['ai-six-tigers-member-count', 'document-79-deadline-year', 'new-generation-ai-plan-target-year'].map((id) => `claim-figures-${id}`),
      ...['document-79-issued', 'made-in-china-2025-launched'].map((id) => `claim-events-${id}`),
    ];
    expect(missingFrom(html, ids)).toEqual([]);
  });

  /** Every page of a paged list, from `path` on, following its rel="next" link. */
  async function allPages(path: string): Promise<string[]> {
    const pages = [await page(path)];
    for (let next = nextLink(pages[0]!); next; next = nextLink(pages.at(-1)!)) pages.push(await page(next));
    return pages;
  }
  const nextLink = (html: string) => /<a [^>]*href="([^"]+)"[^>]*rel="next"/.exec(html)?.[1]?.replace(/#.*$/, '') ?? null;

  it('the Network lists every investment over its pages, each with the title of its source', async () => {
    const html = (await allPages('/network?predicate=invested_in')).join('');
    const invested = dataset.relations.filter((r) => r.predicate === 'invested_in');
    expect(missingFrom(html, invested.map((r) => `claim-relations-${r.id}`))).toEqual([]);
    const titles = [...new Set(invested.map((r) => dataset.sources.find((s) => s.id === r.source_id)!))].filter((s) => s.kind !== 'article').map((s) => s.title);
    expect(missingFrom(html, titles)).toEqual([]);
  });

  it('the Network draws the most connected entities only, and its pages list every relation once', async () => {
    const pages = await allPages('/network?predicate=competes_with');
    const total = FILLER_ROWS + dataset.relations.filter((r) => r.predicate === 'competes_with').length;
    expect(pages.length).toBe(Math.ceil(total / RELATIONS_PER_PAGE));
    for (const html of pages) {
      const drawn = drawnGraph(html);
      expect(drawn.links).toBeGreaterThan(0);
      expect(drawn.links).toBeLessThanOrEqual(GRAPH_LINKS);
      expect(drawn.nodes).toBeLessThanOrEqual(GRAPH_NODES);
      expect(html.match(/<li id="relation-/g)?.length ?? 0).toBeLessThanOrEqual(RELATIONS_PER_PAGE);
    }
    // Each relation cites its claims by link: a filler relation has one.
    const listed = pages.flatMap((html) => [...new Set([...html.matchAll(/#claim-relations-([^"]+)"/g)].map((m) => m[1]!))]);
    const expected = [...dataset.relations.filter((r) => r.predicate === 'competes_with').map((r) => r.id), ...Array.from({ length: FILLER_ROWS }, (_, i) => fillerId('relation', i))];
    expect(listed.sort()).toEqual(expected.sort());
    // The real relation's subject sorts after every filler's: the last page states it.
    expect(pages.at(-1)).toContain(`claim-relations-${dataset.relations.find((r) => r.predicate === 'competes_with')!.id}`);
  });

  it('the Sources page lists a document’s claims a page at a time, every one of them once', async () => {
    const pages = await allPages(`/sources?source=${DIGEST.id}`);
    const real = [...dataset.figures, ...dataset.events, ...dataset.relations].filter((c) => c.source_id === DIGEST.id);
    expect(pages.length).toBe(Math.ceil((real.length + FILLER_ROWS) / CLAIMS_PER_PAGE));
    const listed = pages.map((html) => ['figures', 'events', 'relations'].flatMap((c) => claimIds(html, c)));
    for (const ids of listed) expect(ids.length).toBeLessThanOrEqual(CLAIMS_PER_PAGE);
    const expected = [...real.map((c) => c.id), ...Array.from({ length: FILLER_ROWS }, (_, i) => fillerId('claim', i))];
    expect(listed.flat().sort()).toEqual(expected.sort());
  });

  it('a claim’s link opens the page that holds it, however many claims come before it', async () => {
    const html = await page('/sources?claim=figures/talkie-users-first-year');
    expect(html).toContain('<li id="claim-figures-talkie-users-first-year"');
    expect(['figures', 'events', 'relations'].flatMap((c) => claimIds(html, c)).length).toBeLessThanOrEqual(CLAIMS_PER_PAGE);
  });

  it('the Timeline lists and draws a page of events at a time, and its pages every event of the real data', async () => {
    const pages = await allPages('/timeline');
    expect(pages.length).toBe(Math.ceil((FILLER_ROWS + dataset.events.length) / EVENTS_PER_PAGE));
    for (const html of pages) {
      expect(html.match(/<tr id="event-/g)?.length ?? 0).toBeLessThanOrEqual(EVENTS_PER_PAGE);
      const drawn = /id="chart-timeline"[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '';
      expect(drawn.match(/<tr>/g)?.length ?? 0).toBeLessThanOrEqual(EVENTS_PER_PAGE);
    }
    expect(missingFrom(pages.join(''), dataset.events.map((e) => `claim-events-${e.id}`))).toEqual([]);
  });

  it('the Data page cites every document and dataset, and counts every row', async () => {
    const html = await page('/data');
    const cited = dataset.sources.filter((s) => s.kind !== 'article').map((s) => s.title);
    expect(missingFrom(html, cited)).toEqual([]);
  });

  it('the Sources page lists every document and dataset', async () => {
    const html = await page('/sources');
    const listed = dataset.sources.filter((s) => s.kind !== 'article').map((s) => `id="source-${s.id}"`);
    expect(missingFrom(html, listed)).toEqual([]);
  });

  it('the data package names every source', async () => {
    const res = await fetch(`${app().apiUrl}/v1/datapackage.json`);
    const body = (await res.json()) as { sources: { path: string }[] };
    expect(body.sources).toHaveLength(dataset.sources.length + FILLER_ROWS);
  });

  it('the API compare answers every metric the compared entities have', async () => {
    const ids = ['zhipu-ai', 'ai-six-tigers'];
    const res = await fetch(`${app().apiUrl}/v1/compare?entities=${ids.join(',')}`);
    const body = (await res.json()) as { metrics: { metric: { id: string } }[] };
    const expected = [...new Set(dataset.figures.filter((f) => ids.includes(f.entity_id)).map((f) => f.metric))].sort();
    expect(body.metrics.map((x) => x.metric.id).sort()).toEqual(expected);
  });
});

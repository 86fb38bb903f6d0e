/**
 * Pages that stay the same size as the data grows (#13): with twelve times the real data (every
 * record copied under new ids, as the growth bench does), the pages list a bounded stretch of
 * their documents, dataset releases, citations and filter choices, say how many there are, and
 * still reach each one by a link or the URL.
 */
import { describe, expect, it } from 'vitest';
import { dataset, type Dataset } from '@aiwatch/data';
import { readReleaseHistory } from '@aiwatch/data/releases';
import { datasetHash, replaceAllData, seedDatabase } from '@aiwatch/db';
import { scaledDataset } from '../bench/scaled-dataset.ts';
import { servedDatabases, servedFor } from './support/served-databases.ts';

/** The bounds the pages promise (apps/dashboard: routes/sources/filters.ts, routes/data, routes/timeline). */
const DOCUMENTS_LISTED = 10;
const DOCUMENT_CHOICES = 20;
const DATASETS_LISTED = 3;
const CITED_PER_PAGE = 10;
const ENTITY_CHOICES = 40;

/** Twelve copies of the real records (the models of two only: they are most of the rows, and no list here shows them). */
const scaled = scaledDataset(12);
const grown: Dataset = { ...scaled, models: scaled.models.filter((m) => m.source_id === 'epoch-ai-models' || m.source_id.endsWith('-s2')) };
const documents = grown.sources.filter((s) => s.kind === 'document');
const datasets = grown.sources.filter((s) => s.kind === 'dataset');

/**
 * The grown data under the real data's hash and releases: the launcher takes the database as seeded
 * (it would replace data of another hash with the real data).
 */
const databases = servedDatabases('bounded', async ({ db }) => {
  await seedDatabase(db, dataset, readReleaseHistory);
  await replaceAllData(db, grown, datasetHash(dataset), readReleaseHistory());
});

/** The part of a page from the element with `id` to the end of the element that closes it (`until`). */
const region = (html: string, id: string, until: string) => {
  const from = html.indexOf(`id="${id}"`);
  return from < 0 ? '' : html.slice(from, html.indexOf(until, from) + until.length);
};
/** The `next` link of the pager labelled `label`. */
const nextOf = (html: string, label: string) => {
  const pager = new RegExp(`<nav class="pager[^"]*" aria-label="${label}">([\\s\\S]*?)</nav>`).exec(html)?.[1] ?? '';
  return /<a [^>]*href="([^"]+)"[^>]*rel="next"/.exec(pager)?.[1] ?? null;
};
const optionsOf = (html: string, name: string) => [...(new RegExp(`<select name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? '').matchAll(/<option value="([^"]*)"( selected)?/g)].map((m) => ({ value: m[1]!, selected: !!m[2] }));
const cardIds = (html: string) => [...html.matchAll(/<article class="source[^"]*" id="source-([^"]+)"/g)].map((m) => m[1]!);
const claimCards = (html: string) => [...html.matchAll(/<li id="claim-(figures|events|relations)-([^"]+)"/g)].map((m) => `${m[1]}/${m[2]}`);
/** The source of each claim, by `collection/id`. */
const claimSource = new Map<string, string>(
  (['figures', 'events', 'relations'] as const).flatMap((collection) => grown[collection].map((c): [string, string] => [`${collection}/${c.id}`, c.source_id])),
);

describe.each(databases)('lists bounded as the data grows, on $name', (database) => {
  const { page } = servedFor(database);

  /** Every stretch of the list paged by the pager labelled `label`, from `path` on. */
  async function walk(path: string, label: string): Promise<string[]> {
    const pages = [await page(path)];
    for (let next = nextOf(pages[0]!, label); next; next = nextOf(pages.at(-1)!, label)) {
      expect(pages.length).toBeLessThan(50);
      pages.push(await page(next));
    }
    return pages;
  }

  it('Sources lists a stretch of the documents, says how many, and pages through them all', async () => {
    const html = await page('/sources');
    const listed = (h: string) => [...region(h, 'documents', '</nav>').matchAll(/<li[^>]*><a href="[^"]*">([^<]+)<\/a>/g)].map((m) => m[1]!);
    expect(listed(html)).toHaveLength(DOCUMENTS_LISTED);
    expect(html).toContain(`Documents 1–${DOCUMENTS_LISTED} of ${documents.length}`);
    const pages = await walk('/sources', 'Pages of the list of documents');
    expect(pages).toHaveLength(Math.ceil(documents.length / DOCUMENTS_LISTED));
    expect(pages.flatMap(listed).sort()).toEqual(documents.map((d) => d.title).sort());
  });

  it('Sources shows the cards of the documents its page of claims reads from, and no other', async () => {
    for (const path of ['/sources', '/sources?page=17', '/sources?status=disputed&page=2']) {
      const html = await page(path);
      const claims = claimCards(html);
      expect(claims.length).toBeGreaterThan(0);
      const read = [...new Set(claims.map((c) => claimSource.get(c)))];
      expect(cardIds(html).filter((id) => documents.some((d) => d.id === id))).toEqual(read);
    }
  });

  it('a document of the list links to the page its claims begin on', async () => {
    const last = [...documents].sort((a, b) => (a.id < b.id ? -1 : 1)).at(-1)!;
    const html = await page(`/sources?docs=${Math.ceil(documents.length / DOCUMENTS_LISTED)}`);
    const link = new RegExp(`<li[^>]*><a href="([^"]+)">${last.title.replace(/[()]/g, '\\$&')}</a>`).exec(region(html, 'documents', '</nav>'))?.[1];
    expect(link).toMatch(new RegExp(`page=\\d+#source-${last.id}$`));
    expect(cardIds(await page(link!))).toContain(last.id);
  });

  it('the source menu offers the most claimed documents and the one chosen, and says so', async () => {
    const html = await page('/sources');
    const offered = optionsOf(html, 'source').filter((o) => o.value !== '');
    expect(offered).toHaveLength(DOCUMENT_CHOICES);
    expect(html).toContain(`The menu offers the ${DOCUMENT_CHOICES} documents with the most claims, of ${documents.length}`);
    // The digest's copies have 78 claims each, the other document's 8: the menu offers the former.
    const unoffered = documents.find((d) => !offered.some((o) => o.value === d.id))!;
    const chosen = await page(`/sources?source=${unoffered.id}`);
    expect(optionsOf(chosen, 'source').filter((o) => o.selected).map((o) => o.value)).toEqual([unoffered.id]);
    expect(cardIds(chosen)).toEqual([unoffered.id]);
    expect(claimCards(chosen).every((c) => claimSource.get(c) === unoffered.id)).toBe(true);
  });

  it('a claim link opens the page that holds it, in a document far down the list', async () => {
    const [claim, source] = [...claimSource].find(([, id]) => id === 'taiwansig-2024-ai-tigers-s12')!;
    const html = await page(`/sources?claim=${claim}`);
    expect(claimCards(html)).toContain(claim);
    expect(cardIds(html)).toEqual([source]);
  });

  it('Sources lists the dataset releases a few at a time, newest first, and pages through them all', async () => {
    const pages = await walk('/sources', 'Pages of datasets');
    expect(pages).toHaveLength(Math.ceil(datasets.length / DATASETS_LISTED));
    const listed = pages.map((h) => cardIds(h).filter((id) => datasets.some((d) => d.id === id)));
    for (const ids of listed) expect(ids.length).toBeLessThanOrEqual(DATASETS_LISTED);
    expect(listed.flat().sort()).toEqual(datasets.map((d) => d.id).sort());
    expect(pages[0]).toContain(`Releases 1–${DATASETS_LISTED} of ${datasets.length}, newest first`);
    // Each release counts its own models.
    const card = (id: string) => region(pages.join(''), `source-${id}`, '</article>');
    for (const id of ['epoch-ai-models', 'epoch-ai-models-s2']) expect(card(id)).toContain(`${dataset.models.length} models imported from the`);
    expect(card('epoch-ai-models-s3')).toContain('0 models imported from the');
  });

  it('Data cites the documents and datasets a page at a time, and every one over its pages', async () => {
    const cited = documents.length + datasets.length;
    const pages = await walk('/data', 'Pages of sources to cite');
    expect(pages).toHaveLength(Math.ceil(cited / CITED_PER_PAGE));
    const citations = (h: string) => [...h.matchAll(/<li class="card citation[ "]/g)].length;
    for (const h of pages) expect(citations(h)).toBeLessThanOrEqual(CITED_PER_PAGE);
    expect(pages.reduce((n, h) => n + citations(h), 0)).toBe(cited);
    const text = pages.join('');
    expect([...documents, ...datasets].filter((s) => !text.includes(s.title))).toEqual([]);
    expect(pages[0]).toContain(`Sources 1–${CITED_PER_PAGE} of ${cited}`);
  });

  it('the Timeline’s "involving" menu lists the entities in most events and the one chosen; the search finds the others', async () => {
    const involving = new Map<string, number>();
    for (const id of grown.events.flatMap((e) => e.entity_ids)) involving.set(id, (involving.get(id) ?? 0) + 1);
    const ranked = [...involving].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1)).map(([id]) => id);
    const html = await page('/timeline');
    const offered = optionsOf(html, 'entity').filter((o) => o.value !== '');
    expect(offered.map((o) => o.value).sort()).toEqual(ranked.slice(0, ENTITY_CHOICES).sort());
    expect(html).toContain(`The menu lists the ${ENTITY_CHOICES} entities in the most events, of ${involving.size}`);

    const rare = ranked.at(-1)!;
    const events = grown.events.filter((e) => e.entity_ids.includes(rare)).map((e) => e.id).sort();
    const rows = (h: string) => [...h.matchAll(/<tr id="event-([^"]+)"/g)].map((m) => m[1]!).sort();
    const chosen = await page(`/timeline?entity=${rare}`);
    expect(optionsOf(chosen, 'entity').filter((o) => o.selected).map((o) => o.value)).toEqual([rare]);
    expect(rows(chosen)).toEqual(events);
    const name = grown.entities.find((e) => e.id === rare)!.name_en;
    const found = await page(`/timeline?q=${encodeURIComponent(name)}`);
    expect(rows(found)).toEqual(expect.arrayContaining(events));
    expect(found).toContain(`value="${name}"`);
  });
});

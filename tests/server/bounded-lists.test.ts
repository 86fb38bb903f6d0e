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

/** The bounds the pages promise (apps/dashboard: routes/data, routes/timeline). */
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

/** The `next` link of the pager labelled `label`. */
const nextOf = (html: string, label: string) => {
  const pager = new RegExp(`<nav class="pager[^"]*" aria-label="${label}">([\\s\\S]*?)</nav>`).exec(html)?.[1] ?? '';
  return /<a [^>]*href="([^"]+)"[^>]*rel="next"/.exec(pager)?.[1] ?? null;
};
const optionsOf = (html: string, name: string) => [...(new RegExp(`<select name="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html)?.[1] ?? '').matchAll(/<option value="([^"]*)"( selected)?/g)].map((m) => ({ value: m[1]!, selected: !!m[2] }));

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

import { describe, expect, it } from 'vitest';
import { dataset } from '@aiwatch/data';
import { testDatabases } from '../testing/databases.ts';
import { seededForSuite } from '../testing/suite.ts';
import { claimCounts, claimPlace, sourceClaimsPage, type ClaimScope } from './source-claims.ts';

const documents = dataset.sources.filter((s) => s.kind === 'document');
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A document's claims as a reader meets them: by section, figures, events by date, relations; `collection/id`. */
function readingOrder(sourceId: string): string[] {
  const source = dataset.sources.find((s) => s.id === sourceId)!;
  const claims = [
    ...dataset.figures.map((c) => ({ key: `figures/${c.id}`, rank: 0, date: '', ...c })),
    ...dataset.events.map((c) => ({ key: `events/${c.id}`, rank: 1, ...c })),
    ...dataset.relations.map((c) => ({ key: `relations/${c.id}`, rank: 2, date: '', ...c })),
  ].filter((c) => c.source_id === sourceId);
  const section = (locator: string) => (source.sections.includes(locator) ? source.sections.indexOf(locator) : source.sections.length);
  return claims
    .sort((a, b) => section(a.locator) - section(b.locator) || byteOrder(a.locator, b.locator) || a.rank - b.rank || byteOrder(a.date, b.date) || byteOrder(a.id, b.id))
    .map((c) => c.key);
}

describe.each(testDatabases)('source claims on $name', (kind) => {
  const db = seededForSuite(kind);

  /** Every claim of the scope, read page by page. */
  async function paged(scope: ClaimScope, limit: number) {
    const keys: string[] = [];
    for (let offset = 0; ; offset += limit) {
      const page = await sourceClaimsPage(db(), scope, { offset, limit });
      expect(page.items.length).toBeLessThanOrEqual(limit);
      keys.push(...page.items.map((c) => `${c.collection}/${c.claim.id}`));
      if (page.items.length < limit) return { keys, total: page.total };
    }
  }

  it('pages through each document’s claims in reading order, each once', async () => {
    for (const doc of documents) {
      const { keys, total } = await paged({ source: doc.id }, 7);
      expect(keys).toEqual(readingOrder(doc.id));
      expect(total).toBe(keys.length);
    }
  });

  it('reads every document’s claims, one document after another, and no article’s', async () => {
    const { keys, total } = await paged({}, 20);
    const expected = documents.map((d) => d.id).sort(byteOrder).flatMap(readingOrder);
    expect(keys).toEqual(expected);
    expect(total).toBe(expected.length);
  });

  it('keeps to one review status', async () => {
    const { keys } = await paged({ status: 'disputed' }, 5);
    const disputed = [...dataset.figures, ...dataset.events, ...dataset.relations].filter((c) => c.review.status === 'disputed' && documents.some((d) => d.id === c.source_id));
    expect(keys.length).toBe(disputed.length);
    expect(keys.every((k) => disputed.some((c) => k.endsWith(`/${c.id}`)))).toBe(true);
  });

  it('counts claims per source, section and status', async () => {
    const counts = await claimCounts(db(), {});
    const all = [...dataset.figures, ...dataset.events, ...dataset.relations];
    for (const doc of documents) {
      for (const status of ['corroborated', 'disputed', 'unverified'] as const) {
        for (const locator of new Set(all.filter((c) => c.source_id === doc.id).map((c) => c.locator))) {
          const expected = all.filter((c) => c.source_id === doc.id && c.locator === locator && c.review.status === status).length;
          const counted = counts.find((c) => c.source_id === doc.id && c.locator === locator && c.status === status)?.claims ?? 0;
          expect(counted, `${doc.id} ${locator} ${status}`).toBe(expected);
        }
      }
    }
    expect(counts.reduce((n, c) => n + c.claims, 0)).toBe(all.filter((c) => documents.some((d) => d.id === c.source_id)).length);
    expect(new Set(counts.map((c) => c.source_id))).toEqual(new Set(documents.map((d) => d.id)));
    const article = dataset.relations.find((r) => dataset.sources.find((s) => s.id === r.source_id)?.kind === 'article')!;
    expect((await claimCounts(db(), { source: article.source_id })).reduce((n, c) => n + c.claims, 0)).toBeGreaterThan(0);
  });

  it('finds where a claim stands in its source', async () => {
    const doc = documents[0]!;
    const order = readingOrder(doc.id);
    for (const [i, key] of order.entries()) {
      const [collection, id] = key.split('/') as ['figures' | 'events' | 'relations', string];
      expect(await claimPlace(db(), collection, id)).toEqual({ source_id: doc.id, position: i });
    }
    expect(await claimPlace(db(), 'figures', 'no-such-claim')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { dataset } from '@aiwatch/data';
import type { Database } from '../client.ts';
import { figures, sources } from '../schema/index.ts';
import { testDatabases } from '../testing/databases.ts';
import { seededForSuite } from '../testing/suite.ts';
import { claimCounts, claimStatusCounts, sourceClaimsPage } from './source-claims.ts';
import { documentsAtClaims, documentsPage, mostClaimedDocuments, type DocumentScope } from './source-documents.ts';

const statuses = ['corroborated', 'disputed', 'unverified'] as const;
const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** More documents than a window lists: some sort before the real ones, some after; the first has no claim. */
const EXTRA = 24;
const extraId = (i: number) => `${i % 2 ? 'b' : 'u'}-extra-document-${String(i).padStart(2, '0')}`;
const extraClaims = (i: number) => i % 5;
const extraStatus = (i: number, j: number) => statuses[(i + j) % 3]!;

async function addDocuments(db: Database): Promise<void> {
  await db.insert(sources).values(
    Array.from({ length: EXTRA }, (_, i) => ({
      id: extraId(i),
      kind: 'document' as const,
      title: `Extra document ${i}`,
      title_zh: `額外文件 ${i}`,
      author: 'Test',
      publisher: 'Test',
      language: 'en',
      url: `https://example.org/extra/${i}`,
      sections: ['First', 'Second'],
      summary_en: 'A document that makes the list long.',
      summary_zh: '使清單變長的文件。',
    })),
  );
  const metric = dataset.metrics[0]!.id;
  const claims = Array.from({ length: EXTRA }, (_, i) =>
    Array.from({ length: extraClaims(i) }, (_, j) => ({
      id: `extra-claim-${i}-${j}`,
      entity_id: 'zhipu-ai',
      metric,
      value: j,
      unit: 'count',
      qualifier: 'exact' as const,
      source_id: extraId(i),
      locator: j % 2 ? 'Second' : 'First',
      source_text: String(j),
      review_status: extraStatus(i, j),
      review_note_en: 'Test.',
      review_note_zh: '測試。',
    })),
  ).flat();
  await db.insert(figures).values(claims);
}

/** Each document's claims of a status (or all), from the data as seeded. */
function expectedCounts(status?: (typeof statuses)[number]) {
  const real = [...dataset.figures, ...dataset.events, ...dataset.relations].map((c) => ({ source: c.source_id, status: c.review.status }));
  const extra = Array.from({ length: EXTRA }, (_, i) => Array.from({ length: extraClaims(i) }, (_, j) => ({ source: extraId(i), status: extraStatus(i, j) }))).flat();
  const documents = [...dataset.sources.filter((s) => s.kind === 'document').map((s) => s.id), ...Array.from({ length: EXTRA }, (_, i) => extraId(i))].sort(byteOrder);
  const count = (id: string) => [...real, ...extra].filter((c) => c.source === id && (!status || c.status === status)).length;
  let before = 0;
  return documents
    .map((id) => ({ id, claims: count(id) }))
    .filter((d) => !status || d.claims > 0)
    .map((d, index) => {
      const place = { ...d, before, index };
      before += d.claims;
      return place;
    });
}

describe.each(testDatabases)('the documents beside their claims, on $name', (kind) => {
  const db = seededForSuite(kind, addDocuments);
  const plain = (items: { source: { id: string }; claims: number; before: number; index: number }[]) =>
    items.map(({ source, claims, before, index }) => ({ id: source.id, claims, before, index }));

  it.each<DocumentScope>([{}, { status: 'disputed' }, { status: 'corroborated' }])('pages through the documents by id, each with its claims and where they begin (%o)', async (scope) => {
    const expected = expectedCounts(scope.status);
    expect(expected.length).toBeGreaterThan(10);
    const read = [];
    for (let offset = 0; offset < expected.length; offset += 10) {
      const page = await documentsPage(db(), scope, { offset, limit: 10 });
      expect(page.total).toBe(expected.length);
      expect(page.items.length).toBe(Math.min(10, expected.length - offset));
      read.push(...plain(page.items));
    }
    expect(read).toEqual(expected);
    expect(await documentsPage(db(), scope, { offset: 1000, limit: 10 })).toEqual({ items: [], total: expected.length });
  });

  it.each<DocumentScope>([{}, { status: 'unverified' }])('names the documents of each page of claims, as the page of claims lists them (%o)', async (scope) => {
    const limit = 7;
    for (let offset = 0; ; offset += limit) {
      const page = await sourceClaimsPage(db(), scope, { offset, limit });
      const shown = [...new Set(page.items.map((c) => c.claim.source_id))];
      const places = await documentsAtClaims(db(), scope, { offset, limit });
      expect(places.map((p) => p.source.id)).toEqual(shown);
      if (page.items.length < limit) break;
    }
  });

  it.each<DocumentScope>([{}, { status: 'corroborated' }])('reads every document’s claims a page at a time, as each document’s own list reads them, one after another (%o)', async (scope) => {
    const keys = (items: { collection: string; claim: { id: string } }[]) => items.map((c) => `${c.collection}/${c.claim.id}`);
    const expected: string[] = [];
    for (const { id } of expectedCounts(scope.status)) expected.push(...keys((await sourceClaimsPage(db(), { source: id, status: scope.status }, { offset: 0, limit: 1000 })).items));
    const read: string[] = [];
    for (let offset = 0; offset < expected.length + 9; offset += 9) {
      const page = await sourceClaimsPage(db(), scope, { offset, limit: 9 });
      expect(page.total).toBe(expected.length);
      read.push(...keys(page.items));
    }
    expect(read).toEqual(expected);
  });

  it('ranks the documents by their claims, then by id', async () => {
    const ranked = expectedCounts()
      .sort((a, b) => b.claims - a.claims || byteOrder(a.id, b.id))
      .map((d) => ({ id: d.id, claims: d.claims }));
    const top = await mostClaimedDocuments(db(), 6);
    expect(top.items.map((d) => ({ id: d.source.id, claims: d.claims }))).toEqual(ranked.slice(0, 6));
    expect(top.total).toBe(ranked.length);
  });

  it('counts claims per status, and per section of the sources asked for', async () => {
    const all = expectedCounts();
    const byStatus = await claimStatusCounts(db(), {});
    for (const status of statuses) {
      expect(byStatus.find((c) => c.status === status)?.claims ?? 0).toBe(expectedCounts(status).reduce((n, d) => n + d.claims, 0));
    }
    const one = extraId(9);
    expect((await claimStatusCounts(db(), { source: one })).reduce((n, c) => n + c.claims, 0)).toBe(all.find((d) => d.id === one)!.claims);
    const asked = [extraId(3), extraId(4)];
    const counts = await claimCounts(db(), { sources: asked });
    expect(new Set(counts.map((c) => c.source_id))).toEqual(new Set(asked));
    expect(counts.reduce((n, c) => n + c.claims, 0)).toBe(extraClaims(3) + extraClaims(4));
    expect(await claimCounts(db(), { sources: [] })).toEqual([]);
  });
});

import {
  claimCounts,
  claimPlace,
  claimStatusCounts,
  documentsAtClaims,
  documentsPage,
  getSourcesByIds,
  modelsPerSource,
  mostClaimedDocuments,
  sourceClaimsPage,
  sourcesOfKindsPage,
  type Database,
  type DocumentPlace,
} from '@aiwatch/db';
import type { Source } from '@aiwatch/data/schemas';
import { href, locale } from '$lib/i18n/locale';
import { readClaimParam } from '$lib/links';
import { fetchPage, pageParam, pager } from '$lib/pager';
import { database } from '$lib/server/db';
import { loadLookup, refsOf } from '$lib/server/lookup';
import { sourceClaim } from '$lib/server/source-claims';
import { bibliographer } from './bibliography';
import { claimPages } from './claim-pages';
import { CLAIMS_PER_PAGE, countByStatus, DATASETS_LISTED, DOCUMENT_CHOICES, DOCUMENTS_LISTED, filterSearch, groupBySection, parseSourceFilters, type ListPages } from './filters';
import type { PageServerLoad } from './$types';

/** The source a link names: a document, or a news article whose claims a link leads to (the lists show documents only). */
async function namedSource(db: Database, id: string | null): Promise<Source | null> {
  if (!id) return null;
  const [found] = await getSourcesByIds(db, [id]);
  return found && found.kind !== 'dataset' ? found : null;
}

const byteOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const load: PageServerLoad = async ({ url }) => {
  const db = await database();
  const params = url.searchParams;
  // `?claim=figures/…` (every claim link): open the page of its source that holds it.
  const askedClaim = readClaimParam(params.get('claim'));
  const place = askedClaim ? await claimPlace(db, askedClaim.collection, askedClaim.id) : null;
  const chosen = await namedSource(db, place?.source_id ?? params.get('source'));
  // A claim's link shows its source whatever the filters say.
  const filters = place ? { source: chosen?.id ?? null, status: null } : parseSourceFilters(params, chosen ? [chosen.id] : []);
  const scope = { source: filters.source ?? undefined, status: filters.status ?? undefined };
  const unfiltered = !filters.source && !filters.status;

  // Claims, documents and dataset releases are each counted in the database and read a stretch at a time.
  const [statusCounts, choices, claims, tables] = await Promise.all([
    claimStatusCounts(db, { source: scope.source }),
    mostClaimedDocuments(db, DOCUMENT_CHOICES),
    fetchPage(place ? Math.floor(place.position / CLAIMS_PER_PAGE) + 1 : pageParam(params), CLAIMS_PER_PAGE, (page) => sourceClaimsPage(db, scope, page)),
    unfiltered ? fetchPage(pageParam(params, 'datasets'), DATASETS_LISTED, (page) => sourcesOfKindsPage(db, ['dataset'], page, 'newest')) : null,
  ]);
  const lists: ListPages = { docs: params.has('docs') ? pageParam(params, 'docs') : undefined, datasets: tables && tables.page > 1 ? tables.page : undefined };
  const pageHref = (page: number, anchor = '', also: ListPages = {}) => `${href('/sources')}${filterSearch(filters, page, also)}${anchor}`;

  // The documents shown with their cards: the one chosen; else those this page of claims reads from,
  // and a stretch of the list of every document (all of them, each with its card, when they are few).
  let listed: DocumentPlace[] = chosen ? [{ source: chosen, claims: claims.total, before: 0, index: 0 }] : [];
  let window: Awaited<ReturnType<typeof fetchPage<DocumentPlace>>> | null = null;
  if (!chosen) {
    const offset = (claims.page - 1) * CLAIMS_PER_PAGE;
    const here = await documentsAtClaims(db, { status: scope.status }, { offset, limit: CLAIMS_PER_PAGE });
    const block = lists.docs ?? (here[0] ? Math.floor(here[0].index / DOCUMENTS_LISTED) + 1 : 1);
    window = await fetchPage(block, DOCUMENTS_LISTED, (page) => documentsPage(db, { status: scope.status }, page));
    listed = window.total <= DOCUMENTS_LISTED ? window.items : here;
  }
  const [counts, lookup, models] = await Promise.all([
    claimCounts(db, { sources: listed.map((d) => d.source.id) }),
    loadLookup(db, refsOf(claims.items.map((c) => c.claim))),
    tables && tables.items.length > 0 ? modelsPerSource(db) : null,
  ]);
  const inScope = counts.filter((c) => !filters.status || c.status === filters.status);
  const places = claimPages(
    listed.map((d) => ({ id: d.source.id, sections: d.source.sections, before: d.before })),
    inScope,
    CLAIMS_PER_PAGE,
  );
  const bibliography = bibliographer();

  const sources = listed.flatMap(({ source: doc }) => {
    const at = places.get(doc.id)!;
    // Filtered by status, a document with nothing to show is left out, not listed empty.
    if (filters.status && at.claims === 0) return [];
    const own = claims.items.filter((c) => c.claim.source_id === doc.id).map((c) => sourceClaim(c, doc, lookup));
    const sections = groupBySection(doc.sections, own).map((g, index) => ({ ...g, index, place: at.sections.find((s) => s.section === g.section)! }));
    return {
      ...bibliography(doc),
      shown: at.claims,
      // Its sections, each linked to the page its claims begin on: the document's table of contents.
      contents: at.sections.map((s) => ({ ...s, href: s.page ? pageHref(s.page, `#section-${doc.id}-${s.index}`) : null })),
      sections: sections.filter((g) => g.claims.length > 0).map((g) => ({ section: g.section, index: g.index, claims: g.claims, count: g.place.claims })),
      // Where its claims begin, when that is another page: none of them on this one, or the first ones before it.
      begins: at.page !== null && at.page !== claims.page ? { page: at.page, href: pageHref(at.page, `#source-${doc.id}`), here: own.length > 0 } : null,
    };
  });
  const carded = new Set(sources.map((s) => s.id));
  const zh = locale() === 'zh-hant';
  const title = (s: Source) => (zh ? s.title_zh : s.title);

  // The menu: the documents with the most claims, and the one chosen, in the order the list reads them.
  const offered = [...choices.items, ...(chosen && !choices.items.some((c) => c.source.id === chosen.id) ? [{ source: chosen, claims: countByStatus(statusCounts).all }] : [])];
  return {
    filters,
    claimMissing: askedClaim !== null && place === null,
    counts: countByStatus(statusCounts),
    pager: pager(claims.page, claims.total, CLAIMS_PER_PAGE, claims.items.length, (page) => pageHref(page)),
    options: offered.sort((a, b) => byteOrder(a.source.id, b.source.id)).map((o) => ({ id: o.source.id, title: title(o.source), count: o.claims })),
    moreChoices: choices.total > choices.items.length ? { shown: choices.items.length, total: choices.total } : null,
    sources,
    // The list of documents, a stretch at a time: each links to its card here, or to the page its claims begin on.
    documents: window && {
      items: window.items.map((d) => ({
        id: d.source.id,
        title: title(d.source),
        claims: d.claims,
        href: carded.has(d.source.id)
          ? `#source-${d.source.id}`
          : d.claims > 0
            ? pageHref(Math.floor(d.before / CLAIMS_PER_PAGE) + 1, `#source-${d.source.id}`)
            : `${href('/sources')}?source=${encodeURIComponent(d.source.id)}`,
      })),
      pager: pager(window.page, window.total, DOCUMENTS_LISTED, window.items.length, (docs) => pageHref(claims.page, '#documents', { ...lists, docs })),
    },
    datasets: tables && {
      items: tables.items.map((t) => ({
        ...bibliography(t),
        licence: t.licence,
        sha256: t.sha256,
        fileRows: t.row_count,
        models: models?.get(t.id) ?? 0,
        columns: t.sections,
        modelsHref: href('/models'),
      })),
      pager: pager(tables.page, tables.total, DATASETS_LISTED, tables.items.length, (datasets) => pageHref(claims.page, '#datasets', { ...lists, datasets: datasets > 1 ? datasets : undefined })),
    },
  };
};

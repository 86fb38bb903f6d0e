import { claimCounts, claimPlace, countRows, getSourcesByIds, sourceClaimsPage, sourcesOfKinds, type Database } from '@aiwatch/db';
import type { Source } from '@aiwatch/data/schemas';
import { href, locale, pick } from '$lib/i18n/locale';
import { readClaimParam } from '$lib/links';
import { fetchPage, pageParam, pager } from '$lib/pager';
import { database } from '$lib/server/db';
import { loadLookup, refsOf } from '$lib/server/lookup';
import { languageName, sourceClaim } from '$lib/server/source-claims';
import { publisherName } from '$lib/server/source-names';
import { claimPages } from './claim-pages';
import { CLAIMS_PER_PAGE, countByStatus, filterSearch, groupBySection, parseSourceFilters } from './filters';
import type { PageServerLoad } from './$types';

/** The source a link names: a document, or a news article whose claims a link leads to (the list shows documents only). */
async function namedSource(db: Database, id: string | null, documents: Source[]): Promise<Source | null> {
  if (!id) return null;
  const found = documents.find((d) => d.id === id) ?? (await getSourcesByIds(db, [id]))[0];
  return found && found.kind !== 'dataset' ? found : null;
}

export const load: PageServerLoad = async ({ url }) => {
  const db = await database();
  const params = url.searchParams;
  // The news articles (hundreds) are cited claim by claim elsewhere; this page lists the documents and datasets.
  const list = await sourcesOfKinds(db, ['document', 'dataset']);
  const documents = list.filter((s) => s.kind === 'document');
  const tables = list.filter((s) => s.kind === 'dataset');

  // `?claim=figures/…` (every claim link): open the page of its source that holds it.
  const askedClaim = readClaimParam(params.get('claim'));
  const place = askedClaim ? await claimPlace(db, askedClaim.collection, askedClaim.id) : null;
  const chosen = await namedSource(db, place?.source_id ?? params.get('source'), documents);
  // A claim's link shows its source whatever the filters say.
  const filters = place ? { source: chosen?.id ?? null, status: null } : parseSourceFilters(params, chosen ? [chosen.id] : []);
  const scope = { source: filters.source ?? undefined, status: filters.status ?? undefined };

  // Documents and datasets are few; the claims are many: counted per section and status, listed a page at a time.
  const [documentCounts, articleCounts, rows, claims] = await Promise.all([
    claimCounts(db, {}),
    chosen?.kind === 'article' ? claimCounts(db, { source: chosen.id }) : [],
    tables.length > 0 ? countRows(db) : null,
    fetchPage(place ? Math.floor(place.position / CLAIMS_PER_PAGE) + 1 : pageParam(params), CLAIMS_PER_PAGE, (page) => sourceClaimsPage(db, scope, page)),
  ]);
  const counts = [...documentCounts, ...articleCounts];
  const lookup = await loadLookup(db, refsOf(claims.items.map((c) => c.claim)));
  const listed = chosen ? [chosen] : documents;
  const inScope = counts.filter((c) => (!filters.source || c.source_id === filters.source) && (!filters.status || c.status === filters.status));
  const places = claimPages(listed, inScope, CLAIMS_PER_PAGE);
  const zh = locale() === 'zh-hant';
  const bibliography = (doc: Source) => ({
    id: doc.id,
    title: zh ? doc.title_zh : doc.title,
    titleEn: doc.title,
    titleZh: doc.title_zh,
    author: doc.author,
    publisher: publisherName(doc),
    publishedOn: doc.published_on
      ? new Intl.DateTimeFormat(zh ? 'zh-Hant' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(doc.published_on))
      : null,
    language: languageName(doc.language),
    url: doc.url,
    summary: pick(doc, 'summary'),
    note: pick(doc, 'note') || null,
  });
  const pageHref = (page: number, anchor = '') => `${href('/sources')}${filterSearch(filters, page)}${anchor}`;
  const total = (id: string) => counts.filter((c) => c.source_id === id).reduce((n, c) => n + c.claims, 0);

  const sources = listed.flatMap((doc) => {
    const at = places.get(doc.id)!;
    // Filtered by status, a document with nothing to show is left out, not listed empty.
    if (filters.status && at.claims === 0) return [];
    const own = claims.items.filter((c) => c.claim.source_id === doc.id).map((c) => sourceClaim(c, doc, lookup));
    const sections = groupBySection(doc.sections, own).map((g, index) => ({ ...g, index, place: at.sections.find((s) => s.section === g.section)! }));
    return {
      ...bibliography(doc),
      total: total(doc.id),
      shown: at.claims,
      // Its sections, each linked to the page its claims begin on: the document's table of contents.
      contents: at.sections.map((s) => ({ ...s, href: s.page ? pageHref(s.page, `#section-${doc.id}-${s.index}`) : null })),
      sections: sections.filter((g) => g.claims.length > 0).map((g) => ({ section: g.section, index: g.index, claims: g.claims, count: g.place.claims })),
      // Where its claims begin, when that is another page: none of them on this one, or the first ones before it.
      begins: at.page !== null && at.page !== claims.page ? { page: at.page, href: pageHref(at.page, `#source-${doc.id}`), here: own.length > 0 } : null,
    };
  });
  return {
    filters,
    claimMissing: askedClaim !== null && place === null,
    counts: countByStatus(counts.filter((c) => !filters.source || c.source_id === filters.source)),
    pager: pager(claims.page, claims.total, CLAIMS_PER_PAGE, claims.items.length, (page) => pageHref(page)),
    options: [...documents, ...(chosen?.kind === 'article' ? [chosen] : [])].map((doc) => ({ id: doc.id, title: zh ? doc.title_zh : doc.title, count: total(doc.id) })),
    sources,
    datasets: tables.map((t) => ({
      ...bibliography(t),
      licence: t.licence,
      sha256: t.sha256,
      fileRows: t.row_count,
      models: rows?.models ?? 0,
      columns: t.sections,
      modelsHref: href('/models'),
    })),
  };
};

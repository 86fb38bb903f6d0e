import { countRows, getSource, sourcesOfKinds, type SourceWithClaims } from '@aiwatch/db';
import type { Source } from '@aiwatch/data/schemas';
import { href, locale, pick } from '$lib/i18n/locale';
import { database } from '$lib/server/db';
import { loadLookup, refsOf } from '$lib/server/lookup';
import { languageName, sourceClaims } from '$lib/server/source-claims';
import { publisherName } from '$lib/server/source-names';
import { countByStatus, groupBySection, parseSourceFilters } from './filters';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
  const db = await database();
  // The news articles (hundreds) are cited claim by claim elsewhere; this page lists the documents and datasets.
  const list = await sourcesOfKinds(db, ['document', 'dataset']);
  const documents = list.filter((s) => s.kind === 'document');
  const tables = list.filter((s) => s.kind === 'dataset');
  // Documents list their claims here; a dataset's claims (thousands of cells) are browsed on the Models page.
  const [docs, rows] = await Promise.all([
    Promise.all(documents.map((s) => getSource(db, s.id))).then((all) => all.filter((s): s is SourceWithClaims => s !== null)),
    tables.length > 0 ? countRows(db) : null,
  ]);
  const claimed = docs.flatMap((d) => [...d.figures, ...d.events, ...d.relations]);
  const lookup = await loadLookup(db, refsOf(claimed));
  const filters = parseSourceFilters(url.searchParams, docs.map((d) => d.id));
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

  const all = docs.map((doc) => ({ doc, claims: sourceClaims(doc, lookup) }));
  // Status counts follow the chosen document, so each count says what choosing that status shows.
  const inSource = all.filter(({ doc }) => !filters.source || doc.id === filters.source);
  const counts = countByStatus(inSource.flatMap((s) => s.claims));

  const sources = inSource.flatMap(({ doc, claims }) => {
    const shown = filters.status ? claims.filter((c) => c.review.status === filters.status) : claims;
    // Filtered by status, a document or section with nothing to show is left out, not listed empty.
    if (filters.status && shown.length === 0) return [];
    return {
      ...bibliography(doc),
      total: claims.length,
      shown: shown.length,
      sections: groupBySection(doc.sections, shown).filter((g) => !filters.status || g.claims.length > 0),
    };
  });
  return {
    filters,
    counts,
    shown: sources.reduce((n, s) => n + s.shown, 0),
    options: all.map(({ doc, claims }) => ({ id: doc.id, title: zh ? doc.title_zh : doc.title, count: claims.length })),
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

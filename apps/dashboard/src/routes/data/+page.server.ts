import { countRows, latestRelease, sourcesOfKindsPage, tableNames } from '@aiwatch/db';
import { datasetCitation } from '@aiwatch/data/releases';
import { tableDocs, tableSchema } from '@aiwatch/db/export';
import { href, locale } from '$lib/i18n/locale';
import { fetchPage, pageParam, pager } from '$lib/pager';
import { database } from '$lib/server/db';
import { publicOrigin } from '$lib/server/env';
import { citedTitles } from '$lib/citation';
import { textLang } from '$lib/server/written-lang';
import { citeSource } from './cite-source';
import type { PageServerLoad } from './$types';

/** Documents and dataset releases cited at a time. */
const CITED_PER_PAGE = 10;

export const load: PageServerLoad = async ({ url }) => {
  const db = await database();
  const [rows, release, cited] = await Promise.all([
    countRows(db),
    latestRelease(db),
    fetchPage(pageParam(url.searchParams), CITED_PER_PAGE, (page) => sourcesOfKindsPage(db, ['document', 'dataset'], page)),
  ]);
  const zh = locale() === 'zh-hant';
  return {
    tables: tableNames.map((name) => ({
      name,
      title: zh ? tableDocs[name].title_zh : tableDocs[name].title_en,
      description: zh ? tableDocs[name].description_zh : tableDocs[name].description_en,
      rows: rows[name],
      columns: tableSchema(name).fields.map((f) => ({ name: f.name, type: f.type, description: zh ? f.description_zh : f.description })),
    })),
    release: release && { version: release.version, releasedOn: release.released_on },
    // The same citation the downloads' README and datapackage.json carry.
    citation: datasetCitation(release, publicOrigin)[zh ? 'zh' : 'en'],
    // The news articles (hundreds) are cited figure by figure, and listed in sources.csv.
    // The document's own title, for its `lang` inside a citation in the reader's language.
    documents: cited.items.map((s) => {
      const title = citedTitles(s, locale()).title;
      return { id: s.id, text: citeSource(s, locale()), title, titleLang: textLang(title) };
    }),
    citedPager: pager(cited.page, cited.total, CITED_PER_PAGE, cited.items.length, (page) => `${href('/data')}${page > 1 ? `?page=${page}` : ''}#cite-sources`),
  };
};

import { countRows, latestRelease, sourcesOfKinds, tableNames } from '@aiwatch/db';
import { datasetCitation } from '@aiwatch/data/releases';
import { tableDocs, tableSchema } from '@aiwatch/db/export';
import { locale } from '$lib/i18n/locale';
import { database } from '$lib/server/db';
import { publicOrigin } from '$lib/server/env';
import { citedTitles } from '$lib/citation';
import { textLang } from '$lib/server/written-lang';
import { citeSource } from './cite-source';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const db = await database();
  const [rows, release, sources] = await Promise.all([countRows(db), latestRelease(db), sourcesOfKinds(db, ['document', 'dataset'])]);
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
    documents: sources.map((s) => {
      const title = citedTitles(s, locale()).title;
      return { id: s.id, text: citeSource(s, locale()), title, titleLang: textLang(title) };
    }),
  };
};

import { countRows, datasetVersion, listSources, tableNames } from '@aiwatch/db';
import { tableDocs, tableSchema } from '@aiwatch/db/export';
import { locale } from '$lib/i18n/locale';
import { database } from '$lib/server/db';
import { publicOrigin } from '$lib/server/env';
import { citeSource } from './cite-source';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const db = await database();
  const [rows, version, sources] = await Promise.all([countRows(db), datasetVersion(db), listSources(db, { limit: 500 })]);
  const zh = locale() === 'zh-hant';
  return {
    tables: tableNames.map((name) => ({
      name,
      title: zh ? tableDocs[name].title_zh : tableDocs[name].title_en,
      description: zh ? tableDocs[name].description_zh : tableDocs[name].description_en,
      rows: rows[name],
      columns: tableSchema(name).fields.map((f) => ({ name: f.name, type: f.type, description: zh ? f.description_zh : f.description })),
    })),
    citation: {
      year: String(new Date().getFullYear()),
      date: new Date().toISOString().slice(0, 10),
      version: version?.slice(0, 12) ?? '—',
      url: publicOrigin,
    },
    // The news articles (hundreds) are cited figure by figure, and listed in sources.csv.
    documents: sources.items.filter((s) => s.kind !== 'article').map((s) => ({ id: s.id, text: citeSource(s, locale()) })),
  };
};

import { countRows, tableNames } from '@aiwatch/db';
import { tableDocs, tableSchema } from '@aiwatch/db/export';
import { locale } from '$lib/i18n/locale';
import { database } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const rows = await countRows(await database());
  const zh = locale() === 'zh-hant';
  return {
    tables: tableNames.map((name) => ({
      name,
      title: zh ? tableDocs[name].title_zh : tableDocs[name].title_en,
      description: zh ? tableDocs[name].description_zh : tableDocs[name].description_en,
      rows: rows[name],
      columns: tableSchema(name).fields.map((f) => ({ name: f.name, type: f.type, description: zh ? f.description_zh : f.description })),
    })),
    year: new Date().getFullYear(),
  };
};

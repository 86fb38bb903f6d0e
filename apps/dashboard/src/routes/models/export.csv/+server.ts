import { modelTableRows } from '@aiwatch/db';
import { recordsCsvStream } from '@aiwatch/db/export';
import { csvDownload } from '$lib/server/csv-download';
import { database } from '$lib/server/db';
import { modelFilters, readModelQuery, sortOf } from '$lib/server/model-list-query';
import type { RequestHandler } from './$types';

/** The Models table as shown (its filters and order, every page), as CSV with the dataset's columns. */
export const GET: RequestHandler = async ({ url }) => {
  const db = await database();
  const { query } = await readModelQuery(db, url.searchParams);
  const csv = recordsCsvStream('models', modelTableRows(db, modelFilters(query), sortOf(query)), { bom: url.searchParams.get('bom') === '1' });
  return csvDownload(csv as AsyncIterable<Uint8Array>, 'models-selection.csv', { path: url.pathname });
};

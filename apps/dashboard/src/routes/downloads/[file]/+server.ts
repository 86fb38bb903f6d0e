import { error } from '@sveltejs/kit';
import { tableNames, type TableName } from '@aiwatch/db';
import { tableCsvStream } from '@aiwatch/db/export';
import { csvDownload } from '$lib/server/csv-download';
import { database } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** A whole dataset as CSV, streamed; `?bom=1` for Excel. The API serves the same at /v1/datasets. */
export const GET: RequestHandler = async ({ params, url }) => {
  const name = params.file.replace(/\.csv$/, '') as TableName;
  if (!params.file.endsWith('.csv') || !tableNames.includes(name)) error(404, `no dataset ${params.file}`);
  const csv = tableCsvStream(await database(), name, { bom: url.searchParams.get('bom') === '1' });
  return csvDownload(csv as AsyncIterable<Uint8Array>, `${name}.csv`, { path: url.pathname, table: name });
};

import { error } from '@sveltejs/kit';
import { downloadSlots, tableNames, type TableName } from '@aiwatch/db';
import { tableCsvStream } from '@aiwatch/db/export';
import { csvDownload } from '$lib/server/csv-download';
import { database, unavailableResponse } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** A whole dataset as CSV, streamed; `?bom=1` for Excel. The API serves the same at /v1/datasets. */
export const GET: RequestHandler = async ({ params, url }) => {
  const name = params.file.replace(/\.csv$/, '') as TableName;
  if (!params.file.endsWith('.csv') || !tableNames.includes(name)) error(404, `no dataset ${params.file}`);
  const db = await database();
  // Every download connection in use: say when to come back rather than start a 200 that stalls.
  const slots = downloadSlots(db);
  if (slots?.full) return unavailableResponse(`All ${slots.max} download connections are in use just now; try again in a few seconds.`);
  const csv = tableCsvStream(db, name, { bom: url.searchParams.get('bom') === '1' });
  return csvDownload(csv as AsyncIterable<Uint8Array>, `${name}.csv`, { path: url.pathname, table: name });
};

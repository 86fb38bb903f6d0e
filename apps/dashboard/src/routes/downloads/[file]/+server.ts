import { Readable } from 'node:stream';
import { error } from '@sveltejs/kit';
import { tableNames, type TableName } from '@aiwatch/db';
import { tableCsvStream } from '@aiwatch/db/export';
import { database } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** A whole dataset as CSV, streamed; `?bom=1` for Excel. The API serves the same at /v1/datasets. */
export const GET: RequestHandler = async ({ params, url }) => {
  const name = params.file.replace(/\.csv$/, '') as TableName;
  if (!params.file.endsWith('.csv') || !tableNames.includes(name)) error(404, `no dataset ${params.file}`);
  const csv = tableCsvStream(await database(), name, { bom: url.searchParams.get('bom') === '1' });
  return new Response(Readable.toWeb(csv) as ReadableStream, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="${name}.csv"`,
    },
  });
};

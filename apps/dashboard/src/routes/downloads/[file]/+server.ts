import { error } from '@sveltejs/kit';
import { isDatabaseUnavailable, tableNames, type TableName } from '@aiwatch/db';
import { tableCsvStream } from '@aiwatch/db/export';
import { database, logServer, unavailableResponse } from '$lib/server/db';
import type { RequestHandler } from './$types';

/** A whole dataset as CSV, streamed; `?bom=1` for Excel. The API serves the same at /v1/datasets. */
export const GET: RequestHandler = async ({ params, url }) => {
  const name = params.file.replace(/\.csv$/, '') as TableName;
  if (!params.file.endsWith('.csv') || !tableNames.includes(name)) error(404, `no dataset ${params.file}`);
  const csv = tableCsvStream(await database(), name, { bom: url.searchParams.get('bom') === '1' });
  const chunks = csv[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;

  // The first chunk (header and first rows) exists only once the first query has answered: wait
  // for it, so a database outage gets a status (503) rather than a 200 cut off before any byte.
  let first: IteratorResult<Uint8Array>;
  try {
    first = await chunks.next();
  } catch (e) {
    if (isDatabaseUnavailable(e)) return unavailableResponse();
    throw e;
  }

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close();
      else controller.enqueue(first.value);
    },
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (e) {
        // The status is sent: erroring the body makes the server cut the connection, so the
        // client sees a truncated transfer (no final chunk), never a short file that looks whole.
        logServer('error', 'csv download failed mid-stream', { path: url.pathname, table: name, error: String(e) });
        controller.error(e);
      }
    },
    async cancel() {
      await chunks.return?.();
    },
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="${name}.csv"`,
    },
  });
};

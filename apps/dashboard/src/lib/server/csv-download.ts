import { isDatabaseUnavailable } from '@aiwatch/db';
import { logServer, unavailableResponse } from './db.ts';

/**
 * A CSV stream as a download. The first chunk (header and first rows) exists only once the first
 * query has answered: waiting for it gives a database outage a status (503) rather than a 200 cut
 * off before any byte. A failure after that cuts the connection, so the reader's client sees a
 * truncated transfer, never a short file that looks whole.
 */
export async function csvDownload(csv: AsyncIterable<Uint8Array>, filename: string, context: Record<string, string>): Promise<Response> {
  const chunks = csv[Symbol.asyncIterator]();
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
        logServer('error', 'csv download failed mid-stream', { ...context, error: String(e) });
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
      'Content-Disposition': `attachment; filename="${filename}"`,
    },
  });
}

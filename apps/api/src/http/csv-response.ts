import type { ServerResponse } from 'node:http';
import type { Context } from 'hono';
import type { Stringifier } from 'csv-stringify';
import type { AppEnv } from './app-env.ts';

/**
 * Streams a CSV stringifier as the response body: rows go out as they are read, never buffered.
 * A failure part-way (the database going away between batches) is logged and cuts the
 * connection, so the client sees a truncated transfer rather than a short file that looks whole
 * or an error message inside the CSV.
 */
export function csvResponse(c: Context<AppEnv>, csv: Stringifier, filename: string, headers: Record<string, string> = {}): Response {
  const chunks = csv[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  // A body cancelled on purpose (the client left, or a 304 took its place) is no failure.
  let cancelled = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (e) {
        if (cancelled) return;
        // Failures after the status was sent reach no error handler: logged here.
        c.get('logger').log('error', 'csv response failed mid-stream', {
          request_id: c.get('requestId'),
          path: c.req.path,
          error: String(e),
        });
        // Under @hono/node-server: end the connection here; the server then cancels this body
        // quietly. Elsewhere (app.request in tests) erroring the body has the same effect.
        const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing;
        if (outgoing) outgoing.destroy();
        else controller.error(e);
      }
    },
    async cancel() {
      cancelled = true;
      await chunks.return?.();
    },
  });
  return c.body(body, 200, {
    'Content-Type': 'text/csv; charset=utf-8; header=present',
    'Content-Disposition': `attachment; filename="${filename}"`,
    ...headers,
  });
}

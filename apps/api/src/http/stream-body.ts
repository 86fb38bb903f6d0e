import type { ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import type { Context } from 'hono';
import type { AppEnv } from './app-env.ts';

/**
 * A Node stream as a response body, pulled as the client reads: never buffered. Node's own
 * `Readable.toWeb` keeps pushing into a body already cancelled (a client that left, a 304 that
 * took the body's place) and throws where nothing can catch it, ending the process; here a
 * cancel stops the source. A failure part-way (the database going away between batches) is
 * logged and cuts the connection, so the client sees a truncated transfer rather than a short
 * file that looks whole.
 */
export function streamBody(c: Context<AppEnv>, source: Readable, what: string): ReadableStream<Uint8Array> {
  const chunks = source[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (cancelled) return;
        if (next.done) controller.close();
        else controller.enqueue(next.value);
      } catch (e) {
        if (cancelled) return;
        // Failures after the status was sent reach no error handler: logged here.
        c.get('logger').log('error', `${what} response failed mid-stream`, {
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
}

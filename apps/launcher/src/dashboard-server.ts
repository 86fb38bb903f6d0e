import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import compression from 'compression';
import type { AddressInfo } from 'node:net';

/** Request header through which this server tells adapter-node the protocol it serves. */
const SERVED_OVER = 'x-aiwatch-served-over';

/** Serves the built dashboard (adapter-node's handler) on its own port. */
export async function startDashboard(port: number, host: string): Promise<{ url: string; server: Server }> {
  // adapter-node takes every request for https unless told (ORIGIN, or a protocol header); links
  // the pages build from their own URL, such as citations, would then be dead on this plain-HTTP
  // server. Read when the handler loads, so set first; a deployment's own setting wins.
  const ownHeader = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
  if (ownHeader) process.env.PROTOCOL_HEADER = SERVED_OVER;
  // Loaded only now: the handler opens the shared database through @aiwatch/db on first request.
  const { handler } = await import('@aiwatch/dashboard/handler');
  // Pages carry their charts as SVG, twice (wide and narrow): compressed, the Network page's HTML
  // is a fraction of its size. Static files are served precompressed and pass through untouched.
  const compress = compression() as unknown as (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
  const server = createServer((req, res) => {
    // Set here, over whatever a client sent, so no request can claim another protocol.
    if (ownHeader) req.headers[SERVED_OVER] = 'http';
    compress(req, res, () =>
      handler(req, res, () => {
        res.statusCode = 404;
        res.end('Not found');
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: actual } = server.address() as AddressInfo;
  return { url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}`, server };
}

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Serves the built dashboard (adapter-node's handler) on its own port. */
export async function startDashboard(port: number, host: string): Promise<{ url: string; server: Server }> {
  // Loaded only now: the handler opens the shared database through @aiwatch/db on first request.
  const { handler } = await import('@aiwatch/dashboard/handler');
  const server = createServer((req, res) =>
    handler(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    }),
  );
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const { port: actual } = server.address() as AddressInfo;
  return { url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${actual}`, server };
}

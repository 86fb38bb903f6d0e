import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import type { Database } from '@aiwatch/db';
import { createApp } from './app.ts';
import type { Logger } from './http/logger.ts';

export interface RunningServer {
  url: string;
  server: ServerType;
  /** Stops accepting connections and resolves once in-flight requests have finished. */
  close(): Promise<void>;
}

/** Listens with the API on `port` (0 = any free port). */
export function startApiServer(opts: { db: Database; port: number; host: string; logger: Logger }): Promise<RunningServer> {
  const app = createApp({ db: opts.db, logger: opts.logger });
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: opts.port, hostname: opts.host }, (info: AddressInfo) => {
      resolve({
        url: `http://${opts.host}:${info.port}`,
        server,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Idle keep-alive sockets would hold close() open; busy ones finish their request first.
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          }),
      });
    });
  });
}

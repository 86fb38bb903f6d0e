import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import { getRequestListener } from '@hono/node-server';
import type { Database } from '@aiwatch/db';
import { apiVersion, createApp } from './app.ts';
import { ReadyAnswers } from './http/ready-answers.ts';
import type { ReleaseLibrary } from './releases/library.ts';
import { answerClientErrors } from './http/client-errors.ts';
import { drainServer } from './http/drain.ts';
import { listen, urlOf, type ListenSettings } from './http/listen.ts';
import type { Logger } from './http/logger.ts';

export interface RunningServer {
  url: string;
  server: Server;
  /** Stops accepting connections and resolves once in-flight requests have finished or `deadlineMs` has passed. */
  close(deadlineMs?: number): Promise<void>;
}

/** Listens with the API on `port` (0 = any free port); rejects with a PortInUseError or the listen error. */
export async function startApiServer(opts: {
  db: Database;
  port: number;
  host: string;
  logger: Logger;
  /** The settings that name the port and host, for the message when it cannot listen. */
  settings?: ListenSettings;
  /** The dashboard's public address, for the pages feeds link to. */
  siteUrl?: () => string | null;
  releases?: ReleaseLibrary;
  /** The API's public origin, named in the OpenAPI document. */
  publicUrl?: string | null;
}): Promise<RunningServer> {
  const version = apiVersion(opts.db);
  const app = createApp({ db: opts.db, logger: opts.logger, siteUrl: opts.siteUrl, releases: opts.releases, version, publicUrl: opts.publicUrl });
  const ready = new ReadyAnswers(version, opts.logger);
  const server = createServer(ready.listener(getRequestListener(ready.capturing(app.fetch))));
  answerClientErrors(server);
  await listen(server, opts.port, opts.host, opts.settings ?? { port: 'API_PORT', host: 'API_HOST' });
  return {
    url: urlOf(opts.host, (server.address() as AddressInfo).port),
    server,
    close: (deadlineMs = 20_000) => drainServer(server, deadlineMs),
  };
}

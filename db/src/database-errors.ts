import { connect, type Socket } from 'node:net';
import { Duplex } from 'node:stream';

/**
 * Errors meaning "the database is not there right now" (refused, reset, timed out, shutting
 * down, too many clients, statement timeout, failing fast after a failed attempt): apps answer
 * 503 for these and recover by themselves, since postgres.js reconnects on the next query.
 */
const transientCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'DATABASE_UNREACHABLE', // failFastConnections: the last attempt failed moments ago
  '57014', // query_canceled (statement_timeout)
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now
  '53300', // too_many_connections
]);

/** The codes of an error and of the errors it wraps (drizzle wraps the driver's in `cause`). */
function errorCodes(error: unknown): string[] {
  const codes: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') codes.push(code);
    e = (e as { cause?: unknown }).cause;
  }
  return codes;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return errorCodes(error).some((code) => transientCodes.has(code) || code.startsWith('08'));
}

/**
 * The database refused a parameter as text it cannot hold (a NUL character, 22021): the request's
 * fault, answered 400, since no value holding one can name anything stored.
 */
export function isRefusedText(error: unknown): boolean {
  return errorCodes(error).includes('22021');
}

/** What postgres.js hands its `socket` option: the parsed connection options. */
interface SocketTarget {
  host: string[];
  port: number[];
  path?: string | false | undefined;
}

export interface FailFastOptions {
  /** Seconds a connection attempt (TCP, TLS, authentication) may take before it counts as failed. */
  connectTimeoutSeconds?: number;
  /** After a failed attempt, how long every new connection fails at once without trying. */
  quietMs?: number;
}

/**
 * postgres.js options that make an outage cost each query milliseconds rather than seconds.
 *
 * By default postgres.js waits up to 30 s for a connection, and after each failure waits an
 * exponentially growing back-off (up to 20 s) before the next attempt; queries queue behind both,
 * so under load requests hang for tens of seconds. Here a connection attempt is bounded by
 * `connectTimeoutSeconds`, there is no back-off, and for `quietMs` after an attempt the server did
 * not answer, connections fail at once (code `DATABASE_UNREACHABLE`) instead of trying again:
 * queued queries drain in milliseconds. The first query after the quiet period tries for real,
 * so the pool heals by itself the moment the database is back.
 */
export function failFastConnections({ connectTimeoutSeconds = 1.5, quietMs = 1_000 }: FailFastOptions = {}) {
  let failed: { at: number; reason: string; cause: unknown } | null = null;
  let hostIndex = 0;

  function socket(target: SocketTarget): Duplex {
    if (failed && performance.now() - failed.at < quietMs) {
      const ago = Math.round(performance.now() - failed.at);
      const error = Object.assign(
        new Error(`database unreachable: a connection attempt ${ago} ms ago failed (${failed.reason}); trying again in ${quietMs - ago} ms`, {
          cause: failed.cause,
        }),
        { code: 'DATABASE_UNREACHABLE' },
      );
      return refusedSocket(error);
    }
    // The connection postgres.js would open itself, watched: did the server say anything?
    const i = hostIndex++ % target.port.length;
    const host = target.host[i] ?? target.host[0] ?? 'localhost';
    const port = target.port[i] ?? target.port[0] ?? 5432;
    const s: Socket = target.path ? connect(target.path) : connect(port, host);
    Object.assign(s, { host, port }); // postgres.js names them in its error messages
    let answered = false;
    let error: unknown = null;
    // The server speaks only after the client's first message, which postgres.js writes as soon as
    // it has the socket: listening for data here loses none of it.
    s.once('data', () => {
      answered = true;
      failed = null;
    });
    s.once('error', (e) => (error = e));
    s.once('close', () => {
      if (answered) return;
      const reason = error instanceof Error ? error.message : 'closed or timed out before the server answered';
      failed = { at: performance.now(), reason, cause: error ?? undefined };
    });
    return s;
  }

  return { connect_timeout: connectTimeoutSeconds, backoff: false as const, socket };
}

/**
 * A socket-like stream that fails with `error` at the first thing postgres.js writes (its startup
 * message), as a refused connection would. Failing any earlier would leave that message queued
 * inside postgres.js, to be sent twice on the connection's next socket.
 */
function refusedSocket(error: Error): Duplex {
  const s = new Duplex({
    read() {},
    write(_chunk, _encoding, done) {
      done(error);
    },
  });
  // postgres.js drops its listeners once the socket has closed; nothing may throw after that.
  s.on('error', () => {});
  return s;
}

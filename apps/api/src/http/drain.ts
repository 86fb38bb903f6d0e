import type { Server } from 'node:http';

/**
 * Stops `server` accepting connections and waits for the requests in flight to finish, closing
 * keep-alive connections as they fall idle; whatever is still open after `deadlineMs` (a client
 * too slow to read its answer, or one that never finishes sending its request) is cut.
 */
export function drainServer(server: Server, deadlineMs: number): Promise<void> {
  return new Promise((resolve) => {
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => server.closeAllConnections(), deadlineMs);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(deadline);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * On the first SIGTERM or SIGINT, runs `stop` (drain, close the database) and exits 0; the same
 * signal again meanwhile changes nothing (terminals and npm often deliver it twice).
 */
export function stopOnSignals(stop: (signal: string) => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void stop(signal).finally(() => process.exit(0));
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

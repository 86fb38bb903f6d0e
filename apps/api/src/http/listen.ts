import type { Server } from 'node:http';

/** The port is taken or not ours to take: one clear line for the operator, naming the setting. */
export class PortUnavailableError extends Error {
  override name = 'PortUnavailableError';
}

/** The settings an operator changes to move a server: named in the error when it cannot listen. */
export interface ListenSettings {
  port: string;
  host: string;
}

/** Listens on `host:port`; a busy or forbidden port or a foreign address rejects with a PortUnavailableError naming the setting to change. */
export function listen(server: Server, port: number, host: string, settings: ListenSettings): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') {
        reject(new PortUnavailableError(`port ${port} on ${host} is already in use: stop the program using it, or set ${settings.port} to a free port`));
      } else if (error.code === 'EACCES') {
        reject(new PortUnavailableError(`port ${port} on ${host} needs privileges this process lacks: set ${settings.port} to a port above 1023`));
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') {
        reject(new PortUnavailableError(`${host} is not an address of this machine: set ${settings.host} to one of its addresses (127.0.0.1, 0.0.0.0)`));
      } else {
        reject(error);
      }
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/** The URL a person types to reach a server listening on `host` (a wildcard address means this machine). */
export function urlOf(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

import { connect } from 'node:net';

export { rawGet, type RawResponse } from '../../api/support/http.ts';

/** What came back on a raw connection, read until the server closed it. */
export interface RawExchange {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Writes `text` (UTF-8, not encoded further) on a new connection and reads the answer until the server closes it. */
export async function rawExchange(url: string, text: string): Promise<RawExchange> {
  const socket = await rawSocket(url, text);
  const chunks: Buffer[] = [];
  socket.on('data', (c: Buffer) => chunks.push(c));
  await new Promise((resolve) => socket.on('close', resolve));
  const raw = Buffer.concat(chunks).toString('utf8');
  const [head = '', body = ''] = raw.split(/\r\n\r\n/, 2) as [string?, string?];
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(
    lines.map((l) => [
      l.slice(0, l.indexOf(':')).toLowerCase(),
      l.slice(l.indexOf(':') + 1).trim(),
    ]),
  );
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

/** Opens a TCP connection to `url`'s host and port and writes `text`; the caller ends it. */
export function rawSocket(url: string, text: string): Promise<ReturnType<typeof connect>> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => {
      socket.write(text);
      resolve(socket);
    });
    socket.on('error', reject);
  });
}

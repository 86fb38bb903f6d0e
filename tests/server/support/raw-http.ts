import { connect } from 'node:net';

export { rawGet, type RawResponse } from '../../api/support/http.ts';

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

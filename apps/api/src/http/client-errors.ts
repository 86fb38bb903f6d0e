import { STATUS_CODES, type Server } from 'node:http';
import type { Duplex } from 'node:stream';

/** What a request node's parser refused gets told: node's own status for it, and what to change. */
export function clientErrorProblem(code: string | undefined): { status: number; detail: string } {
  switch (code) {
    case 'HPE_INVALID_URL':
      return {
        status: 400,
        detail:
          'The URL holds characters that must be percent-encoded (UTF-8) before sending, such as Chinese ' +
          'characters or accented letters: write q=%E6%99%BA%E8%B0%B1 for q=智谱 (encodeURIComponent in ' +
          'JavaScript, curl -G --data-urlencode).',
      };
    case 'HPE_HEADER_OVERFLOW':
      return {
        status: 431,
        detail:
          'The request headers are too large: send fewer or shorter headers (cookies above all).',
      };
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { status: 413, detail: 'The chunk extensions of the request body are too large.' };
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { status: 408, detail: 'The request took too long to arrive.' };
    default:
      return { status: 400, detail: 'The request could not be read as HTTP/1.1.' };
  }
}

/**
 * Answers requests node's HTTP parser refuses — before any handler runs — with a problem+json body
 * saying what to change, where node alone sends a bare status line with no body. Like node, it
 * answers only a connection that can still be written and has had no answer yet, then closes it.
 */
export function answerClientErrors(server: Server): void {
  server.on(
    'clientError',
    (error: NodeJS.ErrnoException, socket: Duplex & { bytesWritten?: number }) => {
      if (error.code === 'ECONNRESET' || !socket.writable || (socket.bytesWritten ?? 0) > 0)
        return void socket.destroy();
      const { status, detail } = clientErrorProblem(error.code);
      const body = JSON.stringify({
        type: 'about:blank',
        title: STATUS_CODES[status],
        status,
        detail,
      });
      const head = [
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
        'Content-Type: application/problem+json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        'Cache-Control: no-store',
        'X-Content-Type-Options: nosniff',
        'Connection: close',
      ];
      socket.end(`${head.join('\r\n')}\r\n\r\n${body}`, () => socket.destroy());
    },
  );
}

/** Thrown when a render cannot be had: too many wait already, or the server is stopping. */
export class RenderRefusedError extends Error {
  override name = 'RenderRefusedError';
}

/**
 * At most `concurrency` server-side renders at once, the rest waiting in order. A render is CPU
 * on the one event loop that also serves the API and downloads, and with the embedded database
 * its queries resolve without waiting on I/O: a render runs start to finish without letting a
 * network event in. So a freed slot passes to the next render through `setImmediate`, after the
 * I/O that arrived meanwhile (an API request, a download's next chunk) has had its turn; handed
 * on directly, a queue of renders ran back to back and shut everything else out.
 */
export function renderLimit(concurrency: number, maxQueued: number) {
  let running = 0;
  let closed = false;
  const waiting: Array<{ go(): void; refuse(error: Error): void }> = [];

  function release() {
    const next = waiting.shift();
    if (next) setImmediate(next.go);
    else running--;
  }

  async function limited<T>(render: () => Promise<T>): Promise<T> {
    if (closed) throw new RenderRefusedError('the server is stopping');
    if (running >= concurrency) {
      if (waiting.length >= maxQueued) throw new RenderRefusedError('too many pages are being prepared');
      await new Promise<void>((go, refuse) => waiting.push({ go, refuse }));
    } else {
      running++;
    }
    try {
      return await render();
    } finally {
      release();
    }
  }

  /** Refuses every render still waiting, and any asked for from now on (shutdown). */
  limited.close = () => {
    closed = true;
    for (const w of waiting.splice(0)) w.refuse(new RenderRefusedError('the server is stopping'));
  };
  return limited;
}

/** Thrown when a render cannot be had: too many wait already, or the server is stopping. */
export class RenderRefusedError extends Error {
  override name = 'RenderRefusedError';
}

/**
 * At most `concurrency` server-side renders at once, the rest waiting in order. A render is CPU
 * on the one event loop that also serves the API and downloads, and with the embedded database
 * its queries resolve without waiting on I/O: a render runs start to finish without letting a
 * network event in, and renders handed on back to back would shut everything else out. So a slot
 * freed while renders wait rests as long as its render took before it takes the next: while pages
 * queue, renders have at most half of each slot's time, and the API and downloads the rest.
 */
export function renderLimit(concurrency: number, maxQueued: number) {
  let running = 0;
  let closed = false;
  const waiting: Array<{ go(): void; refuse(error: Error): void }> = [];

  function release(tookMs: number) {
    const next = waiting.shift();
    if (next) setTimeout(next.go, tookMs);
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
    const started = performance.now();
    try {
      return await render();
    } finally {
      release(performance.now() - started);
    }
  }

  /** Refuses every render still waiting, and any asked for from now on (shutdown). */
  limited.close = () => {
    closed = true;
    for (const w of waiting.splice(0)) w.refuse(new RenderRefusedError('the server is stopping'));
  };
  return limited;
}

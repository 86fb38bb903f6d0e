/** Thrown when more renders wait than the queue holds; the caller answers 503. */
export class RenderQueueFullError extends Error {
  override name = 'RenderQueueFullError';
}

/**
 * At most `concurrency` server-side renders at once, the rest waiting in order. A render is CPU
 * on the one event loop that also serves the API and downloads: unbounded, a burst of page
 * requests interleaves dozens of renders and every other answer waits behind all of them.
 */
export function renderLimit(concurrency: number, maxQueued: number) {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async function limited<T>(render: () => Promise<T>): Promise<T> {
    if (running >= concurrency) {
      if (waiting.length >= maxQueued) throw new RenderQueueFullError('too many pages are being prepared');
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else {
      running++;
    }
    try {
      return await render();
    } finally {
      // Hand the slot straight to the next in line, or give it back.
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

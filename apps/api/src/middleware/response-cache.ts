/**
 * Finished JSON bodies by ETag. The ETag is derived from the dataset version and the request, so
 * an entry can never be stale: a new dataset means new keys, and old ones age out of the LRU.
 * Streamed responses (CSV, ZIP) are never held.
 */
export interface CachedResponse {
  /** The JSON text: a string body takes @hono/node-server's fast path. */
  body: string;
  bytes: number;
  headers: [string, string][];
}

export class ResponseCache<T extends { bytes: number } = CachedResponse> {
  private readonly entries = new Map<string, T>();
  private bytes = 0;

  constructor(
    private readonly maxBytes = 64 * 1024 * 1024,
    private readonly maxEntryBytes = 1024 * 1024,
  ) {}

  get(key: string): T | undefined {
    const hit = this.entries.get(key);
    if (hit) {
      // Map order is insertion order: re-inserting marks the entry as most recently used.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, value: T): void {
    if (value.bytes > this.maxEntryBytes || this.entries.has(key)) return;
    this.entries.set(key, value);
    this.bytes += value.bytes;
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= entry.bytes;
    }
  }

  get size(): number {
    return this.entries.size;
  }
}

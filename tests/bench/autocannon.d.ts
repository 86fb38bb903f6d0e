// autocannon 8 ships no types and @types/autocannon is not a dependency: the subset the bench uses.
declare module 'autocannon' {
  import type { EventEmitter } from 'node:events';

  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
    /** Requests each connection cycles through, in place of `url`'s path. */
    requests?: Array<{ path: string }>;
    /** Replaces `[<id>]` in each request with a new id, so no two requests are alike. */
    idReplacement?: boolean;
  }
  interface Histogram {
    average: number;
    mean: number;
    total: number;
    p50: number;
    p99: number;
  }
  interface Result {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    requests: Histogram;
    latency: Histogram;
  }
  /** An EventEmitter ('response': client, status, bytes, ms) that is also a promise of the result. */
  interface Instance extends EventEmitter, PromiseLike<Result> {
    stop(): void;
  }
  function autocannon(opts: Options): Instance;
  export default autocannon;
}

/**
 * What to do with a request's `Range` header before the static file server sees it. sirv (the
 * server adapter-node uses) reads ranges loosely and throws — taking the process down — on an end
 * before the start or an end beyond 2^53, so only ranges it handles correctly reach it.
 */
export type RangeDecision =
  /** Serve the whole file: no Range, or one this server may ignore (RFC 9110 §14.2). */
  | { kind: 'whole' }
  /** Answer 416 Range Not Satisfiable. */
  | { kind: 'unsatisfiable' }
  /** Pass this header on in place of the client's. */
  | { kind: 'range'; header: string };

const singleRange = /^bytes=(\d*)-(\d*)$/;

export function decideRange(header: string | undefined): RangeDecision {
  if (header === undefined) return { kind: 'whole' };
  const match = singleRange.exec(header.trim());
  // Several ranges, another unit, a suffix range (sirv reads `-500` as `0-500`), or no numbers:
  // a server may ignore Range and send the whole file, which is always right.
  if (!match || match[1] === '' ) return { kind: 'whole' };
  const first = Number(match[1]);
  if (!Number.isSafeInteger(first)) return { kind: 'unsatisfiable' };
  if (match[2] === '') return { kind: 'range', header: `bytes=${first}-` };
  const last = Number(match[2]);
  if (last < first) return { kind: 'unsatisfiable' };
  // sirv reads an end of 0 as "no end" and would send it all as 206: send all as 200 instead.
  if (last === 0) return { kind: 'whole' };
  // An end past any file's size means "to the end" (RFC 9110 §14.1.2).
  if (!Number.isSafeInteger(last)) return { kind: 'range', header: `bytes=${first}-` };
  return { kind: 'range', header: `bytes=${first}-${last}` };
}

export type Encoding = 'br' | 'gzip';

// Below this a body is sent as it is: compression would not pay for itself.
export const MIN_COMPRESS_BYTES = 1024;

/** The encoding to answer with for an Accept-Encoding header: Brotli, then gzip, by their q-values. */
export function pickEncoding(accept: string | undefined): Encoding | null {
  const offered = new Map(
    (accept ?? '').split(',').map((part) => {
      const [name = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return [name.trim(), q ? Number(q.slice(2)) : 1] as const;
    }),
  );
  const q = (name: string) => offered.get(name) ?? offered.get('*') ?? 0;
  if (q('br') > 0 && q('br') >= q('gzip')) return 'br';
  if (q('gzip') > 0) return 'gzip';
  return null;
}

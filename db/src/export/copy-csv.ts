const LF = 10;
const CR = 13;
const QUOTE = 34;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Rows are gathered into chunks of about this size: one chunk per row costs more than the row. */
export const CHUNK_BYTES = 256 * 1024;

/** Where `byte` next occurs at or after `from` (b.length: nowhere); each byte is searched once. */
function finder(b: Buffer, byte: number): (from: number) => number {
  let at = -1;
  return (from) => {
    if (at < from) {
      at = b.indexOf(byte, from);
      if (at === -1) at = b.length;
    }
    return at;
  };
}

const needsQuotes = (v: string) => v.includes('"') || v.includes(',') || v.includes('\r\n');

/**
 * One COPY row re-quoted as csv-stringify quotes: COPY quotes any field holding CR or LF,
 * csv-stringify only those holding a quote, a comma or CRLF.
 */
function requote(line: string): string {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      for (let j = i + 1; ; ) {
        const k = line.indexOf('"', j);
        value += line.slice(j, k);
        if (line[k + 1] !== '"') {
          i = k + 1;
          break;
        }
        value += '"';
        j = k + 2;
      }
      fields.push(needsQuotes(value) ? `"${value.replaceAll('"', '""')}"` : value);
    } else {
      const comma = line.indexOf(',', i);
      const end = comma === -1 ? line.length : comma;
      fields.push(line.slice(i, end));
      i = end;
    }
    i++; // past the comma (or past the end)
  }
  return fields.join(',');
}

/**
 * COPY's CSV (FORMAT csv, cells from copy-select.ts) → the bytes csv-stringify writes with csv.ts's
 * settings: CRLF line ends, fields holding only a lone CR or LF unquoted, an optional BOM; in
 * chunks of about CHUNK_BYTES whatever size the input comes in.
 */
export async function* stringifyCopyCsv(input: AsyncIterable<Buffer>, bom = false): AsyncGenerator<Buffer> {
  let out = Buffer.allocUnsafe(CHUNK_BYTES);
  // With the first rows, never before: a download waits for its first chunk to know the database answered.
  let o = bom ? BOM.copy(out, 0) : 0;
  const put = (src: Buffer, start: number, end: number) => {
    if (o + end - start + 2 > out.length) {
      if (o > 0) {
        ready.push(out.subarray(0, o));
        out = Buffer.allocUnsafe(Math.max(CHUNK_BYTES, end - start + 2));
        o = 0;
      }
    }
    o += src.copy(out, o, start, end);
    out[o++] = CR;
    out[o++] = LF;
  };
  const ready: Buffer[] = [];
  let rest: Buffer | null = null;
  for await (const chunk of input) {
    const b: Buffer = rest ? Buffer.concat([rest, chunk]) : chunk;
    const nextLf = finder(b, LF);
    const nextQuote = finder(b, QUOTE);
    const nextCr = finder(b, CR);
    let pos = 0;
    rows: for (;;) {
      let i = pos;
      let broken = false; // a quoted field holds CR or LF
      let end: number;
      for (;;) {
        const lf = nextLf(i);
        if (lf === b.length) break rows;
        const open = nextQuote(i);
        if (open > lf) {
          end = lf;
          break;
        }
        const close = nextQuote(open + 1);
        if (close === b.length) break rows;
        if (nextLf(open + 1) < close || nextCr(open + 1) < close) broken = true;
        i = close + 1; // a doubled quote reopens the field straight away
      }
      if (broken) {
        const line = Buffer.from(requote(b.toString('utf8', pos, end)));
        put(line, 0, line.length);
      } else put(b, pos, end);
      pos = end + 1;
    }
    rest = pos < b.length ? b.subarray(pos) : null;
    if (o >= CHUNK_BYTES) {
      ready.push(out.subarray(0, o));
      out = Buffer.allocUnsafe(CHUNK_BYTES);
      o = 0;
    }
    yield* ready.splice(0);
  }
  if (rest) throw new Error('COPY output ended mid-row');
  if (o > 0) yield out.subarray(0, o);
}

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';

/** The input file cannot be read as the CSV the import expects; nothing is written. */
export class ImportInputError extends Error {
  override name = 'ImportInputError';
}

export interface CsvRow {
  /** 1 for the first row after the header. */
  row: number;
  /** The line of the file the row ends on (a cell may span lines). */
  line: number;
  cells: Record<string, string>;
}

export interface CsvFile {
  header: string[];
  rows: CsvRow[];
  sha256: string;
  bytes: number;
}

/** Hashes the bytes going through and refuses any that are not UTF-8 (a Latin-1 or UTF-16 export). */
function utf8Guard(hash: ReturnType<typeof createHash>, counter: { bytes: number }) {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      counter.bytes += chunk.length;
      try {
        decoder.decode(chunk, { stream: true });
      } catch {
        done(new ImportInputError(`the file is not UTF-8 text (invalid byte sequence near byte ${counter.bytes - chunk.length}); export it as UTF-8 CSV`));
        return;
      }
      done(null, chunk);
    },
    flush(done) {
      try {
        decoder.decode();
        done();
      } catch {
        done(new ImportInputError('the file ends inside a UTF-8 character: it is truncated or not UTF-8'));
      }
    },
  });
}

function describeCsvError(e: CsvError): string {
  const line = (e as CsvError & { lines?: number }).lines;
  const at = line ? ` (line ${line})` : '';
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `a quoted field is never closed${at}: the file is truncated mid-row or not a CSV`;
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH':
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
      return `a row has a different number of fields from the header${at}: the file is truncated or not this dataset's CSV`;
    default:
      return `the file is not valid CSV${at}: ${e.message}`;
  }
}

/**
 * Reads a whole RFC 4180 CSV with csv-parse, streaming the bytes (hashed and checked as UTF-8);
 * rows are kept as header → cell, exactly as written (no trimming). `checkHeader` may throw to stop.
 */
export async function readCsv(path: string, checkHeader: (header: string[]) => void = () => {}): Promise<CsvFile> {
  const hash = createHash('sha256');
  const counter = { bytes: 0 };
  let header: string[] | null = null;
  const rows: CsvRow[] = [];
  const parser = parse({
    bom: true,
    info: true,
    skip_empty_lines: true,
    // Checked before any row is read, so a file that is not this table is named as such, not as a bad row.
    columns: (first: string[]) => {
      header = first.map((h) => h.trim());
      checkHeader(header);
      return header;
    },
  });
  parser.on('readable', () => {
    let record: { record: Record<string, string>; info: { lines: number } } | null;
    while ((record = parser.read() as typeof record) !== null) {
      rows.push({ row: rows.length + 1, line: record.info.lines, cells: record.record });
    }
  });
  try {
    await pipeline(createReadStream(path), utf8Guard(hash, counter), parser);
  } catch (e) {
    if (!(e instanceof CsvError) && e instanceof Error && !('code' in e)) throw e;
    if (e instanceof CsvError) throw new ImportInputError(describeCsvError(e));
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new ImportInputError(`no file at ${path}`);
    if (code === 'EISDIR') throw new ImportInputError(`${path} is a folder, not a CSV file`);
    throw e;
  }
  if (header === null || counter.bytes === 0) throw new ImportInputError('the file is empty: expected a header row and model rows');
  if (rows.length === 0) throw new ImportInputError('the file has a header row but no model rows');
  return { header, rows, sha256: hash.digest('hex'), bytes: counter.bytes };
}

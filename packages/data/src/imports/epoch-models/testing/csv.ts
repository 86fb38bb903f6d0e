import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The header of the April 2025 release, in its order (the import must not depend on the order). */
export const HEADER_2025 = [
  'Model', 'Domain', 'Organization', 'Authors', 'Publication date', 'Link', 'Parameters',
  'Training compute (FLOP)', 'Training hardware', 'Abstract', 'Model accessibility', 'Country (from Organization)',
];

export type TestRow = Partial<Record<string, string>>;

const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/** An RFC 4180 CSV of `rows` under `header`; cells a row does not give are empty. */
export function toCsv(rows: TestRow[], header: string[] = HEADER_2025): string {
  return [header, ...rows.map((r) => header.map((h) => r[h] ?? ''))].map((cells) => cells.map(quote).join(',')).join('\r\n') + '\r\n';
}

/** A fresh folder for one test's files. */
export const scratch = () => mkdtempSync(join(tmpdir(), 'aiwatch-import-'));

export function writeCsv(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

export const row = (model: string, extra: TestRow = {}): TestRow => ({
  Model: model,
  Organization: 'Zhipu AI',
  'Country (from Organization)': 'China',
  'Publication date': '2024-06-05',
  Domain: 'Language',
  Abstract: 'Somebody else’s sentences, which the import must never keep.',
  ...extra,
});

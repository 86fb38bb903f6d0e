import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Package } from 'datapackage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset, type Dataset } from '@aiwatch/data';
import { eventSpan } from '@aiwatch/data/dates';
import { getTableColumns } from 'drizzle-orm';
import { seededDatabase, testDatabases } from '../testing/databases.ts';
import { publicTables, tableNames, type TableName } from '../queries/stream.ts';
import type { Database } from '../client.ts';
import { exportToDir } from './export-to-dir.ts';
import { columnDictionary } from './dictionary.ts';
import { tableCsvStream } from './csv.ts';
import { memoryTableCsvStream } from './rows-csv.ts';

/** A dataset whose text cells try formula injection; numbers stay numbers. */
function withHostileCells(): Dataset {
  const data = structuredClone(dataset);
  const entity = data.entities[0]!;
  entity.name_en = '=HYPERLINK("http://evil.example","x")';
  entity.description_en = '+1+2';
  entity.description_zh = '@SUM(A1)';
  entity.aliases = ['-3', '\tTab'];
  return data;
}

async function text(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

describe.each(testDatabases)('export on $name', (kind) => {
  let db: Database;
  let dispose: () => Promise<void>;
  let dir: string;
  beforeAll(async () => {
    const seeded = await seededDatabase(kind, withHostileCells());
    db = seeded.handle.db;
    dispose = seeded.dispose;
    dir = await mkdtemp(join(tmpdir(), 'aiwatch-export-'));
  });
  afterAll(async () => {
    await dispose?.();
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the six CSVs and datapackage.json', async () => {
    await exportToDir(db, dir);
    expect((await readdir(dir)).sort()).toEqual([...tableNames.map((n) => `${n}.csv`), 'datapackage.json'].sort());
  });

  it('writes every column of every table and every row, parseable back to the stored values', async () => {
    for (const name of tableNames) {
      const raw = await readFile(join(dir, `${name}.csv`), 'utf8');
      expect(raw.charCodeAt(0), `${name}.csv starts without BOM`).not.toBe(0xfeff);
      const rows = parse(raw, { columns: true }) as Record<string, string>[];
      const columns = Object.keys(getTableColumns(publicTables[name]));
      expect(Object.keys(rows[0] ?? {})).toEqual(columns);
      const stored = await db.select().from(publicTables[name]);
      expect(rows.length).toBe(stored.length);
    }
    const figures = parse(await readFile(join(dir, 'figures.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    for (const f of dataset.figures) {
      const row = figures.find((r) => r.id === f.id);
      expect(Number(row?.value)).toBe(f.value);
      expect(row?.source_text).toBe(f.source_text);
      expect(row?.locator).toBe(f.locator);
      expect(row?.review_status).toBe(f.review.status);
    }
  });

  it('sorts events.csv by the first day each event covers, then by id, with the span of each date', async () => {
    const rows = parse(await readFile(join(dir, 'events.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const expected = dataset.events
      .map((e) => ({ id: e.id, ...eventSpan(e) }))
      .sort((a, b) => (a.date_start === b.date_start ? (a.id < b.id ? -1 : 1) : a.date_start < b.date_start ? -1 : 1));
    expect(rows.map((r) => ({ id: r.id, date_start: r.date_start, date_end: r.date_end }))).toEqual(expected);
    const torch = rows.find((r) => r.id === 'torch-program-launched');
    expect(torch).toMatchObject({ date: '1980-01-01', date_start: '1985-01-01', date_end: '1989-12-31' });
  });

  it('writes a past release’s events.csv from memory in the same order as the database', async () => {
    expect(await text(memoryTableCsvStream('events', dataset.events))).toBe(await readFile(join(dir, 'events.csv'), 'utf8'));
  });

  it('neutralises formula injection in text cells only', async () => {
    const rows = parse(await readFile(join(dir, 'entities.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const hostile = rows.find((r) => r.id === dataset.entities[0]!.id)!;
    expect(hostile.name_en).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(hostile.description_en).toBe("'+1+2");
    expect(hostile.description_zh).toBe("'@SUM(A1)");
    // Arrays are one JSON cell; it starts with "[" so needs no escape.
    expect(JSON.parse(hostile.aliases!)).toEqual(['-3', '\tTab']);
    const figures = parse(await readFile(join(dir, 'figures.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    expect(figures.every((r) => /^\d+(\.\d+)?$/.test(r.value!))).toBe(true);
  });

  it('adds a BOM only when asked', async () => {
    expect((await text(tableCsvStream(db, 'metrics', { bom: true }))).charCodeAt(0)).toBe(0xfeff);
    expect((await text(tableCsvStream(db, 'metrics'))).charCodeAt(0)).not.toBe(0xfeff);
  });

  it('writes a Data Package the Frictionless reference implementation accepts, every row cast and every reference found', async () => {
    const pkg = await Package.load(join(dir, 'datapackage.json'));
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resources.map((r) => r.name)).toEqual(tableNames);
    for (const resource of pkg.resources) {
      const rows = await resource.read({ relations: true, forceCast: true });
      const failures = rows.filter((row) => row instanceof Error).map((e) => `${resource.name}: ${(e as Error).message}`);
      expect(failures.slice(0, 5)).toEqual([]);
      expect(rows.length, resource.name).toBe((await db.select().from(publicTables[resource.name as TableName])).length);
    }
  });

  it('describes every CSV in datapackage.json with types, descriptions, sizes and hashes', async () => {
    const pkg = JSON.parse(await readFile(join(dir, 'datapackage.json'), 'utf8'));
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.licenses[0].name).toBe('CC-BY-4.0');
    expect(pkg.sources.length).toBe(dataset.sources.length);
    for (const resource of pkg.resources) {
      const bytes = await readFile(join(dir, resource.path));
      expect(resource.bytes).toBe(bytes.length);
      expect(resource.hash).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
      const header = bytes.toString('utf8').split('\r\n')[0]!.split(',');
      expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
      for (const field of resource.schema.fields) {
        expect(field.description, `${resource.name}.${field.name}`).toBeTruthy();
        expect(['string', 'number', 'integer', 'date', 'array', 'boolean', 'object']).toContain(field.type);
      }
    }
  });
});

describe('column dictionary', () => {
  it('documents exactly the columns of each table', () => {
    for (const name of tableNames) {
      expect(Object.keys(columnDictionary[name]).sort()).toEqual(Object.keys(getTableColumns(publicTables[name])).sort());
    }
  });
});

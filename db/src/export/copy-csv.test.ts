import { Readable } from 'node:stream';
import { getTableColumns, sql } from 'drizzle-orm';
import { getTableConfig, type PgColumn } from 'drizzle-orm/pg-core';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../client.ts';
import { publicTables, streamTable, tableNames, type TableName } from '../queries/stream.ts';
import { seededDatabase, testDatabases } from '../testing/databases.ts';
import { stringifyCopyCsv } from './copy-csv.ts';
import { copyFromPglite } from './copy-sources.ts';
import { createCsvStringifier, csvColumns, tableCsvStream } from './csv.ts';

/** The reference: rows read through drizzle and written by csv-stringify (the export before COPY). */
function stringified(db: Database, name: TableName, bom: boolean): Readable {
  const rows = Readable.from(
    (async function* () {
      for await (const batch of streamTable(db, name)) yield* batch;
    })(),
  );
  return rows.pipe(createCsvStringifier(csvColumns(name), { bom }));
}

async function bytes(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(Buffer.from(c as Buffer));
  return Buffer.concat(chunks);
}

const texts = [
  '=1+2', '+1', '-1', '@SUM(A1)', '\tTab', '\rCR first', '＝全角', '＋x', '－x', '＠x', 'quote "inside"', '"', 'comma, here',
  ',', 'line\nbreak', '\n', 'cr\ronly', 'crlf\r\nend', 'ends with cr\r', 'ends with lf\n', '中文，「引號」與"quotes"',
  '', null, ' lead space', 'back\\slash', '\\.', '😀 emoji', 'tab\tinside', '\u0001control', "it's", '-',
];
const numbers = [0, -0, 1e25, -3.8e24, 1.5e-7, 1e-6, 9.99e-7, 0.000015, 123.456, -2.5e-300, 1e21, 999999999999999.9, 1e15, 1.2345678901234567e20, 5e-324, null];
const json = [
  { b: 1, a: [1, 2, { z: null, y: 'x"\n\u0001', '=k': '+v' }], '10': 1, '9': 2, é: 'é', Z: 0, '': '中文' },
  [],
  {},
  { deep: { er: { est: [{ q: '"', c: ',' }, 1e25, -0.5, true, false, null] } } },
  null,
];

const notNullFallback: Record<string, unknown> = { text: '', json: {}, jsonb: {}, 'double precision': 0, integer: 0, boolean: false, date: '2000-01-01' };

/** Rows copying `base` (so references stay valid) with every other column set to an awkward value. */
function nastyRows(name: TableName, base: Record<string, unknown>): Record<string, unknown>[] {
  const table = publicTables[name];
  const referencing = new Set(getTableConfig(table).foreignKeys.flatMap((fk) => fk.reference().columns.map((c) => c.name)));
  const valueFor = (column: PgColumn, i: number): unknown => {
    const pick = <T>(xs: readonly T[]) => xs[i % xs.length] as T;
    let v: unknown;
    switch (column.getSQLType()) {
      case 'text':
        v = pick(texts);
        break;
      case 'text[]':
        v = [pick(texts) ?? 'x', texts[(i + 7) % texts.length] ?? 'y'].slice(0, i % 3);
        break;
      case 'double precision':
        v = pick(numbers);
        break;
      case 'integer':
        v = pick([0, -5, 2147483647, null]);
        break;
      case 'boolean':
        v = pick([true, false, null]);
        break;
      case 'date':
        v = pick(['2024-02-29', '1950-01-01', null]);
        break;
      default:
        v = pick(json);
    }
    return v === null && column.notNull ? notNullFallback[column.getSQLType()] : v;
  };
  return texts.map((t, i) => {
    const row: Record<string, unknown> = { ...base };
    for (const [key, column] of Object.entries(getTableColumns(table))) {
      if (key === 'id') row[key] = `${t ?? 'null'} ${name} ${i}`;
      else if (!referencing.has(column.name)) row[key] = valueFor(column, i + key.length);
    }
    return row;
  });
}

describe.each(testDatabases)('table CSVs by COPY on $name', (kind) => {
  let db: Database;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    const seeded = await seededDatabase(kind);
    db = seeded.handle.db;
    dispose = seeded.dispose;
    for (const name of tableNames) {
      const [base] = await db.select().from(publicTables[name]).limit(1);
      await db.insert(publicTables[name]).values(nastyRows(name, base as Record<string, unknown>) as never);
    }
  });
  afterAll(() => dispose?.());

  it.each(tableNames.flatMap((name) => [[name, false], [name, true]] as const))(
    '%s.csv (bom: %s) is byte for byte what csv-stringify writes',
    async (name, bom) => {
      const [actual, reference] = await Promise.all([bytes(tableCsvStream(db, name, { bom })), bytes(stringified(db, name, bom))]);
      expect(actual.toString('utf8')).toBe(reference.toString('utf8'));
      expect(actual.equals(reference)).toBe(true);
    },
  );

  // Each database reads its own way: one check for each, so neither counts as a skip on the other.
  const ownWay: Record<string, [string, () => Promise<void>]> = {
    postgres: [
      'ends its connection when the reader leaves part-way, and the pool still answers',
      async () => {
        // This test's own database only: other test files download from their databases meanwhile.
        const downloads = async () => {
          const rows = (await db.execute(
            sql`select count(*)::int as n from pg_stat_activity where application_name = 'aiwatch-download' and datname = current_database()`,
          )) as unknown as { n: number }[];
          return rows[0]?.n;
        };
        const csv = tableCsvStream(db, 'models');
        for await (const chunk of csv) {
          expect((chunk as Buffer).length).toBeGreaterThan(0);
          expect(await downloads()).toBe(1);
          break; // leaves: the for-await destroys the stream
        }
        await expect.poll(downloads, { timeout: 15_000 }).toBe(0);
        expect(await db.select().from(publicTables.metrics).limit(1)).toHaveLength(1);
      },
    ],
    pglite: [
      'reads PGlite in pages of sort keys (ids; events by first day, then id), with the header once',
      async () => {
        const pg = (db as unknown as { $client: PGlite }).$client;
        for (const name of ['entities', 'events'] as const) {
          const paged = await bytes(stringifyCopyCsv(copyFromPglite(pg, name, 7)));
          expect(paged.toString('utf8'), name).toBe((await bytes(stringified(db, name, false))).toString('utf8'));
        }
      },
    ],
  };
  const [title, check] = ownWay[kind.name]!;
  it(title, check);
});

describe('stringifyCopyCsv', () => {
  const copy = Buffer.from('id,a\n1,"x\ny"\n2,"q""\r\n,"\n3,"a,\nb"\n4,plain\n5,"\r"\n');
  const expected = 'id,a\r\n1,x\ny\r\n2,"q""\r\n,"\r\n3,"a,\nb"\r\n4,plain\r\n5,\r\r\n';

  it('reads rows split anywhere across chunks', async () => {
    for (let size = 1; size <= copy.length; size++) {
      const chunks = Array.from({ length: Math.ceil(copy.length / size) }, (_, i) => copy.subarray(i * size, (i + 1) * size));
      expect((await bytes(stringifyCopyCsv(Readable.from(chunks)))).toString(), `chunks of ${size}`).toBe(expected);
    }
  });

  it('sends the BOM with the first rows, so a database that fails at once fails the first chunk', async () => {
    const failing: AsyncIterable<Buffer> = {
      [Symbol.asyncIterator]: () => ({ next: () => Promise.reject(new Error('database gone')) }),
    };
    await expect(stringifyCopyCsv(failing, true).next()).rejects.toThrow('database gone');
  });

  it('refuses output that ends mid-row', async () => {
    await expect(bytes(stringifyCopyCsv(Readable.from([Buffer.from('id\n"open\n')])))).rejects.toThrow(/mid-row/);
  });
});

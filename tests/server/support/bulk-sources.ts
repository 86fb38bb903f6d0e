import postgres from 'postgres';

/**
 * Adds 2,100 sources of about 10 KB each to the PostgreSQL database at `url` (replacing any added
 * before): the sources table then streams as ~21 MB of CSV, more than socket buffers hold, and the
 * export (2,000 rows a query) needs a second query part-way.
 */
export async function addBulkSources(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(`DELETE FROM sources WHERE id LIKE 'zz-bulk-%'`);
    await sql.unsafe(
      `INSERT INTO sources (id, kind, file, title, title_zh, author, publisher, language, url, sections, summary_en, summary_zh)
       SELECT 'zz-bulk-' || lpad(i::text, 5, '0'), 'document', 'bulk.txt', 'Bulk', 'Bulk', 'test', 'test', 'en',
              'https://example.org/', '{}', repeat(md5(i::text), 320), 'x'
       FROM generate_series(1, 2100) AS i`,
    );
  } finally {
    await sql.end();
  }
}

import postgres from 'postgres';

/**
 * How long one statement on a dedicated connection may run: a whole-table download streams at the
 * pace its client reads, far beyond the pool's per-statement timeout, and ends with the client.
 */
const DOWNLOAD_STATEMENT_TIMEOUT_MS = 60 * 60 * 1000;

/**
 * Where a database made by createDb keeps its URL: a property under a global symbol, not a map in
 * this module, since a bundle (the dashboard's build) may hold a second copy of this module.
 */
const urlKey = Symbol.for('aiwatch.db.url');

export function registerDedicatedConnection(db: object, url: string): void {
  Object.defineProperty(db, urlKey, { value: url });
}

/**
 * A connection of its own, outside the pool, for a COPY (a COPY left part-way leaves a pooled
 * connection unusable; this one is ended instead), with the settings the CSV cells rely on.
 * null: `db` is not a PostgreSQL database made by createDb.
 */
export function openDedicatedConnection(db: object): postgres.Sql | null {
  const url = (db as { [urlKey]?: string })[urlKey];
  if (url === undefined) return null;
  return postgres(url, {
    max: 1,
    connect_timeout: 5,
    fetch_types: false,
    onnotice: () => {},
    connection: {
      application_name: 'aiwatch-download',
      statement_timeout: DOWNLOAD_STATEMENT_TIMEOUT_MS,
      // float8 text read back exactly (csv_number) and dates as YYYY-MM-DD, whatever the server's defaults
      extra_float_digits: 1,
      DateStyle: 'ISO',
    },
  });
}

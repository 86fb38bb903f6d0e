import postgres from 'postgres';

/**
 * How long one statement on a dedicated connection may run: a whole-table download streams at the
 * pace its client reads, far beyond the pool's per-statement timeout, and ends with the client.
 */
const DOWNLOAD_STATEMENT_TIMEOUT_MS = 60 * 60 * 1000;

/**
 * Where a database made by createDb keeps its URL and download slots: properties under global
 * symbols, not maps in this module, since a bundle (the dashboard's build) may hold a second copy
 * of this module.
 */
const urlKey = Symbol.for('aiwatch.db.url');
const slotsKey = Symbol.for('aiwatch.db.download-slots');

/**
 * Dedicated connections a process may hold at once. Each download holds one for as long as its
 * client reads; without a bound, a crowd of downloads would take every connection the server
 * allows and leave the pool (every other answer) none.
 */
export class DownloadSlots {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    readonly max: number,
    /** How long a download's client may leave a chunk untaken before its connection is ended. */
    readonly stallMs: number,
  ) {}

  /** Every slot taken and others already waiting: a new download would only queue. */
  get full(): boolean {
    return this.active + this.waiting.length >= this.max;
  }

  /** Waits for a slot (a download that is under way, between two tables of a ZIP, say); resolves to its release. */
  async acquire(): Promise<() => void> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      // The slot passes straight to the next in line, so `active` never drops below what is held.
      if (next) next();
      else this.active--;
    };
  }
}

export function registerDedicatedConnection(db: object, url: string, slots: DownloadSlots): void {
  Object.defineProperty(db, urlKey, { value: url });
  Object.defineProperty(db, slotsKey, { value: slots });
}

/** A database's download slots; null: `db` is not a PostgreSQL database made by createDb (PGlite needs none). */
export function downloadSlots(db: object): DownloadSlots | null {
  return (db as { [slotsKey]?: DownloadSlots })[slotsKey] ?? null;
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

import { postgresSkipNote } from './databases.ts';

/** Said once per run, plainly, so a run without PostgreSQL is never mistaken for a full one. */
export default function setup(): void {
  if (postgresSkipNote) console.warn(`\n${postgresSkipNote}\n`);
}

import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** `.data/pglite` at the repository root, whatever the working directory. */
const defaultPgliteDir = fileURLToPath(new URL('../../.data/pglite', import.meta.url));

/** The only place that reads the environment for the database layer. */
const envSchema = z.object({
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'DATABASE_URL must be a postgres:// or postgresql:// URL' })
    .optional(),
  PGLITE_DIR: z.string().min(1).default(defaultPgliteDir),
  /** PostgreSQL: whole-table downloads a process streams at once (each holds a connection); more wait. */
  DOWNLOAD_CONNECTIONS: z.coerce.number().int().min(1).max(100).optional(),
  /**
   * `primary` (the default): a start migrates and seeds the database. `replica`: a start only checks
   * that the database is migrated and holds this build's dataset, and writes nothing, so processes
   * can read from a PostgreSQL read replica while one primary-mode start prepares the primary.
   */
  DATABASE_MODE: z.enum(['primary', 'replica'], { error: 'DATABASE_MODE must be primary or replica' }).default('primary'),
  /** Where the user ran `npm run …` (npm runs root scripts from the root): CLI paths resolve against it. */
  INIT_CWD: z.string().optional(),
  /** PostgreSQL server for the database tests; each run creates and drops its own database there. */
  TEST_DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
});

export type DbEnv = z.infer<typeof envSchema>;

export function readDbEnv(source: NodeJS.ProcessEnv = process.env): DbEnv {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new Error(`invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

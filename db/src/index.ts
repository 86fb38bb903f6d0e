export * from './client.ts';
export * from './seed/seed.ts';
export * from './queries/index.ts';
export { readDbEnv } from './env.ts';
export { DatabaseInUseError, isProcessAlive } from './pglite-lock.ts';
export { DataDirError, describeStartupError } from './data-dir.ts';
export { sharedDb, provideSharedDb, closeSharedDb } from './shared.ts';
export { isDatabaseUnavailable } from './database-errors.ts';
export { openPreparedDb } from './prepare.ts';

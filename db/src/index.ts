export * from './client.ts';
export * from './seed/seed.ts';
export * from './queries/index.ts';
export { readDbEnv } from './env.ts';
export { DatabaseInUseError } from './pglite-lock.ts';

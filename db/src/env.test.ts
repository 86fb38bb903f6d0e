import { describe, expect, it } from 'vitest';
import { readDbEnv } from './env.ts';

describe('readDbEnv', () => {
  it('defaults to the embedded database under .data/', () => {
    const env = readDbEnv({});
    expect(env.DATABASE_URL).toBeUndefined();
    expect(env.PGLITE_DIR).toMatch(/\.data\/pglite$/);
  });
  it('says what is wrong with a DATABASE_URL that is not a postgres URL', () => {
    expect(() => readDbEnv({ DATABASE_URL: 'mysql://localhost/x' })).toThrow(
      /DATABASE_URL: DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL/,
    );
  });
});

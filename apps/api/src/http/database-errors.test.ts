import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-errors.ts';

const withCode = (code: unknown, cause?: unknown) => Object.assign(new Error(`error ${String(code)}`), { code, cause });

describe('isDatabaseUnavailable', () => {
  it.each(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND', 'EPIPE', 'CONNECT_TIMEOUT', 'CONNECTION_CLOSED', 'CONNECTION_ENDED', 'CONNECTION_DESTROYED', '57014', '57P01', '57P02', '57P03', '53300'])(
    'treats %s as the database being unavailable',
    (code) => {
      expect(isDatabaseUnavailable(withCode(code))).toBe(true);
    },
  );

  it('treats every SQLSTATE of class 08 (connection exception) as unavailable', () => {
    for (const code of ['08000', '08001', '08003', '08004', '08006', '08P01']) expect(isDatabaseUnavailable(withCode(code))).toBe(true);
  });

  it('finds a code nested in cause, as drizzle wraps driver errors', () => {
    const driver = withCode('ECONNREFUSED');
    const drizzle = new Error('Failed query: select …', { cause: driver });
    expect(isDatabaseUnavailable(drizzle)).toBe(true);
    expect(isDatabaseUnavailable(new Error('outer', { cause: new Error('middle', { cause: withCode('57P01') }) }))).toBe(true);
    expect(isDatabaseUnavailable({ cause: { cause: { code: 'CONNECTION_CLOSED' } } })).toBe(true);
  });

  it('does not treat query faults as unavailability', () => {
    for (const code of ['23505', '42P01', '42703', '22P02', 'ERR_INVALID_ARG_TYPE', 'EACCES', 57014, '']) {
      expect(isDatabaseUnavailable(withCode(code)), String(code)).toBe(false);
    }
    expect(isDatabaseUnavailable(new Error('Failed query', { cause: withCode('23505') }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('no code'))).toBe(false);
  });

  it('handles anything thrown, and stops on a cycle of causes', () => {
    for (const value of [null, undefined, 'ECONNREFUSED', 42, {}, []]) expect(isDatabaseUnavailable(value)).toBe(false);
    const loop = new Error('loop') as Error & { cause?: unknown };
    loop.cause = loop;
    expect(isDatabaseUnavailable(loop)).toBe(false);
  });
});

import postgres from 'postgres';

/**
 * Runs `fn` on a PostgreSQL client of its own, ended afterwards, within `timeoutMs`.
 * Why one client per COPY: postgres.js 3.4 can leave a connection's socket paused after a COPY
 * (porsager/postgres#917, #1173, PR #1016), and the next query on it then waits forever — a
 * full run once hung 48 min on a COPY FROM that never received its CopyInResponse. A fresh
 * connection per COPY sidesteps that; the deadline destroys the connection if anything still hangs.
 */
export async function withClient<T>(
  url: string,
  timeoutMs: number,
  signal: AbortSignal,
  fn: (sql: postgres.Sql, signal: AbortSignal) => Promise<T>,
): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const deadline = AbortSignal.any([signal, AbortSignal.timeout(timeoutMs)]);
  // end({ timeout: 0 }) destroys the socket and rejects whatever query is still pending.
  const kill = () => void sql.end({ timeout: 0 });
  deadline.addEventListener('abort', kill, { once: true });
  try {
    return await fn(sql, deadline);
  } catch (e) {
    if (deadline.aborted && !signal.aborted)
      throw new Error(`PostgreSQL operation longer than ${timeoutMs / 1000} s`, { cause: e });
    throw e;
  } finally {
    deadline.removeEventListener('abort', kill);
    await sql.end({ timeout: 1 });
  }
}

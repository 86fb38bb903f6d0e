/** `npm start`: migrates and seeds the database, then prints what it holds. */
import { countRows } from '../queries/stream.ts';
import { openPreparedDb } from '../prepare.ts';
import { runCli } from './run-cli.ts';

runCli('start', async () => {
  const { handle, seed } = await openPreparedDb();
  try {
    const counts = await countRows(handle.db);
    console.log(`database: ${handle.driver} at ${handle.location}`);
    console.log(`seed: ${seed.changed ? 'dataset written' : 'already current, nothing written'} (${seed.hash.slice(0, 12)})`);
    console.log(Object.entries(counts).map(([t, n]) => `  ${t.padEnd(10)} ${n}`).join('\n'));
  } finally {
    await handle.close();
  }
});

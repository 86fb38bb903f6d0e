/** `npm run export -- <dir>`: writes every table as CSV plus datapackage.json, read from the database. */
import { resolve } from 'node:path';
import { readDbEnv } from '../env.ts';
import { exportToDir } from '../export/export-to-dir.ts';
import { openPreparedDb } from '../prepare.ts';
import { runCli } from './run-cli.ts';

runCli('export', async () => {
  const dir = process.argv.slice(2).find((a) => !a.startsWith('-'));
  if (dir === undefined) {
    console.error('usage: npm run export -- <output folder>');
    return 2;
  }
  const { handle } = await openPreparedDb();
  try {
    const out = resolve(readDbEnv().INIT_CWD ?? process.cwd(), dir);
    const result = await exportToDir(handle.db, out);
    for (const f of result.files) {
      const res = result.resources[f.replace(/\.csv$/, '') as keyof typeof result.resources];
      console.log(`  ${f}${res ? `  ${res.bytes} bytes` : ''}`);
    }
    console.log(`export: wrote ${result.files.length} files to ${out} (from ${handle.driver} ${handle.location})`);
  } finally {
    await handle.close();
  }
});

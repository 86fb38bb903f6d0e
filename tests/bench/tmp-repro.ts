import { openBenchDatabase } from './database.ts';
import { copySynthetic } from './synthetic-load.ts';
import { copyToStdout } from './csv-bench.ts';
const db = await openBenchDatabase('postgres://postgres@127.0.0.1:5432/test');
const s = new AbortController().signal;
const keep = setInterval(() => {}, 1000);
try {
  if (db.kind !== 'postgres') throw new Error('pg');
  let t = performance.now(); await copySynthetic(db.sql, 1, 100001, s); console.log('copy1', ((performance.now() - t) / 1000).toFixed(1));
  if (process.env.TO) { const c = await copyToStdout(db.sql, 600000, s); console.log('COPY TO', c.rows); }
  t = performance.now(); await copySynthetic(db.sql, 100001, Number(process.env.END ?? 1000001), s); console.log('copy2', ((performance.now() - t) / 1000).toFixed(1));
} finally { clearInterval(keep); if (db.kind === 'postgres') await db.drop(); }

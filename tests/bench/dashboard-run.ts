/**
 * `npm run bench` (second part; alone: `npx tsx bench/dashboard-run.ts` in tests/): the dashboard
 * as a reader gets it. Starts `npm start` on a fresh embedded database (ports 3390 and 8890),
 * visits every page in both languages in headless Chromium and writes dashboard-results.md.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { languages, localized, pages } from '../e2e/pages.ts';
import { startDashboardServer } from './dashboard-server.ts';
import { measurePages } from './dashboard-pages.ts';
import { renderDashboardReport } from './dashboard-report.ts';
import { describeMachine } from './machine.ts';

const RUNS = 5;
const [en, zh] = languages;
const paths = pages.flatMap((p) => [localized(en.prefix, p.path), localized(zh.prefix, p.path)]);

const server = await startDashboardServer();
try {
  const loadBefore = loadavg()[0]!;
  const measured = await measurePages(server.base, paths, RUNS);
  const byPath = new Map(measured.pages.map((m) => [m.path, m]));
  const markdown = renderDashboardReport({
    date: new Date().toISOString(),
    machine: describeMachine(),
    loadAverage: [loadBefore, loadavg()[0]!],
    browser: measured.browser,
    runs: RUNS,
    rows: pages.map((p) => ({
      path: p.path,
      en: byPath.get(localized(en.prefix, p.path))!,
      zh: byPath.get(localized(zh.prefix, p.path))!,
    })),
  });
  console.log(markdown);
  writeFileSync(fileURLToPath(new URL('dashboard-results.md', import.meta.url)), markdown);
} finally {
  await server.stop();
}

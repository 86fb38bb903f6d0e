// Runs the Playwright suite in Debian's Chromium. Without Chromium it fails under CI (CI=true) and
// otherwise skips with a message; either way it writes reports/playwright-e2e.json saying the suite
// was skipped, so .ci/summarise.mjs names it instead of finding no report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ci = Boolean(process.env.CI) && !['0', 'false'].includes(process.env.CI.toLowerCase());
const reports = fileURLToPath(new URL('../../reports/', import.meta.url));
const report = `${reports}playwright-e2e.json`;

// A report left by an earlier run must not stand in for this one.
rmSync(report, { force: true });

if (!existsSync(chromium)) {
  const reason = `no Chromium at ${chromium}; install it (apt-get install -y chromium) or set CHROMIUM_PATH`;
  mkdirSync(reports, { recursive: true });
  writeFileSync(report, `${JSON.stringify({ skipped: true, suite: 'e2e', reason }, null, 2)}\n`);
  if (ci) {
    console.error(`\nEnd-to-end tests cannot run under CI: ${reason}.\n`);
    process.exit(1);
  }
  console.warn(`\nEnd-to-end tests SKIPPED: ${reason}.\n`);
  process.exit(0);
}
const config = fileURLToPath(new URL('./playwright.config.ts', import.meta.url));
const run = spawnSync('npx', ['playwright', 'test', '-c', config, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
process.exit(run.status ?? 1);

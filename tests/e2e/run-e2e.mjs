// Runs the Playwright suite when Debian's Chromium is installed; says so plainly when it is not.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.warn(`\nEnd-to-end tests skipped: no Chromium at ${chromium}. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.\n`);
  process.exit(0);
}
const config = new URL('./playwright.config.ts', import.meta.url).pathname;
const run = spawnSync('npx', ['playwright', 'test', '-c', config, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);

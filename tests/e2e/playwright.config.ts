import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Overridable so two runs (say, a bench and the suite) can share a machine.
const PORT = Number(process.env.E2E_PORT ?? 3310);
const API_PORT = Number(process.env.E2E_API_PORT ?? 8810);
const CI = Boolean(process.env.CI);


export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: join(root, 'reports', 'playwright-e2e.json') }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
      },
    },
  ],
  outputDir: join(root, 'test-results'),
  webServer: {
    // The app as a user starts it: the built dashboard and the API in one process, on a fresh
    // embedded database of its own.
    command: 'npm start',
    cwd: root,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(PORT),
      API_PORT: String(API_PORT),
      LOG_LEVEL: 'warn',
      PGLITE_DIR: mkdtempSync(join(tmpdir(), 'aiwatch-e2e-')),
    },
  },
});

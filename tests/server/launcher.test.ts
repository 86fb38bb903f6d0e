import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLauncher, type RunningLauncher } from './support/launcher.ts';

describe('npm start serves the dashboard and the API from one process', () => {
  let app: RunningLauncher;
  beforeAll(async () => {
    app = await startLauncher();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('answers a page, a static file and the API', async () => {
    expect((await fetch(`${app.dashboardUrl}/`)).status).toBe(200);
    expect((await fetch(`${app.dashboardUrl}/favicon.svg`)).status).toBe(200);
    expect((await fetch(`${app.apiUrl}/v1/sources`)).status).toBe(200);
  });

  it('exits 0 on SIGTERM', async () => {
    expect(await app.stop('SIGTERM')).toBe(0);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, testDatabases, type ApiUnderTest } from './support/server.ts';

describe.each(testDatabases)('health on $name', (kind) => {
  let api: ApiUnderTest;
  beforeAll(async () => {
    api = await startApi(kind);
  });
  afterAll(() => api?.stop());

  describe('GET /healthz', () => {
    it('answers while the process is up', async () => {
      const res = await api.get('/healthz');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok' });
    });
  });

  describe('GET /readyz', () => {
    it('reports the dataset version the database holds', async () => {
      const res = await api.get('/readyz');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'ok', dataset: expect.stringMatching(/^[0-9a-f]{64}$/) });
    });
  });
});

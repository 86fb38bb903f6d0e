import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from './support/http.ts';
import { collectionNames } from './support/dataset.ts';
import { startApi, testDatabases, type ApiUnderTest } from './support/server.ts';

describe.each(testDatabases)('GET /v1 on $name', (kind) => {
  let api: ApiUnderTest;
  beforeAll(async () => {
    api = await startApi(kind);
  });
  afterAll(() => api?.stop());

  it('answers the address the README gives with an index, not a 404, and every link in it answers', async () => {
    const res = await api.get('/v1');
    expect(res.status).toBe(200);
    const index = (await res.json()) as { collections: { name: string; href: string }[]; downloads: { href: string }[]; docs: string; openapi: string };
    expect(index.collections.map((c) => c.name)).toEqual(expect.arrayContaining([...collectionNames, 'compare']));
    for (const href of [...index.collections.map((c) => c.href), ...index.downloads.filter((d) => !d.href.endsWith('.zip')).map((d) => d.href), index.docs, index.openapi]) {
      expect((await api.get(href)).status, href).toBe(200);
    }
  });

  it('says, as a problem, that it has no CSV', async () => {
    await expectProblem(await api.get('/v1', { headers: { accept: 'text/csv' } }), 406);
  });
});

import { expect, test } from '@playwright/test';

test('pages arrive compressed, and uncompressed to a client that asks for that', async ({ request }) => {
  const br = await request.get('/network', { headers: { 'Accept-Encoding': 'br' } });
  expect(br.headers()['content-encoding']).toBe('br');
  expect(await br.text()).toContain('<svg');
  const plain = await request.get('/network', { headers: { 'Accept-Encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  const heading = (html: string) => html.match(/<h1[^>]*>(.*?)<\/h1>/)?.[1];
  expect(heading(await plain.text())).toBe(heading(await br.text()));
});

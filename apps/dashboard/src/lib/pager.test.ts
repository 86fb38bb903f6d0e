import { describe, expect, it } from 'vitest';
import { fetchPage, pageParam, pager } from './pager.ts';

describe('pageParam', () => {
  it('reads a whole page number from 1, else the first page', () => {
    expect(pageParam(new URLSearchParams('page=3'))).toBe(3);
    expect(pageParam(new URLSearchParams('page=3&docs=5'), 'docs')).toBe(5);
    expect(pageParam(new URLSearchParams('page=3'), 'docs')).toBe(1);
    for (const bad of ['', 'page=0', 'page=-2', 'page=2.5', 'page=x', 'page=1e3', 'page=9999999']) expect(pageParam(new URLSearchParams(bad)), bad).toBe(1);
  });
});

describe('pager', () => {
  const at = (page: number) => `?page=${page}`;
  it('links every step it adds, and numbers the items shown', () => {
    expect(pager(3, 230, 50, 50, at)).toEqual({
      page: 3,
      pages: 5,
      first: 101,
      last: 150,
      total: 230,
      firstHref: '?page=1',
      prevHref: '?page=2',
      nextHref: '?page=4',
      lastHref: '?page=5',
    });
  });
  it('leaves out first and last where previous and next reach them, and counts a short last page', () => {
    expect(pager(5, 230, 50, 30, at)).toMatchObject({ first: 201, last: 230, firstHref: '?page=1', prevHref: '?page=4', nextHref: null, lastHref: null });
    expect(pager(2, 230, 50, 50, at)).toMatchObject({ firstHref: null, lastHref: '?page=5' });
  });
  it('is one page with nothing in it for an empty list', () => {
    expect(pager(1, 0, 50, 0, at)).toEqual({ page: 1, pages: 1, first: 0, last: 0, total: 0, firstHref: null, prevHref: null, nextHref: null, lastHref: null });
  });
});

describe('fetchPage', () => {
  const items = Array.from({ length: 23 }, (_, i) => i);
  const fetch = async ({ offset, limit }: { offset: number; limit: number }) => ({ items: items.slice(offset, offset + limit), total: items.length });
  it('fetches the page asked for', async () => {
    expect(await fetchPage(2, 10, fetch)).toEqual({ page: 2, items: items.slice(10, 20), total: 23 });
  });
  it('answers the last page for one past the end', async () => {
    expect(await fetchPage(9, 10, fetch)).toEqual({ page: 3, items: [20, 21, 22], total: 23 });
  });
});

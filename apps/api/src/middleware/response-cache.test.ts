import { describe, expect, it } from 'vitest';
import { ResponseCache } from './response-cache.ts';

const entry = (bytes: number) => ({ body: 'x'.repeat(bytes), bytes, headers: [['content-type', 'application/json']] as [string, string][] });

describe('ResponseCache', () => {
  it('returns what was stored under the key', () => {
    const cache = new ResponseCache(100, 50);
    cache.set('a', entry(10));
    expect(cache.get('a')?.bytes).toBe(10);
    expect(cache.get('b')).toBeUndefined();
  });
  it('refuses entries larger than the per-entry limit', () => {
    const cache = new ResponseCache(100, 50);
    cache.set('big', entry(51));
    expect(cache.get('big')).toBeUndefined();
  });
  it('evicts the least recently used entries once over its byte budget', () => {
    const cache = new ResponseCache(100, 50);
    cache.set('a', entry(40));
    cache.set('b', entry(40));
    cache.get('a'); // a is now more recent than b
    cache.set('c', entry(40));
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('a')).toBeDefined();
    expect(cache.get('c')).toBeDefined();
    expect(cache.size).toBe(2);
  });
});

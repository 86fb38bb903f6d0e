import { describe, expect, it } from 'vitest';
import { compareSearch, parseCompareIds } from './compare-ids.ts';

describe('parseCompareIds', () => {
  it('reads comma lists and repeated parameters alike, without repeats', () => {
    expect(parseCompareIds(['zhipu-ai,minimax', 'stepfun', 'minimax'])).toEqual({
      ids: ['zhipu-ai', 'minimax', 'stepfun'],
      malformed: [],
      problem: null,
    });
  });
  it('forgives case, spaces and stray commas', () => {
    expect(parseCompareIds([' Zhipu-AI , ,MiniMax,'])).toMatchObject({ ids: ['zhipu-ai', 'minimax'], problem: null });
  });
  it('says when nothing was asked', () => {
    expect(parseCompareIds([])).toEqual({ ids: [], malformed: [], problem: 'empty' });
    expect(parseCompareIds([''])).toMatchObject({ problem: 'empty' });
  });
  it('needs two to six', () => {
    expect(parseCompareIds(['zhipu-ai']).problem).toBe('too_few');
    expect(parseCompareIds(['a,b,c,d,e,f']).problem).toBeNull();
    expect(parseCompareIds(['a,b,c,d,e,f,g']).problem).toBe('too_many');
  });
  it('sets malformed ids aside and counts only the good ones', () => {
    const parsed = parseCompareIds(['zhipu-ai,<script>,智譜,a--b,minimax']);
    expect(parsed.ids).toEqual(['zhipu-ai', 'minimax']);
    expect(parsed.malformed).toEqual(['<script>', '智譜', 'a--b']);
    expect(parsed.problem).toBeNull();
    expect(parseCompareIds(['zhipu-ai,%%%']).problem).toBe('too_few');
  });
  it('shortens absurd input rather than echoing it whole', () => {
    const parsed = parseCompareIds(['x'.repeat(500) + '!']);
    expect(parsed.malformed[0]).toHaveLength(40);
    expect(parseCompareIds([Array.from({ length: 1000 }, (_, i) => `e${i}`).join(',')]).ids).toHaveLength(40);
  });
});

describe('compareSearch', () => {
  it('writes ids as one readable list', () => {
    expect(compareSearch(['zhipu-ai', 'minimax'])).toBe('?ids=zhipu-ai,minimax');
    expect(compareSearch([])).toBe('');
  });
});

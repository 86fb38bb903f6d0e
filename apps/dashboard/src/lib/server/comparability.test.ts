import { describe, expect, it } from 'vitest';
import type { Figure } from '@aiwatch/data/schemas';
import type { Comparison } from '@aiwatch/db';
import { comparabilityWarnings, formatPeriod, joinNames, type NoteContext } from './comparability.ts';

const figure = (over: Partial<Figure>): Figure => ({
  id: 'f',
  entity_id: 'zhipu-ai',
  metric: 'valuation',
  value: 3e9,
  unit: 'USD',
  qualifier: 'exact',
  lower: null,
  upper: null,
  as_of: '2024-05-31',
  period: null,
  source_id: 'article',
  locator: 'Summary',
  source_text: '30億美元',
  review: { status: 'unverified', note_en: 'n', note_zh: 'n', reference_title: null, reference_title_zh: null, reference_url: null },
  note_en: null,
  note_zh: null,
  ...over,
});

const metric = { id: 'valuation', name_en: 'Valuation', name_zh: '估值', unit: 'USD' as const, description_en: 'd', description_zh: 'd' };
const names: Record<string, [string, string]> = { 'zhipu-ai': ['Zhipu AI', '智譜華章'], minimax: ['MiniMax', 'MiniMax'], stepfun: ['StepFun', '階躍星辰'] };
const ctx = (locale: 'en' | 'zh-hant'): NoteContext => ({
  locale,
  entityName: (id) => names[id]![locale === 'en' ? 0 : 1],
  metricName: () => (locale === 'en' ? 'Valuation' : '估值'),
  sourceTitle: (id) => (id === 'article' ? 'The article' : 'The digest'),
});

const cmp: Pick<Comparison, 'metrics' | 'comparability'> = {
  metrics: [
    {
      metric,
      cells: [
        { entity_id: 'zhipu-ai', figures: [figure({})] },
        { entity_id: 'minimax', figures: [figure({ id: 'g', entity_id: 'minimax', as_of: null, source_id: 'digest', qualifier: 'over', lower: 3e9 })] },
        { entity_id: 'stepfun', figures: [] },
      ],
    },
  ],
  comparability: [
    { metric: 'valuation', aspect: 'missing', entity_ids: ['stepfun'], values: [] },
    { metric: 'valuation', aspect: 'date', entity_ids: ['zhipu-ai', 'minimax'], values: ['2024-05-31', null] },
    { metric: 'valuation', aspect: 'source', entity_ids: ['zhipu-ai', 'minimax'], values: ['article', 'digest'] },
    { metric: 'valuation', aspect: 'qualifier', entity_ids: ['zhipu-ai', 'minimax'], values: ['exact', 'over'] },
  ],
};

describe('comparabilityWarnings', () => {
  it('names the metric, what differs and each entity’s own value (English)', () => {
    expect(comparabilityWarnings(cmp, ctx('en'))).toEqual([
      'Valuation: the sources give no figure for StepFun.',
      'Valuation: the figures are from different dates (Zhipu AI: 31 May 2024; MiniMax: undated).',
      'Valuation: the figures come from different sources (Zhipu AI: The article; MiniMax: The digest).',
      'Valuation: the figures are qualified differently (Zhipu AI: exact; MiniMax: a lower bound (“over”)).',
    ]);
  });
  it('says the same in Traditional Chinese', () => {
    expect(comparabilityWarnings(cmp, ctx('zh-hant'))).toEqual([
      '估值：來源文件未提供階躍星辰的數據。',
      '估值：各數據的時間點不同（智譜華章：2024年5月31日；MiniMax：未註明日期）。',
      '估值：各數據出自不同來源（智譜華章：The article；MiniMax：The digest）。',
      '估值：各數據的限定方式不同（智譜華章：確切值；MiniMax：下限（「超過」））。',
    ]);
  });
  it('has nothing to say when there are no notes', () => {
    expect(comparabilityWarnings({ metrics: [], comparability: [] }, ctx('en'))).toEqual([]);
  });
});

describe('formatPeriod', () => {
  it.each([
    ['P1Y', 'within a year', '一年內'],
    ['2019/..', 'since 2019', '2019年以來'],
    ['2019/2024', '2019–2024', '2019至2024年'],
    ['R5/P1M', 'R5/P1M', 'R5/P1M'],
  ])('%s', (period, en, zh) => {
    expect(formatPeriod(period, 'en')).toBe(en);
    expect(formatPeriod(period, 'zh-hant')).toBe(zh);
  });
  it('says when there is no period', () => {
    expect(formatPeriod(null, 'en')).toBe('no period given');
  });
});

describe('joinNames', () => {
  it('joins as each language does', () => {
    expect(joinNames(['A', 'B', 'C'], 'en')).toBe('A, B, and C');
    expect(joinNames(['甲', '乙', '丙'], 'zh-hant')).toBe('甲、乙和丙');
  });
});

import { dataset } from '@aiwatch/data';
import type { figures } from '@aiwatch/db/schema';

export type FigureRow = typeof figures.$inferInsert;

/** Deterministic PRNG (mulberry32): the same BENCH_ROWS always yields the same table. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
const qualifiers = ['exact', 'over', 'about', 'at_least', 'within'] as const;
const statuses = ['corroborated', 'disputed', 'unverified'] as const;

/** A value in the metric's unit and how a Chinese document would write it. */
function valueFor(r: () => number, unit: string): { value: number; text: string } {
  switch (unit) {
    case 'users': {
      const wan = Math.floor(r() * 100_000) + 1; // 萬 = 10,000
      return { value: wan * 10_000, text: `${wan}萬` };
    }
    case 'USD': {
      const yi = Math.round(r() * 5000) / 10 + 0.1; // 億 = 100,000,000
      return { value: Math.round(yi * 1e8), text: `${yi}億美元` };
    }
    case 'percent': {
      const p = Math.round(r() * 5000) / 10;
      return { value: p, text: `${p}%` };
    }
    case 'year': {
      const y = 1950 + Math.floor(r() * 86);
      return { value: y, text: `${y}年` };
    }
    default: {
      const n = Math.floor(r() * 500) + 1;
      return { value: n, text: `${n}家` };
    }
  }
}

export const syntheticId = (i: number): string => `synthetic-${String(i).padStart(7, '0')}`;

/**
 * The i-th synthetic figure: real entity, metric and source ids (so foreign keys hold), the
 * metric's unit, English and Traditional Chinese text, nulls where the real data has them, and
 * some cells CSV must quote (commas, quotes) or neutralise (a leading minus).
 */
export function syntheticFigure(i: number): FigureRow {
  const r = prng(i);
  const entity = pick(r, dataset.entities);
  const metric = pick(r, dataset.metrics);
  const source = pick(r, dataset.sources);
  const qualifier = pick(r, qualifiers);
  const { value, text } = valueFor(r, metric.unit);
  const dated = r() < 0.6;
  const referenced = r() < 0.4;
  const noted = r() < 0.5;
  return {
    id: syntheticId(i),
    entity_id: entity.id,
    metric: metric.id,
    value,
    unit: metric.unit,
    qualifier,
    lower: qualifier === 'over' || qualifier === 'at_least' ? value : null,
    upper: qualifier === 'within' ? value : null,
    as_of: dated
      ? `20${10 + Math.floor(r() * 16)}-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`
      : null,
    period: !dated && r() < 0.5 ? 'P1Y' : null,
    source_id: source.id,
    locator: pick(r, source.sections),
    source_text: qualifier === 'over' ? `超過${text}` : qualifier === 'about' ? `近${text}` : text,
    review_status: pick(r, statuses),
    review_note_en: `Synthetic row ${i} for the export benchmark, "as stated", not a real claim.`,
    review_note_zh: `第${i}列：匯出基準測試用的合成資料，並非真實數據。`,
    review_reference_title: referenced
      ? `${entity.name_en} annual report, ${2015 + (i % 10)}`
      : null,
    review_reference_title_zh: referenced ? `${entity.name_zh}${2015 + (i % 10)}年年報` : null,
    review_reference_url: referenced ? `https://example.org/reports/${entity.id}/${i}` : null,
    note_en: noted
      ? i % 7 === 0
        ? `-${i % 100}% against the previous figure`
        : `As of the ${pick(r, ['spring', 'autumn'])} report, revised.`
      : null,
    note_zh: noted ? `${entity.name_zh}：數字依原文。` : null,
  };
}

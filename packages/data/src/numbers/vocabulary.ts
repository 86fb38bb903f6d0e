import type { ParsedUnit } from './types.ts';

/**
 * The words a figure is written with, around its number. Matching is case-insensitive and tries
 * longer words first, so 日元 is seen before 元 and US$ before $. Text has been through
 * `canonicalText`, so only Traditional forms and ASCII signs (`%`, `¥`) are listed.
 */

/** `nearly` is kept apart from `about` until the bounds are set: nearly N has upper = N. */
export type QualifierWord = 'over' | 'about' | 'nearly' | 'at_least';

export const QUALIFIER_PREFIXES: readonly (readonly [string, QualifierWord])[] = [
  ['超過', 'over'],
  ['逾', 'over'],
  ['多於', 'over'],
  ['高於', 'over'],
  ['over', 'over'],
  ['more than', 'over'],
  ['above', 'over'],
  ['將近', 'nearly'],
  ['接近', 'nearly'],
  ['近', 'nearly'],
  ['nearly', 'nearly'],
  ['almost', 'nearly'],
  ['close to', 'nearly'],
  ['大約', 'about'],
  ['約', 'about'],
  ['大概', 'about'],
  ['about', 'about'],
  ['around', 'about'],
  ['approximately', 'about'],
  ['approx.', 'about'],
  ['roughly', 'about'],
  ['~', 'about'],
  ['≈', 'about'],
  ['至少', 'at_least'],
  ['不少於', 'at_least'],
  ['at least', 'at_least'],
  ['no less than', 'at_least'],
];

export const QUALIFIER_SUFFIXES: readonly (readonly [string, QualifierWord])[] = [
  ['以上', 'over'],
  ['左右', 'about'],
  ['上下', 'about'],
  ['or more', 'at_least'],
];

/** Written between the number and its multiplier or unit: 300多萬, 1萬多人, 百餘家. */
export const OVER_MARKERS = ['多', '餘'] as const;

/** Currencies the dataset does not store: named in the error rather than misread as 元 or $. */
export type UnsupportedCurrency = 'JPY' | 'HKD' | 'TWD' | 'EUR' | 'GBP';
export type UnitWord = ParsedUnit | { unsupported: UnsupportedCurrency };

const JPY = { unsupported: 'JPY' } as const;
const HKD = { unsupported: 'HKD' } as const;
const TWD = { unsupported: 'TWD' } as const;
const EUR = { unsupported: 'EUR' } as const;
const GBP = { unsupported: 'GBP' } as const;

export const UNIT_PREFIXES: readonly (readonly [string, UnitWord])[] = [
  ['US$', 'USD'],
  ['USD', 'USD'],
  ['$', 'USD'],
  ['CN¥', 'CNY'],
  ['RMB', 'CNY'],
  ['CNY', 'CNY'],
  ['人民幣', 'CNY'],
  // In writing about China a bare ¥ is the yuan; JP¥ names the yen.
  ['¥', 'CNY'],
  ['百分之', 'percent'],
  ['JP¥', JPY],
  ['JPY', JPY],
  ['HK$', HKD],
  ['NT$', TWD],
  ['€', EUR],
  ['£', GBP],
];

export const UNIT_SUFFIXES: readonly (readonly [string, UnitWord])[] = [
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['USD', 'USD'],
  ['US dollars', 'USD'],
  ['dollars', 'USD'],
  ['元人民幣', 'CNY'],
  ['人民幣', 'CNY'],
  ['元', 'CNY'],
  ['RMB', 'CNY'],
  ['CNY', 'CNY'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['%', 'percent'],
  ['percent', 'percent'],
  ['per cent', 'percent'],
  ['用戶', 'users'],
  ['名用戶', 'users'],
  ['位用戶', 'users'],
  ['使用者', 'users'],
  ['users', 'users'],
  ['user', 'users'],
  ['家', 'count'],
  ['個', 'count'],
  ['間', 'count'],
  ['所', 'count'],
  ['款', 'count'],
  ['名', 'count'],
  ['位', 'count'],
  ['人', 'count'],
  ['日元', JPY],
  ['日圓', JPY],
  ['日幣', JPY],
  ['円', JPY],
  ['JPY', JPY],
  ['yen', JPY],
  ['港元', HKD],
  ['港幣', HKD],
  ['HKD', HKD],
  ['新臺幣', TWD],
  ['臺幣', TWD],
  ['TWD', TWD],
  ['NTD', TWD],
  ['歐元', EUR],
  ['EUR', EUR],
  ['euros', EUR],
  ['英鎊', GBP],
  ['GBP', GBP],
];

/** English scale words after Arabic digits (`11.4 million`, `$1.2bn`), read wherever they stand. */
export const ENGLISH_SCALE_WORDS: readonly (readonly [string, number])[] = [
  ['thousand', 3],
  ['million', 6],
  ['billion', 9],
  ['trillion', 12],
  ['mn', 6],
  ['bn', 9],
  ['tn', 12],
];

/** One-letter scales (`400k`, `US$400M`, `3B`): read only where no unit of measure fits. */
export const ENGLISH_SCALE_LETTERS: readonly (readonly [string, number])[] = [
  ['k', 3],
  ['m', 6],
  ['b', 9],
  ['t', 12],
];

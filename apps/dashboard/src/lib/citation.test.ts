import { describe, expect, it } from 'vitest';
import { dataset } from '@aiwatch/data';
import { citeFigure } from './citation.ts';

const figure = dataset.figures.find((f) => f.id === 'zhipu-investment-prosperity7')!;
const source = dataset.sources.find((s) => s.id === figure.source_id)!;
const base = { figure, source, url: 'http://localhost/companies/zhipu-ai', accessed: '2026-11-23', release: { version: '2026.12.1', released_on: '2026-12-07' } };

describe('citeFigure', () => {
  it('cites in English with the section and the figure as written', () => {
    const c = citeFigure({ ...base, statement: 'Zhipu AI — investment received: US$400M', locale: 'en' });
    expect(c.text).toContain('Zhipu AI — investment received: US$400M. Source: 李旻臻');
    expect(c.text).toContain(`section “${figure.locator}”, as written: “4億美元”`);
    expect(c.text).toContain('(accessed 2026-11-23)');
  });
  it('cites in Traditional Chinese', () => {
    const c = citeFigure({ ...base, statement: '智譜華章－獲得投資：4億美元', locale: 'zh-hant' });
    expect(c.text).toContain(`《${source.title_zh}》`);
    expect(c.text).toContain('原文「4億美元」');
  });
  it('gives BibTeX with escaped fields and CSL-JSON that parses', () => {
    const c = citeFigure({ ...base, statement: 'a_b & c', locale: 'en' });
    expect(c.bibtex).toMatch(/^@misc\{zhipu_investment_prosperity7,/);
    expect(c.bibtex).toContain('a\\_b \\& c');
    const csl = JSON.parse(c.csl);
    expect(csl).toMatchObject({ id: figure.id, type: 'article', author: [{ literal: source.author }], URL: source.url });
    expect(csl.accessed).toEqual({ 'date-parts': [[2026, 11, 23]] });
  });
  it('names the release of the dataset the figure was read in, in every format and language', () => {
    const en = citeFigure({ ...base, statement: 'x', locale: 'en' });
    expect(en.text).toContain('Compiled by China AI Watch (release 2026.12.1, 2026-12-07): http://localhost/companies/zhipu-ai');
    expect(en.bibtex).toContain('Via China AI Watch release 2026.12.1 (2026-12-07)');
    expect(JSON.parse(en.csl).note).toContain('release 2026.12.1 (2026-12-07)');
    expect(citeFigure({ ...base, statement: 'x', locale: 'zh-hant' }).text).toContain('經 China AI Watch 整理（2026.12.1 版，2026-12-07）');
    expect(citeFigure({ ...base, release: null, statement: 'x', locale: 'en' }).text).toContain('Compiled by China AI Watch: http');
  });
});

import { describe, expect, it } from 'vitest';
import { dataset } from '@aiwatch/data';
import { citeFigure } from './citation.ts';

const figure = dataset.figures.find((f) => f.id === 'zhipu-investment-prosperity7')!;
const source = dataset.sources.find((s) => s.id === figure.source_id)!;
// The digest supports events and relations only: a figure of it, for its bibliographic data.
const digest = dataset.sources.find((s) => s.id === 'fpri-2025-vouchers-to-visas')!;
const digestFigure = { ...figure, source_id: digest.id, locator: 'Summary', source_text: 'Spring 2025' };
const claimUrl = 'http://localhost/sources#claim-figures-zhipu-investment-prosperity7';
const base = { figure, source, url: claimUrl, accessed: '2026-11-23', release: { version: '2026.12.1', released_on: '2026-12-07' } };
const en = citeFigure({ ...base, statement: 'Zhipu AI — investment received: US$400M', locale: 'en' });
const zh = citeFigure({ ...base, statement: '智譜華章－獲得投資：4億美元', locale: 'zh-hant' });

describe('citeFigure', () => {
  it('cites in English with the section and the figure as written', () => {
    expect(en.text).toContain('Zhipu AI — investment received: US$400M. Source: 李旻臻');
    expect(en.text).toContain(`section “${figure.locator}”, as written: “4億美元”`);
    expect(en.text).toContain('(accessed 2026-11-23)');
  });
  it('links the article itself, not its publisher’s home page, in every format', () => {
    expect(source.url).toMatch(/\/9035$/);
    expect(en.text).toContain(source.url);
    expect(en.bibtex).toContain(`url = {${source.url}}`);
    expect(JSON.parse(en.csl).URL).toBe(source.url);
  });
  it('carries the claim’s review status and its reason, so a dispute travels with the figure', () => {
    expect(figure.review.status).toBe('corroborated');
    expect(en.text).toContain('Fact-check: Corroborated —');
    // The dispute of who paid Zhipu, put on a figure: its citation says so in every format.
    const payer = dataset.relations.find((r) => r.id === 'prosperity7-invested-in-zhipu-ai')!;
    expect(payer.review.status).toBe('disputed');
    const disputed = { ...base, figure: { ...figure, review: payer.review }, statement: 'Zhipu AI — investment received: US$400M' };
    const enDisputed = citeFigure({ ...disputed, locale: 'en' });
    const zhDisputed = citeFigure({ ...disputed, locale: 'zh-hant' });
    const reason = payer.review.note_en.replace(/\.$/, '');
    expect(enDisputed.text).toContain(`Fact-check: Disputed — ${reason}.`);
    expect(enDisputed.bibtex).toContain('Fact-check: Disputed');
    expect(JSON.parse(enDisputed.csl).note).toContain(`Fact-check: Disputed — ${reason}`);
    expect(zhDisputed.text).toContain(`查核：有爭議——${payer.review.note_zh.replace(/。$/, '')}。`);
  });
  it('cites a Chinese article under its own title, with ours as a translated title and the language right', () => {
    expect(en.text).toContain(`〈${source.title_zh}〉 [${source.title}]`);
    const csl = JSON.parse(en.csl);
    expect(csl).toMatchObject({ title: source.title_zh, 'translated-title': source.title, language: 'zh-Hant' });
    expect(en.bibtex).toContain('title = {中國{AI}的戰略轉型與科技主權：從四小龍到六小虎}');
    expect(en.bibtex).toContain("titleaddon = {[{China}'s {AI} strategic transformation");
    expect(en.bibtex).toContain('language = {chinese}');
    // In Chinese, the title is the reader's: no translation.
    expect(zh.text).toContain(`〈${source.title_zh}〉，`);
    expect(JSON.parse(zh.csl)['translated-title']).toBeUndefined();
  });
  it('cites an English title with its Chinese translation for a Chinese reader', () => {
    const c = citeFigure({ ...base, figure: digestFigure, source: digest, statement: 'x', locale: 'zh-hant' });
    expect(c.text).toContain(`“${digest.title}”（中譯〈${digest.title_zh}〉）`);
    expect(JSON.parse(c.csl)).toMatchObject({ title: digest.title, 'translated-title': digest.title_zh, language: 'en' });
    expect(c.bibtex).toContain("title = {{From} {Vouchers} to {Visas}: {China}'s {Innovative} {Plan} for {AI} {Dominance}}");
  });
  it('gives a year, or n.d. where the document states none, and the date of access as urldate', () => {
    expect(en.bibtex).toContain('year = {n.d.}');
    expect(en.text).toContain(', n.d., ');
    expect(zh.text).toContain('，未載明日期，');
    expect(JSON.parse(en.csl).issued).toEqual({ literal: 'n.d.' });
    expect(en.bibtex).toContain('urldate = {2026-11-23}');
    const d = citeFigure({ ...base, figure: digestFigure, source: digest, statement: 'x', locale: 'en' });
    expect(d.bibtex).toContain('year = {2025}');
    expect(JSON.parse(d.csl).issued).toEqual({ 'date-parts': [[2025, 9, 10]] });
  });
  it('links the claim’s own anchor as where it was compiled', () => {
    expect(en.text).toContain(`Compiled by China AI Watch (release 2026.12.1, 2026-12-07): ${claimUrl} (accessed 2026-11-23).`);
    expect(en.bibtex).toContain(claimUrl.replace('#', '\\#'));
    expect(JSON.parse(en.csl).note).toContain(claimUrl);
    expect(citeFigure({ ...base, release: null, statement: 'x', locale: 'en' }).text).toContain(`Compiled by China AI Watch: ${claimUrl}`);
  });
  it('cites in Chinese in Chinese: the site as 中國AI觀察, the publisher’s Chinese name, no English phrases', () => {
    expect(zh.text).toContain(`中國AI觀察整理（2026.12.1 版，2026-12-07）：${claimUrl}（2026-11-23 擷取）。`);
    const d = citeFigure({ ...base, figure: digestFigure, source: digest, statement: '測試', locale: 'zh-hant' });
    expect(d.text).toContain('，台北論壇，2025，');
    for (const c of [zh, d]) {
      const ours = [c.text, JSON.parse(c.csl).note as string].map((t) => t.replace(/https?:\/\/\S+?(?=[（）。，]|$)/g, '').replace(/“[^”]*”/g, ''));
      for (const t of ours) expect(t).not.toMatch(/China AI Watch|Via|accessed|Source|section|release|n\.d\./);
    }
  });
  it('gives BibTeX with escaped fields and CSL-JSON that parses', () => {
    const c = citeFigure({ ...base, statement: 'a_b & c', locale: 'en' });
    expect(c.bibtex).toMatch(/^@misc\{zhipu_investment_prosperity7,/);
    expect(c.bibtex).toContain('a\\_b \\& c');
    expect(c.bibtex.trimEnd()).toMatch(/\n}$/);
    const csl = JSON.parse(c.csl);
    expect(csl).toMatchObject({ id: figure.id, type: 'webpage', author: [{ literal: source.author }], URL: source.url });
    expect(csl.accessed).toEqual({ 'date-parts': [[2026, 11, 23]] });
  });
});

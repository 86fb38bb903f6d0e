import type { Figure, Source } from '@aiwatch/data/schemas';

export interface CitationInput {
  figure: Figure;
  source: Source;
  /** What the figure says, in the reader's language, e.g. "Talkie — users: 1140萬用戶". */
  statement: string;
  /** Where the reader found it (the page URL). */
  url: string;
  /** Date of access, YYYY-MM-DD. */
  accessed: string;
  /** The release of the dataset the figure was read in. */
  release: ReleaseRef | null;
  locale: 'en' | 'zh-hant';
}

/** A release of the dataset, as citations name it. */
export interface ReleaseRef {
  version: string;
  released_on: string;
}

export interface Citation {
  text: string;
  bibtex: string;
  csl: string;
}

const bibEscape = (s: string) => s.replace(/([{}\\&%$#_])/g, '\\$1');

/**
 * How to cite one figure on its own: the statement, the document it comes from (with section
 * and the figure as written) and this dataset, as plain text, BibTeX and CSL-JSON.
 */
export function citeFigure(c: CitationInput): Citation {
  const { figure, source } = c;
  const zh = c.locale === 'zh-hant';
  const title = zh ? source.title_zh : source.title;
  const year = source.published_on?.slice(0, 4);
  const where = zh
    ? `〈${figure.locator}〉節，原文「${figure.source_text}」`
    : `section “${figure.locator}”, as written: “${figure.source_text}”`;
  const release = c.release ? (zh ? `（${c.release.version} 版，${c.release.released_on}）` : ` (release ${c.release.version}, ${c.release.released_on})`) : '';
  const text = zh
    ? `${c.statement}。出處：${source.author}，《${title}》，${source.publisher}${year ? `，${year}` : ''}，${where}。經 China AI Watch 整理${release}：${c.url}（${c.accessed} 擷取）。`
    : `${c.statement}. Source: ${source.author}, “${title}”, ${source.publisher}${year ? `, ${year}` : ''}, ${where}. Compiled by China AI Watch${release}: ${c.url} (accessed ${c.accessed}).`;
  const via = `Via China AI Watch${c.release ? ` release ${c.release.version} (${c.release.released_on})` : ''}, ${c.url}`;
  const bibtex = [
    `@misc{${figure.id.replace(/-/g, '_')},`,
    `  author = {${bibEscape(source.author)}},`,
    `  title = {${bibEscape(title)}},`,
    `  howpublished = {${bibEscape(source.publisher)}},`,
    ...(year ? [`  year = {${year}},`] : []),
    `  url = {${source.url}},`,
    `  note = {${bibEscape(`${c.statement}; ${where}. ${via}, accessed ${c.accessed}`)}}`,
    '}',
  ].join('\n');
  const csl = JSON.stringify(
    {
      id: figure.id,
      type: 'article',
      title,
      author: [{ literal: source.author }],
      publisher: source.publisher,
      URL: source.url,
      ...(source.published_on ? { issued: { 'date-parts': [source.published_on.split('-').map(Number)] } } : {}),
      accessed: { 'date-parts': [c.accessed.split('-').map(Number)] },
      note: `${c.statement}; ${where}. ${via}`,
      language: zh ? 'zh-Hant' : 'en',
    },
    null,
    2,
  );
  return { text, bibtex, csl };
}

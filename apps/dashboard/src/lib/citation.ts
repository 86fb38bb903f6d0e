import type { Figure, Source } from '@aiwatch/data/schemas';
import { m } from '$lib/paraglide/messages';
import { bibField, bibLanguage, bibTitle } from './bibtex.ts';

export interface CitationInput {
  figure: Figure;
  source: Source;
  /** What the figure says, in the reader's language, e.g. "Talkie — users: 1140萬用戶". */
  statement: string;
  /** The claim's own address (its anchor on the Sources page), absolute. */
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

/**
 * The document's own title, and our translation of it where the reader's language differs; a
 * source whose title is not recorded (both fields are our description) is named in the reader's.
 */
type Titles = Pick<Source, 'title' | 'title_zh' | 'title_original'>;

export function citedTitles(source: Titles, locale: CitationInput['locale']): { title: string; translated: string | null } {
  const own = source.title_original ?? (locale === 'zh-hant' ? 'zh' : 'en');
  const title = own === 'zh' ? source.title_zh : source.title;
  const wanted = locale === 'zh-hant' ? 'zh' : 'en';
  return { title, translated: source.title_original && own !== wanted ? (wanted === 'zh' ? source.title_zh : source.title) : null };
}

/** The title as a reference list writes it: 〈Chinese〉 or “English”, then our translation if any. */
export function citedTitle(source: Titles, locale: CitationInput['locale']): string {
  const { title, translated } = citedTitles(source, locale);
  const quoted = /[\u3400-\u9fff]/.test(title) ? `〈${title}〉` : `“${title}”`;
  return translated ? m.cite_translated_title({ title: quoted, translated }, { locale }) : quoted;
}

const reviewLabels = { corroborated: m.review_corroborated, disputed: m.review_disputed, unverified: m.review_unverified };

/**
 * How to cite one figure on its own: the statement, the document it comes from (original title,
 * section, the figure as written, the article's address), what the fact-check found and the claim's
 * place in this dataset, as plain text, BibTeX and CSL-JSON, all in the reader's language.
 */
export function citeFigure(c: CitationInput): Citation {
  const { figure, source, locale } = c;
  const zh = locale === 'zh-hant';
  const { title, translated } = citedTitles(source, locale);
  const year = source.published_on?.slice(0, 4) ?? null;
  const publisher = zh ? (source.publisher_zh ?? source.publisher) : source.publisher;
  const review = figure.review;
  const reviewText = m.cite_review({ status: reviewLabels[review.status]({}, { locale }), note: (zh ? review.note_zh : review.note_en).replace(/[.。]\s*$/, '') }, { locale });
  const release = c.release ? m.cite_release({ version: c.release.version, date: c.release.released_on }, { locale }) : '';
  const compiled = m.cite_compiled({ release, url: c.url }, { locale });
  const where = m.cite_where({ section: figure.locator, text: figure.source_text }, { locale });
  const text = m.cite_text(
    { statement: c.statement, author: source.author, title: citedTitle(source, locale), publisher, year: year ?? m.cite_undated({}, { locale }), where, url: source.url, review: reviewText, compiled, accessed: c.accessed },
    { locale },
  );
  const note = m.cite_note({ statement: c.statement, where, review: reviewText, compiled }, { locale });
  const bibtex = [
    `@misc{${figure.id.replace(/-/g, '_')},`,
    bibField('author', source.author),
    `  title = {${bibTitle(title)}},`,
    ...(translated ? [`  titleaddon = {[${bibTitle(translated)}]},`] : []),
    bibField('language', bibLanguage(source.language)),
    bibField('howpublished', publisher),
    bibField('year', year ?? 'n.d.'),
    `  url = {${source.url}},`,
    `  urldate = {${c.accessed}},`,
    bibField('note', note).replace(/,$/, ''),
    '}',
  ].join('\n');
  const csl = JSON.stringify(
    {
      id: figure.id,
      type: 'webpage',
      title,
      ...(translated ? { 'translated-title': translated } : {}),
      author: [{ literal: source.author }],
      publisher,
      URL: source.url,
      issued: source.published_on ? { 'date-parts': [source.published_on.split('-').map(Number)] } : { literal: 'n.d.' },
      accessed: { 'date-parts': [c.accessed.split('-').map(Number)] },
      note,
      // The document's language (a bilingual one: that of the title cited), so styles case its title right.
      language: /[\u3400-\u9fff]/.test(title) ? 'zh-Hant' : 'en',
    },
    null,
    2,
  );
  return { text, bibtex, csl };
}

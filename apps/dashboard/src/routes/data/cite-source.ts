import type { Source } from '@aiwatch/data/schemas';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/i18n/locale';
import { citedTitle } from '$lib/citation';

/** A date as a reference list writes it: "10 September 2025" / "2025年9月10日". */
export function citationDate(isoDate: string | null, locale: Locale): string {
  if (!isoDate) return m.data_cite_undated({}, { locale });
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-Hant', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/**
 * A document as a reference list cites it, in the reader's language: author, title, publisher,
 * date (or that none is stated), URL; the document's own title first, our translation after it.
 */
export function citeSource(
  s: Pick<Source, 'author' | 'title' | 'title_zh' | 'title_original' | 'publisher' | 'publisher_zh' | 'published_on' | 'url'> &
    Partial<Pick<Source, 'kind' | 'licence' | 'sha256' | 'row_count'>>,
  locale: Locale,
): string {
  // A dataset is cited by its release: the file's hash says which one, and its licence asks for the credit.
  if (s.kind === 'dataset') {
    const release = m.data_cite_release({ rows: s.row_count ?? 0, sha256: (s.sha256 ?? '').slice(0, 12) }, { locale });
    return locale === 'en'
      ? `${s.author}. “${s.title}” [data set], ${release}. ${s.licence}. ${s.url}`
      : `${s.author}，〈${s.title}〉（資料集），${release}，${s.licence}。${s.url}`;
  }
  const date = citationDate(s.published_on, locale);
  const title = citedTitle(s, locale);
  return locale === 'en'
    ? `${s.author}. ${title}. ${s.publisher}, ${date}. ${s.url}`
    : `${s.author}，${title}，${s.publisher_zh ?? s.publisher}，${date}。${s.url}`;
}

import type { Source } from '@aiwatch/data/schemas';
import { locale, pick } from '$lib/i18n/locale';
import { languageName } from '$lib/server/source-claims';
import { publisherName } from '$lib/server/source-names';

/** The bibliographic fields documents and datasets show alike, in the reader's language. */
export function bibliographer() {
  const zh = locale() === 'zh-hant';
  const date = new Intl.DateTimeFormat(zh ? 'zh-Hant' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' });
  return (doc: Source) => ({
    id: doc.id,
    title: zh ? doc.title_zh : doc.title,
    titleEn: doc.title,
    titleZh: doc.title_zh,
    author: doc.author,
    publisher: publisherName(doc),
    publishedOn: doc.published_on ? date.format(new Date(doc.published_on)) : null,
    language: languageName(doc.language),
    url: doc.url,
    summary: pick(doc, 'summary'),
    note: pick(doc, 'note') || null,
  });
}

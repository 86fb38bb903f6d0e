import type { Review } from '@aiwatch/data/schemas';
import { pick } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { localName } from './source-names.ts';

/** A claim's fact-check as pages show it: status, its label and note in the reader's language, the reference. */
export interface ReviewView {
  status: Review['status'];
  label: string;
  note: string;
  /** The reference as it titles itself, or on Chinese pages our Chinese label of it. */
  reference: string | null;
  referenceLang: 'zh-Hant' | 'en' | null;
  url: string | null;
}

const reviewLabels = { corroborated: m.review_corroborated, disputed: m.review_disputed, unverified: m.review_unverified };

export function reviewView(review: Review): ReviewView {
  const reference = review.reference_title === null ? null : localName(review.reference_title, review.reference_title_zh);
  return {
    status: review.status,
    label: reviewLabels[review.status](),
    note: pick(review, 'note'),
    reference: reference?.text ?? null,
    referenceLang: reference?.lang ?? null,
    url: review.reference_url,
  };
}

import type { Review } from '@aiwatch/data/schemas';
import { pick } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { textLang } from './written-lang.ts';

/** A claim's fact-check as pages show it: status, its label and note in the reader's language, the reference. */
export interface ReviewView {
  status: Review['status'];
  label: string;
  note: string;
  reference: string | null;
  /** A reference keeps its own title, in its own language, whatever the page's. */
  referenceLang: 'zh-Hant' | 'en' | null;
  url: string | null;
}

const reviewLabels = { corroborated: m.review_corroborated, disputed: m.review_disputed, unverified: m.review_unverified };

export function reviewView(review: Review): ReviewView {
  return {
    status: review.status,
    label: reviewLabels[review.status](),
    note: pick(review, 'note'),
    reference: review.reference_title,
    referenceLang: review.reference_title ? textLang(review.reference_title) : null,
    url: review.reference_url,
  };
}

import { getSource, listSources, type SourceWithClaims } from '@aiwatch/db';
import { reviewStatuses, type Review } from '@aiwatch/data/schemas';
import { locale, pick } from '$lib/i18n/locale';
import { claimAnchor } from '$lib/links';
import { eventClaim, relationClaim, reviewView, type ClaimView } from '$lib/server/claim-view';
import { database } from '$lib/server/db';
import { figureView } from '$lib/server/figure-view';
import { loadLookup } from '$lib/server/lookup';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
  const asked = url.searchParams.get('status');
  const status = (reviewStatuses as readonly string[]).includes(asked ?? '') ? (asked as Review['status']) : null;
  const db = await database();
  const [lookup, list] = await Promise.all([loadLookup(db), listSources(db, { limit: 500 })]);
  const docs = (await Promise.all(list.items.map((s) => getSource(db, s.id)))).filter((s): s is SourceWithClaims => s !== null);

  const counts = { all: 0, corroborated: 0, disputed: 0, unverified: 0 };
  const sources = docs.map((doc) => {
    const claims: ClaimView[] = [
      ...doc.figures.map((f) => {
        const v = figureView(f, lookup, url.href);
        return {
          anchor: claimAnchor('figures', f.id),
          kind: 'figure' as const,
          statement: `${v.entityName} · ${v.metricName}: ${v.value}${v.period ? ` (${v.period})` : ''}`,
          sourceText: f.source_text,
          locator: f.locator,
          review: reviewView(f.review),
        };
      }),
      ...doc.events.map(eventClaim),
      ...doc.relations.map((r) => relationClaim(r, lookup)),
    ];
    for (const c of claims) {
      counts.all++;
      counts[c.review.status]++;
    }
    const shown = status ? claims.filter((c) => c.review.status === status) : claims;
    return {
      id: doc.id,
      title: locale() === 'zh-hant' ? doc.title_zh : doc.title,
      otherTitle: locale() === 'zh-hant' ? doc.title : doc.title_zh,
      author: doc.author,
      publisher: doc.publisher,
      publishedOn: doc.published_on,
      language: doc.language,
      url: doc.url,
      summary: pick(doc, 'summary'),
      note: pick(doc, 'note') || null,
      sections: doc.sections.map((section) => ({ section, claims: shown.filter((c) => c.locator === section) })),
    };
  });
  return { sources, counts, status };
};

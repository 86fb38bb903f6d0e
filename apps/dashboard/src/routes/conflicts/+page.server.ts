import { allPages, conflictingGroups, listCompanyFacts, listFactGroups } from '@aiwatch/db';
import { href, pick } from '$lib/i18n/locale';
import { groupView } from '$lib/server/company-facts-view';
import { database } from '$lib/server/db';
import { addSourcesOf, loadLookup } from '$lib/server/lookup';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const db = await database();
  const [lookup, conflicts] = await Promise.all([loadLookup(db), conflictingGroups(db)]);
  const facts = conflicts.flatMap((g) => g.facts);
  await addSourcesOf(db, lookup, facts);
  // Counts over every fact: how much of the data the conflicts are.
  const counts = { agree: 0, conflict: 0, alone: 0 };
  for await (const page of allPages((cursor) => listFactGroups(db, { limit: 500, cursor }))) for (const g of page) counts[g.agreement] += 1;
  let deprecated = 0;
  for await (const page of allPages((cursor) => listCompanyFacts(db, { rank: 'deprecated', limit: 500, cursor }))) deprecated += page.length;
  return {
    counts,
    total: counts.agree + counts.conflict + counts.alone,
    conflicts: conflicts.map((g) => ({
      company: pick(lookup.entities.get(g.company_id)!, 'name'),
      companyHref: href(`/companies/${g.company_id}`),
      ratio: g.low > 0 ? Math.round((g.high / g.low) * 100) / 100 : null,
      view: groupView(g, facts, lookup),
    })),
    deprecated,
  };
};

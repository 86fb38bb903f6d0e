import { allPages, conflictingGroups, listCompanyFacts, listFactGroups } from '@aiwatch/db';
import { href, pick } from '$lib/i18n/locale';
import { groupView } from '$lib/server/company-facts-view';
import { database } from '$lib/server/db';
import { loadLookup, refsOf } from '$lib/server/lookup';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async () => {
  const db = await database();
  const conflicts = await conflictingGroups(db);
  const facts = conflicts.flatMap((g) => g.facts);
  const lookup = await loadLookup(db, refsOf([...conflicts, ...facts]));
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

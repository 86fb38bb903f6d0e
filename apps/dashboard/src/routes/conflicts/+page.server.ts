import { agreementCounts, conflictingGroups } from '@aiwatch/db';
import { href, pick } from '$lib/i18n/locale';
import { fetchPage, pageParam, pager } from '$lib/pager';
import { groupView } from '$lib/server/company-facts-view';
import { database } from '$lib/server/db';
import { loadLookup, refsOf } from '$lib/server/lookup';
import type { PageServerLoad } from './$types';

/** Conflicting facts listed at a time, each with its reports. */
const CONFLICTS_PER_PAGE = 25;

export const load: PageServerLoad = async ({ url }) => {
  const db = await database();
  // Counts over every fact, made in the database: how much of the data the conflicts are.
  const [{ deprecated, ...counts }, list] = await Promise.all([
    agreementCounts(db),
    fetchPage(pageParam(url.searchParams), CONFLICTS_PER_PAGE, (page) => conflictingGroups(db, page)),
  ]);
  const facts = list.items.flatMap((g) => g.facts);
  const lookup = await loadLookup(db, refsOf([...list.items, ...facts]));
  const base = href('/conflicts');
  return {
    counts,
    total: counts.agree + counts.conflict + counts.alone,
    conflicts: list.items.map((g) => ({
      company: pick(lookup.entities.get(g.company_id)!, 'name'),
      companyHref: href(`/companies/${g.company_id}`),
      ratio: g.low > 0 ? Math.round((g.high / g.low) * 100) / 100 : null,
      view: groupView(g, facts, lookup),
    })),
    pager: pager(list.page, list.total, CONFLICTS_PER_PAGE, list.items.length, (page) => (page > 1 ? `${base}?page=${page}` : base)),
    deprecated,
  };
};

import { listEntities, listFigures } from '@aiwatch/db';
import { entityTypes } from '@aiwatch/data/schemas';
import { href, locale, pick } from '$lib/i18n/locale';
import { database } from '$lib/server/db';
import { entityRef, typeNames } from '$lib/server/entity-labels';
import { listSearch, parseListQuery, sortKeys, sortRows, sortSearch } from '$lib/server/entity-list-query';
import { loadLookup } from '$lib/server/lookup';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
  const db = await database();
  const [lookup, figures] = await Promise.all([loadLookup(db), listFigures(db, { limit: 500 })]);
  const everyone = [...lookup.entities.values()];
  const collator = new Intl.Collator(locale() === 'zh-hant' ? 'zh-Hant' : 'en');
  const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);

  const groups = everyone.filter((e) => e.type === 'group').map((e) => ({ id: e.id, name: pick(e, 'name') }));
  const cityIds = new Set(everyone.flatMap((e) => (e.hq ? [e.hq] : [])));
  const query = parseListQuery(url.searchParams, { groups: new Set(groups.map((g) => g.id)), cities: cityIds });

  // The search runs in the query function (names in three scripts and aliases); city is a plain filter.
  const page = await listEntities(db, {
    type: query.type ?? undefined,
    group: query.group ?? undefined,
    q: query.q ?? undefined,
    limit: 500,
  });
  const figureCount = new Map<string, number>();
  for (const f of figures.items) figureCount.set(f.entity_id, (figureCount.get(f.entity_id) ?? 0) + 1);

  const rows = page.items
    .filter((e) => query.city === null || e.hq === query.city)
    .map((e) => {
      const hq = e.hq ? entityRef(lookup, e.hq) : null;
      return {
        id: e.id,
        href: href(`/companies/${e.id}`),
        name: pick(e, 'name'),
        // The name in the other scripts, shown under the reader's own.
        otherNames: [
          { text: e.name_en, lang: 'en' },
          { text: e.name_zh, lang: 'zh-Hant' },
          { text: e.name_zh_hans, lang: 'zh-Hans' },
        ].filter((n, i, all): n is { text: string; lang: string } => !!n.text && n.text !== pick(e, 'name') && all.findIndex((x) => x.text === n.text) === i),
        type: typeNames[e.type](),
        groups: e.group_ids.map((g) => entityRef(lookup, g)),
        hq,
        city: hq?.name ?? null,
        founded: e.founded,
        figures: figureCount.get(e.id) ?? 0,
      };
    });
  const sorted = sortRows(rows, query.sort, query.desc, locale() === 'zh-hant' ? 'zh-Hant' : 'en');

  const base = href('/companies');
  return {
    rows: sorted,
    query,
    sortLinks: Object.fromEntries(sortKeys.map((k) => [k, `${base}${sortSearch(query, k)}`])) as Record<(typeof sortKeys)[number], string>,
    filtered: listSearch(query, { sort: 'name', desc: false }) !== '',
    allTypesHref: query.type !== null && (query.q || query.group || query.city) ? `${base}${listSearch(query, { type: null })}` : null,
    resetHref: `${base}${listSearch({ ...query, type: 'company', group: null, city: null, q: null })}`,
    options: {
      types: entityTypes.filter((t) => everyone.some((e) => e.type === t)).map((id) => ({ id, name: typeNames[id]() })),
      groups: groups.sort(byName),
      cities: [...cityIds].map((id) => entityRef(lookup, id)).sort(byName),
    },
  };
};

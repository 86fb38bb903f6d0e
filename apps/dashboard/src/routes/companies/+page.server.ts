import { allItems, countFiguresOfEntities, entityTypesInUse, headquarters, listEntities, MAX_LIMIT } from '@aiwatch/db';
import { entityTypes } from '@aiwatch/data/schemas';
import { href, locale, pick } from '$lib/i18n/locale';
import { database } from '$lib/server/db';
import { entityRef, typeNames } from '$lib/server/entity-labels';
import { hiddenMatches } from '$lib/server/hidden-matches';
import { listSearch, parseListQuery, sortKeys, sortRows, sortSearch } from '$lib/server/entity-list-query';
import { entityLookup } from '$lib/server/lookup';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
  const db = await database();
  // The filters' choices: groups, cities and types, each asked for as such.
  const [groupEntities, cityEntities, typesInUse] = await Promise.all([
    allItems((cursor) => listEntities(db, { type: 'group', limit: MAX_LIMIT, cursor })),
    headquarters(db),
    entityTypesInUse(db),
  ]);
  const lookup = entityLookup([...groupEntities, ...cityEntities]);
  const collator = new Intl.Collator(locale() === 'zh-hant' ? 'zh-Hant' : 'en');
  const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);

  const groups = groupEntities.map((e) => ({ id: e.id, name: pick(e, 'name') }));
  const cityIds = new Set(cityEntities.map((e) => e.id));
  const query = parseListQuery(url.searchParams, { groups: new Set(groups.map((g) => g.id)), cities: cityIds });

  // The search runs in the query function (names in three scripts and aliases); city is a plain filter.
  // The table shows every entity that matches, so every page of them is read.
  const matching = await allItems((cursor) =>
    listEntities(db, { type: query.type ?? undefined, group: query.group ?? undefined, q: query.q ?? undefined, limit: MAX_LIMIT, cursor }),
  );
  const figureCount = await countFiguresOfEntities(db, matching.map((e) => e.id));

  const rows = matching
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
  // Only when the type filter leaves nothing: does the search match entities of other types?
  const hidden = rows.length === 0 && query.type !== null ? await hiddenMatches(db, query, query.type) : null;
  return {
    rows: sorted,
    query,
    sortLinks: Object.fromEntries(sortKeys.map((k) => [k, `${base}${sortSearch(query, k)}`])) as Record<(typeof sortKeys)[number], string>,
    filtered: listSearch(query, { sort: 'name', desc: false }) !== '',
    hidden: hidden && { ...hidden, allTypesHref: `${base}${listSearch(query, { type: null })}` },
    resetHref: `${base}${listSearch({ ...query, type: 'company', group: null, city: null, q: null })}`,
    options: {
      types: entityTypes.filter((t) => typesInUse.includes(t)).map((id) => ({ id, name: typeNames[id]() })),
      groups: groups.sort(byName),
      cities: [...cityIds].map((id) => entityRef(lookup, id)).sort(byName),
    },
  };
};

import { entityListPage, entityTypesInUse, getEntityRecord, isHeadquarters, listChoices, nameCollator, type ListChoice, type ListLanguage } from '@aiwatch/db';
import { entityTypes } from '@aiwatch/data/schemas';
import { href, locale, pick } from '$lib/i18n/locale';
import { fetchPage, pager } from '$lib/pager';
import { database } from '$lib/server/db';
import { entityRef, typeNames } from '$lib/server/entity-labels';
import { hiddenMatches } from '$lib/server/hidden-matches';
import { ENTITIES_PER_PAGE, listSearch, parseListQuery, sortKeys, sortSearch } from '$lib/server/entity-list-query';
import { addToLookup, entityLookup } from '$lib/server/lookup';
import type { PageServerLoad } from './$types';

/** Groups and places the filters list at most (beside the one chosen): the most used; the others are a search and a page away. */
const CHOICES = 40;

export const load: PageServerLoad = async ({ url }) => {
  const db = await database();
  const lang: ListLanguage = locale() === 'zh-hant' ? 'zh-Hant' : 'en';
  const collator = nameCollator(lang);
  const [groupList, cityList, typesInUse] = await Promise.all([listChoices(db, 'group', CHOICES), listChoices(db, 'hq', CHOICES), entityTypesInUse(db)]);

  // A group or city in the URL beyond the lists still filters, if it is one.
  const asked = (name: string, list: { items: ListChoice[] }) => {
    const id = url.searchParams.get(name) || null;
    return id && !list.items.some((c) => c.entity.id === id) ? id : null;
  };
  const [askedGroup, askedCity] = [asked('group', groupList), asked('city', cityList)];
  const [extraGroup, extraCity] = await Promise.all([
    askedGroup ? getEntityRecord(db, askedGroup).then((e) => (e?.type === 'group' ? e : null)) : null,
    askedCity ? isHeadquarters(db, askedCity).then((yes) => (yes ? getEntityRecord(db, askedCity) : null)) : null,
  ]);
  const groupEntities = [...groupList.items.map((c) => c.entity), ...(extraGroup ? [extraGroup] : [])];
  const cityEntities = [...cityList.items.map((c) => c.entity), ...(extraCity ? [extraCity] : [])];
  const query = parseListQuery(url.searchParams, {
    groups: new Set(groupEntities.map((e) => e.id)),
    cities: new Set(cityEntities.map((e) => e.id)),
  });

  const typeLabel = (t: (typeof entityTypes)[number]) => typeNames[t]();
  const filters = { type: query.type ?? undefined, group: query.group ?? undefined, hq: query.city ?? undefined, q: query.q ?? undefined };
  const order = {
    by: query.sort,
    dir: query.desc ? ('desc' as const) : ('asc' as const),
    lang,
    typeOrder: [...entityTypes].sort((a, b) => collator.compare(typeLabel(a), typeLabel(b))),
  };
  const list = await fetchPage(query.page, ENTITIES_PER_PAGE, (page) => entityListPage(db, filters, order, page));
  query.page = list.page;

  // The groups and headquarters the page's rows name, beside those the filters already hold.
  const lookup = entityLookup([...groupEntities, ...cityEntities]);
  await addToLookup(db, lookup, { entities: list.items.flatMap((e) => [...e.group_ids, ...(e.hq ? [e.hq] : [])]) });

  const rows = list.items.map((e) => {
    const hq = e.hq ? entityRef(lookup, e.hq) : null;
    const name = pick(e, 'name');
    return {
      id: e.id,
      href: href(`/companies/${e.id}`),
      name,
      // The name in the other scripts, shown under the reader's own.
      otherNames: [
        { text: e.name_en, lang: 'en' },
        { text: e.name_zh, lang: 'zh-Hant' },
        { text: e.name_zh_hans, lang: 'zh-Hans' },
      ].filter((n, i, all): n is { text: string; lang: string } => !!n.text && n.text !== name && all.findIndex((x) => x.text === n.text) === i),
      type: typeNames[e.type](),
      groups: e.group_ids.map((g) => entityRef(lookup, g)),
      hq,
      founded: e.founded,
      figures: e.figure_count,
    };
  });

  const base = href('/companies');
  // Only when the type filter leaves nothing: does the search match entities of other types?
  const hidden = list.total === 0 && query.type !== null ? await hiddenMatches(db, query, query.type) : null;
  const choices = (entities: typeof groupEntities) => entities.map((e) => ({ id: e.id, name: pick(e, 'name') })).sort((a, b) => collator.compare(a.name, b.name));
  return {
    rows,
    query,
    pager: pager(list.page, list.total, ENTITIES_PER_PAGE, rows.length, (page) => `${base}${listSearch(query, { page })}#companies-list`),
    sortLinks: Object.fromEntries(sortKeys.map((k) => [k, `${base}${sortSearch(query, k)}`])) as Record<(typeof sortKeys)[number], string>,
    filtered: listSearch(query, { sort: 'name', desc: false }) !== '',
    hidden: hidden && { ...hidden, allTypesHref: `${base}${listSearch(query, { type: null })}` },
    resetHref: `${base}${listSearch({ ...query, type: 'company', group: null, city: null, q: null })}`,
    options: {
      types: entityTypes.filter((t) => typesInUse.includes(t)).map((id) => ({ id, name: typeLabel(id) })),
      groups: choices(groupEntities),
      cities: choices(cityEntities),
      // How many the lists leave out (the search box and each place's page reach them).
      more: { groups: Math.max(0, groupList.total - groupList.items.length), cities: Math.max(0, cityList.total - cityList.items.length) },
    },
  };
};

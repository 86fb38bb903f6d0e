import { redirect } from '@sveltejs/kit';
import { modelTablePage } from '@aiwatch/db';
import { href, locale, pick } from '$lib/i18n/locale';
import { pageCount, pager } from '$lib/pager';
import { database } from '$lib/server/db';
import { loadLookup } from '$lib/server/lookup';
import { developerChoices, MODELS_PER_PAGE, modelFilters, modelSearch, modelSortSearch, readModelQuery, sortOf } from '$lib/server/model-list-query';
import { developerIds, modelRow } from '$lib/server/model-view';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ url }) => {
  const db = await database();
  const { query, facets } = await readModelQuery(db, url.searchParams);
  const base = href('/models');
  // The filter form sends every field, empty ones too: answer with the short URL a reader can share.
  const canonical = modelSearch(query);
  if (query.ignored.length === 0 && url.search !== canonical) redirect(303, `${base}${canonical}`);
  const sort = sortOf(query);
  let table = await modelTablePage(db, modelFilters(query), sort, { offset: (query.page - 1) * MODELS_PER_PAGE, limit: MODELS_PER_PAGE });
  const pages = pageCount(table.total, MODELS_PER_PAGE);
  // A page past the end (a link kept from a larger result) shows the last page instead of nothing.
  if (query.page > pages) {
    query.ignored.push('page');
    query.page = pages;
    table = await modelTablePage(db, modelFilters(query), sort, { offset: (pages - 1) * MODELS_PER_PAGE, limit: MODELS_PER_PAGE });
  }
  // The developers the rows and the developer filter name.
  const developers = developerChoices(facets.developers, query.developer);
  const lookup = await loadLookup(db, {
    entities: [...table.items.flatMap(developerIds), ...developers.map((d) => d.value)],
  });

  const collator = new Intl.Collator(locale() === 'zh-hant' ? 'zh-Hant' : 'en');
  const developerName = (id: string) => {
    const e = lookup.entities.get(id);
    return e ? pick(e, 'name') : id;
  };
  const search = modelSearch(query);
  return {
    query,
    rows: table.items.map((model) => modelRow(model, lookup)),
    pager: pager(query.page, table.total, MODELS_PER_PAGE, table.items.length, (page) => `${base}${modelSearch(query, { page })}`),
    sortLinks: {
      name: `${base}${modelSortSearch(query, 'name')}`,
      published_on: `${base}${modelSortSearch(query, 'published_on')}`,
      parameters: `${base}${modelSortSearch(query, 'parameters')}`,
      training_compute: `${base}${modelSortSearch(query, 'training_compute')}`,
    },
    filtered: modelSearch({ ...query, page: 1, sort: 'published_on', desc: true }) !== '',
    resetHref: base,
    csvShownHref: `/models/export.csv${search ? `${search}&` : '?'}bom=1`,
    csvAllHref: '/downloads/models.csv?bom=1',
    options: {
      developers: developers
        .map((d) => ({ id: d.value, name: developerName(d.value), models: d.models }))
        .sort((a, b) => collator.compare(a.name, b.name)),
      countries: facets.countries.map((c) => ({ id: c.value, name: c.value, models: c.models })),
      domains: facets.domains.map((c) => ({ id: c.value, name: c.value, models: c.models })),
      access: facets.accessibility.map((c) => ({ id: c.value, name: c.value, models: c.models })),
      years: facets.years,
    },
  };
};

import { error } from '@sveltejs/kit';
import { allItems, getModel, listChanges, MAX_LIMIT } from '@aiwatch/db';
import { COLUMNS, type Field } from '@aiwatch/data/model-columns';
import { idSchema, modelLocator } from '@aiwatch/data/schemas';
import { displayLocale, href, pick } from '$lib/i18n/locale';
import { formatCompute, formatParameters } from '$lib/model-format';
import { m } from '$lib/paraglide/messages';
import { database } from '$lib/server/db';
import { loadLookup } from '$lib/server/lookup';
import { changeView } from '$lib/server/change-view';
import { developerIds, developerViews, publishedLabel } from '$lib/server/model-view';
import type { PageServerLoad } from './$types';

/** The dataset fields a model page shows, each with the column its cell comes from. */
const FACTS: [Field, () => string][] = [
  ['organisations', m.models_col_developers],
  ['countries', m.models_country],
  ['published', m.models_col_published],
  ['domain', m.models_domain],
  ['task', m.model_tasks],
  ['parameters', m.models_col_parameters],
  ['training_compute', m.models_col_compute],
  ['hardware', m.model_hardware],
  ['accessibility', m.models_access],
  ['link', m.model_reference],
];

export const load: PageServerLoad = async ({ params }) => {
  // Only a well-formed id reaches the database (a NUL there would fail the query, not miss).
  if (!idSchema.safeParse(params.id).success) error(404, m.model_not_found({ id: params.id }));
  const db = await database();
  const [model, history] = await Promise.all([
    getModel(db, params.id),
    // The whole history of the record, however many releases changed it.
    allItems((cursor) => listChanges(db, { table: 'models', record: params.id, limit: MAX_LIMIT, cursor })),
  ]);
  if (!model) error(404, m.model_not_found({ id: params.id }));
  const lookup = await loadLookup(db, { sources: [model.source_id], entities: developerIds(model) });
  const source = lookup.sources.get(model.source_id)!;
  const locale = displayLocale();
  // The column a field was read from in this model's release: whichever of its known headers the row's cells carry.
  const columnOf = (field: Field) => COLUMNS[field].headers.find((h) => h in model.cells);
  const value: Record<Field, string | null> = {
    model: model.name,
    organisations: null,
    countries: model.countries.join(', ') || null,
    published: publishedLabel(model),
    domain: model.domains.join(', ') || null,
    task: model.tasks.join(', ') || null,
    parameters: model.parameters === null ? null : formatParameters(model.parameters, locale),
    training_compute: model.training_compute === null ? null : `${formatCompute(model.training_compute)} FLOP`,
    hardware: model.hardware.join(', ') || null,
    accessibility: model.accessibility === null ? null : `${model.accessibility} (${model.open_weights ? m.model_weights_open() : m.model_weights_closed()})`,
    link: model.link,
  };
  const facts = FACTS.flatMap(([field, label]) => {
    const column = columnOf(field);
    if (!column) return [];
    return [{ field, label: label(), value: value[field], column, written: model.cells[column]!, locator: modelLocator(model.key, column) }];
  });
  return {
    model: { id: model.id, name: model.name, key: model.key, link: model.link },
    developers: developerViews(model, lookup),
    facts,
    source: { title: source.title, publisher: source.publisher, url: source.url, licence: source.licence, sha256: source.sha256, note: pick(source, 'note') },
    sourcesHref: href('/sources'),
    listHref: href('/models'),
    // Oldest first: how the record came to be what it is.
    history: history.map(changeView).reverse(),
  };
};

import type { Model } from '@aiwatch/data/schemas';
import { displayLocale, href, pick } from '$lib/i18n/locale';
import { formatCompute, formatParameters } from '$lib/model-format';
import { m } from '$lib/paraglide/messages';
import type { Lookup } from './figure-view.ts';

/** A developer as a page names it: linked to its entity page where it resolves, as written where not. */
export interface DeveloperView {
  name: string;
  href: string | null;
  /** The name as the dataset writes it, where ours differs. */
  written: string | null;
}

/** The entities a model's developers resolve to. */
export const developerIds = (model: Pick<Model, 'developers'>): string[] => model.developers.flatMap((d) => d.entity_id ?? []);

export function developerViews(model: Model, lookup: Lookup): DeveloperView[] {
  return model.developers.map((d) => {
    const entity = d.entity_id ? lookup.entities.get(d.entity_id) : undefined;
    if (!entity) return { name: d.name, href: null, written: null };
    const name = pick(entity, 'name');
    return { name, href: href(`/companies/${entity.id}`), written: name === d.name ? null : d.name };
  });
}

/** A publication date at the precision the dataset gives it. */
export function publishedLabel(model: Pick<Model, 'published_on' | 'date_precision'>): string | null {
  if (!model.published_on) return null;
  const [year, month] = model.published_on.split('-');
  if (model.date_precision === 'year') return m.date_year({ year: year! });
  const zh = displayLocale() === 'zh-Hant';
  if (model.date_precision === 'month') {
    return zh ? `${year}年${Number(month)}月` : m.date_month({ month: new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(new Date(model.published_on)), year: year! });
  }
  return new Intl.DateTimeFormat(zh ? 'zh-Hant' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(model.published_on));
}

/** One row of the Models table. */
export function modelRow(model: Model, lookup: Lookup) {
  const locale = displayLocale();
  return {
    id: model.id,
    href: href(`/models/${model.id}`),
    name: model.name,
    developers: developerViews(model, lookup),
    countries: model.countries,
    published: publishedLabel(model),
    publishedOn: model.published_on,
    domains: model.domains,
    parameters: model.parameters === null ? null : formatParameters(model.parameters, locale),
    compute: model.training_compute === null ? null : formatCompute(model.training_compute),
    access: model.accessibility,
    open: model.open_weights,
  };
}
export type ModelRow = ReturnType<typeof modelRow>;

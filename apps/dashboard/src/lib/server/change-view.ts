import type { ChangeRow } from '@aiwatch/db';
import { href, locale } from '$lib/i18n/locale';
import { claimHref } from '$lib/links';
import { m } from '$lib/paraglide/messages';
import { textLang } from './written-lang.ts';

export interface ChangeView {
  id: string;
  release: string;
  releasedOn: string;
  kind: ChangeRow['kind'];
  kindLabel: string;
  table: string;
  label: string;
  /** The record's page, while the record exists (not for a removal). */
  recordHref: string | null;
  previousId: string | null;
  fields: { field: string; old: ShownValue; new: ShownValue }[];
}

/**
 * A field's value as recorded: text in the language it is written in, whatever the page's; a
 * structured value (a review, a list) as the JSON it is stored as, which reads as code.
 */
export interface ShownValue {
  text: string;
  lang: 'zh-Hant' | 'en' | null;
  json: boolean;
}

const KINDS: Record<ChangeRow['kind'], () => string> = {
  added: m.changes_kind_added,
  removed: m.changes_kind_removed,
  changed: m.changes_kind_changed,
  renamed: m.changes_kind_renamed,
};

const TABLES: Record<string, () => string> = {
  sources: m.changes_table_sources,
  entities: m.changes_table_entities,
  metrics: m.changes_table_metrics,
  figures: m.changes_table_figures,
  events: m.changes_table_events,
  relations: m.changes_table_relations,
  models: m.changes_table_models,
  company_facts: m.changes_table_company_facts,
  fact_groups: m.changes_table_fact_groups,
};

export const kindLabel = (kind: ChangeRow['kind']) => KINDS[kind]();
export const tableLabel = (table: string) => TABLES[table]?.() ?? table;

/** A value as a change shows it: short, in one line; an absent one as a dash. */
function shown(v: unknown): ShownValue {
  if (v === undefined || v === null) return { text: '—', lang: null, json: false };
  const json = typeof v !== 'string';
  const whole = json ? JSON.stringify(v) : v;
  const text = whole.length > 90 ? `${whole.slice(0, 87)}…` : whole;
  return { text, lang: json ? null : textLang(whole), json };
}

function recordHref(c: ChangeRow): string | null {
  if (c.kind === 'removed') return null;
  switch (c.table_name) {
    case 'models':
      return href(`/models/${c.record_id}`);
    case 'entities':
      return href(`/companies/${c.record_id}`);
    case 'figures':
    case 'events':
    case 'relations':
      return claimHref(c.table_name, c.record_id);
    case 'company_facts':
    case 'fact_groups':
      return c.entity_ids[0] ? href(`/companies/${c.entity_ids[0]}`) : null;
    case 'sources':
      return href('/sources');
    default:
      return null;
  }
}

export function changeView(c: ChangeRow): ChangeView {
  return {
    id: c.id,
    release: c.release,
    releasedOn: c.released_on,
    kind: c.kind,
    kindLabel: kindLabel(c.kind),
    table: tableLabel(c.table_name),
    label: locale() === 'zh-hant' ? c.label_zh : c.label_en,
    recordHref: recordHref(c),
    previousId: c.previous_id,
    fields: c.fields.map((f) => ({ field: f.field, old: shown(f.old), new: shown(f.new) })),
  };
}

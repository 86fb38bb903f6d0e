import { isDeepStrictEqual } from 'node:util';
import type { Model } from '../../schemas/index.ts';

/** The facts a release states of a model; the row key and the cells as written are how, not what. */
export const COMPARED_FIELDS = [
  'name',
  'developers',
  'countries',
  'published_on',
  'date_precision',
  'domains',
  'tasks',
  'parameters',
  'training_compute',
  'hardware',
  'accessibility',
  'open_weights',
  'link',
] as const satisfies (keyof Model)[];

export interface FieldChange {
  field: (typeof COMPARED_FIELDS)[number];
  old: unknown;
  new: unknown;
}

export interface ModelsDiff {
  added: { id: string; name: string }[];
  removed: { id: string; name: string }[];
  changed: { id: string; name: string; changes: FieldChange[] }[];
}

/** What changed from one snapshot's models to another's, by id; numbers are compared as stored (12 digits). */
export function diffModels(before: readonly Model[], after: readonly Model[]): ModelsDiff {
  const old = new Map(before.map((m) => [m.id, m]));
  const now = new Map(after.map((m) => [m.id, m]));
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  const diff: ModelsDiff = {
    added: after.filter((m) => !old.has(m.id)).map(({ id, name }) => ({ id, name })).sort(byId),
    removed: before.filter((m) => !now.has(m.id)).map(({ id, name }) => ({ id, name })).sort(byId),
    changed: [],
  };
  for (const m of after) {
    const o = old.get(m.id);
    if (!o) continue;
    const changes = COMPARED_FIELDS.filter((f) => !isDeepStrictEqual(o[f], m[f])).map((field) => ({
      field,
      old: o[field],
      new: m[field],
    }));
    if (changes.length > 0) diff.changed.push({ id: m.id, name: m.name, changes });
  }
  diff.changed.sort(byId);
  return diff;
}

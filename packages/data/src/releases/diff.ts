import { canonicalJson, canonicalValue, datasetTables, sameValue, type DatasetRecord, type DatasetTables } from './canonical.ts';
import { describer } from './describe.ts';
import type { Change, FieldChange } from './schema.ts';

/** The fields whose values differ between two versions of a record (the id aside), in name order. */
export function diffFields(before: DatasetRecord, after: DatasetRecord): FieldChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => f !== 'id').sort();
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const [old, now] = [before[field], after[field]];
    if (sameValue(old, now)) continue;
    changes.push({
      field,
      ...(old == null ? {} : { old: canonicalValue(old) }),
      ...(now == null ? {} : { new: canonicalValue(now) }),
    });
  }
  return changes;
}

const withoutId = ({ id: _, ...rest }: DatasetRecord) => canonicalJson(rest);

/**
 * What changed from one version of the dataset to the next, record by record, in table then id
 * order. A record that left under one id and came back identical under another is a rename, not
 * a removal and an addition.
 */
export function diffDatasets(before: DatasetTables, after: DatasetTables): Change[] {
  const describeBefore = describer(before);
  const describeAfter = describer(after);
  const changes: Change[] = [];
  for (const table of datasetTables) {
    const old = new Map(before[table].map((r) => [r.id, r]));
    const now = new Map(after[table].map((r) => [r.id, r]));
    const removed = [...old.values()].filter((r) => !now.has(r.id));
    const added = [...now.values()].filter((r) => !old.has(r.id));

    // Renames: an added record identical, id aside, to a removed one (each removed one used once).
    const removedByContent = new Map<string, DatasetRecord[]>();
    for (const r of removed) removedByContent.set(withoutId(r), [...(removedByContent.get(withoutId(r)) ?? []), r]);
    const renamedFrom = new Map<string, string>();
    for (const r of added) {
      const previous = removedByContent.get(withoutId(r))?.shift();
      if (previous) renamedFrom.set(r.id, previous.id);
    }
    const renamedAway = new Set(renamedFrom.values());

    for (const r of removed) {
      if (renamedAway.has(r.id)) continue;
      changes.push({ table, id: r.id, kind: 'removed', ...describeBefore(table, r), fields: [], record: canonicalValue(r) as DatasetRecord });
    }
    for (const r of added) {
      const previous_id = renamedFrom.get(r.id);
      changes.push(
        previous_id
          ? { table, id: r.id, kind: 'renamed', previous_id, ...describeAfter(table, r), fields: [] }
          : { table, id: r.id, kind: 'added', ...describeAfter(table, r), fields: [], record: canonicalValue(r) as DatasetRecord },
      );
    }
    for (const r of now.values()) {
      const previous = old.get(r.id);
      if (!previous) continue;
      const fields = diffFields(previous, r);
      if (fields.length > 0) changes.push({ table, id: r.id, kind: 'changed', ...describeAfter(table, r), fields });
    }
  }
  const tableOrder = (t: string) => datasetTables.indexOf(t as (typeof datasetTables)[number]);
  return changes.sort((a, b) => tableOrder(a.table) - tableOrder(b.table) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

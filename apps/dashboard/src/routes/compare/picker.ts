import type { Entity } from '@aiwatch/data/schemas';
import { href, pick } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { compareSearch, MAX_IDS, MIN_IDS } from '$lib/server/compare-ids';
import type { Lookup } from '$lib/server/figure-view';

/** The groups offered as ready-made comparisons, in the order the sources introduce them. */
export const SUGGESTED_GROUPS = ['ai-six-tigers', 'ai-four-dragons', 'tech-giants'];

/** Companies the picker offers beyond the groups' members; the rest are one link away, in the full list. */
export const PICKER_COMPANIES = 48;

const compareHref = (ids: string[]) => `${href('/compare')}${compareSearch(ids)}`;

/**
 * What the picker offers: companies by group (then the rest the lookup holds, then anything else
 * chosen), one-click group comparisons, remove links for what is chosen and add links for its group
 * peers, and a note when some of the `companyCount` companies are only in the full list.
 */
export function pickerView(lookup: Lookup, chosen: string[], collator: Intl.Collator, companyCount: number) {
  const all = [...lookup.entities.values()];
  const option = (e: Entity) => ({ id: e.id, name: pick(e, 'name'), checked: chosen.includes(e.id) });
  const byName = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
  const membersOf = (group: string) => all.filter((e) => e.group_ids.includes(group));

  const placed = new Set<string>();
  const fieldsets = SUGGESTED_GROUPS.flatMap((g) => {
    const group = lookup.entities.get(g);
    const members = membersOf(g).filter((e) => e.type === 'company');
    if (!group || members.length === 0) return [];
    members.forEach((e) => placed.add(e.id));
    return [{ id: g, legend: pick(group, 'name'), options: members.map(option).sort(byName) }];
  });
  const rest = all.filter((e) => e.type === 'company' && !placed.has(e.id));
  rest.forEach((e) => placed.add(e.id));
  fieldsets.push({ id: 'other-companies', legend: m.compare_other_companies(), options: rest.map(option).sort(byName) });
  const extra = chosen.filter((id) => !placed.has(id)).flatMap((id) => lookup.entities.get(id) ?? []);
  if (extra.length > 0) fieldsets.push({ id: 'other-chosen', legend: m.compare_other_chosen(), options: extra.map(option) });
  const offered = new Set(fieldsets.flatMap((s) => s.options.map((o) => o.id)));
  const someLeftOut = all.filter((e) => e.type === 'company' && offered.has(e.id)).length < companyCount;

  const suggestions = SUGGESTED_GROUPS.flatMap((g) => {
    const group = lookup.entities.get(g);
    const ids = membersOf(g).map((e) => e.id);
    if (!group || ids.length < MIN_IDS || ids.length > MAX_IDS) return [];
    return [{ id: g, label: m.compare_suggestion({ group: pick(group, 'name'), count: ids.length }), href: compareHref(ids) }];
  });

  const current = chosen.flatMap((id) => {
    const e = lookup.entities.get(id);
    if (!e) return [];
    const name = pick(e, 'name');
    return [{ id, name, href: href(`/companies/${id}`), removeHref: compareHref(chosen.filter((x) => x !== id)), removeLabel: m.compare_remove({ name }) }];
  });

  // Peers: members of the groups the chosen ones belong to, while there is room for one more.
  const peerIds =
    chosen.length >= MAX_IDS
      ? []
      : [...new Set(chosen.flatMap((id) => lookup.entities.get(id)?.group_ids ?? []).flatMap((g) => membersOf(g).map((e) => e.id)))].filter(
          (id) => !chosen.includes(id),
        );
  const peers = peerIds
    .flatMap((id) => lookup.entities.get(id) ?? [])
    .map((e) => ({ id: e.id, name: pick(e, 'name'), href: compareHref([...chosen, e.id]), label: m.compare_add({ name: pick(e, 'name') }) }))
    .sort(byName);

  return { fieldsets, suggestions, current, peers, moreNote: someLeftOut ? m.compare_more_companies({ total: companyCount }) : null };
}

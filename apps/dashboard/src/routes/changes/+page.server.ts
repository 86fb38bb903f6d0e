import { error } from '@sveltejs/kit';
import { changedEntities, changeFiltersSchema, InvalidCursorError, listChanges, listReleases, UnknownReleaseError } from '@aiwatch/db';
import { locale } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { changeView } from '$lib/server/change-view';
import { database } from '$lib/server/db';
import type { PageServerLoad } from './$types';

const PAGE = 50;
const filtersSchema = changeFiltersSchema.pick({ release: true, entity: true, kind: true, cursor: true });

export const load: PageServerLoad = async ({ url }) => {
  const asked = Object.fromEntries([...url.searchParams].filter(([k, v]) => v !== '' && k in filtersSchema.shape));
  const parsed = filtersSchema.safeParse(asked);
  if (!parsed.success) error(400, m.changes_bad_filter({ detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') }));
  const filters = parsed.data;
  const db = await database();
  let page;
  try {
    page = await listChanges(db, { ...filters, limit: PAGE });
  } catch (e) {
    if (e instanceof UnknownReleaseError || e instanceof InvalidCursorError) error(400, m.changes_bad_filter({ detail: e.message }));
    throw e;
  }
  const [releases, entities] = await Promise.all([listReleases(db), changedEntities(db)]);
  const zh = locale() === 'zh-hant';
  const next = page.next_cursor ? new URLSearchParams({ ...asked, cursor: page.next_cursor }).toString() : null;
  return {
    filters: { release: filters.release ?? '', entity: filters.entity ?? '', kind: filters.kind ?? '' },
    paged: filters.cursor !== undefined,
    releases: releases.map((r) => ({
      version: r.version,
      releasedOn: r.released_on,
      previous: r.previous,
      notes: zh ? r.notes_zh : r.notes_en,
      changes: r.changes,
      counts: r.counts,
    })),
    entities: entities.map((e) => ({ id: e.id, name: zh ? e.name_zh : e.name_en, changes: e.changes })),
    changes: page.items.map(changeView),
    next,
  };
};

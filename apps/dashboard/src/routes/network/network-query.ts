import { getEntitiesByIds, type Database } from '@aiwatch/db';
import { predicates, type Predicate } from '@aiwatch/data/schemas';

/** Entities the graph draws: enough to show who the hubs are, few enough to read every name. */
export const GRAPH_NODES = 50;
/** Relations the graph draws at most between them (those of the most connected first). */
export const GRAPH_LINKS = 150;
/** Relations the list states per page. */
export const RELATIONS_PER_PAGE = 50;

/** Money, control, making and membership: the question the page answers first. */
const DEFAULT: Predicate[] = ['invested_in', 'owns', 'developed', 'rescued', 'partnered_with', 'member_of', 'funds'];

/** The Network page's state, from its URL: `?predicate=owns&predicate=funds` (or `all`), `&entity=zhipu-ai`, `&page=2`. */
export interface NetworkQuery {
  chosen: Predicate[];
  mode: 'default' | 'all' | 'custom';
  /** The entity whose neighbourhood is drawn; null for the most connected entities. */
  entity: string | null;
  /** Parameters given but not understood (shown to the reader, then ignored). */
  ignored: string[];
}

/** Reads the URL; an entity that does not exist is reported and ignored, never an error page. */
export async function readNetworkQuery(db: Database, params: URLSearchParams): Promise<NetworkQuery> {
  const asked = params.getAll('predicate');
  const chosen = predicates.filter((p) => asked.includes(p));
  const mode = asked.includes('all') ? 'all' : chosen.length === 0 ? 'default' : 'custom';
  const entity = params.get('entity')?.trim() || null;
  const known = entity ? (await getEntitiesByIds(db, [entity])).length > 0 : false;
  return {
    chosen: mode === 'all' ? [...predicates] : mode === 'default' ? DEFAULT : chosen,
    mode,
    entity: known ? entity : null,
    ignored: entity && !known ? ['entity'] : [],
  };
}

/** The query string of a view, leaving out what is the default: `?predicate=owns&entity=zhipu-ai&page=2`. */
export function networkSearch(q: Omit<NetworkQuery, 'ignored'>, change: { page?: number } = {}): string {
  const params = new URLSearchParams();
  if (q.mode === 'all') params.append('predicate', 'all');
  else if (q.mode === 'custom') for (const p of q.chosen) params.append('predicate', p);
  if (q.entity) params.set('entity', q.entity);
  if (change.page && change.page > 1) params.set('page', String(change.page));
  const s = params.toString();
  return s ? `?${s}` : '';
}

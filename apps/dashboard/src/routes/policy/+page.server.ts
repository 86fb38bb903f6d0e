import { eventsOfEntitiesOrKinds, figuresOfEntities, membersOfGroups, relationsOfEntities } from '@aiwatch/db';
import type { Event } from '@aiwatch/data/schemas';
import { href, locale } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { renderChart } from '$lib/server/chart';
import { database } from '$lib/server/db';
import { loadLookup, refsOf } from '$lib/server/lookup';
import { predicateNames } from '$lib/server/entity-labels';
import { sameEvents } from '$lib/server/same-claims';
import type { PageServerLoad } from './$types';
import { policyCard, type PolicyCard, type PolicyData } from './cards.server';

/** Track 1: who builds frontier models, and the money behind them. */
const FRONTIER = ['ai-six-tigers', 'national-ai-champions', 'wudao'];
/** Track 2: the tools that spread AI through firms, schools and cities. */
const DIFFUSION = ['compute-vouchers', 'model-vouchers', 'ai-talent-incentives', 'city-ai-tax-incentives', 'moe-ai-curriculum', 'university-ai-degrees'];
/** The national plans both tracks grow out of, oldest first. */
const NATIONAL = ['torch-program', 'made-in-china-2025', 'new-generation-ai-plan', 'document-79'];
const POLICY_KINDS: Event['kind'][] = ['policy', 'programme', 'deadline', 'target'];
const CARDS = ['dual-track-strategy', ...FRONTIER, ...DIFFUSION, ...NATIONAL];

export const load: PageServerLoad = async () => {
  const db = await database();
  // What the cards are about: the policies and groups, their members and what those developed.
  const members = await membersOfGroups(db, CARDS);
  const circle = [...CARDS, ...members.map((e) => e.id)];
  const [relations, events] = await Promise.all([relationsOfEntities(db, circle), eventsOfEntitiesOrKinds(db, CARDS, POLICY_KINDS)]);
  const products = relations.filter((r) => r.predicate === 'developed').map((r) => r.object_id);
  const figures = await figuresOfEntities(db, [...new Set([...circle, ...products])]);
  const refs = refsOf([...figures, ...events, ...relations]);
  const lookup = await loadLookup(db, { ...refs, entities: [...refs.entities, ...CARDS] });
  for (const e of members) lookup.entities.set(e.id, e);
  const data: PolicyData = {
    lookup,
    figures,
    events,
    relations,
    predicateName: (p) => predicateNames[p](),
  };
  const cards = (ids: string[]) => ids.map((id) => policyCard(id, data)).filter((c): c is PolicyCard => c !== null);

  // Policy milestones by decade: when the state acted, and when it means to be done.
  const milestones = sameEvents(events.filter((e) => POLICY_KINDS.includes(e.kind))).map((g) => g.event);
  const decadeOf = (e: Event) => Math.floor(Number(e.date.slice(0, 4)) / 10) * 10;
  // Every decade from the first to the last, empty ones too, so the axis keeps its scale.
  const [first, last] = [Math.min(...milestones.map(decadeOf)), Math.max(...milestones.map(decadeOf))];
  const decades = Array.from({ length: (last - first) / 10 + 1 }, (_, i) => first + 10 * i);
  const decadeName = (d: number) => (locale() === 'zh-hant' ? `${d}年代` : `${d}s`);
  const counts = decades.map((d) => milestones.filter((e) => decadeOf(e) === d).length);
  const documents = [...new Set(milestones.map((e) => e.source_id))];
  const chart = renderChart({
    id: 'policy-milestones',
    kind: 'bar',
    title: m.policy_chart_title(),
    unit: m.policy_unit_events(),
    height: 260,
    input: {
      categories: decades.map(decadeName),
      series: [{ name: m.policy_col_count(), values: counts }],
      unit: 'count',
      description: m.policy_chart_desc(),
    },
    table: { columns: [m.policy_col_decade(), m.policy_col_count()], rows: decades.map((d, i) => [decadeName(d), counts[i]!]) },
    sources: documents.map((id) => {
      const s = lookup.sources.get(id);
      return { label: s ? (locale() === 'zh-hant' ? s.title_zh : s.title) : id, href: `${href('/sources')}#source-${id}` };
    }),
    allCsvHref: '/downloads/events.csv?bom=1',
  });

  return {
    strategy: policyCard('dual-track-strategy', data),
    frontier: cards(FRONTIER),
    diffusion: cards(DIFFUSION),
    national: cards(NATIONAL),
    chart,
  };
};

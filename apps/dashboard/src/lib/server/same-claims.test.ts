import { dataset } from '@aiwatch/data/dataset';
import { describe, expect, it } from 'vitest';
import { sameEvents, sameRelations } from './same-claims.ts';

describe('sameEvents', () => {
  it('lists an event two sources state once, with both claims', () => {
    const curriculum = dataset.events.find((e) => e.id === 'moe-ai-curriculum-spring-2025')!;
    const again = { ...curriculum, id: 'curriculum-in-a-report', source_id: 'another-source' };
    const groups = sameEvents([...dataset.events, again]);
    const found = groups.filter((g) => g.event.entity_ids.includes('moe-ai-curriculum'));
    expect(found.map((g) => g.claims.map((c) => c.id))).toEqual([['moe-ai-curriculum-spring-2025', 'curriculum-in-a-report']]);
    expect(groups.reduce((n, g) => n + g.claims.length, 0)).toBe(dataset.events.length + 1);
  });
  it('keeps events apart that differ in date or kind', () => {
    const [a] = dataset.events;
    expect(sameEvents([a!, { ...a!, id: 'x', date: '1999-01-01' }, { ...a!, id: 'y', kind: 'target' }])).toHaveLength(3);
  });
});

describe('sameRelations', () => {
  it('lists each subject–predicate–object once, with every claim stating it', () => {
    const [r] = dataset.relations;
    const groups = sameRelations([r!, { ...r!, id: 'again' }, { ...r!, id: 'other', predicate: 'funds' }]);
    expect(groups.map((g) => g.claims.map((c) => c.id))).toEqual([[r!.id, 'again'], ['other']]);
    expect(sameRelations(dataset.relations).reduce((n, g) => n + g.claims.length, 0)).toBe(dataset.relations.length);
  });
});

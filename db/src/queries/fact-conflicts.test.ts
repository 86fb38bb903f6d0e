import { describe, expect, it } from 'vitest';
import { dataset } from '@aiwatch/data';
import { testDatabases } from '../testing/databases.ts';
import { seededForSuite } from '../testing/suite.ts';
import { agreementCounts, conflictingGroups } from './company-facts.ts';

const conflicts = dataset.fact_groups.filter((g) => g.agreement === 'conflict');

describe.each(testDatabases)('conflicting facts on $name', (kind) => {
  const db = seededForSuite(kind);

  it('pages through every conflicting fact once, widest spread first, each with all its reports', async () => {
    const seen = [];
    for (let offset = 0; ; offset += 6) {
      const page = await conflictingGroups(db(), { offset, limit: 6 });
      expect(page.total).toBe(conflicts.length);
      seen.push(...page.items);
      if (page.items.length < 6) break;
    }
    expect(seen.map((g) => g.id).sort()).toEqual(conflicts.map((g) => g.id).sort());
    const spreads = seen.map((g) => (g.low ? g.high! / g.low : Infinity));
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
    for (const g of seen) expect(g.facts.map((f) => f.id).sort()).toEqual(dataset.company_facts.filter((f) => f.group_id === g.id).map((f) => f.id).sort());
  });

  it('counts the facts by agreement and the reports set aside', async () => {
    const count = (a: string) => dataset.fact_groups.filter((g) => g.agreement === a).length;
    expect(await agreementCounts(db())).toEqual({
      agree: count('agree'),
      conflict: count('conflict'),
      alone: count('alone'),
      deprecated: dataset.company_facts.filter((f) => f.rank === 'deprecated').length,
    });
  });
});

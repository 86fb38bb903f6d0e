import { describe, expect, it } from 'vitest';
import type { Entity } from '@aiwatch/data/schemas';
import { dataset } from '@aiwatch/data';
import type { Lookup } from '$lib/server/figure-view';
import { pickerView } from './picker';

const collator = new Intl.Collator('en');
const lookupOf = (entities: Entity[]): Lookup => ({ release: null, entities: new Map(entities.map((e) => [e.id, e])), metrics: new Map(), sources: new Map() });
const companies = dataset.entities.filter((e) => e.type === 'company');
const offered = (view: ReturnType<typeof pickerView>) => view.fieldsets.flatMap((s) => s.options.map((o) => o.id)).sort();

describe('the compare picker', () => {
  it('offers every company it holds, and says nothing more when that is all of them', () => {
    const view = pickerView(lookupOf(dataset.entities), [], collator, companies.length);
    expect(offered(view)).toEqual(companies.map((e) => e.id).sort());
    expect(view.moreNote).toBeNull();
  });

  it('points to the full list with the count of all companies when it holds only some', () => {
    const some = companies.slice(0, 10);
    const view = pickerView(lookupOf(some), [some[0]!.id], collator, 1230);
    expect(offered(view)).toEqual(some.map((e) => e.id).sort());
    expect(view.moreNote).toContain('1230');
  });
});

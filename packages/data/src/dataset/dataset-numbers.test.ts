import { describe, expect, it } from 'vitest';
import { tryParseFigure } from '../numbers/index.ts';
import { dataset } from './index.ts';

/** The stored values must be what the number helper reads from the literal text of the claim. */
describe('stored values agree with the figures as written', () => {
  const parsedFigures = dataset.figures.map((f) => [f, tryParseFigure(f.source_text)] as const);

  it('parses every figure whose text is a number (group names such as AI六小虎 are the exception)', () => {
    const unparsed = parsedFigures.filter(([, p]) => p === null).map(([f]) => f.metric);
    expect(new Set(unparsed)).toEqual(new Set(['member-count']));
  });

  const numeric = parsedFigures.filter(([, p]) => p !== null).map(([f, p]) => [f.id, f, p] as const);
  it.each(numeric)('figure %s', (_id, figure, parsed) => {
    // A stored figure has one value; its text must not be a range.
    expect(parsed!.kind).not.toBe('range');
    if (parsed!.kind === 'range') return;
    expect(parsed!.value).toBe(figure.value);
    if (parsed!.kind === 'quantity') {
      if (parsed!.unit !== null) expect(parsed!.unit).toBe(figure.unit);
      if (parsed!.qualifier !== 'exact') expect(parsed!.qualifier).toBe(figure.qualifier);
      expect(parsed!.lower).toBe(figure.lower);
    } else {
      expect(figure.unit).toBe('year');
    }
  });

  it.each(dataset.events.map((e) => [e.id, e] as const))('event %s', (_id, event) => {
    const parsed = tryParseFigure(event.source_text);
    expect(parsed?.kind).toBe('date');
    if (parsed?.kind !== 'date') return;
    expect(parsed.date).toBe(event.date);
    expect(parsed.precision).toBe(event.date_precision);
    // The text may leave the qualifier to its context ("目標設在2030年" is a target: by 2030).
    if (parsed.qualifier !== 'exact') expect(parsed.qualifier).toBe(event.date_qualifier);
  });
});

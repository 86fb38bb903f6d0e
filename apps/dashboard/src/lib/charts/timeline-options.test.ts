import { describe, expect, it } from 'vitest';
import { reviewStyles } from './bar-options.ts';
import { buildTimelineOptions, kindSymbols, timelineKey, type TimelineInput } from './timeline-options.ts';

type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const input: TimelineInput = {
  kinds: [
    { id: 'founding', name: 'Founding' },
    { id: 'programme', name: 'Programme' },
    { id: 'deadline', name: 'Deadline' },
  ],
  events: [
    { id: 'park', kind: 'founding', date: '1950-01-01', date_precision: 'decade', date_qualifier: 'exact', title: 'Park', dateText: '1950s', review: 'corroborated', reviewText: 'Corroborated' },
    { id: 'torch', kind: 'programme', date: '1980-01-01', date_precision: 'decade', date_qualifier: 'late', title: 'Torch <b>', dateText: 'late 1980s', review: 'corroborated', reviewText: 'Corroborated' },
    { id: 'moe', kind: 'programme', date: '2025-03-01', date_precision: 'season', date_qualifier: 'exact', title: 'Curriculum', dateText: 'Spring 2025', review: 'unverified', reviewText: 'Unverified' },
    { id: 'doc79', kind: 'deadline', date: '2027-01-01', date_precision: 'year', date_qualifier: 'by', title: 'Deadline', dateText: 'by 2027', review: 'corroborated', reviewText: 'Corroborated' },
    { id: 'nnsf', kind: 'founding', date: '1984-05-03', date_precision: 'day', date_qualifier: 'exact', title: 'Day', dateText: '3 May 1984', review: 'disputed', reviewText: 'Disputed' },
  ],
  from: '1950-01-01',
  to: '2031-01-01',
  description: 'Events from the 1950s to 2030',
};
const o = buildTimelineOptions(input) as Loose;
const series = o.series as Loose[];
const utc = (y: number, m = 1) => Date.UTC(y, m - 1, 1);

describe('buildTimelineOptions', () => {
  it('puts every event on one time axis, a row per kind', () => {
    expect(o.xAxis).toMatchObject({ type: 'time', min: utc(1950), max: utc(2031) });
    expect(o.yAxis).toMatchObject({ type: 'category', data: ['Founding', 'Programme', 'Deadline'], inverse: true });
    expect(o.dataZoom.map((z: Loose) => z.type)).toEqual(['inside', 'slider']);
    expect(o.aria).toMatchObject({ enabled: true, description: 'Events from the 1950s to 2030' });
  });
  it('draws one scatter series per kind, each with its own symbol', () => {
    const points = series.filter((s) => s.type === 'scatter');
    expect(points.map((s) => s.name)).toEqual(['Founding', 'Programme', 'Deadline']);
    expect(points.map((s) => s.symbol)).toEqual([kindSymbols.founding, kindSymbols.programme, kindSymbols.deadline]);
    expect(new Set(Object.values(kindSymbols)).size).toBe(Object.keys(kindSymbols).length);
    expect(points[1]!.data.map((d: Loose) => d.id)).toEqual(['torch', 'moe']);
  });
  it('gives each kind its own colour, the same whichever kinds a filter leaves', () => {
    const colours = series.filter((s) => s.type === 'scatter').map((s) => s.itemStyle.color);
    expect(new Set(colours).size).toBe(3);
    const deadlineOnly = buildTimelineOptions({ ...input, kinds: [input.kinds[2]!] }) as Loose;
    expect(deadlineOnly.series.find((s: Loose) => s.type === 'scatter').itemStyle.color).toBe(colours[2]);
  });
  it('draws decades and seasons as spans with the marker in the middle', () => {
    const spans = series.filter((s) => s.type === 'line' && s.lineStyle.type !== 'dashed');
    expect(spans.map((s) => s.data)).toEqual([
      [[utc(1950), 'Founding'], [utc(1960), 'Founding']],
      [[utc(1985), 'Programme'], [utc(1990), 'Programme']],
      [[utc(2025, 3), 'Programme'], [utc(2025, 6), 'Programme']],
    ]);
    const torch = series[1]!.data[0];
    expect(torch.value[0]).toBe((utc(1985) + utc(1990)) / 2);
  });
  it('draws a day as a point, with no span', () => {
    const day = series[0]!.data.find((d: Loose) => d.id === 'nnsf');
    expect(day.value[0]).toBe(Date.UTC(1984, 4, 3, 12));
    expect(series.filter((s) => s.type === 'line').flatMap((s) => s.data).some((d: Loose) => Array.isArray(d) && d[0] === Date.UTC(1984, 4, 3))).toBe(false);
  });
  it('draws "by 2027" as a dashed deadline line across the rows, labelled as written', () => {
    const deadline = series.find((s) => s.lineStyle?.type === 'dashed')!;
    expect(deadline.data[0]).toMatchObject({ value: [utc(2027), 'Founding'], label: { show: true, formatter: 'by 2027' } });
    expect(deadline.data[1]).toEqual([utc(2027), 'Deadline']);
    expect(series[2]!.data[0].value[0]).toBe(utc(2027));
  });
  it('shows the date as written and the title, escaped, on hover', () => {
    const html = o.tooltip.formatter({ seriesName: 'Programme', data: series[1]!.data[0] });
    expect(html).toBe('<strong>late 1980s</strong> · Programme<br/>Torch &lt;b&gt;');
  });
  it('outlines doubted events as the bar charts outline doubted figures, and leaves corroborated ones plain', () => {
    const points = series.filter((s) => s.type === 'scatter').flatMap((s) => s.data);
    const style = (id: string) => points.find((d: Loose) => d.id === id).itemStyle;
    expect(style('nnsf')).toMatchObject({ ...reviewStyles.disputed, borderType: 'dashed' });
    expect(style('moe')).toMatchObject({ borderType: 'dotted' });
    expect(style('park')).toBeUndefined();
    // Only a disputed marker is hatched: the kinds' rows carry no pattern of their own.
    expect(o.aria.decal.show).toBe(false);
    expect(style('nnsf').decal).toBeDefined();
    // The outline keeps the kind's colour: the row's colour still says what kind it is.
    expect(style('nnsf').color).toBe(series[0]!.itemStyle.color);
  });
});

describe('the timeline as a saved image draws it', () => {
  const image = buildTimelineOptions(input, true) as Loose;
  const points = (image.series as Loose[]).filter((s) => s.type === 'scatter');
  it('numbers each marker, a deadline’s beside its marker, off its dashed line', () => {
    expect(points[0]!.label).toMatchObject({ show: true, position: 'top' });
    const deadline = points[2]!.data[0];
    expect(deadline.id).toBe('doc79');
    expect(deadline.label).toMatchObject({ position: 'right' });
    expect(points[1]!.data[0].label).toBeUndefined();
  });
  it('keys each number to its event, with the fact-check of the doubted ones', () => {
    expect(timelineKey(input)).toEqual(['1 · 1950s · Park', '2 · late 1980s · Torch <b>', '3 · Spring 2025 · Curriculum · Unverified', '4 · by 2027 · Deadline', '5 · 3 May 1984 · Day · Disputed']);
  });
});

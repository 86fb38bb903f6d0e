import { describe, expect, it } from 'vitest';
import { eventFiltersSchema } from './filters.ts';

const parse = (query: Record<string, string>) => eventFiltersSchema.safeParse(query);

describe('from and to', () => {
  it.each([
    [{ from: '1985', to: '1989' }, '1985-01-01', '1989-12-31'],
    [{ from: '2024-02', to: '2024-02' }, '2024-02-01', '2024-02-29'],
    [{ from: '2023-02', to: '2023-12' }, '2023-02-01', '2023-12-31'],
    [{ from: '2024-05-31', to: '2024-05-31' }, '2024-05-31', '2024-05-31'],
  ])('read %o as %s to %s', (query, from, to) => {
    expect(parse(query).data).toMatchObject({ from, to });
  });

  it.each([
    [{ from: '85' }, 'YYYY, YYYY-MM or YYYY-MM-DD'],
    [{ from: '1985-1' }, 'YYYY, YYYY-MM or YYYY-MM-DD'],
    [{ to: '1985-13' }, 'a real month or day'],
    [{ to: '2023-02-29' }, 'a real month or day'],
    [{ from: '0000' }, 'year 0001 or later'],
    [{ from: '1990', to: '1989' }, '`from` must not be after `to`'],
    [{ from: '1989-12', to: '1989' }, null],
  ])('%o: %s', (query, message) => {
    const result = parse(query);
    if (message === null) expect(result.success).toBe(true);
    else expect(result.error?.issues.map((i) => i.message).join('; ')).toContain(message);
  });
});

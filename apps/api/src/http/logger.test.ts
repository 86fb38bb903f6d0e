import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.ts';

function linesOf(level: Parameters<typeof createLogger>[0], emit: (log: ReturnType<typeof createLogger>) => void): string[] {
  const lines: string[] = [];
  emit(createLogger(level, (line) => lines.push(line)));
  return lines;
}

describe('createLogger', () => {
  it('writes one JSON object a line: time, level, message, then the fields in their order', () => {
    const [line] = linesOf('info', (log) => log.log('info', 'request', { request_id: 'r1', path: '/v1/figures', query: undefined, status: 200, ms: 0.4 }));
    expect(line!.endsWith('\n')).toBe(true);
    expect(Object.keys(JSON.parse(line!) as object)).toEqual(['time', 'level', 'msg', 'request_id', 'path', 'status', 'ms']);
    expect(JSON.parse(line!)).toMatchObject({ level: 'info', msg: 'request', request_id: 'r1', path: '/v1/figures', status: 200, ms: 0.4 });
    expect(Number.isNaN(Date.parse((JSON.parse(line!) as { time: string }).time))).toBe(false);
  });

  it('escapes quotes, newlines and control characters in the message and the fields', () => {
    const text = 'a "quoted"\nline\u0000 with \\ and 中文';
    const [line] = linesOf('debug', (log) => log.log('warn', text, { query: `?q=${text}` }));
    expect(line!.split('\n')).toHaveLength(2);
    expect(JSON.parse(line!)).toMatchObject({ level: 'warn', msg: text, query: `?q=${text}` });
  });

  it('writes a line without fields, and nothing below its level', () => {
    const lines = linesOf('warn', (log) => {
      log.log('info', 'not written');
      log.log('error', 'stopped');
    });
    expect(lines).toHaveLength(1);
    expect(Object.keys(JSON.parse(lines[0]!) as object)).toEqual(['time', 'level', 'msg']);
  });
});

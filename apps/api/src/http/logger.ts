export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
const order: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface Logger {
  log(level: Exclude<LogLevel, 'silent'>, msg: string, fields?: Record<string, unknown>): void;
}

/**
 * Lines gathered and written to stdout once per turn of the event loop (or every 64 KiB), not
 * one write per request; what is pending when the process exits is written before it goes.
 */
function batchedStdout(): (line: string) => void {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const text = pending.join('');
    pending = [];
    size = 0;
    // Synchronous for files and pipes on Linux, so the exit handler's flush is written too.
    process.stdout.write(text);
  };
  process.on('exit', flush);
  return (line) => {
    if (pending.length === 0) setImmediate(flush);
    pending.push(line);
    size += line.length;
    if (size >= 64 * 1024) flush();
  };
}

let stdout: ((line: string) => void) | undefined;

/** Structured logs: one JSON object a line, on stdout, easy to grep and to ship. */
export function createLogger(level: LogLevel, write: (line: string) => void = (line) => (stdout ??= batchedStdout())(line)): Logger {
  return {
    log(at, msg, fields = {}) {
      if (order[at] < order[level]) return;
      // Written as text rather than one spread object: this runs once per request.
      const rest = JSON.stringify(fields);
      write(`{"time":"${new Date().toISOString()}","level":"${at}","msg":${JSON.stringify(msg)}${rest === '{}' ? '' : `,${rest.slice(1, -1)}`}}\n`);
    },
  };
}

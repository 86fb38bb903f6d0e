import { get } from 'node:http';
import type { Readable } from 'node:stream';
import { withClient } from './pg-client.ts';
import { mb, readRss, resetPeakRss, sampleRss } from './memory.ts';
import { figureColumnNames } from './synthetic-load.ts';

export interface Transfer {
  /** Data rows (lines after the header). */
  rows: number;
  bytes: number;
  seconds: number;
}

export interface ApiExport extends Transfer {
  rssBeforeMb: number;
  peakMb: number;
  /** RSS every 100 ms during the export, in MiB. */
  samplesMb: number[];
}

/** Counts bytes and lines of a stream as it flows, never holding more than one chunk. */
async function drain(stream: Readable, started: number): Promise<Transfer> {
  let bytes = 0;
  let lines = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return { rows: lines - 1, bytes, seconds: (performance.now() - started) / 1000 };
}

/**
 * GET the whole table as CSV from the API process, identity encoding, while its RSS is sampled;
 * its peak (VmHWM, reset just before) is the memory the export needed.
 */
export async function exportViaApi(
  url: string,
  pid: number,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<ApiExport> {
  const before = readRss(pid);
  const peakReset = resetPeakRss(pid);
  const sampler = sampleRss(pid);
  const started = performance.now();
  try {
    const res = await new Promise<Readable>((resolve, reject) => {
      const req = get(url, { signal, timeout: timeoutMs }, (r) => {
        if (r.statusCode !== 200) reject(new Error(`${url} answered ${r.statusCode}`));
        resolve(r);
      });
      req.on('timeout', () => req.destroy(new Error(`${url}: no data for ${timeoutMs / 1000} s`)));
      req.on('error', reject);
    });
    // Bounded as a whole too, not only between chunks.
    const deadline = setTimeout(
      () => res.destroy(new Error(`export longer than ${timeoutMs / 1000} s`)),
      timeoutMs,
    );
    const transfer = await drain(res, started).finally(() => clearTimeout(deadline));
    const samples = sampler.stop();
    const after = readRss(pid);
    const peakKb = peakReset && after ? after.hwmKb : Math.max(...samples);
    return {
      ...transfer,
      rssBeforeMb: mb(before?.rssKb ?? Number.NaN),
      peakMb: mb(peakKb),
      samplesMb: samples.map(mb),
    };
  } finally {
    sampler.stop();
  }
}

/** PostgreSQL's own export of the same rows and columns, in the same order: the ceiling. */
export function copyToStdout(
  url: string,
  timeoutMs: number,
  signal: AbortSignal,
): Promise<Transfer> {
  return withClient(url, timeoutMs, signal, async (sql, deadline) => {
    const started = performance.now();
    const columns = sql.unsafe(figureColumnNames.join(', '));
    const stream =
      await sql`COPY (SELECT ${columns} FROM figures ORDER BY id) TO STDOUT WITH CSV HEADER`.readable();
    const stop = () => stream.destroy(new Error('COPY TO STDOUT stopped'));
    deadline.addEventListener('abort', stop, { once: true });
    try {
      return await drain(stream, started);
    } finally {
      deadline.removeEventListener('abort', stop);
    }
  });
}

import { readFileSync, writeFileSync } from 'node:fs';

/** Resident set size and its high-water mark of a process, in KiB, from /proc (Linux only). */
export function readRss(pid: number): { rssKb: number; hwmKb: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
  } catch {
    return null;
  }
}

/**
 * Resets VmHWM to the current RSS (clear_refs "5"), so the peak read afterwards belongs to the
 * export alone and not to the process's start-up. False where the kernel does not allow it.
 */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

export interface RssSampler {
  /** Stops sampling; returns the samples in KiB, in order. */
  stop(): number[];
}

/** Samples RSS every `everyMs`, at most `maxSamples` times (one hour at 100 ms), so it is bounded. */
export function sampleRss(pid: number, everyMs = 100, maxSamples = 36_000): RssSampler {
  const samples: number[] = [];
  const take = () => {
    const r = readRss(pid);
    if (r && samples.length < maxSamples) samples.push(r.rssKb);
  };
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}

export const mb = (kb: number): number => Math.round(kb / 1024);

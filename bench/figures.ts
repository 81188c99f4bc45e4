import { cpus, loadavg, totalmem } from 'node:os';

/** One line of the table and of results.json: a figure, and the baseline measured in the same run. */
export interface Case {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The reference in the same run (a raw INSERT rate, or the target where there is no physical baseline). */
  readonly baseline: number | null;
  /** value / baseline. */
  readonly ratio: number | null;
  readonly target?: string;
  readonly meetsTarget?: boolean;
}

export function figure(name: string, value: number, unit: string, baseline: number | null, target?: { text: string; met: boolean }): Case {
  return {
    name,
    value: round(value),
    unit,
    baseline: baseline === null ? null : round(baseline),
    ratio: baseline ? round(value / baseline, 3) : null,
    ...(target ? { target: target.text, meetsTarget: target.met } : {}),
  };
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** The value at quantile q (0..1) of unsorted samples; NaN when there are none. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/** What the figures were measured on: the load average tells whether others were working too. */
export function machine() {
  const cores = cpus();
  return {
    cpu: cores[0]?.model ?? 'unknown',
    cores: cores.length,
    memoryGiB: round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverageAtStart: loadavg().map((load) => round(load, 2)),
  };
}

/** Events (or requests) per second over a timed run. */
export async function timed(count: number, run: () => Promise<void>): Promise<{ rate: number; seconds: number }> {
  const started = performance.now();
  await run();
  const seconds = (performance.now() - started) / 1000;
  return { rate: count / seconds, seconds };
}

/** Progress on stderr, so the table on stdout stays clean. */
export function say(line: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}\n`);
}

/** Benchmark helpers: every sample keeps its runs so a row can show the median and the 95th percentile. */
export interface Sample {
  median: number;
  p95: number;
  runs: number;
}

export function summarise(times: number[]): Sample {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), runs: sorted.length };
}

export async function measure(fn: () => unknown, runs = 25, warmup = 3): Promise<Sample> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return summarise(times);
}

/**
 * Measures a call and its baseline interleaved (A, B, A, B …), so a burst of load from the rest
 * of the machine lands on both rather than on whichever happened to run then.
 */
export async function measurePair(fn: () => unknown, baseline: () => unknown, runs = 25, warmup = 3): Promise<[Sample, Sample]> {
  for (let i = 0; i < warmup; i++) {
    await fn();
    await baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    await fn();
    a.push(performance.now() - start);
    start = performance.now();
    await baseline();
    b.push(performance.now() - start);
  }
  return [summarise(a), summarise(b)];
}

/** CPU milliseconds per call (user + system) over `runs` calls: on a shared machine, wall time includes waiting for a core. */
export async function cpuPerCall(fn: () => unknown, runs: number): Promise<number> {
  const before = process.cpuUsage();
  for (let i = 0; i < runs; i++) await fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000 / runs;
}

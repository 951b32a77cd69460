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
 * Measures a call and its baseline interleaved, the order swapped each round (A B, B A, A B …), so a
 * burst of load from the rest of the machine lands on both rather than on whichever happened to run
 * then, and neither always runs right after the other (a write's fsync, say, still settling).
 */
export async function measurePair(fn: () => unknown, baseline: () => unknown, runs = 25, warmup = 3): Promise<[Sample, Sample]> {
  for (let i = 0; i < warmup; i++) {
    await fn();
    await baseline();
  }
  const a: number[] = [];
  const b: number[] = [];
  const timed = async (call: () => unknown, into: number[]) => {
    const start = performance.now();
    await call();
    into.push(performance.now() - start);
  };
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      await timed(fn, a);
      await timed(baseline, b);
    } else {
      await timed(baseline, b);
      await timed(fn, a);
    }
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

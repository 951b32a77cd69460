/** Tiny benchmark helpers: medians over repeated runs, reported as ratios to a baseline run in the same process. */
export interface Sample {
  median: number;
  runs: number;
}

export async function measure(fn: () => unknown, runs = 25, warmup = 3): Promise<Sample> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, runs };
}

const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 2)} ms`;

export function report(title: string, baselineLabel: string, baseline: Sample, rows: [string, Sample][]): void {
  process.stdout.write(`\n${title}\n`);
  process.stdout.write(`  ${baselineLabel.padEnd(34)} ${ms(baseline.median).padStart(11)}   (baseline)\n`);
  for (const [label, sample] of rows) {
    const ratio = sample.median / baseline.median;
    process.stdout.write(`  ${label.padEnd(34)} ${ms(sample.median).padStart(11)}   ×${ratio.toFixed(3)} of baseline\n`);
  }
}

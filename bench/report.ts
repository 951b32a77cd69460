import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname } from 'node:path';
import type { Sample } from './measure';

/** One line of the report: a figure, what it is compared with, and whether it meets the issue's goal. */
export interface Row {
  part: Part;
  what: string;
  unit: 'ms' | 'kB' | 'MB' | 'nodes' | 'requests' | 'count';
  value: Sample | number;
  baseline?: { what: string; value: Sample | number };
  /** The goal in words, as the issue states it. */
  goal: string;
  /** null when the row is informational (no goal of its own). */
  pass: boolean | null;
  note?: string;
}

export const PARTS = ['core', 'invest', 'integrity', 'prep', 'evidence', 'host', 'startup', 'browser', 'bundle', 'search', 'insights', 'encryption'] as const;
export type Part = (typeof PARTS)[number];

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  platform: string;
}

export interface BenchReport {
  startedAt: string;
  machine: Machine;
  /** The machine's load averages (1, 5 and 15 minutes) when the run started and when it ended. */
  load?: { atStart: number[]; atEnd: number[] };
  parts: Part[];
  rows: Row[];
}

/** "0.4 / 0.6 / 0.9": the 1, 5 and 15 minute load averages, as `uptime` prints them. */
export function describeLoad(load: readonly number[]): string {
  return load.map((l) => l.toFixed(1)).join(' / ');
}

export function machine(): Machine {
  const list = cpus();
  return { cpu: (list[0]?.model ?? 'unknown CPU').trim(), cores: list.length, node: process.version, platform: `${process.platform} ${process.arch}` };
}

const median = (value: Sample | number) => (typeof value === 'number' ? value : value.median);

export function ratio(a: Sample | number, b: Sample | number): number {
  return median(a) / median(b);
}

function fmt(value: Sample | number, unit: Row['unit']): string {
  if (typeof value === 'number' && unit === 'count') return String(value);
  if (typeof value === 'number') return `${value < 10 && unit !== 'nodes' && unit !== 'requests' && unit !== 'count' ? value.toFixed(2) : Math.round(value).toLocaleString('en-US')} ${unit}`;
  const digits = value.median < 1 ? 3 : value.median < 100 ? 2 : 0;
  return `${value.median.toFixed(digits)} ms (p95 ${value.p95.toFixed(digits)})`;
}

export function describeValue(row: Row): string {
  return fmt(row.value, row.unit);
}

export function describeBaseline(row: Row): string {
  if (!row.baseline) return '—';
  return `${row.baseline.what}: ${fmt(row.baseline.value, row.unit)} → ×${ratio(row.value, row.baseline.value).toFixed(2)}`;
}

export function verdict(row: Row): string {
  return row.pass === null ? 'info' : row.pass ? 'PASS' : 'MISS';
}

export function printRows(rows: Row[]): void {
  for (const row of rows) {
    process.stdout.write(
      `  ${verdict(row).padEnd(4)}  ${row.what}\n        ${describeValue(row)}   [${describeBaseline(row)}]   goal: ${row.goal}${row.note ? `\n        ${row.note}` : ''}\n`,
    );
  }
}

export function writeReport(file: string, report: BenchReport): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}

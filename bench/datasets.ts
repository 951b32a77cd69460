import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { clockStartingAt } from '../src/core/clock';
import { DATABASE_FILE, openTend } from '../src/core/tend';
import { writeTeam, type Team, type TeamShape } from './dataset';

/** "Now" in every benchmark, as in the e2e tests: Monday 23 November 2026, 09:00 in New York. */
export const BENCH_NOW = new Date('2026-11-23T14:00:00.000Z');

export const SCALES = {
  '1×': { people: 60, notesEach: 500, focusNotes: 2_000 },
  '10×': { people: 600, notesEach: 500, focusNotes: 20_000 },
  /** The 10× focus person with no one else: what a Person page costs when the team's size cannot leak into it. */
  alone: { people: 0, notesEach: 0, focusNotes: 20_000 },
} as const satisfies Record<string, TeamShape>;
export type Scale = keyof typeof SCALES;

export interface Dataset extends Team {
  scale: Scale;
  dataDir: string;
  databaseFile: string;
}

// While working on the benchmarks, TEND_BENCH_DATA=dir keeps the generated teams between runs.
const KEPT = process.env.TEND_BENCH_DATA;
let root: string | undefined;
const built = new Map<Scale, Dataset>();

/**
 * The team at `scale`, generated once per run into a temp folder (generation is not measured) and
 * shared by every part of the suite that asks for it. `removeDatasets` deletes the folder.
 */
export async function dataset(scale: Scale): Promise<Dataset> {
  const cached = built.get(scale);
  if (cached) return cached;
  root ??= KEPT ? (mkdirSync(KEPT, { recursive: true }), KEPT) : mkdtempSync(join(tmpdir(), 'tend-bench-'));
  const dataDir = join(root, { '1×': '1x', '10×': '10x', alone: 'alone' }[scale]);
  const teamFile = join(dataDir, 'team.json');
  if (KEPT && existsSync(teamFile)) {
    const kept: Dataset = { ...(JSON.parse(readFileSync(teamFile, 'utf8')) as Team), scale, dataDir, databaseFile: join(dataDir, DATABASE_FILE) };
    built.set(scale, kept);
    return kept;
  }
  const started = performance.now();
  // Created through the app so the schema is exactly what it migrates to.
  const tend = await openTend({ dataDir, appVersion: 'bench', host: 'web', clock: clockStartingAt(BENCH_NOW) });
  tend.close();
  const databaseFile = join(dataDir, DATABASE_FILE);
  const team = writeTeam(databaseFile, SCALES[scale], BENCH_NOW);
  process.stdout.write(`  (generated the ${scale} team in ${((performance.now() - started) / 1000).toFixed(1)} s, not measured)\n`);
  const result: Dataset = { ...team, scale, dataDir, databaseFile };
  if (KEPT) writeFileSync(teamFile, JSON.stringify(team));
  built.set(scale, result);
  return result;
}

export function removeDatasets(): void {
  if (root && !KEPT) rmSync(root, { recursive: true, force: true });
  root = undefined;
  built.clear();
}

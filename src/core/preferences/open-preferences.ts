import { existsSync, readFileSync, renameSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import * as v from 'valibot';
import { StoredPreferences } from '../../shared/settings';
import { makePrivate } from '../backup/private-file';
import { log } from '../log';

const logger = log('preferences');

/** electron-store and conf both default to `config.json` in their folder. */
export const PREFERENCES_NAME = 'config';

export function preferencesFile(dir: string): string {
  return join(dir, `${PREFERENCES_NAME}.json`);
}

export interface OpenPreferencesOptions<S> {
  /** The file the store will read; checked before the store sees it. */
  file: string;
  /** Builds the store (electron-store in Electron, conf in the web host) with Tend's defaults. */
  createStore: () => S;
  now?: () => Date;
  /** What a usable file holds; the window preferences unless told otherwise (the settings file). */
  schema?: v.GenericSchema;
}

export interface OpenedPreferences<S> {
  store: S;
  /** Where an unreadable preferences file was moved to, or null if none was. */
  movedAside: string | null;
}

/** Why the file's contents cannot be used, or null when they can. */
export function preferencesProblem(text: string, schema: v.GenericSchema = StoredPreferences): string | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`;
  }
  // valibot's object schema accepts arrays; a preferences file is one JSON object.
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not a JSON object';
  const parsed = v.safeParse(schema, data);
  if (parsed.success) return null;
  const issue = parsed.issues[0];
  const path = issue.path?.map((item) => String(item.key)).join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** `config.json` → `config.corrupt-2026-01-02T03-04-05-678Z.json`, never overwriting an earlier one. */
export function corruptCopyName(file: string, at: Date): string {
  const ext = extname(file);
  const stem = basename(file, ext);
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  let candidate = join(dirname(file), `${stem}.corrupt-${stamp}${ext}`);
  for (let n = 1; existsSync(candidate); n += 1) {
    candidate = join(dirname(file), `${stem}.corrupt-${stamp}-${n}${ext}`);
  }
  return candidate;
}

function readIfPresent(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Opens the preferences store. A file that does not parse or does not match the schema is moved
 * aside with its bytes intact and the app starts from defaults: preferences are never silently
 * wiped (DESIGN.md, Data). The check runs before the store is built because conf would otherwise
 * merge defaults into some broken files (e.g. `null`) and overwrite them.
 */
export function openPreferences<S>(options: OpenPreferencesOptions<S>): OpenedPreferences<S> {
  const text = readIfPresent(options.file);
  const problem = text === null ? null : preferencesProblem(text, options.schema);
  let movedAside: string | null = null;
  if (problem !== null) {
    movedAside = corruptCopyName(options.file, (options.now ?? (() => new Date()))());
    renameSync(options.file, movedAside);
    makePrivate(movedAside);
    logger.warn(`preferences in ${options.file} were unusable (${problem}); moved to ${movedAside}, using defaults`);
  } else if (text !== null) {
    // Written 0644 by earlier versions: the store keeps a file's mode when it rewrites it.
    makePrivate(options.file);
  }
  return { store: options.createStore(), movedAside };
}

/** What conf and electron-store take as `configFileMode`: the file is the user's only, as every file Tend writes. */
export const PREFERENCES_FILE_MODE = 0o600;

import * as v from 'valibot';
import { DEFAULT_SETTINGS, Settings, type SettingsPatch } from '../../shared/settings';
import { describeIssue } from '../dispatch';
import { TendError } from '../errors';
import { log } from '../log';

const logger = log('settings');

/**
 * Where settings live: electron-store in Electron, `conf` in the web host and tests (the same file
 * format and the same valibot schema). The core only reads and writes whole objects.
 */
export interface SettingsStore {
  read(): unknown;
  /** The whole object: the settings plus any keys a newer Tend wrote, kept as they were. */
  write(value: Record<string, unknown>): void;
}

export interface SettingsService {
  get(): Settings;
  /** Merges `patch` into the current settings, validates the whole, writes it; nothing is written on an error. */
  set(patch: SettingsPatch): Settings;
  /** Called after every successful write (the scheduler re-plans). Returns an unsubscribe function. */
  onChange(listener: (settings: Settings) => void): () => void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function defaults(): Settings {
  return v.parse(Settings, {});
}

export function createSettingsService(store: SettingsStore): SettingsService {
  const listeners = new Set<(settings: Settings) => void>();

  function get(): Settings {
    const parsed = v.safeParse(Settings, store.read() ?? {});
    if (parsed.success) return parsed.output;
    // The file was checked when it was opened; a bad value since (edited by hand while running) reads as defaults without touching the file.
    logger.warn(`stored settings are unusable (${parsed.issues[0].message}); using defaults`);
    return defaults();
  }

  return {
    get,
    set(patch) {
      const raw = store.read();
      const parsed = v.safeParse(Settings, { ...get(), ...patch });
      if (!parsed.success) {
        const { message, field } = describeIssue(parsed.issues[0]);
        throw new TendError('invalid_input', message, field);
      }
      store.write({ ...(isRecord(raw) ? raw : {}), ...parsed.output });
      for (const listener of listeners) listener(parsed.output);
      return parsed.output;
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** A store kept in memory: for callers that persist nothing (benchmarks, a throwaway core). */
export function memorySettingsStore(initial: Partial<Settings> = {}): SettingsStore {
  let value: unknown = { ...DEFAULT_SETTINGS, ...initial };
  return {
    read: () => value,
    write: (next) => {
      value = next;
    },
  };
}

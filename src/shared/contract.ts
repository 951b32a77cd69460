import * as v from 'valibot';
import type { Result } from './result';
import { ById } from './fields';
import { PeopleListInput, PersonSaveInput, type Person } from './people';

/**
 * The one API of Tend: every host (Electron IPC, the local web host, tests) carries exactly these
 * methods through the one core dispatcher. `write: true` methods announce `data.changed` afterwards.
 */
export const methods = {
  /** Version, data folder and schema version of the running app. */
  'app.info': { input: v.optional(v.strictObject({}), {}), write: false },
  /** Active people by name; archived ones too when asked. */
  'people.list': { input: PeopleListInput, write: false },
  /** One person by id, archived or not. */
  'people.get': { input: ById, write: false },
  /** Create a person (no id) or update one (id); returns the stored record. */
  'people.save': { input: PersonSaveInput, write: true },
  /** Hide a person from the team and reminders, keeping all their history. */
  'people.archive': { input: ById, write: true },
  /** Bring an archived person back to the team. */
  'people.restore': { input: ById, write: true },
} as const satisfies Record<string, { input: v.GenericSchema; write: boolean }>;

export interface AppInfo {
  name: string;
  version: string;
  dataDir: string;
  databaseFile: string;
  schemaVersion: number;
  host: 'electron' | 'web';
}

/** What each method returns on success. Keys must match `methods` exactly (checked below). */
export interface MethodResults {
  'app.info': AppInfo;
  'people.list': Person[];
  'people.get': Person;
  'people.save': Person;
  'people.archive': Person;
  'people.restore': Person;
}

export type MethodName = keyof typeof methods;
/** What a caller may send (defaults not yet applied). */
export type MethodInput<M extends MethodName> = v.InferInput<(typeof methods)[M]['input']>;
/** What a service receives: validated, trimmed, defaults applied. */
export type ParsedInput<M extends MethodName> = v.InferOutput<(typeof methods)[M]['input']>;
export type MethodResult<M extends MethodName> = MethodResults[M];

type SameKeys<A, B> = [keyof A] extends [keyof B] ? ([keyof B] extends [keyof A] ? true : never) : never;
const contractIsComplete: SameKeys<typeof methods, MethodResults> = true;
void contractIsComplete;

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(methods, name);
}

/** Events pushed from the host to the renderer. */
export interface EventPayloads {
  /** Something was written; views showing these areas should reload. */
  'data.changed': { method: MethodName };
  /** The host wants the renderer to show a route (tray or notification click). */
  navigate: { route: string };
  /** A reminder to show in-app (the web host has no system notifications). */
  reminder: { title: string; body: string; route?: string };
  /** The set of people needing attention changed. */
  'attention.changed': { count: number };
}

export type EventName = keyof EventPayloads;
export const EVENT_NAMES = ['data.changed', 'navigate', 'reminder', 'attention.changed'] as const satisfies readonly EventName[];

/** What the preload exposes as `window.tend`, and what the web client implements over HTTP. */
export interface TendBridge {
  invoke<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<Result<MethodResult<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

/** The IPC channel names: one for calls, one for events. */
export const RPC_CHANNEL = 'tend:rpc';
export const EVENT_CHANNEL = 'tend:event';

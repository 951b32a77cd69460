import * as v from 'valibot';
import type { Result } from './result';
import { ById } from './fields';
import { PeopleListInput, PersonSaveInput, type Person } from './people';
import {
  AnniversarySaveInput,
  DetailSaveInput,
  GoalSaveInput,
  ImportantDateSaveInput,
  MatterSaveInput,
  NoteSaveInput,
  PersonDeleteInput,
  ProgressSaveInput,
  TimelinePageInput,
  type Goal,
  type ImportantDate,
  type Matter,
  type Note,
  type PersonalDetail,
  type PersonProfile,
  type TimelinePage,
} from './profile';

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
  /** Delete a person and every record about them, confirmed by repeating their name. */
  'people.delete': { input: PersonDeleteInput, write: true },
  /** Everything on the Person page except the timeline: what matters, goals, details, dates. */
  'people.profile': { input: ById, write: false },
  /** Add or edit what matters to someone, and why. */
  'matters.save': { input: MatterSaveInput, write: true },
  'matters.delete': { input: ById, write: true },
  /** Add or edit a personal or professional goal or challenge. */
  'goals.save': { input: GoalSaveInput, write: true },
  'goals.delete': { input: ById, write: true },
  /** A dated check-in on a goal or challenge, optionally changing its status; returns the goal. */
  'progress.save': { input: ProgressSaveInput, write: true },
  'progress.delete': { input: ById, write: true },
  /** Family members, pets, hobbies, passions, things good to know. */
  'details.save': { input: DetailSaveInput, write: true },
  'details.delete': { input: ById, write: true },
  /** A birthday or a custom one-off or yearly date, surfaced some days ahead. */
  'dates.save': { input: ImportantDateSaveInput, write: true },
  'dates.delete': { input: ById, write: true },
  /** How many days ahead the work anniversary (from "started on") is surfaced. */
  'dates.saveAnniversary': { input: AnniversarySaveInput, write: true },
  /** A dated markdown note about a person. */
  'notes.save': { input: NoteSaveInput, write: true },
  'notes.delete': { input: ById, write: true },
  /** One page of a person's timeline, newest first, by keyset cursor. */
  'timeline.page': { input: TimelinePageInput, write: false },
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
  'people.delete': null;
  'people.profile': PersonProfile;
  'matters.save': Matter;
  'matters.delete': null;
  'goals.save': Goal;
  'goals.delete': null;
  'progress.save': Goal;
  'progress.delete': null;
  'details.save': PersonalDetail;
  'details.delete': null;
  'dates.save': ImportantDate;
  'dates.delete': null;
  'dates.saveAnniversary': Person;
  'notes.save': Note;
  'notes.delete': null;
  'timeline.page': TimelinePage;
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

/** What the preload exposes as `window.tend`, and what the web client implements over HTTP. */
export interface TendBridge {
  invoke<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<Result<MethodResult<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
}

// Kept in a module with no dependencies so the sandboxed preload stays a few kB.
export { EVENT_CHANNEL, EVENT_NAMES, RPC_CHANNEL } from './channels';

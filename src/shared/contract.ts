import type * as v from 'valibot';
import { appMethods, type AppResults } from './app';
import { archiveMethods, type ArchiveResults } from './archive';
import { attentionMethods, type AttentionResults } from './attention';
import { backupMethods, type BackupResults } from './backup';
import { captureMethods, type CaptureResults } from './capture';
import { tasksMethods, type TasksResults, type TaskProgress } from './tasks';
import { commitmentsMethods, type CommitmentsResults } from './commitments';
import { datesMethods, type DatesResults } from './dates';
import { detailsMethods, type DetailsResults } from './details';
import { evidenceMethods, type EvidenceResults } from './evidence';
import { goalsMethods, type GoalsResults } from './goals';
import { insightsMethods, type InsightsResults } from './insights';
import { investmentsMethods, type InvestmentsResults } from './investments';
import { journalMethods, type JournalResults } from './journal';
import { lockMethods, type LockResults } from './lock';
import { mattersMethods, type MattersResults } from './matters';
import { composeTables, type DataArea } from './method-table';
import { notesMethods, type NotesResults } from './notes';
import { peopleMethods, type PeopleResults } from './people';
import { personTrendsMethods, type PersonTrendsResults } from './person-trends';
import { prepMethods, type PrepResults } from './prep';
import type { PrintToPdfOutcome, PrintToPdfRequest } from './print';
import type { NativeFiles } from './native-files';
import { profileMethods, type ProfileResults } from './profile';
import { quickLogMethods, type QuickLogResults } from './quick-log';
import { recoveryMethods, type RecoveryResults } from './recovery';
import type { Result } from './result';
import { remindersMethods, type RemindersResults } from './reminders';
import { sampleMethods, type SampleResults } from './sample';
import { scheduleMethods, type ScheduleResults } from './schedule';
import { searchMethods, type SearchResults } from './search';
import { settingsMethods, type SettingsResults } from './settings';
import { talkingPointsMethods, type TalkingPointsResults } from './talking-points';
import { timelineMethods, type TimelineResults } from './timeline';
import { encryptionMethods, type EncryptionResults } from './encryption';
import { privateStateMethods, type PrivateStateResults } from './private-state';
import { startMethods, type StartResults } from './start';

/**
 * The one API of Tend: every host (Electron IPC, the local web host, tests) carries exactly these
 * methods through the one core dispatcher. Each feature declares its own table beside its schemas
 * (`src/shared/<feature>.ts`); this file only joins them. A method that touches any area is a write
 * and announces `data.changed` with those areas afterwards.
 */
export const methods = composeTables(
  appMethods,
  peopleMethods,
  profileMethods,
  mattersMethods,
  goalsMethods,
  detailsMethods,
  datesMethods,
  notesMethods,
  timelineMethods,
  backupMethods,
  archiveMethods,
  settingsMethods,
  remindersMethods,
  prepMethods,
  journalMethods,
  investmentsMethods,
  commitmentsMethods,
  talkingPointsMethods,
  attentionMethods,
  quickLogMethods,
  sampleMethods,
  recoveryMethods,
  searchMethods,
  insightsMethods,
  evidenceMethods,
  personTrendsMethods,
  lockMethods,
  captureMethods,
  tasksMethods,
  scheduleMethods,
  encryptionMethods,
  privateStateMethods,
  startMethods,
);

/** What each method returns on success. Keys must match `methods` exactly (checked below). */
export interface MethodResults
  extends AppResults,
    PeopleResults,
    ProfileResults,
    MattersResults,
    GoalsResults,
    DetailsResults,
    DatesResults,
    NotesResults,
    TimelineResults,
    BackupResults,
    ArchiveResults,
    SettingsResults,
    RemindersResults,
    PrepResults,
    JournalResults,
    InvestmentsResults,
    CommitmentsResults,
    TalkingPointsResults,
    AttentionResults,
    QuickLogResults,
    SampleResults,
    RecoveryResults,
    SearchResults,
    InsightsResults,
    EvidenceResults,
    PersonTrendsResults,
    LockResults,
    CaptureResults,
    TasksResults,
    ScheduleResults,
    EncryptionResults,
    PrivateStateResults,
    StartResults {}

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

/** The areas a method changes; empty for a read. */
export function touchesOf(method: MethodName): readonly DataArea[] {
  return methods[method].touches;
}

/** What every method touches, as plain data (the built renderer carries this, not the schemas: scripts/method-touches.ts). */
export function touchesTable(): Record<MethodName, readonly DataArea[]> {
  const table = {} as Record<MethodName, readonly DataArea[]>;
  for (const name of Object.keys(methods) as MethodName[]) table[name] = touchesOf(name);
  return table;
}

/** Events pushed from the host to the renderer. */
export interface EventPayloads {
  /** Something was written; views showing any of `touches` reload exactly that. */
  'data.changed': { method: MethodName; touches: readonly DataArea[] };
  /** The host wants the renderer to show a route (tray or notification click). */
  navigate: { route: string; action?: 'log-time' };
  /** A reminder to show in-app (the web host has no system notifications). */
  reminder: { id?: string; title: string; body: string; route?: string };
  /** The set of people needing attention changed. */
  'attention.changed': { count: number };
  /** The integrity check found the database damaged after start: the host now serves only recovery. */
  'database.damaged': Record<string, never>;
  /** The local day changed (midnight, a wake from sleep, the clock moved): views that show "today" reload. */
  'day.changed': { today: string };
  /** An item of the desktop app's menu bar: does what pressing that shortcut in the window does. */
  shortcut: { id: HostShortcut };
  /** Tend was locked (idle, sleep, screen lock, on demand) or unlocked: a locked window shows only the lock screen. */
  'lock.changed': { locked: boolean };
  /** How far a watched long task has got (src/shared/tasks.ts). */
  'task.progress': TaskProgress;
}

/** The app-wide shortcuts (GLOBAL_SHORTCUTS in the renderer) a host's menu can ask for. */
export type HostShortcut = 'palette' | 'find-in-page' | 'journal' | 'log-time' | 'presenting' | 'lock' | 'shortcuts-help';

export type EventName = keyof EventPayloads;

/** What the preload exposes as `window.tend`, and what the web client implements over HTTP. */
export interface TendBridge {
  invoke<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<Result<MethodResult<M>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void;
  /** Electron only: saves the window's page as a PDF where the user chooses; the browser prints instead. */
  printToPdf?(request: PrintToPdfRequest): Promise<PrintToPdfOutcome>;
  /** Electron only: the system's save and open dialogs, and "Show in folder" (src/shared/native-files.ts). */
  files?: NativeFiles;
}

export { DATA_AREAS, type DataArea } from './method-table';
// Kept in a module with no dependencies so the sandboxed preload stays a few kB.
export { EVENT_CHANNEL, EVENT_NAMES, RPC_CHANNEL } from './channels';

import type { Investment, InvestmentKind } from '../../../shared/investments';
import type { JournalEntry, JournalList, JournalMonth, JournalSaved, OnThisDayEntry } from '../../../shared/journal';
import { call } from '../../app/api';
import { written } from '../../app/data-changes';
import { toasts } from '../../app/toasts.svelte';
import { minutesWords } from '../../../shared/words';

/** The journal's calls to the core: read a day and a month, autosave, and log time for the people mentioned. */

export function loadEntry(day: string): Promise<JournalEntry> {
  return call('journal.get', { day });
}

export function loadMonth(month: string): Promise<JournalMonth> {
  return call('journal.month', { month });
}

export function loadOnThisDay(day: string): Promise<OnThisDayEntry[]> {
  return call('journal.onThisDay', { day });
}

/** A page of past entries, newest first: the first page, or those before `before`. */
export function loadEntries(limit: number, before?: string): Promise<JournalList> {
  return call('journal.entries', before ? { before, limit } : { limit });
}

export function saveEntry(day: string, body: string, revision: number): Promise<JournalSaved> {
  return written('journal.save', { day, body, revision });
}

/** "Sam", "Sam and Priya", "Sam, Priya and Lee". */
export function namesList(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** One person to log time with, and for how long. */
export interface TimeWith {
  personId: string;
  minutes: number;
}

/** "20 min with Sam and Priya" when the minutes match, else "90 min with Sam and 15 min with Zoë". */
export function timeWithWords(logged: readonly Investment[], nameOf: (personId: string) => string): string {
  const minutes = new Set(logged.map((investment) => investment.minutes));
  if (minutes.size === 1) return `${minutesWords(logged[0]!.minutes)} with ${namesList(logged.map((investment) => nameOf(investment.personId)))}`;
  return namesList(logged.map((investment) => `${minutesWords(investment.minutes)} with ${nameOf(investment.personId)}`));
}

/** Logs time with the people chosen from those the entry mentions as contact, each for their own minutes, then says so in a toast. */
export async function logTimeForMentioned(
  day: string,
  people: readonly TimeWith[],
  kind: InvestmentKind,
  nameOf: (personId: string) => string,
): Promise<Investment[]> {
  const logged = await written('journal.logMentioned', { day, kind, people: [...people] });
  if (logged.length > 0) toasts.show(`Logged ${timeWithWords(logged, nameOf)}.`);
  return logged;
}

export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

export interface DraftStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

interface Draft {
  body: string;
  revision: number;
}

const draftKey = (day: string): string => `tend.journal.draft.${day}`;

/** A draft kept while a save is unacknowledged, if it is newer than what the core has. */
export function draftNewerThan(store: DraftStore, day: string, revision: number): Draft | null {
  try {
    const draft = JSON.parse(store.getItem(draftKey(day)) ?? 'null') as Draft | null;
    if (draft && typeof draft.body === 'string' && typeof draft.revision === 'number' && draft.revision > revision) return draft;
  } catch {
    // An unreadable draft is no better than none.
  }
  store.removeItem(draftKey(day));
  return null;
}

/**
 * Autosave for one day's entry. Each text sent carries a revision one above the last, so whatever
 * order the answers come back in, the core keeps the newest text. Until the core acknowledges it,
 * the text is also kept as a local draft, so a crash or a closed window loses no typing.
 */
export class Autosaver {
  status: SaveStatus = 'idle';
  #revision: number;
  #body: string;
  /** Null after a failed save, so the next flush sends the text again. */
  #sentBody: string | null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight = 0;

  constructor(
    readonly day: string,
    loaded: { body: string; revision: number },
    private readonly options: {
      save?: typeof saveEntry;
      drafts?: DraftStore;
      delayMs?: number;
      onStatus?: (status: SaveStatus) => void;
      onSaved?: (saved: JournalSaved) => void;
    } = {},
  ) {
    this.#revision = loaded.revision;
    this.#body = loaded.body;
    this.#sentBody = loaded.body;
  }

  get revision(): number {
    return this.#revision;
  }

  /** The text changed: keep a draft now, save once typing pauses. */
  change(body: string): void {
    if (body === this.#body) return;
    this.#body = body;
    this.options.drafts?.setItem(draftKey(this.day), JSON.stringify({ body, revision: this.#revision + 1 }));
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.flush(), this.options.delayMs ?? 600);
  }

  /** Sends the latest text now if it has not been sent (blur, leaving the page, closing the window). */
  flush(): Promise<void> {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#body === this.#sentBody) return Promise.resolve();
    const body = this.#body;
    const revision = ++this.#revision;
    this.#sentBody = body;
    this.#inFlight++;
    this.#setStatus('saving');
    return (this.options.save ?? saveEntry)(this.day, body, revision).then(
      (saved) => {
        this.#inFlight--;
        if (saved.revision >= this.#revision) this.options.drafts?.removeItem(draftKey(this.day));
        this.options.onSaved?.(saved);
        if (this.#inFlight === 0) this.#setStatus('saved');
      },
      () => {
        this.#inFlight--;
        // Sent again with the next change or flush; the draft stays until then.
        this.#sentBody = null;
        this.#setStatus('failed');
      },
    );
  }

  #setStatus(status: SaveStatus): void {
    this.status = status;
    this.options.onStatus?.(status);
  }
}

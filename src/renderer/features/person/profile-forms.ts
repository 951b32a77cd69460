import type { MethodInput } from '../../../shared/contract';
import type { ImportantDate } from '../../../shared/dates';
import type { DetailKind, PersonalDetail } from '../../../shared/details';
import type { Goal, GoalKind, GoalStatus, Sphere } from '../../../shared/goals';
import type { Matter } from '../../../shared/matters';
import type { Note, NoteKind } from '../../../shared/notes';
import { DEFAULT_DAYS_AHEAD } from '../../../shared/dates';
import type { ApiError } from '../../../shared/result';

/**
 * The Person page's inline forms as plain data. Drafts hold exactly what was typed, so a refused
 * save loses nothing; the contract (not these functions) decides what is valid, and its message is
 * shown beside the field it names.
 */

/** Where a refused save's sentence belongs: beside one of the form's fields, or above the form. */
export type FieldProblem<F extends string> = { field: F; message: string } | { field: null; message: string };

export function problemFor<F extends string>(error: ApiError, fields: readonly F[]): FieldProblem<F> {
  const field = error.field;
  if (error.code === 'invalid_input' && field !== undefined && (fields as readonly string[]).includes(field)) {
    return { field: field as F, message: error.message };
  }
  return { field: null, message: error.message };
}

/** A native date field that holds a half-typed or impossible day reports `badInput` and an empty value. */
export const BAD_DATE_MESSAGE = 'That date is incomplete or does not exist.';

/** Blank stays blank (the contract decides whether that is allowed); other text becomes a number or NaN. */
function numberFrom(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

/** A cleared "noted on" is left out: the contract then uses today for a new record and keeps an edited one's day. */
function dayIfGiven(day: string): { notedOn?: string } {
  return day.trim() === '' ? {} : { notedOn: day };
}

/** '' → null for the optional 1–5 scales. */
function scaleFrom(text: string): number | null {
  return text === '' ? null : Number(text);
}

// ── What matters ──────────────────────────────────────────────────────────────
export interface MatterDraft {
  what: string;
  why: string;
  notedOn: string;
}
export const MATTER_FIELDS = ['what', 'why', 'notedOn'] as const;

export function matterDraft(matter: Matter | null, today: string): MatterDraft {
  return { what: matter?.what ?? '', why: matter?.why ?? '', notedOn: matter?.notedOn ?? today };
}

export function matterInput(draft: MatterDraft, personId: string, id?: string): MethodInput<'matters.save'> {
  return { ...(id ? { id } : {}), personId, what: draft.what, why: draft.why, ...dayIfGiven(draft.notedOn) };
}

// ── Goals and challenges ──────────────────────────────────────────────────────
export interface GoalDraft {
  sphere: Sphere;
  title: string;
  detail: string;
  status: GoalStatus;
  targetOn: string;
}
export const GOAL_FIELDS = ['sphere', 'title', 'detail', 'status', 'targetOn'] as const;

export function goalDraft(goal: Goal | null, sphere: Sphere): GoalDraft {
  return {
    sphere: goal?.sphere ?? sphere,
    title: goal?.title ?? '',
    detail: goal?.detail ?? '',
    status: goal?.status ?? 'active',
    targetOn: goal?.targetOn ?? '',
  };
}

export function goalInput(draft: GoalDraft, personId: string, kind: GoalKind, id?: string): MethodInput<'goals.save'> {
  return {
    ...(id ? { id } : {}),
    personId,
    kind,
    sphere: draft.sphere,
    title: draft.title,
    detail: draft.detail,
    status: draft.status,
    targetOn: draft.targetOn,
  };
}

export interface ProgressDraft {
  body: string;
  notedOn: string;
  /** '' keeps the current status. */
  status: GoalStatus | '';
}
export const PROGRESS_FIELDS = ['body', 'notedOn', 'status'] as const;

export function progressDraft(today: string): ProgressDraft {
  return { body: '', notedOn: today, status: '' };
}

export function progressInput(draft: ProgressDraft, goalId: string): MethodInput<'progress.save'> {
  return { goalId, body: draft.body, ...dayIfGiven(draft.notedOn), ...(draft.status ? { status: draft.status } : {}) };
}

// ── Family & personal ─────────────────────────────────────────────────────────
export interface DetailDraft {
  kind: DetailKind;
  name: string;
  relation: string;
  birthday: string;
  note: string;
}
export const DETAIL_FIELDS = ['kind', 'name', 'relation', 'birthday', 'note'] as const;

/** Only family members and pets have a relation and a birthday. */
export function hasRelation(kind: DetailKind): boolean {
  return kind === 'family' || kind === 'pet';
}

export function detailDraft(detail: PersonalDetail | null, kind: DetailKind): DetailDraft {
  return {
    kind: detail?.kind ?? kind,
    name: detail?.name ?? '',
    relation: detail?.relation ?? '',
    birthday: detail?.birthday ?? '',
    note: detail?.note ?? '',
  };
}

export function detailInput(draft: DetailDraft, personId: string, id?: string): MethodInput<'details.save'> {
  const personal = hasRelation(draft.kind);
  return {
    ...(id ? { id } : {}),
    personId,
    kind: draft.kind,
    name: draft.name,
    relation: personal ? draft.relation : '',
    birthday: personal ? draft.birthday : '',
    note: draft.note,
  };
}

// ── Important dates ───────────────────────────────────────────────────────────
export interface DateDraft {
  kind: 'birthday' | 'custom';
  title: string;
  on: string;
  yearly: boolean;
  daysAhead: string;
  note: string;
}
export const DATE_FIELDS = ['kind', 'title', 'on', 'yearly', 'daysAhead', 'note'] as const;

export function dateDraft(date: ImportantDate | null, kind: 'birthday' | 'custom'): DateDraft {
  const storedKind = date?.kind === 'birthday' || date?.kind === 'custom' ? date.kind : kind;
  return {
    kind: storedKind,
    title: storedKind === 'birthday' ? '' : (date?.title ?? ''),
    on: date?.on ?? '',
    yearly: date?.yearly ?? storedKind === 'birthday',
    daysAhead: String(date?.daysAhead ?? DEFAULT_DAYS_AHEAD),
    note: date?.note ?? '',
  };
}

export function dateInput(draft: DateDraft, personId: string, id?: string): MethodInput<'dates.save'> {
  const birthday = draft.kind === 'birthday';
  return {
    ...(id ? { id } : {}),
    personId,
    kind: draft.kind,
    // The contract ignores a birthday's title; a custom date's blank title is its to refuse.
    ...(birthday ? {} : { title: draft.title }),
    on: draft.on,
    yearly: birthday || draft.yearly,
    daysAhead: numberFrom(draft.daysAhead),
    note: draft.note,
  };
}

export function anniversaryInput(daysAhead: string, personId: string): MethodInput<'dates.saveAnniversary'> {
  return { personId, daysAhead: numberFrom(daysAhead) };
}

// ── Notes ─────────────────────────────────────────────────────────────────────
/** The contract's limit for a note (src/shared/profile.ts). */
export const NOTE_MAX_CHARS = 20_000;
/** The counter appears this close to the limit, so it never nags a normal note. */
export const NOTE_COUNTER_FROM = 18_000;

export interface NoteDraft {
  kind: NoteKind;
  notedOn: string;
  body: string;
  /** '' when not noted, else '1'…'5'. */
  mood: string;
  energy: string;
}
export const NOTE_FIELDS = ['kind', 'notedOn', 'body', 'mood', 'energy'] as const;

export function noteDraft(note: Note | null, today: string, kind: NoteKind = 'one_on_one'): NoteDraft {
  return {
    kind: note?.kind ?? kind,
    notedOn: note?.notedOn ?? today,
    body: note?.body ?? '',
    mood: note?.mood ? String(note.mood) : '',
    energy: note?.energy ? String(note.energy) : '',
  };
}

export function noteInput(draft: NoteDraft, personId: string, id?: string): MethodInput<'notes.save'> {
  return {
    ...(id ? { id } : {}),
    personId,
    kind: draft.kind,
    ...dayIfGiven(draft.notedOn),
    body: draft.body,
    mood: scaleFrom(draft.mood),
    energy: scaleFrom(draft.energy),
  };
}

/** "18,204 / 20,000" near the limit, "204 characters over the limit" past it, else null. */
export function noteCounter(length: number, locale?: string): { text: string; over: boolean } | null {
  if (length < NOTE_COUNTER_FROM) return null;
  const n = (value: number) => value.toLocaleString(locale);
  if (length > NOTE_MAX_CHARS) {
    const over = length - NOTE_MAX_CHARS;
    return { text: `${n(over)} ${over === 1 ? 'character' : 'characters'} over the limit`, over: true };
  }
  return { text: `${n(length)} / ${n(NOTE_MAX_CHARS)}`, over: false };
}

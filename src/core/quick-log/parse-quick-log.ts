import * as v from 'valibot';
import { CommitmentSaveInput, type CommitmentOwner } from '../../shared/commitments';
import { isBlankText, unstorableText } from '../../shared/fields';
import { DEFAULT_INVESTMENT_KIND, InvestmentLogInput, type InvestmentKind } from '../../shared/investments';
import { NoteSaveInput } from '../../shared/notes';
import type { QuickLogField, QuickLogParse, QuickLogProblem } from '../../shared/quick-log';
import { TalkingPointSaveInput } from '../../shared/talking-points';
import { daysBetween } from '../calendar/local-days';
import { matchPersonWords, matchQuotedName, type PersonMatch, type PersonName } from './match-person';
import { readDueDay, readInvestedDay } from './read-day';
import { readDuration } from './read-duration';
import { tokenize, type Token } from './tokens';

export interface QuickLogContext {
  /** The leader's local day, YYYY-MM-DD. */
  today: string;
  /** Active people only: archived people cannot be logged against. */
  people: readonly PersonName[];
  /** The person picked when the name fitted several. */
  personId?: string;
}

const KIND_WORDS: Readonly<Record<string, InvestmentKind>> = {
  '1:1': 'one_on_one', '1on1': 'one_on_one', '1-on-1': 'one_on_one', '1-1': 'one_on_one',
  'one-on-one': 'one_on_one', oneonone: 'one_on_one', one_on_one: 'one_on_one',
  coaching: 'coaching', coach: 'coaching', mentoring: 'coaching',
  career: 'career',
  'check-in': 'check_in', checkin: 'check_in', check_in: 'check_in', 'catch-up': 'check_in', catchup: 'check_in',
  personal: 'personal',
  recognition: 'recognition', kudos: 'recognition', praise: 'recognition',
  other: 'other',
};

/** The word after the name that turns the line into something other than time invested. */
const MODE_WORDS: Readonly<Record<string, { type: 'commitment'; owner: CommitmentOwner } | { type: 'talkingPoint' } | { type: 'note' }>> = {
  note: { type: 'note' },
  todo: { type: 'commitment', owner: 'me' },
  'to-do': { type: 'commitment', owner: 'me' },
  promise: { type: 'commitment', owner: 'me' },
  ask: { type: 'commitment', owner: 'them' },
  next: { type: 'talkingPoint' },
};

function problem(field: QuickLogField, message: string): QuickLogProblem {
  return { type: 'error', field, message };
}

/** Free text from `from` on, without the `:` that separates it; null when nothing visible is left. */
function textFrom(line: string, from: number): string | null {
  const text = line.slice(from).replace(/^\s*:\s*/, '').trim();
  return isBlankText(text) ? null : text;
}

/**
 * Text the line gives a record is checked by that record's own field schema (the one `commitments.save`,
 * `talkingPoints.save` or `investments.log` uses), so the quick log cannot store what those refuse.
 */
function fieldProblem(field: QuickLogField, schema: v.GenericSchema, text: string): QuickLogProblem | null {
  const checked = v.safeParse(schema, text);
  return checked.success ? null : problem(field, checked.issues[0].message);
}

/** The person, the tokens after the name, and the name's last word (whose colon may close it). */
type FoundPerson = Extract<PersonMatch, { person: PersonName }> & { rest: Token[]; nameToken?: Token };

function findPerson(line: string, context: QuickLogContext): FoundPerson | QuickLogProblem {
  const at = line.indexOf('@');
  const open = line[at + 1];
  if (open === undefined || /\s/.test(open)) return problem('person', 'Add a name right after @, like @Sam.');
  if (open === '"' || open === '“') {
    const close = line.slice(at + 2).search(/["”]/);
    if (close < 0) return problem('person', 'Close the quotes around the name, like @"Ana María".');
    const end = at + 2 + close;
    const match = matchQuotedName(line.slice(at + 2, end), context.people, context.personId);
    return 'type' in match ? match : { ...match, rest: tokenize(line, end + 1) };
  }
  const tokens = tokenize(line, at + 1);
  const match = matchPersonWords(tokens, context.people, context.personId);
  return 'type' in match ? match : { ...match, rest: tokens.slice(match.used), nameToken: tokens[match.used - 1] };
}

/** A note about the person (quick capture's note mode): the text as written, checked as `notes.save` checks a body. */
function noteOn(text: string | null, personId: string, empty: string): QuickLogParse {
  if (!text) return problem('text', empty);
  const refused = fieldProblem('text', NoteSaveInput.entries.body, text);
  if (refused) return refused;
  return { type: 'note', personId, text };
}

function parseCommitmentOrPoint(
  line: string,
  personId: string,
  mode: (typeof MODE_WORDS)[string],
  from: number,
  today: string,
): QuickLogParse {
  const whole = textFrom(line, from);
  if (mode.type === 'note') return noteOn(whole, personId, 'Note cannot be empty; write what you noticed after “note:”.');
  if (mode.type === 'talkingPoint') {
    if (!whole) return problem('text', 'Talking point cannot be empty; write what to raise after “next:”.');
    const refused = fieldProblem('text', TalkingPointSaveInput.entries.text, whole);
    if (refused) return refused;
    return { type: 'talkingPoint', personId, text: whole };
  }
  const empty = mode.owner === 'me' ? 'Commitment cannot be empty; write what you promised after “todo:”.' : 'Ask cannot be empty; write what they said they would do after “ask:”.';
  if (!whole) return problem('text', empty);
  const start = line.length - line.slice(from).replace(/^\s*:\s*/, '').length;
  const tokens = tokenize(line, start);
  const due = readDueDay(tokens, today);
  if (due && 'error' in due) return problem('dueOn', due.error);
  const text = due ? line.slice(start, tokens[due.start]?.start).trim().replace(/[\s,;–—-]+$/, '') : whole;
  if (isBlankText(text)) return problem('text', empty);
  const refused = fieldProblem('text', CommitmentSaveInput.entries.text, text);
  if (refused) return refused;
  return { type: 'commitment', personId, owner: mode.owner, text, dueOn: due ? due.dueOn : null };
}

/**
 * Reads one quick-log line. Grammar (words case- and diacritics-insensitive):
 *   line        = "@" person ( mode text | head [":"] note | ":" observation )
 *   person      = name words (longest fit first, unique prefix of one word) | '"' full name '"'
 *   mode        = "todo" | "promise" (mine) | "ask" (theirs) | "next" (talking point) | "note", with or without ":"
 *   observation = free text after a colon right after the name, when it gives no minutes: a note
 *                 on the person ("@Sam: noticed she stayed late for the launch")
 *   text        = free text, for commitments optionally ending in a due phrase (see readDueDay)
 *   head        = minutes, kind and day in any order, each at most once (minutes required)
 *   note        = the rest; a kind word already given, or any other word, starts it
 * A problem names the part of the line to fix; nothing is guessed silently.
 */
export function parseQuickLog(line: string, context: QuickLogContext): QuickLogParse {
  const unstorable = unstorableText('Quick log', line);
  if (unstorable) return problem('line', unstorable);
  const trimmed = line.trim();
  if (trimmed === '') return problem('line', 'Type a line to log, like “@Sam 30m coaching”.');
  if (!trimmed.startsWith('@')) return problem('person', 'Start with @ and the person’s name, like “@Sam 30m”.');

  const found = findPerson(trimmed, context);
  if ('type' in found) return found;
  const { person } = found;
  // A separator right after the name ("@Sam: 30m", `@"Ana María", 1h`) is not the start of a note.
  const separated = found.rest[0]?.word === '';
  const rest = separated ? found.rest.slice(1) : found.rest;
  // Where the text after "@Sam:" starts, when a colon closes the name; null when none does.
  const nameColonEnd = separated ? (found.rest[0] as Token).end : found.nameToken?.colon ? found.nameToken.end : null;
  const first = rest[0];
  const mode = first ? MODE_WORDS[first.word] : undefined;
  if (first && mode) return parseCommitmentOrPoint(trimmed, person.id, mode, first.end, context.today);

  let minutes: number | null = null;
  let kind: InvestmentKind | null = null;
  let day: string | null = null;
  let noteFrom = trimmed.length;
  for (let i = 0; i < rest.length; ) {
    const token = rest[i] as Token;
    // A lone ":" (or ",") separates the leading words from the note.
    if (token.word === '') {
      noteFrom = token.end;
      break;
    }
    const duration = readDuration(rest, i);
    const invested = duration ? null : readInvestedDay(rest, i, context.today);
    const kindWord = KIND_WORDS[token.word];
    if (duration) {
      if ('error' in duration) return problem('minutes', duration.error);
      if (minutes !== null) return problem('minutes', 'Minutes are given twice; keep one, like “1h 30m”.');
      minutes = duration.value;
      i += duration.used;
    } else if (invested) {
      if ('error' in invested) return problem('day', invested.error);
      if (day !== null) return problem('day', 'Day is given twice; keep one.');
      if (daysBetween(context.today, invested.value) > 0) return problem('day', 'Day cannot be in the future; log time for today or an earlier day.');
      day = invested.value;
      i += invested.used;
    } else if (kindWord && kind === null) {
      kind = kindWord;
      i += 1;
    } else {
      // Any other word, or a second kind word ("coaching personal stuff"), starts the note.
      noteFrom = token.start;
      break;
    }
    const last = rest[i - 1] as Token;
    if (last.colon) {
      noteFrom = last.end;
      break;
    }
  }
  if (minutes === null) {
    if (nameColonEnd !== null) return noteOn(textFrom(trimmed, nameColonEnd), person.id, 'Note cannot be empty; write what you noticed after “@name:”.');
    return problem('minutes', 'Add the minutes you invested, like 30m or 1h.');
  }
  const note = textFrom(trimmed, noteFrom);
  const refused = note === null ? null : fieldProblem('note', InvestmentLogInput.entries.note, note);
  if (refused) return refused;
  return { type: 'investment', personId: person.id, minutes, kind: kind ?? DEFAULT_INVESTMENT_KIND, day: day ?? context.today, note };
}

import type { InvestmentKind } from '../../shared/investments';
import { INVESTMENT_KIND_NAMES, minutesWords } from '../../shared/words';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../db/database';
import { makePrivate } from '../backup/private-file';
import { throwIfCancelled, yieldToEventLoop, type LongTask } from './progress';

/** Characters no common file system accepts in a name, and control characters. */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name made from a person's name that every file system and editor accepts: unsafe
 * characters become spaces, no leading or trailing dots and spaces, Windows' reserved names
 * avoided, and a number added when two people would share a name (compared case-insensitively).
 */
export function safeFileName(name: string, taken: Set<string>): string {
  let base = name.normalize('NFC').replace(UNSAFE, ' ').replace(/\s+/g, ' ').replace(/^[ .]+|[ .]+$/g, '').slice(0, 80).trim();
  if (!base || RESERVED.test(base)) base = base ? `${base} (person)` : 'Person';
  let candidate = `${base}.md`;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base} (${n}).md`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

interface PersonRow {
  id: string;
  name: string;
  preferred_name: string | null;
  pronunciation: string | null;
  role: string | null;
  team: string | null;
  started_on: string | null;
  cadence_days: number;
  archived_at: string | null;
}

const LABEL: Record<string, string> = {
  one_on_one: 'One-on-one',
  observation: 'Observation',
  feedback_praise: 'Praise',
  feedback_constructive: 'Constructive feedback',
  other: 'Note',
  active: 'active',
  achieved: 'achieved',
  resolved: 'resolved',
  let_go: 'let go',
  family: 'Family',
  pet: 'Pet',
  hobby: 'Hobby',
  passion: 'Passion',
  good_to_know: 'Good to know',
};

const indent = (text: string) => text.replace(/\n/g, '\n  ');

const line = (label: string, value: string | number | null) => (value === null || value === '' ? [] : [`- **${label}:** ${value}`]);

function section(title: string, body: string[], empty = '_Nothing yet._'): string[] {
  return [`## ${title}`, '', ...(body.length > 0 ? body : [empty]), ''];
}

/** One person's page: profile, what matters, goals and challenges with progress, personal details, dates, commitments, talking points, time invested, notes and timeline. */
export function personMarkdown(db: Database, person: PersonRow): string {
  const id = person.id;
  const matters = db.all<{ what: string; why: string | null; noted_on: string }>(
    `SELECT what, why, noted_on FROM matters WHERE person_id = ? ORDER BY noted_on DESC, created_at DESC, id`,
    [id],
  );
  const goals = db.all<{ id: string; kind: string; sphere: string; title: string; detail: string | null; status: string; target_on: string | null }>(
    `SELECT id, kind, sphere, title, detail, status, target_on FROM goals WHERE person_id = ? ORDER BY created_at, id`,
    [id],
  );
  const progress = db.all<{ goal_id: string; body: string; noted_on: string; status: string | null; title: string }>(
    `SELECT p.goal_id, p.body, p.noted_on, p.status, g.title FROM progress_notes p JOIN goals g ON g.id = p.goal_id
     WHERE p.person_id = ? ORDER BY p.noted_on DESC, p.created_at DESC, p.id DESC`,
    [id],
  );
  const details = db.all<{ kind: string; name: string; relation: string | null; birthday: string | null; note: string | null }>(
    `SELECT kind, name, relation, birthday, note FROM personal_details WHERE person_id = ? ORDER BY kind, created_at, id`,
    [id],
  );
  const dates = db.all<{ kind: string; title: string; on_date: string; yearly: number; note: string | null }>(
    `SELECT kind, title, on_date, yearly, note FROM important_dates WHERE person_id = ? ORDER BY on_date, id`,
    [id],
  );
  const notes = db.all<{ kind: string; body: string; noted_on: string; mood: number | null; energy: number | null; created_at: string; id: string }>(
    `SELECT kind, body, noted_on, mood, energy, created_at, id FROM notes WHERE person_id = ?`,
    [id],
  );

  const time = db.all<{ day: string; minutes: number; kind: InvestmentKind; note: string | null }>(
    `SELECT day, minutes, kind, note FROM investments WHERE person_id = ? ORDER BY day DESC, created_at DESC, id`,
    [id],
  );
  const promises = db.all<{ text: string; owner: string; due_on: string | null; status: string; made_on: string; done_on: string | null; dropped_on: string | null; drop_reason: string | null }>(
    `SELECT text, owner, due_on, status, made_on, done_on, dropped_on, drop_reason FROM commitments WHERE person_id = ?
     ORDER BY status = 'open' DESC, made_on DESC, created_at DESC, id`,
    [id],
  );
  const points = db.all<{ text: string; discussed_on: string | null }>(
    `SELECT text, discussed_on FROM talking_points WHERE person_id = ? ORDER BY discussed_on IS NOT NULL, discussed_on DESC, position, id`,
    [id],
  );
  const totalMinutes = time.reduce((sum, t) => sum + t.minutes, 0);
  const promiseLine = (c: (typeof promises)[number]) => {
    const who = c.owner === 'me' ? 'You promised' : 'They will';
    const due = c.due_on ? ` (due ${c.due_on})` : '';
    if (c.status === 'done') return `- [x] ${who}: ${indent(c.text)}${due}, made ${c.made_on}, done ${c.done_on}`;
    if (c.status === 'dropped') return `- ~~${who}: ${indent(c.text)}~~ dropped ${c.dropped_on}${c.drop_reason ? `: ${indent(c.drop_reason)}` : ''}`;
    return `- [ ] ${who}: ${indent(c.text)}${due}, made ${c.made_on}`;
  };

  const goalBlock = (kind: 'goal' | 'challenge') =>
    goals
      .filter((g) => g.kind === kind)
      .flatMap((g) => [
        `### ${g.title}`,
        '',
        `_${g.sphere}, ${LABEL[g.status] ?? g.status}${g.target_on ? `, target ${g.target_on}` : ''}_`,
        '',
        ...(g.detail ? [g.detail, ''] : []),
        ...progress
          .filter((p) => p.goal_id === g.id)
          .map((p) => `- ${p.noted_on}: ${p.body.replace(/\n/g, '\n  ')}${p.status ? ` _(now ${LABEL[p.status] ?? p.status})_` : ''}`),
        '',
      ]);

  const timeline = [
    ...notes.map((n) => ({
      day: n.noted_on,
      created: n.created_at,
      id: n.id,
      heading: `${n.noted_on} · ${LABEL[n.kind] ?? n.kind}${n.mood ? ` · mood ${n.mood}/5` : ''}${n.energy ? ` · energy ${n.energy}/5` : ''}`,
      body: n.body,
    })),
    ...progress.map((p, i) => ({ day: p.noted_on, created: '', id: String(i), heading: `${p.noted_on} · Progress on “${p.title}”`, body: p.body })),
  ].sort((a, b) => b.day.localeCompare(a.day) || b.created.localeCompare(a.created) || b.id.localeCompare(a.id));

  return [
    `# ${person.name}`,
    '',
    ...section('Profile', [
      ...line('Preferred name', person.preferred_name),
      ...line('Pronunciation', person.pronunciation),
      ...line('Role', person.role),
      ...line('Team', person.team),
      ...line('Started on', person.started_on),
      ...line('Check in every', `${person.cadence_days} days`),
      ...line('Archived', person.archived_at),
    ]),
    ...section('What matters', matters.map((m) => `- **${m.what}**${m.why ? ` (${m.why})` : ''}, noted ${m.noted_on}`)),
    ...section('Goals', goalBlock('goal')),
    ...section('Challenges', goalBlock('challenge')),
    ...section(
      'Family and personal',
      details.map((d) => `- ${LABEL[d.kind] ?? d.kind}: ${d.name}${d.relation ? ` (${d.relation})` : ''}${d.birthday ? `, born ${d.birthday}` : ''}${d.note ? `: ${d.note}` : ''}`),
    ),
    ...section('Important dates', [
      ...dates.map((d) => `- ${d.kind === 'birthday' ? 'Birthday' : d.title}: ${d.on_date}${d.yearly || d.kind === 'birthday' ? ' (every year)' : ''}${d.note ? `: ${d.note}` : ''}`),
      ...(person.started_on ? [`- Work anniversary: ${person.started_on} (every year)`] : []),
    ]),
    ...section('Commitments', promises.map(promiseLine)),
    ...section('Talking points', points.map((p) => `- ${indent(p.text)}${p.discussed_on ? ` (discussed ${p.discussed_on})` : ''}`)),
    ...section('Time invested', [
      ...(time.length > 0 ? [`${minutesWords(totalMinutes)} in all.`, ''] : []),
      ...time.map((t) => `- ${t.day} · ${INVESTMENT_KIND_NAMES[t.kind]} · ${minutesWords(t.minutes)}${t.note ? `: ${indent(t.note)}` : ''}`),
    ]),
    ...section('Notes and timeline', timeline.flatMap((t) => [`### ${t.heading}`, '', t.body, ''])),
  ].join('\n');
}

/** Writes one Markdown file per person (archived people too) into `folder`, which must exist. */
export async function writeMarkdownFolder(db: Database, folder: string, task: LongTask = {}): Promise<{ bytes: number; people: number }> {
  const people = db.all<PersonRow>(
    `SELECT id, name, preferred_name, pronunciation, role, team, started_on, cadence_days, archived_at FROM people ORDER BY name COLLATE NOCASE, id`,
  );
  const taken = new Set<string>();
  let bytes = 0;
  for (const [index, person] of people.entries()) {
    const file = join(folder, safeFileName(person.name, taken));
    const text = personMarkdown(db, person);
    writeFileSync(file, text, { mode: 0o600, flag: 'wx' });
    makePrivate(file);
    bytes += Buffer.byteLength(text);
    task.onProgress?.({ done: index + 1, total: people.length, step: person.name });
    await yieldToEventLoop();
    throwIfCancelled(task.signal, 'export');
  }
  return { bytes, people: people.length };
}

import { sinceLastTimeInOrder, type PrepCommitment, type PrepSheet, type SinceItem } from '../../shared/prep';
import { daysAgoWords, dueWords, kindName, minutesWords, ownerWords } from '../../shared/words';
import { possessive, shortDay } from './words';

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function ago(days: number | null, what: string): string {
  return days === null ? `No ${what} logged yet` : `Last ${what} ${daysAgoWords(days)}`;
}

/** One line of text from free text: a Markdown list item must not break across lines. */
function inline(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

function sinceLine(item: SinceItem): string {
  if (item.kind === 'note') return `note: ${inline(item.note.body)}`;
  if (item.kind === 'progress') return `progress on “${inline(item.progress.goalTitle)}”: ${inline(item.progress.body)}`;
  const i = item.investment;
  return `${minutesWords(i.minutes)} · ${kindName(i.kind)}${i.note ? `: ${inline(i.note)}` : ''}`;
}

function commitmentLine(c: PrepCommitment, today: string): string {
  const facts = [c.daysOverdue !== null ? `overdue ${plural(c.daysOverdue, 'day', 'days')}` : c.dueOn ? dueWords(c.dueOn, today) : null];
  facts.push(`made ${daysAgoWords(c.ageDays)}`);
  return `- [ ] ${inline(c.text)} (${facts.filter(Boolean).join(' · ')})`;
}

/**
 * The prep sheet as Markdown, to copy into another tool or save as a file: the same sections, in the
 * same order, with the same words as the Prep view. Sections with nothing in them say so in one line.
 */
export function prepMarkdown(sheet: PrepSheet): string {
  const today = sheet.day;
  const s = sheet.sinceLastTime;
  const out: string[] = [`# Prep: ${sheet.person.name}`, '', `For ${shortDay(today, today)}${sheet.person.role ? ` · ${sheet.person.role}` : ''}`, ''];

  out.push('## Since last time', '', `- ${ago(s.daysSinceOneOnOne, '1:1')}`, `- ${ago(s.daysSinceInvestment, 'time invested')}`);
  const span = s.lastOneOnOneOn ? `Since the 1:1 on ${shortDay(s.from, today)}` : `In the last 30 days (no 1:1 yet)`;
  out.push('', `${span}:`, '');
  if (s.notes.length + s.progress.length + s.investments.length === 0) out.push('- Nothing written or logged.');
  for (const item of sinceLastTimeInOrder(s)) out.push(`- ${shortDay(item.day, today)} · ${sinceLine(item)}`);

  out.push('', '## Follow through', '');
  if (sheet.followThrough.mine.length + sheet.followThrough.theirs.length === 0) out.push('- Nothing open.');
  if (sheet.followThrough.mine.length > 0) out.push(`${ownerWords('me', sheet.person.callName)}:`, '', ...sheet.followThrough.mine.map((c) => commitmentLine(c, today)), '');
  if (sheet.followThrough.theirs.length > 0) out.push(`${ownerWords('them', sheet.person.callName)}:`, '', ...sheet.followThrough.theirs.map((c) => commitmentLine(c, today)), '');

  out.push('', '## Talking points', '');
  if (sheet.talkingPoints.length === 0) out.push('- None queued.');
  for (const p of sheet.talkingPoints) {
    const notes = [p.label, p.flag].filter(Boolean).join(' — ');
    out.push(`- [ ] ${inline(p.text)}${notes ? ` (${notes})` : ''}`);
  }

  out.push('', `## ${possessive(sheet.person.callName)} goals and challenges`, '');
  if (sheet.goals.length === 0) out.push('- None active.');
  for (const g of sheet.goals) {
    const latest = g.latestProgress
      ? `latest ${shortDay(g.latestProgress.notedOn, today)}: ${inline(g.latestProgress.body)} (${daysAgoWords(g.daysSinceProgress)})`
      : `nothing noted yet (added ${daysAgoWords(g.daysSinceProgress)})`;
    out.push(`- ${g.kind === 'goal' ? 'Goal' : 'Challenge'} (${g.sphere}): ${inline(g.title)} — ${latest}`);
  }

  out.push('', '## What matters', '');
  if (sheet.matters.length === 0) out.push('- Nothing recorded yet.');
  // The why in the leader's own words after a dash, as on the sheet: "because Felt…" read badly.
  for (const m of sheet.matters) out.push(`- ${inline(m.what)}${m.why ? ` — ${inline(m.why)}` : ''}`);

  out.push('', '## Coming up', '');
  if (sheet.dates.length === 0) out.push('- No dates coming up.');
  for (const d of sheet.dates) out.push(`- ${inline(d.title)}: ${d.nextOn ? shortDay(d.nextOn, today) : shortDay(d.on, today)}`);

  out.push('', '## A year ago with them', '');
  if (sheet.yearAgo.notes.length === 0) out.push('- Nothing written that week last year.');
  for (const note of sheet.yearAgo.notes) out.push(`- ${shortDay(note.notedOn, today)}: ${inline(note.body)}`);

  out.push('', '## Questions to consider', '');
  if (sheet.questions.length === 0) out.push('- None this time.');
  for (const q of sheet.questions) out.push(`- ${q.text} (${q.because})`);

  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

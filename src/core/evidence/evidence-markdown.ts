import type { InvestmentKind } from '../../shared/investments';
import { evidenceSectionTitle, EVIDENCE_SECTIONS, type EvidenceCommitment, type EvidencePack, type EvidenceSection } from '../../shared/evidence';
import { withoutMentionMarks } from '../../shared/journal-plain-text';
import { possessive, shortDay } from '../prep/words';

/**
 * The evidence pack as a Markdown document (issue 18): the chosen sections in the pack's order, every
 * item with its day and where it came from, the leader's words as written. An empty section says so
 * rather than vanishing, so a reader knows it was looked for.
 */

/** "3 Nov 2026": a review spans years, so every day carries its year (an empty "today" shares none). */
const dated = (day: string): string => shortDay(day, '');

/** "45 min", "2 h", "2 h 15 min". */
export function durationWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

const TIME_KIND_WORDS: Record<InvestmentKind, string> = {
  one_on_one: 'One-on-ones',
  coaching: 'Coaching',
  career: 'Career conversations',
  check_in: 'Informal check-ins',
  personal: 'Help with personal matters',
  recognition: 'Recognition',
  other: 'Other time',
};

export function timeKindWords(kind: InvestmentKind): string {
  return TIME_KIND_WORDS[kind];
}

/** Continuation lines of a multi-line record stay inside its list item. */
function item(lead: string, text: string): string {
  return `- ${lead}${text.trim().replace(/\n/g, '\n  ')}`;
}

function list(lines: string[], empty: string): string[] {
  return lines.length === 0 ? [`_${empty}_`] : lines;
}

/** "kept 3 Nov 2026 · made 1 Oct 2026 · due 5 Nov 2026, on time". */
export function keptWords(commitment: EvidenceCommitment): string {
  const due = commitment.dueOn === null ? 'no due day' : `due ${dated(commitment.dueOn)}, ${commitment.onTime ? 'on time' : 'late'}`;
  return `kept ${dated(commitment.doneOn)} · made ${dated(commitment.madeOn)} · ${due}`;
}

function sectionLines(pack: EvidencePack, section: EvidenceSection): string[] {
  const who = pack.person.callName;
  switch (section) {
    case 'feedback':
      return [
        '### Praise',
        ...list(pack.feedback.praise.map((note) => item(`${dated(note.day)} (note, praise): `, note.body)), 'No praise noted in this period.'),
        '',
        '### Constructive',
        ...list(
          pack.feedback.constructive.map((note) => item(`${dated(note.day)} (note, constructive): `, note.body)),
          'No constructive feedback noted in this period.',
        ),
      ];
    case 'recognition':
      return list(
        pack.recognition.map((given) => item(`${dated(given.day)} (time invested, ${durationWords(given.minutes)})`, given.note ? `: ${given.note}` : '')),
        'No recognition logged in this period.',
      );
    case 'goals':
      return [
        '### Achieved or resolved',
        ...list(
          pack.goals.closed.map((goal) =>
            item(`${dated(goal.day)} (${goal.source === 'progress' ? 'progress note' : 'goal'}): `, `${goal.kind === 'goal' ? 'Goal' : 'Challenge'} “${goal.title}” ${goal.status}`),
          ),
          'No goal achieved or challenge resolved in this period.',
        ),
        '',
        '### Progress notes',
        ...list(
          pack.goals.progress.map((progress) => item(`${dated(progress.day)} (progress on “${progress.goalTitle}”): `, progress.body)),
          'No progress noted in this period.',
        ),
      ];
    case 'commitments':
      return [
        '### Kept by me',
        ...list(pack.commitments.mine.map((c) => item(`${keptWords(c)} (commitment): `, c.text)), 'None of my commitments were kept in this period.'),
        '',
        `### Kept by ${who}`,
        ...list(pack.commitments.theirs.map((c) => item(`${keptWords(c)} (commitment): `, c.text)), `None of ${possessive(who)} commitments were kept in this period.`),
      ];
    case 'matters':
      return list(
        pack.matters.map((matter) => item(`noted ${dated(matter.day)} (what matters): `, `**${matter.what}**${matter.why ? ` — ${matter.why}` : ''}`)),
        `Nothing noted yet on what matters to ${who}.`,
      );
    case 'time':
      return pack.time.totalMinutes === 0
        ? ['_No time logged in this period._']
        : [
            `${durationWords(pack.time.totalMinutes)} in all (time invested).`,
            '',
            ...pack.time.byKind.map((row) => `- ${timeKindWords(row.kind)}: ${durationWords(row.minutes)} (${row.times === 1 ? 'once' : `${row.times} times`})`),
          ];
    case 'journal':
      return list(
        // A mention reads as the name here too, as on the evidence page (shared/journal-plain-text.ts).
        pack.journal.map((line) => item(`${dated(line.day)} (journal): `, withoutMentionMarks(line.line))),
        `No journal line mentions ${who} in this period.`,
      );
  }
}

export function evidenceMarkdown(pack: EvidencePack, sections: readonly EvidenceSection[]): string {
  const chosen = EVIDENCE_SECTIONS.filter((section) => sections.includes(section));
  const lines = [
    `# Evidence for a review: ${pack.person.name}`,
    '',
    [pack.person.role, `${dated(pack.from)} – ${dated(pack.to)}`].filter(Boolean).join(' · '),
    '',
    'Each item is as it was recorded in Tend, with its date and where it came from.',
  ];
  for (const section of chosen) lines.push('', `## ${evidenceSectionTitle(section, pack.person.callName)}`, '', ...sectionLines(pack, section));
  return `${lines.join('\n')}\n`;
}

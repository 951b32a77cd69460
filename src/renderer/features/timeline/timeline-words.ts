import { plainJournalLine } from '../../../shared/journal-plain-text';
import { ownerWords } from '../../../shared/words';
import type { Commitment } from '../../../shared/commitments';
import type { CommitmentEvent } from '../../../shared/timeline';

/** How the timeline words what is not a note: commitment events and journal mentions. */

const EXCERPT_LINES = 3;
const EXCERPT_CHARS = 280;

/** "You promised: …", "Sam asked for: …", "Done: …", "Dropped: … — reason". */
export function commitmentEventWords(event: CommitmentEvent, commitment: Commitment, name: string): { label: string; text: string } {
  if (event === 'done') return { label: 'Done', text: commitment.text };
  if (event === 'dropped') return { label: 'Dropped', text: commitment.dropReason ? `${commitment.text} — ${commitment.dropReason}` : commitment.text };
  return { label: ownerWords(commitment.owner, name), text: commitment.text };
}

/** The first few non-empty lines of a journal entry as plain text (as the Journal's list reads them), cut at a word with an ellipsis. */
export function journalExcerpt(body: string): string {
  const lines = body.split('\n').map(plainJournalLine).filter((line) => line !== '');
  let text = lines.slice(0, EXCERPT_LINES).join('\n');
  const cut = lines.length > EXCERPT_LINES || text.length > EXCERPT_CHARS;
  if (text.length > EXCERPT_CHARS) text = text.slice(0, text.lastIndexOf(' ', EXCERPT_CHARS) > 0 ? text.lastIndexOf(' ', EXCERPT_CHARS) : EXCERPT_CHARS);
  return cut ? `${text}…` : text;
}

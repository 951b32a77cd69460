import { plainJournalLine } from '../../shared/journal-plain-text';

/**
 * An entry's opening words for the Journal's list: plain text on one line, without the Markdown that
 * would show as symbols (headings' #, list dashes and to-do boxes, emphasis, quotes, the @ of a mention),
 * cut at a word boundary within `max` characters with "…" when there is more.
 */
export function entryExcerpt(body: string, max: number): string {
  const text = body
    .split('\n')
    .map(plainJournalLine)
    .filter((line) => line !== '')
    .join(' · ');
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s·,;:.-]+$/, '')}…`;
}

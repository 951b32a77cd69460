/**
 * How what a journal entry says reads outside the editor, the same in the Journal's list, search
 * results, the person's timeline and the evidence pack.
 *
 * A `@Name` mention reads as the name alone. Only the `@` that starts a mention goes (at the start
 * of a line or after a space or an opening bracket, as the editor writes it); an e-mail address or
 * `@@` keeps its `@`. The result is plain text: views render it as text.
 */
const MENTION_AT = /(^|[\s(])@(?=[^\s@])/g;

export function withoutMentionMarks(text: string): string {
  return text.replace(MENTION_AT, '$1');
}

/**
 * The same for text in pieces (a search snippet, whose matched words are pieces of their own): an `@`
 * at the end of one piece can start a mention whose name is the next piece.
 */
export function piecesWithoutMentionMarks<T extends { text: string }>(pieces: readonly T[]): T[] {
  const whole = pieces.map((piece) => piece.text).join('');
  const dropped = new Set<number>();
  for (const found of whole.matchAll(MENTION_AT)) dropped.add(found.index + found[1]!.length);
  let offset = 0;
  return pieces.map((piece) => {
    const start = offset;
    offset += piece.text.length;
    let text = '';
    for (let i = 0; i < piece.text.length; i++) if (!dropped.has(start + i)) text += piece.text[i];
    return { ...piece, text };
  });
}

/**
 * One line of an entry as plain text: without the Markdown that would show as symbols (headings' #,
 * list dashes and to-do boxes, emphasis, quotes) or a mention's `@`.
 */
export function plainJournalLine(line: string): string {
  return withoutMentionMarks(line)
    .replace(/^\s*(#{1,6}\s+|>\s*|[-*+]\s+\[[ xX]\]\s+|[-*+]\s+|\d+[.)]\s+)/, '')
    .replace(/(\*\*|__|\*|_|~~|`)(?=\S)([^]*?\S)\1/g, '$2')
    .trim();
}

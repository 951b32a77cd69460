import type { ParsedMentions } from '../journal/mentions';

/**
 * The lines of a journal entry that mention one person, as written (trimmed), each once, in the
 * entry's order. A mention in an unchecked to-do is an intention, not something that happened, and
 * code or URLs are never mentions (journal/mentions.ts decides both, as it does for the timeline).
 */
export function linesMentioning(body: string, personId: string, parse: (markdown: string) => ParsedMentions): string[] {
  const lines: string[] = [];
  let lastStart = -1;
  for (const mention of parse(body).mentions) {
    if (mention.personId !== personId) continue;
    const start = body.lastIndexOf('\n', mention.start - 1) + 1;
    if (start === lastStart) continue;
    lastStart = start;
    const end = body.indexOf('\n', mention.start);
    lines.push(body.slice(start, end < 0 ? body.length : end).trim());
  }
  return lines;
}

/** The line's leading mention: `@Sam` or a quoted `@"Ana María"`, with the spaces after it. */
const LEADING_MENTION = /^\s*@(?:["“][^"”]*["”]|[^\s:,]+)[,:]?\s*/;

/** How the line names a person picked from the list: a bare first word is not enough when names share one, so quoted in full when it has several words. */
export function mentionFor(name: string): string {
  const trimmed = name.trim();
  return /\s/.test(trimmed) ? `@"${trimmed.replace(/["“”]/g, '')}"` : `@${trimmed}`;
}

/**
 * The line after picking `name` in the person picker: the line's own mention is replaced (keeping a
 * colon that asked for a note), or the mention is put in front of what was typed.
 */
export function lineWithPerson(line: string, name: string): string {
  const mention = mentionFor(name);
  const found = LEADING_MENTION.exec(line);
  if (!found) return line.trim() === '' ? `${mention} ` : `${mention} ${line.trimStart()}`;
  const separator = found[0].trimEnd().endsWith(':') ? ': ' : ' ';
  return `${mention}${separator}${line.slice(found[0].length)}`;
}

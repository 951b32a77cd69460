/**
 * Most notes are typed like a message: words, punctuation and line breaks, no markdown at all. For
 * those the markdown path (marked, then DOMPurify) only wraps paragraphs and turns line breaks into
 * `<br>`, yet on a page's first notes it is the costliest thing the page does: both libraries run
 * cold. A note passes here only when nothing in it could be markdown or HTML syntax, and then gets
 * exactly the HTML the markdown path would give (tests/unit/renderer/timeline/plain-text-note.test.ts
 * holds the two side by side).
 */

/**
 * What markdown (GFM, with `breaks`) or HTML could read as syntax, kept wide on purpose — a note
 * that merely might be markdown takes the full path:
 * - characters that open emphasis, code, links, headings, tables, HTML, entities, escapes and
 *   setext underlines, and `@` (an e-mail address becomes a link);
 * - whitespace other than a space or a line feed (tabs indent code; CR, NBSP and the like are
 *   rewritten or kept by the parser in ways not worth copying here);
 * - a line that starts with a space (indented code, lazy list text) or `-` (a list, a rule, a setext
 *   underline), or with a number then `.` or `)` (an ordered list), or that ends with a space (a hard
 *   break the parser trims);
 * - `www.` and `://`, which GFM turns into links.
 */
const MAYBE_SYNTAX = /[\\`*_~[\]<>&#|=+@]|[^\S \n]|^[ -]|^\d+[.)]| $|www\.|:\/\//im;

/** True when the note has nothing that markdown or HTML would read as syntax. */
export function isPlainText(source: string): boolean {
  return !MAYBE_SYNTAX.test(source);
}

/**
 * The HTML of a plain-text note: one paragraph per run of lines between blank lines, its line breaks
 * as `<br>`. Only for text that `isPlainText` accepted: nothing in it needs escaping.
 */
export function plainTextHtml(source: string): string {
  const trimmed = source.replace(/^\n+|\n+$/g, '');
  if (trimmed === '') return '';
  return trimmed
    .split(/\n{2,}/)
    .map((paragraph) => `<p>${paragraph.split('\n').join('<br>')}</p>\n`)
    .join('');
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as inert HTML: every character HTML could read as markup or an attribute's end is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/**
 * Any text as inert HTML in plainTextHtml's shape. For a note with markdown where the sanitiser
 * cannot run (the host's first screen, markdown.ts).
 */
export function escapedTextHtml(source: string): string {
  return plainTextHtml(escapeHtml(source));
}

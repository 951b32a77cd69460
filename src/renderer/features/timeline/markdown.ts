import createDOMPurify from 'dompurify';
import { Marked } from 'marked';
import { escapeHtml, escapedTextHtml, isPlainText, plainTextHtml } from './plain-text-note';

/**
 * Notes are written in markdown and shown as HTML. Two layers keep that safe (DESIGN.md "Renderer",
 * "Security"): raw HTML typed into a note is shown as text, not parsed, and whatever marked
 * produces passes DOMPurify with a short allow-list before it reaches the page.
 *
 * Links keep their text but lose their href: the app must never navigate away, and Electron blocks
 * new windows, so a live link could only ever do nothing or something surprising. The address is
 * kept in the title for http(s) and mailto links so the leader can still see where it pointed.
 */

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'a',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];
const ALLOWED_ATTR = ['title', 'start'];
const SHOWN_LINK = /^(https?:|mailto:)/i;

const marked = new Marked({
  gfm: true,
  // A note is usually typed like a message: a single line break should stay a line break.
  breaks: true,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
  },
});

let purifier: ReturnType<typeof createDOMPurify> | undefined;

/** One DOMPurify instance with Tend's allow-list and link rule, made on first use (it needs the page's window). */
function purify(): ReturnType<typeof createDOMPurify> {
  if (purifier) return purifier;
  purifier = createDOMPurify(window);
  // Set once rather than passed to each sanitize(), which would rebuild the allow-lists from the
  // library's defaults for every note: on a page's first notes that was a third of the sanitiser's time.
  purifier.setConfig({ ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false });
  purifier.addHook('beforeSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = node.getAttribute('href')?.trim() ?? '';
    if (SHOWN_LINK.test(href) && !node.hasAttribute('title')) node.setAttribute('title', href);
  });
  return purifier;
}

/** The second layer on its own: any HTML reduced to the allow-list, links without their href. */
export function sanitizeNoteHtml(html: string): string {
  return purify().sanitize(html);
}

/** Safe HTML for a note's markdown, the whole way: parsed, then sanitised. */
export function markdownHtml(source: string): string {
  return sanitizeNoteHtml(marked.parse(source, { async: false }));
}

/** Safe HTML for a note's markdown; plain text (most notes) skips both libraries for the same HTML. */
export function renderMarkdown(source: string): string {
  if (isPlainText(source)) return plainTextHtml(source);
  // The host drawing a first screen ahead of time has no DOM for DOMPurify: a note with markdown is
  // shown there as its text, escaped, until the window draws it (prerender/first-screen.ts).
  return typeof window === 'undefined' ? escapedTextHtml(source) : markdownHtml(source);
}

/** A record whose body is markdown: a note, or an investment's note. */
export interface MarkdownSource {
  id: string;
  updatedAt: string;
  body: string;
}

/** How many notes' HTML is kept: a few screens either way of where the leader is reading. */
const CACHED_NOTES = 600;
const cache = new Map<string, string>();

/**
 * A note's HTML, rendered once per version: a virtualised row is drawn again each time it scrolls
 * back into view, and parsing plus sanitising on every draw is what made a fast scroll hitch.
 */
export function noteHtml(note: MarkdownSource): string {
  // Not kept in the host: its escaped text is not what the window shows.
  if (typeof window === 'undefined') return renderMarkdown(note.body);
  const key = `${note.id}@${note.updatedAt}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const html = renderMarkdown(note.body);
  // A Map keeps insertion order, so the first key is the one rendered longest ago.
  if (cache.size >= CACHED_NOTES) cache.delete(cache.keys().next().value!);
  cache.set(key, html);
  return html;
}

const waiting: MarkdownSource[] = [];
let draining = false;

/** Leave this much of an idle period unused, so a frame that follows is never late. */
const IDLE_MARGIN_MS = 4;

function drain(deadline: IdleDeadline): void {
  while (waiting.length > 0 && deadline.timeRemaining() > IDLE_MARGIN_MS) noteHtml(waiting.shift()!);
  if (waiting.length > 0) requestIdleCallback(drain);
  else draining = false;
}

/**
 * Renders these notes' HTML into the cache in the gaps between frames, right after a page of them
 * arrives: a row scrolled into view then finds its HTML ready, where rendering a screenful of notes
 * at once was a long task in a fast scroll (issue 7).
 */
export function renderWhenIdle(sources: readonly MarkdownSource[]): void {
  if (typeof requestIdleCallback !== 'function') return;
  waiting.push(...sources);
  if (waiting.length > CACHED_NOTES) waiting.splice(0, waiting.length - CACHED_NOTES);
  if (draining) return;
  draining = true;
  requestIdleCallback(drain);
}

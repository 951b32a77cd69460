import type { SnippetSegment } from '../../shared/search';

/**
 * FTS5's snippet() marks matched words with these; the contract refuses control characters in every
 * stored text, so they cannot come from what the leader typed.
 */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

/** Splits a marked snippet into plain-text pieces; the view renders each as text, never as markup. */
export function snippetSegments(marked: string): SnippetSegment[] {
  // One pass without a helper closure: this runs for every hit of every keystroke.
  const segments: SnippetSegment[] = [];
  let at = 0;
  while (at < marked.length) {
    const start = marked.indexOf(HIT_START, at);
    const plainEnd = start === -1 ? marked.length : start;
    if (plainEnd > at) appendSegment(segments, marked.slice(at, plainEnd), false);
    if (start === -1) break;
    const end = marked.indexOf(HIT_END, start + 1);
    const hitEnd = end === -1 ? marked.length : end;
    if (hitEnd > start + 1) appendSegment(segments, marked.slice(start + 1, hitEnd), true);
    at = end === -1 ? marked.length : end + 1;
  }
  return segments;
}

/** Adds a piece, joined to the last one when both are hits or both plain (two marked words side by side). */
function appendSegment(segments: SnippetSegment[], text: string, hit: boolean): void {
  const last = segments[segments.length - 1];
  if (last !== undefined && last.hit === hit) last.text += text;
  else segments.push({ text, hit });
}

/** A record's opening words, for a hit found by filters alone: whole lines joined, cut at a word. */
export function openingOf(text: string, max = 160): SnippetSegment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat === '' ? [] : [{ text: flat, hit: false }];
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return [{ text: `${space > max / 2 ? cut.slice(0, space) : cut}…`, hit: false }];
}

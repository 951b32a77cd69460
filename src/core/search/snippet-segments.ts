import type { SnippetSegment } from '../../shared/search';

/**
 * FTS5's snippet() marks matched words with these; the contract refuses control characters in every
 * stored text, so they cannot come from what the leader typed.
 */
export const HIT_START = '\u0002';
export const HIT_END = '\u0003';

/** Splits a marked snippet into plain-text pieces; the view renders each as text, never as markup. */
export function snippetSegments(marked: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  const push = (text: string, hit: boolean) => {
    if (text === '') return;
    const last = segments.at(-1);
    if (last && last.hit === hit) last.text += text;
    else segments.push({ text, hit });
  };
  let rest = marked;
  while (rest !== '') {
    const start = rest.indexOf(HIT_START);
    if (start === -1) {
      push(rest, false);
      break;
    }
    push(rest.slice(0, start), false);
    const end = rest.indexOf(HIT_END, start + 1);
    const stop = end === -1 ? rest.length : end;
    push(rest.slice(start + 1, stop), true);
    rest = end === -1 ? '' : rest.slice(end + 1);
  }
  return segments;
}

/** A record's opening words, for a hit found by filters alone: whole lines joined, cut at a word. */
export function openingOf(text: string, max = 160): SnippetSegment[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat === '' ? [] : [{ text: flat, hit: false }];
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return [{ text: `${space > max / 2 ? cut.slice(0, space) : cut}…`, hit: false }];
}

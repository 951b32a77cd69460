/** Where `words`' first word starts in `text`, ignoring case and accents; -1 when it is not there. */
export function firstMatchOf(text: string, words: string): { start: number; end: number } | null {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const wanted = (words.match(/[\p{L}\p{N}]+/gu) ?? []).map(fold).filter((w) => w.length > 0);
  if (wanted.length === 0) return null;
  // Fold character by character so positions in the folded text are positions in the original.
  const folded = [...text].map((c) => fold(c).slice(0, 1) || ' ').join('');
  const chars = [...text];
  let best: { start: number; end: number } | null = null;
  for (const word of wanted) {
    const at = folded.indexOf(word);
    if (at === -1) continue;
    let end = at + word.length;
    while (end < chars.length && /[\p{L}\p{N}]/u.test(chars[end]!)) end++;
    if (best === null || at < best.start) best = { start: at, end };
  }
  if (best === null) return null;
  // Code-unit offsets for setSelectionRange.
  const offset = (n: number) => chars.slice(0, n).join('').length;
  return { start: offset(best.start), end: offset(best.end) };
}

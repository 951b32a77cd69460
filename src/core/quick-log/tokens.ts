/** The words of a quick-log line, with where each sits so the note keeps the leader's own spacing. */
export interface Token {
  raw: string;
  start: number;
  end: number;
  /** Folded for matching: lower case, no diacritics, without a trailing `,` or `:`. */
  word: string;
  /** The word ended with `:`, which closes the leading part of the line; what follows is free text. */
  colon: boolean;
}

/** Case- and diacritics-insensitive form, so "@jose" finds José and "@ana maria" finds Ana María. */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[‘’]/g, "'").toLowerCase();
}

export function tokenize(line: string, from = 0): Token[] {
  const tokens: Token[] = [];
  const words = /\S+/g;
  words.lastIndex = from;
  for (let m = words.exec(line); m; m = words.exec(line)) {
    const raw = m[0];
    tokens.push({ raw, start: m.index, end: m.index + raw.length, word: fold(raw).replace(/[,:]+$/, ''), colon: raw.endsWith(':') });
  }
  return tokens;
}

/** The token after `i`, unless a colon closed the leading part at `i`. */
export function following(tokens: readonly Token[], i: number): Token | undefined {
  const here = tokens[i];
  return here && !here.colon ? tokens[i + 1] : undefined;
}

/** What a reader found: a value and how many tokens it used, a problem to report, or nothing it recognises. */
export type Read<T> = { value: T; used: number } | { error: string } | null;

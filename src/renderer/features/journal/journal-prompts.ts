/**
 * Whether the leader hid the journal's prompts: a preference of this browser, kept in its
 * localStorage (no words of theirs). main.ts reads it before asking the host to draw the Journal,
 * which cannot see it: drawn with the prompts shown, the page would then lose them as it started.
 */
const PROMPTS_KEY = 'tend.journal.hidePrompts';

export function promptsHiddenKept(): boolean {
  return typeof localStorage !== 'undefined' && localStorage.getItem(PROMPTS_KEY) === 'true';
}

export function keepPromptsHidden(hidden: boolean): void {
  localStorage.setItem(PROMPTS_KEY, String(hidden));
}

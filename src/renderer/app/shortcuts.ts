/**
 * Keyboard shortcuts as pure decisions over a key event's facts, so the rules (no single-letter
 * shortcuts while typing, Cmd on macOS and Ctrl elsewhere) are testable without a DOM.
 */
export interface KeyFacts {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** True when focus is in a text field, text area, select or editable element. */
  typing: boolean;
  /** True when some earlier handler (a dialog, a field) already used the key. */
  defaultPrevented: boolean;
}

export type GlobalShortcut = 'go-search' | 'go-journal' | 'log-time';

/** Elements where a plain letter is text, not a command. */
export function isTypingElement(element: { tagName: string; type?: string; isContentEditable?: boolean } | null): boolean {
  if (!element) return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const nonText = ['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'];
  return !nonText.includes((element.type ?? 'text').toLowerCase());
}

/** A single unmodified letter such as `N`, only when the user is not typing. */
export function isPlainKey(facts: KeyFacts, letter: string): boolean {
  if (facts.defaultPrevented || facts.typing) return false;
  if (facts.ctrlKey || facts.metaKey || facts.altKey) return false;
  return facts.key.toLowerCase() === letter.toLowerCase();
}

/** `Cmd` on macOS, `Ctrl` elsewhere, with no other modifiers. */
function withCommand(facts: KeyFacts, letter: string, isMac: boolean): boolean {
  const command = isMac ? facts.metaKey && !facts.ctrlKey : facts.ctrlKey && !facts.metaKey;
  return command && !facts.altKey && !facts.shiftKey && facts.key.toLowerCase() === letter;
}

/** App-wide shortcuts that work even while typing (UI.md "Keyboard"). */
export function globalShortcutFor(facts: KeyFacts, isMac: boolean): GlobalShortcut | null {
  if (facts.defaultPrevented) return null;
  if (withCommand(facts, 'k', isMac)) return 'go-search';
  if (withCommand(facts, 'j', isMac)) return 'go-journal';
  if (withCommand(facts, 'l', isMac)) return 'log-time';
  return null;
}

/** "⌘Enter" on macOS, "Ctrl+Enter" elsewhere: saves an inline form from any field. */
export function submitShortcutLabel(isMac: boolean): string {
  return isMac ? '⌘Enter' : 'Ctrl+Enter';
}

/** The label shown in tooltips: "⌘K" on macOS, "Ctrl+K" elsewhere. */
export function commandLabel(letter: string, isMac: boolean): string {
  return isMac ? `⌘${letter.toUpperCase()}` : `Ctrl+${letter.toUpperCase()}`;
}

/**
 * Every keyboard shortcut of the app, in one table: the `?` overlay lists it, tooltips and the
 * palette read their labels from it, and handlers ask `pressed(id, …)` by its ids. A shortcut that
 * is not in the table cannot be matched, so it cannot be missing from the list (issue 20, item 8).
 * The decisions are pure over a key event's facts, so the rules (no single-letter shortcuts while
 * typing, Cmd on macOS and Ctrl elsewhere) are testable without a DOM.
 */
import type { HostShortcut } from '../../shared/contract';

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

/** One key press: `key` as `KeyboardEvent.key` in lower case (`k`, `arrowdown`, `enter`, `?`). */
interface Chord {
  key: string;
  /** Cmd on macOS, Ctrl elsewhere; such a chord works even while typing. */
  command?: boolean;
  shift?: boolean;
}

/** Where a shortcut works, as the overlay groups them. */
export type ShortcutPlace = 'Anywhere' | 'Find anything' | 'Today' | 'Prep' | 'People' | 'A person’s page' | 'Journal' | 'Forms and dialogs';

interface Shortcut {
  chords: readonly Chord[];
  /** What it does, as the overlay and tooltips say it. */
  does: string;
  place: ShortcutPlace;
}

export const SHORTCUTS = {
  palette: { chords: [{ key: 'k', command: true }], does: 'Find a person, an action or anything you wrote', place: 'Anywhere' },
  // The browser's own find cannot see the rows a long, virtualised list has not drawn (a timeline
  // of years), so Ctrl/Cmd+F searches the records instead.
  'find-in-page': { chords: [{ key: 'f', command: true }], does: 'Find in what you wrote about the person on screen; elsewhere, find anything', place: 'Anywhere' },
  journal: { chords: [{ key: 'j', command: true }], does: 'Open today’s journal', place: 'Anywhere' },
  'log-time': { chords: [{ key: 'l', command: true }], does: 'Log time invested', place: 'Anywhere' },
  presenting: { chords: [{ key: 'p', command: true, shift: true }], does: 'Presenting: blur what you wrote while sharing your screen', place: 'Anywhere' },
  lock: { chords: [{ key: 'l', command: true, shift: true }], does: 'Lock Tend now', place: 'Anywhere' },
  'shortcuts-help': { chords: [{ key: '?' }], does: 'Show these keyboard shortcuts', place: 'Anywhere' },
  'palette-move': { chords: [{ key: 'arrowdown' }, { key: 'arrowup' }], does: 'Move through the results', place: 'Find anything' },
  'palette-choose': { chords: [{ key: 'enter' }], does: 'Open the highlighted result', place: 'Find anything' },
  'today-move': { chords: [{ key: 'arrowdown' }, { key: 'arrowup' }], does: 'Move through your team', place: 'Today' },
  'today-open': { chords: [{ key: 'enter' }], does: 'Open the selected person', place: 'Today' },
  'today-log': { chords: [{ key: 'l' }], does: 'Log time for the selected person', place: 'Today' },
  'prep-next': { chords: [{ key: 'j' }], does: 'Next person’s prep sheet', place: 'Prep' },
  'prep-previous': { chords: [{ key: 'k' }], does: 'Previous person’s prep sheet', place: 'Prep' },
  'prep-read': { chords: [{ key: 'enter' }], does: 'Read the selected person’s sheet', place: 'Prep' },
  'people-new': { chords: [{ key: 'n' }], does: 'Add a person', place: 'People' },
  'person-note': { chords: [{ key: 'n' }], does: 'Write a new note', place: 'A person’s page' },
  'journal-mention': { chords: [{ key: '@' }], does: 'Mention someone (↑/↓ and Enter to pick)', place: 'Journal' },
  'form-save': { chords: [{ key: 'enter', command: true }], does: 'Save, from any field (Enter in a one-line field too)', place: 'Forms and dialogs' },
  'form-close': { chords: [{ key: 'escape' }], does: 'Close, keeping what you typed as a draft', place: 'Forms and dialogs' },
} as const satisfies Record<string, Shortcut>;

export type ShortcutId = keyof typeof SHORTCUTS;

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

function chordPressed(chord: Chord, facts: KeyFacts, isMac: boolean): boolean {
  if (facts.defaultPrevented || facts.altKey || facts.key.toLowerCase() !== chord.key) return false;
  if (chord.command) {
    const command = isMac ? facts.metaKey && !facts.ctrlKey : facts.ctrlKey && !facts.metaKey;
    return command && facts.shiftKey === (chord.shift ?? false);
  }
  // A plain key is text while typing; Shift is part of the character (`?`, `J`), so it is not checked.
  return !facts.typing && !facts.ctrlKey && !facts.metaKey;
}

/** Whether this key press is the shortcut `id`. */
export function pressed(id: ShortcutId, facts: KeyFacts, isMac: boolean): boolean {
  const chords: readonly Chord[] = SHORTCUTS[id].chords;
  return chords.some((chord) => chordPressed(chord, facts, isMac));
}

/** The shortcuts the app frame answers wherever focus is. */
export const GLOBAL_SHORTCUTS = ['palette', 'find-in-page', 'journal', 'log-time', 'presenting', 'lock', 'shortcuts-help'] as const satisfies readonly ShortcutId[] & readonly HostShortcut[];
export type GlobalShortcut = (typeof GLOBAL_SHORTCUTS)[number];

export function globalShortcutFor(facts: KeyFacts, isMac: boolean): GlobalShortcut | null {
  return GLOBAL_SHORTCUTS.find((id) => pressed(id, facts, isMac)) ?? null;
}

const KEY_NAMES: Record<string, string> = { arrowdown: '↓', arrowup: '↑', enter: 'Enter', escape: 'Esc' };

function chordLabel(chord: Chord, isMac: boolean): string {
  const key = KEY_NAMES[chord.key] ?? chord.key.toUpperCase();
  if (!chord.command) return key;
  if (isMac) return `${chord.shift ? '⇧' : ''}⌘${key}`;
  return `Ctrl+${chord.shift ? 'Shift+' : ''}${key}`;
}

/** The keys as shown in the overlay: one label per chord ("⌘K", "Ctrl+Shift+P", "↓", "↑"). */
export function shortcutKeys(id: ShortcutId, isMac: boolean): string[] {
  const chords: readonly Chord[] = SHORTCUTS[id].chords;
  return chords.map((chord) => chordLabel(chord, isMac));
}

/** The label for a tooltip or a hint: "⌘K", or "↓/↑" for a pair. */
export function shortcutLabel(id: ShortcutId, isMac: boolean): string {
  return shortcutKeys(id, isMac).join('/');
}

/** "Journal (⌘J)": a tooltip naming its shortcut. */
export function withShortcut(label: string, id: ShortcutId, isMac: boolean): string {
  return `${label} (${shortcutLabel(id, isMac)})`;
}

export interface ShortcutGroup {
  place: ShortcutPlace;
  shortcuts: { id: ShortcutId; keys: string[]; does: string }[];
}

/** The whole table grouped by where each shortcut works, in the table's order: what `?` shows. */
export function shortcutGroups(isMac: boolean): ShortcutGroup[] {
  const groups: ShortcutGroup[] = [];
  for (const id of Object.keys(SHORTCUTS) as ShortcutId[]) {
    const { place, does } = SHORTCUTS[id];
    let group = groups.find((candidate) => candidate.place === place);
    if (!group) groups.push((group = { place, shortcuts: [] }));
    group.shortcuts.push({ id, keys: shortcutKeys(id, isMac), does });
  }
  return groups;
}

import * as v from 'valibot';
import type { MethodName } from './contract';
import type { MethodTable } from './method-table';

/**
 * Quick capture from anywhere (issue 23): a global shortcut or the tray opens a small window with
 * the quick-log line. The window is the same renderer at `#/capture`; these are its contract parts.
 */

export { DEFAULT_CAPTURE_SHORTCUT } from './settings-defaults';

/**
 * The only methods the capture window may call: what its line, person picker and theme read and the
 * one write it makes. Enforced per window in the desktop app's IPC handler, so a capture window that
 * navigated its page elsewhere still reaches nothing more.
 */
// The private state keeps the half-typed line (drafts live in the encrypted database, issue 24).
export const CAPTURE_METHODS = ['quickLog.parse', 'quickLog.save', 'people.list', 'settings.get', 'privateState.list', 'privateState.save'] as const satisfies readonly MethodName[];

const MODIFIERS = new Set([
  'command', 'cmd', 'control', 'ctrl', 'commandorcontrol', 'cmdorctrl', 'alt', 'option', 'altgr', 'shift', 'super', 'meta',
]);
/** Modifiers that make a shortcut safe to take system-wide: Shift alone would swallow capital letters. */
const STRONG_MODIFIERS = new Set(['command', 'cmd', 'control', 'ctrl', 'commandorcontrol', 'cmdorctrl', 'alt', 'option', 'altgr', 'super', 'meta']);
const NAMED_KEYS = new Set([
  'plus', 'space', 'tab', 'backspace', 'delete', 'insert', 'return', 'enter', 'up', 'down', 'left', 'right', 'home', 'end',
  'pageup', 'pagedown', 'escape', 'esc', 'printscreen', 'numdec', 'numadd', 'numsub', 'nummult', 'numdiv',
]);

function isKey(part: string): boolean {
  const key = part.toLowerCase();
  return (
    /^[a-z0-9]$/.test(key) ||
    /^f([1-9]|1[0-9]|2[0-4])$/.test(key) ||
    /^num[0-9]$/.test(key) ||
    /^[)!@#$%^&*(:;<=>?`~_[\]{}|\\'",./-]$/.test(part) ||
    NAMED_KEYS.has(key)
  );
}

/**
 * Whether `text` is an accelerator Tend may register system-wide: modifiers then one key, joined by
 * "+", with at least one modifier besides Shift ("CommandOrControl+Shift+Space", "Alt+N").
 */
export function isCaptureAccelerator(text: string): boolean {
  const parts = text.split('+');
  const key = parts.pop() ?? '';
  if (parts.length === 0 || !isKey(key)) return false;
  const modifiers = parts.map((part) => part.toLowerCase());
  if (!modifiers.every((part) => MODIFIERS.has(part))) return false;
  if (new Set(modifiers).size !== modifiers.length) return false;
  return modifiers.some((part) => STRONG_MODIFIERS.has(part));
}

/** The setting: an accelerator, or "" for no global shortcut (the tray item still opens capture). */
export const CaptureShortcut = v.pipe(
  v.string('The quick capture shortcut must be text.'),
  v.trim(),
  v.check(
    (text) => text === '' || isCaptureAccelerator(text),
    'Write the shortcut as modifiers and a key joined by +, like CommandOrControl+Shift+Space, or leave it empty for none.',
  ),
);

/** Whether the shortcut is working, for Settings to say so. */
export interface CaptureStatus {
  /** The accelerator in effect ("" when none is set). */
  shortcut: string;
  /**
   * registered: pressing it opens quick capture; refused: another app holds it (or the desktop
   * would not take it); off: no shortcut is set; unavailable: this host has no global shortcuts.
   */
  state: 'registered' | 'refused' | 'off' | 'unavailable';
  /** One sentence for Settings; null when the shortcut works. */
  message: string | null;
}

export const captureMethods = {
  /** Whether the global quick-capture shortcut is registered, refused (another app holds it), off, or not possible here. */
  'capture.status': { input: v.optional(v.strictObject({}), {}), touches: [] },
} as const satisfies MethodTable;

export interface CaptureResults {
  'capture.status': CaptureStatus;
}

/** The status words Settings shows for a refusal. */
export function refusedMessage(shortcut: string): string {
  return `${shortcut} is taken by another app or by your desktop; choose another shortcut.`;
}

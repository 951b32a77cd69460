import { describe, expect, it } from 'vitest';
import {
  GLOBAL_SHORTCUTS,
  SHORTCUTS,
  globalShortcutFor,
  isTypingElement,
  pressed,
  shortcutGroups,
  shortcutLabel,
  withShortcut,
  type KeyFacts,
  type ShortcutId,
} from '../../../../src/renderer/app/shortcuts';

describe('shortcuts', () => {
  const key = (facts: Partial<KeyFacts>): KeyFacts => ({
    key: 'n',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    typing: false,
    defaultPrevented: false,
    ...facts,
  });

  it('treats text fields as typing, buttons and checkboxes not', () => {
    expect(isTypingElement({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isTypingElement({ tagName: 'input', type: 'date' })).toBe(true);
    expect(isTypingElement({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isTypingElement({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingElement({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isTypingElement({ tagName: 'BUTTON' })).toBe(false);
    expect(isTypingElement(null)).toBe(false);
  });

  it.each<[string, ShortcutId, Partial<KeyFacts>, boolean]>([
    ['N on a person page', 'person-note', {}, true],
    ['Shift+N is still N', 'person-note', { key: 'N', shiftKey: true }, true],
    ['N while typing is text', 'person-note', { typing: true }, false],
    ['Ctrl+N is not N', 'person-note', { ctrlKey: true }, false],
    ['N already used by a field', 'person-note', { defaultPrevented: true }, false],
    ['J on Prep', 'prep-next', { key: 'j' }, true],
    ['Alt+J', 'prep-next', { key: 'j', altKey: true }, false],
    ['K on Prep', 'prep-previous', { key: 'K', shiftKey: true }, true],
    ['? (Shift+/)', 'shortcuts-help', { key: '?', shiftKey: true }, true],
    ['? while typing', 'shortcuts-help', { key: '?', shiftKey: true, typing: true }, false],
    ['↓ on Today', 'today-move', { key: 'ArrowDown' }, true],
    ['↑ on Today', 'today-move', { key: 'ArrowUp' }, true],
  ])('%s', (_, id, facts, expected) => expect(pressed(id, key(facts), false)).toBe(expected));

  it('uses Cmd on macOS and Ctrl elsewhere, even while typing', () => {
    expect(globalShortcutFor(key({ key: 'k', metaKey: true }), true)).toBe('palette');
    expect(globalShortcutFor(key({ key: 'f', ctrlKey: true, typing: true }), false)).toBe('find-in-page');
    expect(globalShortcutFor(key({ key: 'k', ctrlKey: true }), true)).toBeNull();
    expect(globalShortcutFor(key({ key: 'k', metaKey: true }), false)).toBeNull();
    expect(globalShortcutFor(key({ key: 'j', ctrlKey: true, typing: true }), false)).toBe('journal');
    expect(globalShortcutFor(key({ key: 'l', metaKey: true, typing: true }), true)).toBe('log-time');
    expect(globalShortcutFor(key({ key: 'L', ctrlKey: true, shiftKey: true }), false)).toBe('lock');
    expect(globalShortcutFor(key({ key: 'L', metaKey: true, shiftKey: true, typing: true }), true)).toBe('lock');
    expect(globalShortcutFor(key({ key: 'P', ctrlKey: true, shiftKey: true }), false)).toBe('presenting');
    expect(globalShortcutFor(key({ key: 'p', ctrlKey: true }), false)).toBeNull();
    expect(globalShortcutFor(key({ key: '?', shiftKey: true }), false)).toBe('shortcuts-help');
    expect(globalShortcutFor(key({ key: 'k', ctrlKey: true, defaultPrevented: true }), false)).toBeNull();
  });

  it('labels keys the way each platform writes them', () => {
    expect(shortcutLabel('palette', true)).toBe('⌘K');
    expect(shortcutLabel('palette', false)).toBe('Ctrl+K');
    expect(shortcutLabel('presenting', true)).toBe('⇧⌘P');
    expect(shortcutLabel('presenting', false)).toBe('Ctrl+Shift+P');
    expect(shortcutLabel('form-save', false)).toBe('Ctrl+Enter');
    expect(shortcutLabel('today-move', false)).toBe('↓/↑');
    expect(shortcutLabel('form-close', false)).toBe('Esc');
    expect(withShortcut('Journal', 'journal', true)).toBe('Journal (⌘J)');
  });

  it('lists every shortcut of the table exactly once, grouped by where it works', () => {
    const listed = shortcutGroups(false).flatMap((group) => group.shortcuts.map((shortcut) => shortcut.id));
    expect(listed.toSorted()).toEqual(Object.keys(SHORTCUTS).toSorted());
    expect(shortcutGroups(false)[0]?.place).toBe('Anywhere');
    for (const id of GLOBAL_SHORTCUTS) expect(SHORTCUTS[id].place).toBe('Anywhere');
  });

  it('never gives one key two meanings in the same place', () => {
    for (const group of shortcutGroups(false)) {
      const keys = group.shortcuts.flatMap((shortcut) => shortcut.keys);
      expect(keys, group.place).toEqual([...new Set(keys)]);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { commandLabel, globalShortcutFor, isPlainKey, isTypingElement, type KeyFacts } from '../../../../src/renderer/app/shortcuts';

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

  it('fires a plain letter only when not typing and unmodified', () => {
    expect(isPlainKey(key({}), 'n')).toBe(true);
    expect(isPlainKey(key({ key: 'N', shiftKey: true }), 'n')).toBe(true);
    expect(isPlainKey(key({ typing: true }), 'n')).toBe(false);
    expect(isPlainKey(key({ ctrlKey: true }), 'n')).toBe(false);
    expect(isPlainKey(key({ defaultPrevented: true }), 'n')).toBe(false);
  });

  it('uses Cmd on macOS and Ctrl elsewhere', () => {
    expect(globalShortcutFor(key({ key: 'k', metaKey: true }), true)).toBe('go-search');
    expect(globalShortcutFor(key({ key: 'k', ctrlKey: true }), true)).toBeNull();
    expect(globalShortcutFor(key({ key: 'j', ctrlKey: true, typing: true }), false)).toBe('go-journal');
    expect(globalShortcutFor(key({ key: 'l', metaKey: true, typing: true }), true)).toBe('log-time');
    expect(globalShortcutFor(key({ key: 'l', ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(commandLabel('k', true)).toBe('⌘K');
    expect(commandLabel('k', false)).toBe('Ctrl+K');
  });
});

import { describe, expect, it } from 'vitest';
import { enGB } from 'date-fns/locale/en-GB';
import { enUS } from 'date-fns/locale/en-US';
import { de } from 'date-fns/locale/de';
import { dateLocaleFor, formatDay, greetingFor, parseLocalDay, relativeDay } from '../../../src/renderer/lib/dates';
import { avatarHueOf, cadenceLabel, callName, initialsOf, roleAndTeam } from '../../../src/renderer/lib/person-display';
import { commandLabel, globalShortcutFor, isPlainKey, isTypingElement, type KeyFacts } from '../../../src/renderer/lib/shortcuts';

// Monday 23 November 2026, 09:00 in New York (vitest pins TZ=America/New_York).
const NOW = new Date('2026-11-23T14:00:00.000Z');

describe('person display', () => {
  it('words the cadence', () => {
    expect(cadenceLabel(1)).toBe('Every day');
    expect(cadenceLabel(7)).toBe('Every 7 days');
  });

  it('calls people what they like to be called', () => {
    expect(callName({ name: 'Samuel Okafor', preferredName: 'Sam' })).toBe('Sam');
    expect(callName({ name: 'Mei Lin Chen', preferredName: null })).toBe('Mei');
  });

  it('summarises role and team with whatever is known', () => {
    expect(roleAndTeam({ role: 'Engineer', team: 'Growth' })).toBe('Engineer · Growth');
    expect(roleAndTeam({ role: null, team: 'Growth' })).toBe('Growth');
    expect(roleAndTeam({ role: null, team: null })).toBe('');
  });

  it('takes initials from the first and last word', () => {
    expect(initialsOf('Ravi Shankar Iyer')).toBe('RI');
    expect(initialsOf('  sam ')).toBe('S');
    expect(initialsOf('Émile Zola')).toBe('ÉZ');
  });

  it('keeps an avatar hue stable for an id', () => {
    expect(avatarHueOf('abc')).toBe(avatarHueOf('abc'));
    expect(avatarHueOf('abc')).toBeGreaterThanOrEqual(0);
    expect(avatarHueOf('abc')).toBeLessThan(360);
  });
});

describe('dates', () => {
  it('picks the nearest date-fns locale', () => {
    expect(dateLocaleFor('en-GB')).toBe(enGB);
    expect(dateLocaleFor('de-AT')).toBe(de);
    expect(dateLocaleFor('tlh')).toBe(enUS);
  });

  it('reads only real calendar days', () => {
    expect(parseLocalDay('2026-02-30')).toBeNull();
    expect(parseLocalDay('2026-02-28')?.getDate()).toBe(28);
  });

  it('formats a day in the locale and relative to now', () => {
    expect(formatDay('2023-06-01', enUS)).toBe('Jun 1, 2023');
    expect(formatDay('2023-06-01', enGB)).toBe('1 Jun 2023');
    expect(relativeDay('2023-06-01', NOW, enUS)).toBe('3 years ago');
    expect(relativeDay('2026-11-23', NOW, enUS)).toBe('today');
    expect(relativeDay('2026-11-22', NOW, enUS)).toBe('yesterday');
    expect(relativeDay('2026-11-28', NOW, enUS)).toBe('in 5 days');
    expect(relativeDay('2026-10-30', NOW, enUS)).toBe('24 days ago');
    expect(relativeDay('2025-11-24', NOW, enUS)).toBe('11 months ago');
  });

  it('greets by the local hour', () => {
    expect(greetingFor(NOW)).toBe('Good morning');
    expect(greetingFor(new Date('2026-11-23T20:00:00.000Z'))).toBe('Good afternoon');
    expect(greetingFor(new Date('2026-11-24T00:30:00.000Z'))).toBe('Good evening');
  });
});

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
    expect(commandLabel('k', true)).toBe('⌘K');
    expect(commandLabel('k', false)).toBe('Ctrl+K');
  });
});

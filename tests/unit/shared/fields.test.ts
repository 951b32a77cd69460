import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { LocalDate, hasControlCharacter, isBlankText, isWellFormedText, optionalText, requiredText } from '../../../src/shared/fields';

const Name = requiredText('Name', 10);
const Role = optionalText('Role', 10);

function firstMessage(schema: v.GenericSchema, input: unknown): string | undefined {
  const parsed = v.safeParse(schema, input);
  return parsed.success ? undefined : parsed.issues[0].message;
}

describe('isBlankText', () => {
  test.each([
    ['', true],
    [' \t\r\n', true],
    ['\u00a0\u2028\u2029\u3000', true],
    ['\u200b', true],
    ['\u200c\u200d', true],
    ['\u2060', true],
    ['\ufeff', true],
    ['\u200e\u200f\u202a\u202e\u2066\u2069', true],
    ['\u00ad', true],
    ['\ufe0f', true],
    ['\u3164', true],
    ['a', false],
    ['\u200bSam', false],
    ['👋', false],
    ['❤️', false],
    ['\u0301', false],
    ['.', false],
  ])('%j → %s', (text, blank) => {
    expect(isBlankText(text)).toBe(blank);
  });
});

describe('isWellFormedText agrees with String.prototype.isWellFormed', () => {
  test.each(['', 'plain', '👋🏽', 'x\ud800', '\udc00x', 'a\ud83d', '\ud83d\ude00\ud83d', '\udfff\ud800'])('%j', (text) => {
    const native = (text as unknown as { isWellFormed(): boolean }).isWellFormed();
    expect(isWellFormedText(text)).toBe(native);
  });
});

describe('hasControlCharacter', () => {
  test.each([
    ['\u0000', true],
    ['a\u0000b', true],
    ['\u0001', true],
    ['\u0008', true],
    ['\u000b', true],
    ['\u000c', true],
    ['\u001b', true],
    ['\u001f', true],
    ['\u007f', true],
    ['tab\there', false],
    ['line\nfeed\r\n', false],
    ['\u0085', false],
    ['\u202e', false],
  ])('%j → %s', (text, found) => {
    expect(hasControlCharacter(text)).toBe(found);
  });
});

describe('requiredText', () => {
  test('keeps real text, trimmed', () => {
    expect(v.parse(Name, '  Sam  ')).toBe('Sam');
    expect(v.parse(Name, 'Sam 👋')).toBe('Sam 👋');
    expect(v.parse(Name, 'a\tb\nc')).toBe('a\tb\nc');
  });

  test('refuses NUL anywhere, with a sentence naming the field', () => {
    for (const text of ['\u0000abc', 'ab\u0000c', 'abc\u0000', '\u0000']) {
      expect(firstMessage(Name, text)).toBe('Name contains an invisible control character; remove it and try again.');
    }
  });

  test('refuses other C0 controls and DEL, but not tab, newline or carriage return', () => {
    expect(firstMessage(Name, 'a\u0007b')).toMatch(/^Name contains an invisible control character/);
    expect(firstMessage(Name, 'a\u007fb')).toMatch(/^Name contains an invisible control character/);
    expect(firstMessage(Name, 'a\tb\r\nc')).toBeUndefined();
  });

  test('refuses text that is not well-formed UTF-16', () => {
    for (const text of ['x\ud800', '\udc00', 'a\ud83db']) {
      expect(firstMessage(Name, text)).toBe('Name contains a broken character (half of an emoji or symbol); retype it and try again.');
    }
  });

  test('text made only of whitespace or invisible format characters is empty', () => {
    for (const text of ['', '   ', '\u200b', '\u200b\u200c\u200d', '\u2060', '\ufeff', ' \u200b\n\ufeff ']) {
      expect(firstMessage(Name, text), JSON.stringify(text)).toBe('Name cannot be empty.');
    }
  });

  test('keeps invisible characters that sit beside real text', () => {
    expect(v.parse(Name, '\u200bSam')).toBe('\u200bSam');
    expect(v.parse(Name, '❤️')).toBe('❤️');
  });

  test('counts its limit after trimming, and refuses non-strings', () => {
    expect(v.parse(Name, `  ${'a'.repeat(10)}  `)).toBe('a'.repeat(10));
    expect(firstMessage(Name, 'a'.repeat(11))).toBe('Name must be 10 characters or fewer.');
    expect(firstMessage(Name, 42)).toBe('Name must be text.');
    expect(firstMessage(Name, null)).toBe('Name must be text.');
  });
});

describe('optionalText', () => {
  test('blank, invisible-only, missing and null all become null', () => {
    for (const text of [undefined, null, '', '  ', '\u200b', '\ufeff\u2060']) {
      expect(v.parse(Role, text), JSON.stringify(text)).toBeNull();
    }
  });

  test('refuses NUL, other controls and lone surrogates like required text', () => {
    expect(firstMessage(Role, '\u0000')).toBe('Role contains an invisible control character; remove it and try again.');
    expect(firstMessage(Role, 'x\u001b')).toBe('Role contains an invisible control character; remove it and try again.');
    expect(firstMessage(Role, 'x\ud800')).toBe('Role contains a broken character (half of an emoji or symbol); retype it and try again.');
  });

  test('keeps real text, trimmed', () => {
    expect(v.parse(Role, ' Lead ')).toBe('Lead');
  });
});

describe('LocalDate', () => {
  test.each([
    ['2026-11-23', undefined],
    ['2028-02-29', undefined],
    ['2026-02-29', 'That date does not exist.'],
    ['2026-02-30', 'That date does not exist.'],
    ['2026-13-01', 'That date does not exist.'],
    ['2026-04-31', 'That date does not exist.'],
    ['2026-4-1', 'Enter a date as YYYY-MM-DD.'],
  ])('%s → %s', (input, message) => {
    expect(firstMessage(LocalDate, input)).toBe(message);
  });
});

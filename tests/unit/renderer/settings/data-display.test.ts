import { enUS } from 'date-fns/locale/en-US';
import { describe, expect, it } from 'vitest';
import { countsLabel, formatSize, reasonLabel, relativeInstant, tableEffect } from '../../../../src/renderer/features/settings/data/data-display';
import { columnOptions } from '../../../../src/renderer/features/settings/data/roster-display';

describe('Settings → Data wording', () => {
  it.each([
    ['daily', 'Daily'],
    ['manual', 'You made this'],
    ['pre-migration', 'Before an update'],
    ['pre-import', 'Before an import'],
    ['pre-restore', 'Before a restore'],
  ] as const)('a %s backup reads “%s”', (reason, words) => {
    expect(reasonLabel(reason)).toBe(words);
  });

  it.each([
    [0, '0 bytes'],
    [999, '999 bytes'],
    [12_345, '12.3 KB'],
    [345_678, '346 KB'],
    [3_400_000, '3.4 MB'],
    [1_234_567_890, '1.2 GB'],
  ])('%i bytes read “%s”', (bytes, words) => {
    expect(formatSize(bytes, 'en-US')).toBe(words);
  });

  it('groups sizes and counts by the locale', () => {
    expect(formatSize(1_500, 'de-DE')).toBe('1,5 KB');
    expect(countsLabel(1_200, 34_000, 'en-US')).toBe('1,200 people · 34,000 notes');
    expect(countsLabel(1, 1)).toBe('1 person · 1 note');
    expect(countsLabel(null, 3)).toBe('Contents unknown');
  });

  it('says when relative to now', () => {
    const now = new Date('2026-11-23T14:00:00Z');
    expect(relativeInstant('2026-11-23T13:59:30Z', now, enUS)).toBe('just now');
    expect(relativeInstant('2026-11-23T11:00:00Z', now, enUS)).toBe('about 3 hours ago');
    expect(relativeInstant('2026-11-20T14:00:00Z', now, enUS)).toBe('3 days ago');
  });

  it('words what an import adds, changes and removes in a table', () => {
    const counts = { inArchive: 10, existing: 4, newerInArchive: 2, here: 7, added: 6, changed: 1, removedByReplace: 3 };
    expect(tableEffect(counts, 'merge')).toBe('6 to add · 1 to change · 2 newer here, kept');
    expect(tableEffect({ inArchive: 3, existing: 0, newerInArchive: 0, here: 0, added: 3, changed: 0, removedByReplace: 0 }, 'merge')).toBe('3 to add');
    expect(tableEffect(counts, 'replace')).toBe('6 to add · 4 replaced · 3 removed');
  });

  it('offers every column by its header, and “Not imported”', () => {
    expect(columnOptions(['Name', ' ', 'Team'])).toEqual([
      { value: '', label: 'Not imported' },
      { value: '0', label: 'Name' },
      { value: '1', label: 'Column 2' },
      { value: '2', label: 'Team' },
    ]);
  });
});

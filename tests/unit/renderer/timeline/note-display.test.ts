import { describe, expect, it } from 'vitest';
import { noteButtonName, noteFirstWords } from '../../../../src/renderer/features/timeline/note-display';

describe('note buttons are named by the note', () => {
  it.each([
    ['Talked about the launch plan and the move', 'Talked about the launch plan…'],
    ['Talked through the **launch plan**.', 'Talked through the launch plan.'],
    ['- one\n- two', 'one two'],
    ['See [the doc](https://example.com) today', 'See the doc today'],
    ['Short', 'Short'],
    ['   ', ''],
  ])('%j starts with %j', (body, expected) => {
    expect(noteFirstWords(body)).toBe(expected);
  });

  it('puts the day and the first words after the verb', () => {
    expect(noteButtonName('Edit', 'Nov 20, 2026', 'Talked about the launch plan and the move')).toBe(
      'Edit note from Nov 20, 2026: Talked about the launch plan…',
    );
    expect(noteButtonName('Delete', 'Nov 20, 2026', '**')).toBe('Delete note from Nov 20, 2026');
  });
});

import type { NoteKind } from '../../../shared/notes';
import type { IconName } from '../../ui/icon';

/** How the Person page words notes: pure, so every phrase can be tested with a pinned clock. */

export const NOTE_KIND_WORDS: Record<NoteKind, string> = {
  one_on_one: 'One-on-one',
  observation: 'Observation',
  feedback_praise: 'Praise',
  feedback_constructive: 'Constructive feedback',
  other: 'Other',
};

export const NOTE_KIND_ICONS: Record<NoteKind, IconName> = {
  one_on_one: 'people',
  observation: 'eye',
  feedback_praise: 'star',
  feedback_constructive: 'compass',
  other: 'note',
};

export const MOOD_WORDS = ['Very low', 'Low', 'Okay', 'Good', 'Great'] as const;
export const ENERGY_WORDS = ['Drained', 'Low', 'Steady', 'High', 'Full of energy'] as const;

/** "Mood 4/5 · good": as the leader perceived it. */
export function scaleWording(label: 'Mood' | 'Energy', value: number | null): string | null {
  if (value === null) return null;
  const words = label === 'Mood' ? MOOD_WORDS : ENERGY_WORDS;
  return `${label} ${value}/5 · ${(words[value - 1] ?? '').toLowerCase()}`;
}

/** How many words of a note name its buttons: enough to tell notes apart, short enough to listen to. */
const NAME_WORDS = 5;

/**
 * The first words of a note as plain text ("Talked about the launch plan…"): every note's Edit and
 * Delete buttons are named by its day and these, so a screen reader can tell them apart.
 */
export function noteFirstWords(body: string): string {
  const words = body
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`~]+/g, '')
    .replace(/[#>|]+/g, ' ')
    .replace(/^\s*[-+]\s+/gm, ' ')
    .split(/\s+/)
    .filter(Boolean);
  const first = words.slice(0, NAME_WORDS).join(' ');
  return words.length > NAME_WORDS ? `${first}…` : first;
}

/** "Edit note from Nov 20, 2026: Talked about the launch plan…" */
export function noteButtonName(verb: 'Edit' | 'Delete', day: string, body: string): string {
  const words = noteFirstWords(body);
  return words ? `${verb} note from ${day}: ${words}` : `${verb} note from ${day}`;
}

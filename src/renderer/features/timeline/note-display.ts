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

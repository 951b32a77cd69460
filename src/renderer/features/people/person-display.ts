import type { Person } from '../../../shared/people';

/** How a person is named and summarised across views, so every list says it the same way. */

/** "Every day", "Every 7 days": the expected rhythm of time invested with someone. */
export function cadenceLabel(days: number): string {
  if (days === 1) return 'Every day';
  return `Every ${days} days`;
}

/** "Engineering Manager · Platform", or whichever of the two is known; '' when neither is. */
export function roleAndTeam(person: Pick<Person, 'role' | 'team'>): string {
  return [person.role, person.team].filter((part): part is string => Boolean(part)).join(' · ');
}

/** Up to two initials for the avatar: "Priya Natarajan" → "PN", "Sam" → "S". */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (!first) return '?';
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letters = [first, last].filter((word): word is string => Boolean(word)).map((word) => Array.from(word)[0] ?? '');
  return letters.join('').toLocaleUpperCase();
}

/** A stable hue for someone's avatar, so a face keeps its colour between sessions. */
export function avatarHueOf(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % 360;
}

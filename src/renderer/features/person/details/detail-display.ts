import type { Locale } from 'date-fns';
import type { ImportantDate } from '../../../../shared/dates';
import type { DetailKind, PersonalDetail } from '../../../../shared/details';
import { relativeDay } from '../../../app/dates';

/** How the Person page words family and personal details: pure, so every phrase can be tested with a pinned clock. */

export interface DetailGroup {
  key: 'family' | 'hobby' | 'passion' | 'good_to_know';
  title: string;
  /** The kind a new entry in this group starts as. */
  kind: DetailKind;
  addLabel: string;
  details: PersonalDetail[];
}

export function detailGroups(details: readonly PersonalDetail[]): DetailGroup[] {
  const of = (...kinds: DetailKind[]) => details.filter((detail) => kinds.includes(detail.kind));
  return [
    { key: 'family', title: 'Family & pets', kind: 'family', addLabel: 'Add family member or pet', details: of('family', 'pet') },
    { key: 'hobby', title: 'Hobbies', kind: 'hobby', addLabel: 'Add hobby', details: of('hobby') },
    { key: 'passion', title: 'Passions', kind: 'passion', addLabel: 'Add passion', details: of('passion') },
    { key: 'good_to_know', title: 'Good to know', kind: 'good_to_know', addLabel: 'Add something good to know', details: of('good_to_know') },
  ];
}

export const DETAIL_NAME_LABELS: Record<DetailKind, string> = {
  family: 'Name',
  pet: 'Name',
  hobby: 'Hobby',
  passion: 'Passion',
  good_to_know: 'Good to know',
};

/** "turns 8 in 8 days": a family member's or pet's next birthday, from the derived important date. */
export function birthdayWording(detail: PersonalDetail, dates: readonly ImportantDate[], now: Date, locale: Locale): string | null {
  const date = dates.find((candidate) => candidate.id === `detail:${detail.id}`);
  if (!date || date.nextOn === null) return null;
  const when = relativeDay(date.nextOn, now, locale);
  return date.years !== null && date.years > 0 ? `turns ${date.years} ${when}` : `birthday ${when}`;
}

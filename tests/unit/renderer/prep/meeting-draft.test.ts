import { describe, expect, it } from 'vitest';
import { DraftStore } from '../../../../src/renderer/app/drafts';
import { keepMeeting, keptMeeting, meetingAtFinish, meetingHoldsWork, newMeeting, readMeeting } from '../../../../src/renderer/features/prep/meeting-draft';
import { memoryStorage } from '../memory-storage';

const fresh = newMeeting('m-1', 1_000);
const typed = { ...fresh, note: 'Agreed on the budget.', tickedPointIds: ['tp-1'], added: [{ text: 'Ask finance', owner: 'me' as const }] };

describe('a 1:1 in progress as a draft', () => {
  it('is kept from the moment it starts (its clock runs), per person, and read back as it was (a reload)', () => {
    const storage = memoryStorage();
    const store = new DraftStore(() => storage);
    keepMeeting(store, 'p-sam', fresh);
    store.flush();
    expect(keptMeeting(new DraftStore(() => storage), 'p-sam')).toEqual(fresh);
    expect(keptMeeting(new DraftStore(() => storage), 'p-kofi')).toBeNull();

    keepMeeting(store, 'p-sam', typed);
    store.flush();
    expect(keptMeeting(new DraftStore(() => storage), 'p-sam')).toEqual(typed);
  });

  it('keeps the minutes typed in Finish; a meeting kept before Finish was kept reads as still going (issue 20)', () => {
    const storage = memoryStorage();
    const store = new DraftStore(() => storage);
    keepMeeting(store, 'p-sam', { ...typed, finishMinutes: 45 });
    store.flush();
    expect(keptMeeting(new DraftStore(() => storage), 'p-sam')?.finishMinutes).toBe(45);
    const { finishMinutes: _, ...older } = typed;
    expect(readMeeting(older)).toEqual({ ...typed, finishMinutes: null });
    expect(readMeeting({ ...typed, finishMinutes: 'soon' })?.finishMinutes).toBeNull();
  });

  it.each([
    ['nothing kept', undefined],
    ['no meeting id', { ...fresh, meetingId: '' }],
    ['a start that is not a time', { ...fresh, startedAt: 'today' }],
    ['ticks that are not ids', { ...fresh, tickedPointIds: [1] }],
    ['an added item without an owner', { ...fresh, added: [{ text: 'x' }] }],
    ['an unknown owner', { ...fresh, commitmentOwner: 'boss' }],
  ])('reads %s as no meeting', (_, values) => {
    expect(readMeeting(values as Record<string, unknown> | undefined)).toBeNull();
  });

  it.each([
    ['a meeting just started', fresh, false],
    ['blank notes', { ...fresh, note: '  ' }, false],
    ['notes', { ...fresh, note: 'x' }, true],
    ['a commitment being typed', { ...fresh, commitment: 'x' }, true],
    ['a tick', { ...fresh, tickedPointIds: ['tp-1'] }, true],
    ['an added commitment', { ...fresh, added: [{ text: 'x', owner: 'them' as const }] }, true],
  ])('leaving %s offers Undo: %s', (_, meeting, offers) => {
    expect(meetingHoldsWork(meeting)).toBe(offers);
  });
});

describe('the meeting finish opened from the after-meeting offer (issue 22)', () => {
  it('starts a meeting at Finish with the meeting\'s minutes, its clock reading that length', () => {
    expect(meetingAtFinish(null, 30, 10_000_000, () => 'm-new')).toEqual({ ...newMeeting('m-new', 10_000_000 - 30 * 60_000), finishMinutes: 30 });
  });

  it('keeps what a running meeting holds (notes, ticks, its id) and sets its minutes', () => {
    expect(meetingAtFinish({ ...typed, finishMinutes: 20 }, 45, 10_000_000, () => 'm-new')).toEqual({ ...typed, finishMinutes: 45 });
  });
});

import type { Page } from '@playwright/test';
import { bulkNotes } from '../../bench/dataset';
import type { Person } from '../../src/shared/people';
import { test, expect } from './fixtures';
import { PersonPage } from './pages/person-page';

/** Counts the requests the page makes to one contract method from now on. */
function countRequests(page: Page, method: string): { readonly count: number } {
  const counter = { count: 0 };
  page.on('request', (request) => {
    if (request.url().endsWith(`/api/${method}`)) counter.count++;
  });
  return counter;
}

/** Every contract call the page makes from now on (the event stream aside), by method. */
function recordCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request) => {
    const method = /\/api\/([\w.]+)$/.exec(request.url())?.[1];
    if (method && method !== 'events') calls.push(method);
  });
  return calls;
}

test.describe('The Person page refreshes what a write touched, once', () => {
  test('a note saved in another window costs the open page two reads: the profile and one timeline page', async ({ page, host }) => {
    const saved = await host.current.tend.dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam' });
    if (!saved.ok) throw new Error(saved.error.message);
    const sam: Person = saved.value;
    const person = new PersonPage(page);
    await person.goto(host.current.url, sam.id, 'Samuel Okafor');
    await expect(person.timeline).toContainText('No notes about Sam yet');

    const calls = recordCalls(page);
    // As the bench's "refresh after one save" row does: the save comes from elsewhere (the tray, a
    // second window), so every call counted is the page catching up. The 1:1 line beside the title
    // read the calendar again on each note until it listened only for what changes it.
    const note = await host.current.tend.dispatch('notes.save', { personId: sam.id, body: 'Saved in the other window' });
    if (!note.ok) throw new Error(note.error.message);
    await expect(person.entry('Saved in the other window')).toBeVisible();
    await expect(person.timeline).toContainText('1 note');
    expect(calls.sort()).toEqual(['people.profile', 'timeline.page']);
  });

  test('saving one record reads the profile exactly once, and a matters edit never reloads the timeline', async ({ page, host }) => {
    const saved = await host.current.tend.dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam' });
    if (!saved.ok) throw new Error(saved.error.message);
    const sam: Person = saved.value;
    await host.current.tend.dispatch('matters.save', { personId: sam.id, what: 'Clear priorities' });
    const person = new PersonPage(page);
    await person.goto(host.current.url, sam.id, 'Samuel Okafor');
    await expect(person.matter('Clear priorities')).toBeVisible();
    await expect(person.timeline).toContainText('No notes about Sam yet');

    const profileReads = countRequests(page, 'people.profile');
    const timelineReads = countRequests(page, 'timeline.page');
    await person.addMatter('Being home for bedtime', 'Her kids are 4 and 8');
    // The page shows the new record only after its one read has answered; a second read would
    // start at the same moment (the old explicit reload beside the data.changed event).
    await expect(person.matter('Being home for bedtime')).toContainText('Her kids are 4 and 8');
    expect(profileReads.count).toBe(1);
    expect(timelineReads.count).toBe(0);
    // Wait for one more profile read to prove none is still on its way: a note's save touches the
    // profile (its count) and the timeline, so it reads each once.
    await person.addNote({ body: 'A first note' });
    await expect(person.timeline).toContainText('1 note');
    await expect(person.entry('A first note')).toBeVisible();
    expect(profileReads.count).toBe(2);
    expect(timelineReads.count).toBe(1);
  });

  test('a save with 600 timeline items loaded reads one newest page, and the list keeps its place', async ({ page, host }) => {
    const saved = await host.current.tend.dispatch('people.save', { name: 'Noor Haddad' });
    if (!saved.ok) throw new Error(saved.error.message);
    const noor: Person = saved.value;
    bulkNotes(host.current.tend.databaseFile, noor.id, 2_000);
    const person = new PersonPage(page);
    await person.goto(host.current.url, noor.id, 'Noor Haddad');
    await expect(person.timelineEntries.first()).toBeVisible();

    const pages = countRequests(page, 'timeline.page');
    const main = person.frame.content;
    // Twelve pages of 50: the old refresh re-read all of them, 200 at a time (three requests).
    for (let loaded = 2; loaded <= 12; loaded++) {
      await person.scrollTimelineToEnd();
      await expect.poll(() => pages.count).toBe(loaded - 1);
    }
    await expect(person.timeline.getByRole('status')).toBeHidden();
    const tallBefore = await main.evaluate((element) => element.scrollHeight);

    const afterLoad = pages.count;
    await main.evaluate((element) => element.scrollTo({ top: 0 }));
    await person.addNote({ body: 'Asked about the move; it went well' });
    await expect(person.entry('Asked about the move; it went well')).toBeVisible();
    expect(pages.count - afterLoad).toBe(1);
    // Everything loaded before is still there (the list did not fall back to one page).
    expect(await main.evaluate((element) => element.scrollHeight)).toBeGreaterThanOrEqual(tallBefore);
  });
});


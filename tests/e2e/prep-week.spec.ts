import { test, expect } from './fixtures';
import type { TestHost } from './fixtures';
import { AppFrame } from './pages/app-frame';

/** A leader's week with the prep sheet (issue 20, items 9, 10, 16 and 17). Today is Monday 23 November 2026. */

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value;
}

async function addSam(host: TestHost) {
  const { tend } = host.current;
  return ok(tend.dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam' }));
}

test.describe('The prep sheet reads as the app does', () => {
  test('notes render their Markdown; kinds, hours, days and asks use the app’s words; sections fold and count', async ({ page, host }) => {
    const { tend } = host.current;
    const sam = await addSam(host);
    await ok(tend.dispatch('notes.save', { personId: sam.id, body: '**On-call** rota felt heavy', notedOn: '2026-11-20' }));
    await ok(tend.dispatch('investments.log', { personId: sam.id, minutes: 120, kind: 'one_on_one', day: '2026-11-16' }));
    await ok(tend.dispatch('commitments.save', { personId: sam.id, text: 'A review of the rota', owner: 'them' }));
    await ok(tend.dispatch('goals.save', { personId: sam.id, kind: 'goal', sphere: 'professional', title: 'Lead the launch' }));

    const frame = new AppFrame(page);
    await frame.open(`${host.current.url}#/prep/${sam.id}`);
    const section = (name: string) => page.locator('section', { has: page.getByRole('heading', { level: 2, name }) });
    const since = section('Since last time');
    await expect(since.locator('strong', { hasText: 'On-call' })).toBeVisible();
    await expect(since).not.toContainText('**');
    await expect(since).toContainText('Invested 2 h · One-on-one');
    await expect(since).toContainText('Last 1:1 7 days ago');
    await expect(section('Follow through')).toContainText('Sam asked for A review of the rota');
    await expect(section('Goals & challenges')).toContainText('added today');
    await expect(page.getByRole('main')).not.toContainText(/one on one|120 min|0 days ago/);

    // Counts in the headings; a folded section keeps its count and hides its body, on every sheet.
    await expect(page.getByRole('heading', { level: 2, name: 'Since last time, 2 items' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Talking points, 0 items' })).toBeVisible();
    const fold = page.getByRole('button', { name: /^Since last time/ });
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    await fold.click();
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(since.getByText('rota felt heavy')).toBeHidden();
    await page.reload();
    await expect(page.getByRole('button', { name: /^Since last time/ })).toHaveAttribute('aria-expanded', 'false');
    // Printing shows every section whole, folded or not.
    await page.emulateMedia({ media: 'print' });
    await expect(since.getByText('rota felt heavy')).toBeVisible();
    await page.emulateMedia({ media: 'screen' });
  });
});

test.describe('A 1:1 from start to finish', () => {
  test('notes have focus at the start; Finish offers the usual length with the timer beside it; nothing typed is lost on reload', async ({ page, host }) => {
    // Loads the app three times: long on a busy 2-core machine.
    test.slow();
    const { tend } = host.current;
    const sam = await addSam(host);
    await ok(tend.dispatch('talkingPoints.save', { personId: sam.id, text: 'Conference budget' }));
    const frame = new AppFrame(page);
    await frame.open(`${host.current.url}#/prep/${sam.id}`);

    await page.getByRole('button', { name: 'Start 1:1' }).click();
    const notes = page.getByLabel('Notes', { exact: true });
    await expect(notes).toBeFocused();
    await page.keyboard.type('Agreed on the budget.');
    // At once, before the draft's write delay: the page's hide flushes it.
    await page.reload();
    await expect(notes).toHaveValue('Agreed on the budget.');

    // The app's own controls: a drawn box over a real checkbox, and a choice of who a commitment is for.
    const point = page.getByRole('checkbox', { name: 'Conference budget' });
    await point.check();
    await expect(point).toBeChecked();
    await page.getByRole('radio', { name: 'Sam asked for' }).check();
    await page.getByLabel('Commitment', { exact: true }).fill('A review of the rota');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.getByRole('list').filter({ hasText: 'Sam asked for A review of the rota' })).toBeVisible();
    await expect(page.locator('.meeting select')).toHaveCount(0);

    await page.getByRole('button', { name: 'Finish' }).click();
    const minutes = page.getByLabel('Minutes invested');
    // A weekly rhythm and no 1:1 yet: half an hour, not the timer's minute.
    await expect(minutes).toHaveValue('30');
    await page.getByRole('button', { name: 'Timer · 1 min' }).click();
    await expect(minutes).toHaveValue('1');
    await minutes.fill('45');
    await page.reload();
    await expect(page.getByLabel('Minutes invested')).toHaveValue('45');
    await expect(page.getByRole('checkbox', { name: 'Conference budget' })).toBeChecked();

    await page.getByRole('button', { name: 'Log the 1:1' }).click();
    await expect(frame.toast).toContainText('45 min invested');
    const sheet = await ok(tend.dispatch('prep.forPerson', { personId: sam.id }));
    expect(sheet.sinceLastTime.investments.map((item) => [item.minutes, item.kind])).toEqual([[45, 'one_on_one']]);
    expect(sheet.followThrough.theirs.map((item) => item.text)).toEqual(['A review of the rota']);
    expect(sheet.usualMinutes).toBe(45);
  });
});

test.describe('This week’s 1:1s', () => {
  test('someone met this week stays on the list, marked done', async ({ page, host }) => {
    const { tend } = host.current;
    const sam = await addSam(host);
    await ok(tend.dispatch('people.save', { name: 'Kofi Mensah' }));
    await ok(tend.dispatch('investments.log', { personId: sam.id, minutes: 30, kind: 'one_on_one' }));

    await new AppFrame(page).open(`${host.current.url}#/prep`);
    const list = page.getByRole('list', { name: 'Due this week, in order of need' });
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(list.getByRole('listitem').first()).toContainText('Kofi Mensah');
    await expect(list.getByRole('listitem').last()).toContainText('Samuel Okafor');
    await expect(list.getByRole('listitem').last()).toContainText('Done');
    await expect(list.getByRole('listitem').last()).toContainText('met today · next on 30 Nov');
    // The keys are named only when there is a list to walk, spaced from the week's days.
    await expect(page.getByRole('main').locator('header p').first()).toHaveText(/^23 Nov – 29 Nov · J\/K next and previous, Enter to read$/);
  });
});

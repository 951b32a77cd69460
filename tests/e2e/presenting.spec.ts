import type { Locator, Page, TestInfo } from '@playwright/test';
import type { MethodInput, MethodName } from '../../src/shared/contract';
import { expect, test, type TestHost } from './fixtures';
import { AppFrame } from './pages/app-frame';

/**
 * Issue 20, item 2: in presenting mode no user-written text — nor any line made from it (the "why
 * now" line, a reminder's body) — is readable on any view. Every text a leader can write is seeded
 * with a marker ("Zq…"); each view is walked and every piece of text holding a marker must sit under
 * a blur. People's names stay readable: they are who the screen is about, not what is private.
 */

const MARK = 'Zq';

async function call<M extends MethodName>(host: TestHost, method: M, input: MethodInput<M>) {
  const result = await host.current.tend.dispatch(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as { id: string };
}

/** Every kind of user-written text, each holding the marker, on one person (and a colleague mentioned). */
async function seed(host: TestHost): Promise<{ sam: string; priya: string }> {
  const sam = (await call(host, 'people.save', { name: 'Sam Okafor', role: 'Engineer' })).id;
  const priya = (await call(host, 'people.save', { name: 'Priya Raman' })).id;
  await call(host, 'matters.save', { personId: sam, what: `${MARK}1 his sister’s surgery`, why: `${MARK}2 he is worried` });
  const goal = (await call(host, 'goals.save', { personId: sam, kind: 'goal', sphere: 'professional', title: `${MARK}3 lead the migration`, detail: `${MARK}4 by spring` })).id;
  await call(host, 'progress.save', { goalId: goal, body: `${MARK}5 wrote the plan` });
  await call(host, 'goals.save', { personId: sam, kind: 'challenge', sphere: 'personal', title: `${MARK}6 sleep with a newborn` });
  await call(host, 'details.save', { personId: sam, kind: 'family', name: `${MARK}7 Maya`, relation: 'daughter', note: `${MARK}8 loves dinosaurs` });
  await call(host, 'dates.save', { personId: sam, title: `${MARK}9 custody hearing`, on: '2026-11-25', note: `${MARK}10 take the day off` });
  await call(host, 'notes.save', { personId: sam, kind: 'one_on_one', body: `${MARK}11 felt passed over`, notedOn: '2026-11-16' });
  await call(host, 'investments.log', { personId: sam, minutes: 30, kind: 'coaching', note: `${MARK}12 talked about the offer`, day: '2026-11-09' });
  await call(host, 'commitments.save', { personId: sam, text: `${MARK}13 send him the rubric`, owner: 'me', dueOn: '2026-11-20' });
  await call(host, 'commitments.save', { personId: sam, text: `${MARK}14 draft the rota`, owner: 'them', dueOn: '2026-11-19' });
  await call(host, 'talkingPoints.save', { personId: sam, text: `${MARK}15 the promotion case` });
  await call(host, 'journal.save', { day: '2026-11-23', body: `${MARK}16 Hard talk with @Sam Okafor about @Priya Raman.`, revision: 1 });
  await call(host, 'journal.save', { day: '2025-11-23', body: `${MARK}17 a year ago today`, revision: 1 });
  // A reminder that never reached the screen, made from a promise: it waits on Today.
  const decided = host.current.tend.reminders.decide(
    { kind: 'digest', key: 'digest:2026-11-23', title: 'Sam could use your time', body: `Still open: your promise to Sam — ${MARK}13 send him the rubric`, route: '#/today', catchUp: false },
    '2026-11-23',
  );
  host.current.tend.reminders.markFailed(decided.id, 'Do Not Disturb');
  return { sam, priya };
}

/** Each text node (or field value) holding the marker that no blur covers, with the view it is on. */
async function readable(page: Page): Promise<string[]> {
  return page.evaluate((mark) => {
    const blurred = (element: Element | null): boolean => {
      for (let e = element; e; e = e.parentElement) if (getComputedStyle(e).filter.includes('blur')) return true;
      return false;
    };
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!text.includes(mark) || !parent || parent.closest('script, style, [hidden], .visually-hidden')) continue;
      const box = parent.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (!blurred(parent)) found.push(text.trim().slice(0, 60));
    }
    for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      if (field.value.includes(mark) && !blurred(field)) found.push(`field: ${field.value.slice(0, 60)}`);
    }
    return found;
  }, MARK);
}

async function visit(page: Page, route: string, testInfo: TestInfo, name: string): Promise<string[]> {
  await page.evaluate((r) => (location.hash = r), route);
  // This week's 1:1s holds the chosen person's sheet, with a heading of its own: the page's is the first.
  await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible();
  // Let each view's reads land, and keep the pointer and focus off the page (hover and focus reveal).
  await page.waitForLoadState('networkidle');
  await page.mouse.move(0, 0);
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.screenshot({ path: testInfo.outputPath(`presenting-${name}.png`) });
  return (await readable(page)).map((text) => `${name}: ${text}`);
}

test('presenting: no user-written text is readable on any view', async ({ page, host }, testInfo) => {
  test.setTimeout(120_000);
  const { sam } = await seed(host);
  const frame = new AppFrame(page);
  await frame.open(host.current.url);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page.getByRole('button', { name: 'Presenting' })).toHaveAttribute('aria-pressed', 'true');

  // Before the walk, prove the walk sees the marker at all: it is on Today, in plain text.
  await expect(page.getByRole('main')).toContainText(`${MARK}13`);

  const leaks: string[] = [];
  for (const [route, name] of [
    ['#/today', 'today'],
    ['#/people', 'people'],
    [`#/people/${sam}`, 'person'],
    ['#/prep', 'prep'],
    [`#/prep/${sam}`, 'prep-sheet'],
    ['#/journal', 'journal'],
    ['#/journal/2025-11-23', 'journal-last-year'],
    ['#/insights', 'insights'],
    ['#/settings', 'settings'],
  ] as const) {
    leaks.push(...(await visit(page, route, testInfo, name)));
  }
  // Search: the results quote what was written.
  await page.evaluate(() => (location.hash = '#/search'));
  const box = page.getByRole('main').getByRole('searchbox').or(page.getByRole('main').getByRole('textbox')).first();
  if (await box.isVisible()) {
    await box.fill(MARK);
    await page.waitForLoadState('networkidle');
    leaks.push(...(await visit(page, '#/search', testInfo, 'search')));
  }
  expect(leaks).toEqual([]);

  // Hovering one record reveals it alone.
  await page.evaluate((r) => (location.hash = r), `#/people/${sam}`);
  const matter = page.getByText(`${MARK}1 his sister’s surgery`);
  await matter.hover();
  await expect.poll(() => matter.evaluate((e) => getComputedStyle(e.closest('li, p') ?? e).filter)).toBe('none');
});

/** Whether a blur covers the element: its own filter or any ancestor's. */
async function underBlur(target: Locator): Promise<boolean> {
  return target.evaluate((element) => {
    for (let e: Element | null = element; e; e = e.parentElement) if (getComputedStyle(e).filter.includes('blur')) return true;
    return false;
  });
}

test('presenting keeps the app’s words readable: Today’s date line, the team’s names, People’s count, prep’s “No 1:1 logged yet”', async ({ page, host }) => {
  const zoe = (await call(host, 'people.save', { name: 'Zoë Müller', role: `${MARK} Staff engineer` })).id;
  await call(host, 'commitments.save', { personId: zoe, text: `${MARK} send the rubric`, owner: 'me', dueOn: '2026-11-20' });
  const frame = new AppFrame(page);
  await frame.open(host.current.url);
  await page.getByRole('button', { name: 'Present' }).click();
  await page.mouse.move(0, 0);
  const main = page.getByRole('main');
  await expect(main.getByText(`${MARK} send the rubric`, { exact: false }).first()).toBeVisible();
  expect(await underBlur(main.getByText(/^Monday/))).toBe(false);
  expect(await underBlur(main.getByText(/^@name, minutes/))).toBe(false);
  expect(await underBlur(main.getByRole('link', { name: 'Zoë Müller' }))).toBe(false);
  expect(await readable(page)).toEqual([]);

  await frame.goTo('People');
  await expect(main.getByText(`${MARK} Staff engineer`)).toBeVisible();
  expect(await underBlur(main.getByText('1 person on your team.'))).toBe(false);
  expect(await underBlur(main.getByText('Zoë Müller', { exact: true }))).toBe(false);
  expect(await readable(page)).toEqual([]);

  await page.evaluate((r) => (location.hash = r), `#/prep/${zoe}`);
  await expect(main.getByText(/No 1:1 logged yet/)).toBeVisible();
  expect(await underBlur(main.getByText(/No 1:1 logged yet/))).toBe(false);
});

import type { MethodInput, MethodName } from '../../src/shared/contract';
import { test, expect, type TestHost } from './fixtures';
import { AppFrame } from './pages/app-frame';

async function seed<M extends MethodName>(host: TestHost, method: M, input: MethodInput<M>): Promise<{ id: string }> {
  const result = await host.current.tend.dispatch(method, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value as { id: string };
}

/** A person with about two hundred records in every section, seeded through the API. */
async function fullPerson(host: TestHost): Promise<string> {
  const person = await seed(host, 'people.save', { name: 'Priya Raman', startedOn: '2021-06-01' });
  for (let i = 1; i <= 40; i++) await seed(host, 'matters.save', { personId: person.id, what: `What matters ${i}`, why: `Because of reason ${i}` });
  for (let i = 1; i <= 30; i++) {
    await seed(host, 'goals.save', { personId: person.id, kind: i % 2 ? 'goal' : 'challenge', sphere: i % 3 ? 'professional' : 'personal', title: `Goal ${i}` });
  }
  for (let i = 1; i <= 30; i++) await seed(host, 'details.save', { personId: person.id, kind: 'hobby', name: `Hobby ${i}` });
  for (let i = 1; i <= 30; i++) await seed(host, 'dates.save', { personId: person.id, kind: 'custom', title: `Date ${i}`, on: '2027-01-15' });
  for (let i = 1; i <= 70; i++) await seed(host, 'notes.save', { personId: person.id, body: `Note number ${i}, with a few words.`, notedOn: '2026-11-20' });
  return person.id;
}

/** The document is exactly the window and the sidebar has not moved. */
async function expectFrameStill(frame: AppFrame): Promise<void> {
  const sizes = await frame.page.locator('html').evaluate((html) => {
    const view = html.ownerDocument.defaultView!;
    return {
      document: html.scrollHeight,
      body: html.ownerDocument.body.scrollHeight,
      viewport: view.innerHeight,
      scrollY: view.scrollY,
      sidebarTop: html.querySelector('aside.sidebar')!.getBoundingClientRect().top,
    };
  });
  expect(sizes.document).toBe(sizes.viewport);
  expect(sizes.body).toBe(sizes.viewport);
  expect(sizes.scrollY).toBe(0);
  expect(sizes.sidebarTop).toBe(0);
}

test.describe('The frame never scrolls', () => {
  test('a Person page with ~200 records scrolls inside main only, even wheeled past its end', async ({ page, host }) => {
    // Two hundred records rendered and wheeled through to the end: genuinely long on a busy machine.
    test.slow();
    const id = await fullPerson(host);
    const frame = new AppFrame(page);
    await frame.open(`${host.current.url}#/people/${id}`);
    await expect(frame.content.getByRole('region', { name: /^What matters/ }).getByRole('listitem')).toHaveCount(40);
    await expect(frame.content.getByRole('region', { name: /^Timeline/ })).toContainText('70 notes');
    await expectFrameStill(frame);

    await frame.content.hover();
    const atEnd = async () => frame.content.evaluate((main) => main.scrollTop + main.clientHeight >= main.scrollHeight - 1);
    // Wheel well past the end: the content scrolls to its end and nothing else moves.
    for (let turn = 0; turn < 40 && !(await atEnd()); turn++) await page.mouse.wheel(0, 2_000);
    await expect.poll(atEnd).toBe(true);
    await page.mouse.wheel(0, 2_000);
    await page.mouse.wheel(0, 2_000);
    await expectFrameStill(frame);
    expect(await frame.content.evaluate((main) => main.scrollTop)).toBeGreaterThan(0);
  });

  // One tab walks every view (a hash change each, as the sidebar does), so the bundle loads once, not eight times;
  // each view is still asserted on its own, in its own step.
  const views = [
    ['Today', '#/today', /^Good (morning|afternoon|evening)|^Hello/],
    ['People', '#/people', 'People'],
    ['Journal', '#/journal', 'Journal'],
    ['Search', '#/search', 'Search'],
    ['Insights', '#/insights', 'Insights'],
    ['Settings', '#/settings', 'Settings'],
    ['not found', '#/nowhere', 'Nothing here'],
    ['a person who is not there', '#/people/00000000-0000-4000-8000-000000000000', 'We couldn’t find this person'],
  ] as const;
  test('every view stays exactly the window’s height, wheeled too, and a person who is not there has a page heading', async ({ page, host }) => {
    // Eight views in one test (each was a test with 30 s of its own): over 30 s at load 38 on two cores.
    test.setTimeout(90_000);
    await seed(host, 'people.save', { name: 'Kwame Mensah' });
    const frame = new AppFrame(page);
    for (const [name, hash, heading] of views) {
      await test.step(name, async () => {
        await frame.open(`${host.current.url}${hash}`);
        await expect(frame.pageHeading).toHaveText(heading);
        await expectFrameStill(frame);
        await frame.content.hover();
        await page.mouse.wheel(0, 3_000);
        await expectFrameStill(frame);
      });
    }
  });
});

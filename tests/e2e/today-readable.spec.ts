import { expect, test } from './fixtures';
import { TodayPage } from './pages/today-page';

/**
 * Issue 20, items 3 and 5: the reason a person is first is always readable, at a common laptop size
 * and at a narrow one, and the sidebar badge counts exactly the people under "Needs you now".
 */

/** Elements whose text is cut off: wider or taller than the box that shows them. */
async function clipped(page: import('@playwright/test').Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((elements) =>
    elements.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1).map((e) => e.textContent ?? ''),
  );
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 900, height: 700 },
]) {
  test(`at ${size.width}×${size.height} every "why now" line and every name on Today reads in full`, async ({ page, host }) => {
    await page.setViewportSize(size);
    const today = new TodayPage(page);
    await today.open(host.current.url);
    await today.loadSample.click();
    // The click only sends the load: read the summary once the sample team is in (one transaction).
    const read = async () => {
      const answer = await host.current.tend.dispatch('attention.summary', {});
      if (!answer.ok) throw new Error(answer.error.message);
      return answer;
    };
    await expect.poll(async () => (await read()).value.people.length).toBeGreaterThan(0);
    const summary = await read();
    await expect(today.rows).toHaveCount(summary.value.people.length);

    // Priya's line names her overdue promise after the rhythm, and none of it is hidden.
    const priya = summary.value.people.find((person) => person.name === 'Priya Raman')!;
    await expect(today.rows.filter({ hasText: 'Priya Raman' }).locator('.why')).toHaveText(priya.whyNow.join(' · '));
    await expect.poll(() => clipped(page, '[data-testid="today-row"] .why')).toEqual([]);
    await expect.poll(() => clipped(page, '[data-testid="today-row"] .name')).toEqual([]);

    // The badge counts the people under "Needs you now", and no one else.
    const now = page.locator('[data-group="now"] [data-testid="today-row"]');
    await expect(today.frame.mainNav.getByTestId('attention-count')).toHaveText(new RegExp(`^${await now.count()}(?!\\d)`));
    expect(await now.count()).toBe(summary.value.needingAttention);
  });
}

test('below 1000 px the sidebar folds to icons, keeping every link’s name', async ({ page, host }) => {
  await page.setViewportSize({ width: 900, height: 700 });
  const today = new TodayPage(page);
  await today.open(host.current.url);
  await today.loadSample.click();
  await expect(today.rows.first()).toBeVisible();

  const sidebar = page.locator('.sidebar');
  expect((await sidebar.boundingBox())!.width).toBeLessThanOrEqual(80);
  for (const name of ['Prep', 'People', 'Journal', 'Search', 'Insights', 'Settings']) {
    await expect(today.frame.mainNav.or(page.getByRole('navigation', { name: 'App' })).getByRole('link', { name, exact: true })).toBeVisible();
  }
  await expect(today.frame.teamNav.getByRole('link', { name: 'Kofi Mensah', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Present' })).toBeVisible();

  // Wide again: the labels come back.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect.poll(async () => (await sidebar.boundingBox())!.width).toBeGreaterThan(200);
  await expect.poll(() => clipped(page, '.sidebar .person-name')).toEqual([]);
});

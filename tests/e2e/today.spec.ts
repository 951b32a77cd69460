import { expect, test } from './fixtures';
import { TodayPage } from './pages/today-page';

test.describe('Today', () => {
  test('a new user is offered both ways to start', async ({ page, host }) => {
    const today = new TodayPage(page);
    await today.open(host.current.url);
    await expect(today.addFirstPerson).toBeVisible();
    await expect(today.loadSample).toBeVisible();
  });

  test('the sample team appears in attention order, and one quick-log line moves its most overdue person down', async ({
    page,
    host,
  }) => {
    const today = new TodayPage(page);
    await today.open(host.current.url);
    await today.loadSample.click();
    await expect(today.sampleBanner).toContainText('This is a sample team');

    const summary = await host.current.tend.dispatch('attention.summary', {});
    if (!summary.ok) throw new Error(summary.error.message);
    const order = summary.value.people.map((person) => person.name);
    await expect(today.names).toHaveText(order);

    const first = summary.value.people[0]!;
    await today.log(`@${first.name.split(' ')[0]} 30m coaching`);
    await expect(today.frame.toast).toContainText(`Logged 30 min coaching with`);
    await expect(today.names.first()).not.toHaveText(first.name);
    const after = await host.current.tend.dispatch('attention.summary', {});
    if (!after.ok) throw new Error(after.error.message);
    await expect(today.names).toHaveText(after.value.people.map((person) => person.name));
  });

  test('long lists draw only the rows in view and say how long they are, on Today, People and in the sidebar; the keyboard reaches every row', async ({
    page,
    host,
  }) => {
    test.setTimeout(60_000);
    const dispatch = host.current.tend.dispatch;
    const TEAM = 90;
    for (let i = 1; i <= TEAM; i++) {
      const saved = await dispatch('people.save', { name: `Member ${String(i).padStart(2, '0')}` });
      if (!saved.ok) throw new Error(saved.error.message);
      if (i % 3 === 0) await dispatch('investments.log', { personId: saved.value.id, minutes: 30 });
    }
    const summary = await dispatch('attention.summary', {});
    if (!summary.ok) throw new Error(summary.error.message);
    const today = new TodayPage(page);
    await today.open(host.current.url);

    // Today: the rows drawn are the first of the team in need order, far fewer than the team, and
    // each says where it stands in its group.
    const firstGroup = today.frame.content.locator('[data-group]').first();
    await expect(firstGroup.getByRole('listitem').first()).toHaveAttribute('aria-posinset', '1');
    const groupSize = await firstGroup.locator('h3 .count').textContent();
    await expect(firstGroup.getByRole('listitem').first()).toHaveAttribute('aria-setsize', groupSize ?? '');
    const drawn = await today.names.allTextContents();
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(TEAM / 2);
    expect(drawn).toEqual(summary.value.people.slice(0, drawn.length).map((person) => person.name));

    // The sidebar: the same, and End from its first name reaches the last one, scrolled in.
    const team = today.frame.teamNav.getByRole('list', { name: 'Team' });
    await expect(team.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(TEAM));
    expect(await team.getByRole('listitem').count()).toBeLessThan(TEAM / 2);
    await team.getByRole('link', { name: 'Member 01', exact: true }).focus();
    await page.keyboard.press('End');
    await expect(team.getByRole('link', { name: `Member ${TEAM}`, exact: true })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(team.getByRole('link', { name: `Member ${TEAM - 1}`, exact: true })).toBeFocused();

    // People: the list is as long as the team to a screen reader, and ↓ walks it row by row.
    await today.frame.goTo('People');
    const list = today.frame.content.getByRole('list', { name: 'Your team' });
    await expect(list.getByRole('listitem').first()).toHaveAttribute('aria-setsize', String(TEAM));
    expect(await list.getByRole('listitem').count()).toBeLessThan(TEAM / 2);
    await list.getByRole('link', { name: /Member 01/ }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(list.getByRole('link', { name: /Member 02/ })).toBeFocused();
    await page.keyboard.press('End');
    await expect(list.getByRole('link', { name: new RegExp(`Member ${TEAM}`) })).toBeFocused();
  });

  test('Ctrl+L from People opens the quick log in a dialog', async ({ page, host }) => {
    const today = new TodayPage(page);
    await today.open(host.current.url);
    await today.frame.goTo('People');
    await page.keyboard.press('Control+l');
    await expect(today.quickLogDialog).toBeVisible();
    await expect(today.quickLogDialog.getByRole('textbox', { name: 'Quick log' })).toBeFocused();
  });
});

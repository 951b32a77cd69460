import { test, expect } from './fixtures';
import { AppFrame } from './pages/app-frame';
import { PeoplePage } from './pages/people-page';

test.describe('App frame', () => {
  test('opens on Today and every section is one click away', async ({ page, host }) => {
    // Seven views, then Prep's empty state and the folded sidebar: a few seconds on a quiet machine.
    test.setTimeout(40_000);
    const frame = new AppFrame(page);
    await frame.open(host.current.url);
    await expect(page).toHaveTitle('Tend');
    await expect(frame.mainNav.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
    await expect(frame.content.getByRole('heading', { name: 'Start with one person' })).toBeVisible();

    const sections = [
      ['Prep', 'This week’s 1:1s'],
      ['People', 'People'],
      ['Journal', 'Journal'],
      ['Search', 'Search'],
      ['Insights', 'Insights'],
      ['Settings', 'Settings'],
      ['Today', 'Good morning'],
    ] as const;
    for (const [section, heading] of sections) {
      await frame.goTo(section);
      await expect(frame.pageHeading).toHaveText(heading);
      // Search puts the cursor in its box, where typing starts; every other view starts at its heading.
      if (section === 'Search') await expect(frame.content.getByRole('searchbox')).toBeFocused();
      else await expect(frame.pageHeading).toBeFocused();
    }
    await expect(page).toHaveURL(/#\/today$/);

    // Prep with no team says what to do, not that no 1:1 comes round (the week walk-through found it saying nothing useful).
    await frame.goTo('Prep');
    await expect(frame.content.getByRole('heading', { name: 'No one to prepare for yet' })).toBeVisible();
    await frame.content.getByRole('button', { name: 'Add a person' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.keyboard.press('Escape');
    // Folded to its icons at 900 px, the sidebar keeps the empty team's sentence for screen readers, not one word a line.
    await page.setViewportSize({ width: 900, height: 700 });
    const hint = frame.teamNav.getByText('The people you lead will appear here.');
    await expect(hint).toBeAttached();
    expect((await hint.boundingBox())?.height ?? 0).toBeLessThan(20);
  });

  test('Settings shows the version, data folder and schema version', async ({ page, host }) => {
    const frame = new AppFrame(page);
    await frame.open(`${host.current.url}#/settings`);
    await expect(frame.content).toContainText('0.0.0-test');
    await expect(frame.content).toContainText(host.dataDir);
    await expect(frame.content.getByText(/^Version \d+$/)).toBeVisible();
  });

  test('an unknown address offers a way back', async ({ page, host }) => {
    const frame = new AppFrame(page);
    await frame.open(`${host.current.url}#/nowhere`);
    await expect(frame.pageHeading).toHaveText('Nothing here');
    await frame.content.getByRole('link', { name: 'Go to Today' }).click();
    await expect(frame.pageHeading).toHaveText('Good morning');
  });

  test('N opens Add person on People, Esc closes it and focus returns', async ({ page, host }) => {
    const people = new PeoplePage(page);
    await people.frame.open(host.current.url);
    await people.goto();
    await expect(people.addButton).toHaveAttribute('title', 'Add person (N)');

    await page.keyboard.press('n');
    await expect(people.form.dialog).toBeVisible();
    await expect(people.form.field('name')).toBeFocused();
    // Typing an "n" in a field is text, not a shortcut.
    await page.keyboard.type('Noor');
    await expect(people.form.field('name')).toHaveValue('Noor');
    await page.keyboard.press('Escape');
    await expect(people.form.dialog).toBeHidden();

    await people.addButton.focus();
    await page.keyboard.press('Enter');
    await expect(people.form.field('name')).toBeFocused();
    await expect(people.form.field('name')).toHaveValue('');
    await page.keyboard.press('Escape');
    await expect(people.form.dialog).toBeHidden();
    await expect(people.addButton).toBeFocused();
  });

  test('a late close event from an earlier closing neither closes a reopened dialog nor moves its focus', async ({ page, host }) => {
    const people = new PeoplePage(page);
    await people.frame.open(host.current.url);
    await people.goto();
    await people.addButton.click();
    await expect(people.form.field('name')).toBeFocused();
    // The browser queues `close`; simulate one arriving after the dialog has been opened again.
    await people.form.dialog.evaluate((dialog) => dialog.dispatchEvent(new Event('close')));
    await expect(people.form.dialog).toBeVisible();
    await expect(people.form.field('name')).toBeFocused();
  });

  test('the sidebar team list opens a person', async ({ page, host }) => {
    await host.current.tend.dispatch('people.save', { name: 'Kwame Mensah', role: 'SRE' });
    const frame = new AppFrame(page);
    await frame.open(host.current.url);
    await expect(frame.content.getByRole('heading', { name: 'Your team' })).toBeVisible();
    await frame.teamMember('Kwame Mensah').click();
    await expect(frame.pageHeading).toHaveText('Kwame Mensah');
    await expect(frame.teamMember('Kwame Mensah')).toHaveAttribute('aria-current', 'page');
    await expect(frame.mainNav.getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
  });

  test('Today fits a team of twelve without scrolling at 1280×800', async ({ page, host }) => {
    for (let i = 1; i <= 12; i++) {
      const saved = await host.current.tend.dispatch('people.save', {
        name: `Team Member ${String(i).padStart(2, '0')}`,
        preferredName: 'Sam',
        role: 'Site reliability engineer',
        team: 'Platform',
      });
      expect(saved.ok).toBe(true);
    }
    const frame = new AppFrame(page);
    await frame.open(host.current.url);
    const team = frame.content.getByRole('region', { name: 'Your team' }).getByRole('link');
    await expect(team).toHaveCount(12);
    await expect(team.last()).toBeInViewport({ ratio: 1 });
    const overflow = await frame.content.evaluate((main) => main.scrollHeight - main.clientHeight);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe('After the web host restarts', () => {
  test('an open tab says in one sentence what happened and what to do, and its actions are disabled', async ({ page, host, consoleWatch }) => {
    consoleWatch.allow(/status of 401/, 'the refused calls and event stream are how the tab learns its token is gone; Chromium logs each one');
    consoleWatch.allow(
      /ERR_CONNECTION_(REFUSED|RESET)/,
      'while the host restarts, the event stream and kept-alive connections are cut and retried against a closed port; Chromium logs each one',
    );
    const saved = await host.current.tend.dispatch('people.save', { name: 'Kwame Mensah' });
    if (!saved.ok) throw new Error(saved.error.message);
    const frame = new AppFrame(page);
    await frame.open(`${host.current.url}#/people/${saved.value.id}`);
    await expect(frame.pageHeading).toHaveText('Kwame Mensah');
    await expect(page.getByRole('alert')).toHaveCount(0);

    await host.restart({ samePort: true });
    await frame.content.getByRole('button', { name: 'Archive', exact: true }).click();

    const banner = page.getByRole('alert');
    await expect(banner).toHaveText(
      'Tend’s local host was restarted, so this tab can no longer reach it: open the new address the host printed (it ends in ?token=…).',
    );
    await expect(page.locator('.frame')).toHaveAttribute('inert', '');
    await expect(frame.content.getByText('Missing or wrong token.')).toHaveCount(0);
    const person = await host.current.tend.dispatch('people.get', { id: saved.value.id });
    expect(person.ok && person.value.archivedAt).toBeNull();
  });
});

import type { InsightsOverview } from '../../src/shared/insights';
import { test, expect, type TestHost } from './fixtures';
import { InsightsPage, PANELS } from './pages/insights-page';
import { expectNoViolations } from './axe';

async function overview(host: TestHost, weeks: 4 | 12): Promise<InsightsOverview> {
  const result = await host.current.tend.dispatch('insights.overview', { period: { kind: 'weeks', weeks } });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/** The sample team's totals are over 10 h, which Insights words in whole hours. */
const hours = (minutes: number) => `${Math.round(minutes / 60)} h`;
/** Whole percent; a sliver that would round to 0 reads "under 1%". */
const percent = (share: number) => (share > 0 && share < 0.005 ? 'under 1%' : `${Math.round(share * 100)}%`);

async function sampleTeam(host: TestHost): Promise<void> {
  const loaded = await host.current.tend.dispatch('sample.load', {});
  if (!loaded.ok) throw new Error(loaded.error.message);
}

test.describe('Insights', () => {
  test('on the sample team, every figure is core’s, and the table holds the chart’s numbers', async ({ page, host }) => {
    test.setTimeout(60_000);
    await sampleTeam(host);
    const core = await overview(host, 12);
    const insights = new InsightsPage(page);
    await insights.goto(host.current.url);
    await expect(insights.period).toHaveValue('weeks-12');

    const people = new Map(core.people.map((p) => [p.id, p]));
    const balance = insights.panel('balance');
    await expect(balance.getByTestId('balance-words')).toContainText(`Over the last 12 weeks you invested ${hours(core.balance.minutes)};`);
    await expect(balance.getByTestId('balance-words')).toContainText(`${core.balance.quiet.length} people had no time in the last 4 weeks`);
    expect(await balance.locator('li[data-person]').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-person'), row.getAttribute('data-minutes')]))).toEqual(
      core.balance.shares.map((share) => [share.personId, String(share.minutes)]),
    );
    for (const share of core.balance.shares) {
      await expect(balance.locator(`li[data-person="${share.personId}"]`)).toContainText(`${percent(share.share)} ·`);
      await expect(balance.locator(`li[data-person="${share.personId}"]`)).toContainText(`even ${percent(share.evenShare)}`);
    }
    // Each name opens the person.
    const quiet = people.get(core.balance.quiet[0]!.personId)!;
    await expect(balance.getByTestId('balance-words').getByRole('link', { name: quiet.preferredName ?? quiet.name })).toHaveAttribute('href', `#/people/${quiet.id}`);

    const chart = await insights.weeklyMinutes(insights.chart);
    expect(chart).toEqual(Object.fromEntries(core.time.people.map((row) => [row.personId, row.weeks.map((m) => (m === null ? '' : String(m)))])));
    await insights.toggle.click();
    await expect(insights.toggle).toHaveText('Show as chart');
    expect(await insights.weeklyMinutes(insights.table)).toEqual(chart);
    for (const row of core.time.people) {
      await expect(insights.table.locator(`tr[data-person="${row.personId}"] td.total`)).toHaveAttribute('data-minutes', String(row.minutes));
    }

    const mine = core.followThrough.mine;
    await expect(insights.panel('follow-through').locator('[data-owner="me"]')).toContainText(
      `You made ${mine.made} promises in the last 12 weeks: ${mine.keptOnTime} kept on time, ${mine.late} late, ${mine.dropped} dropped, ${mine.open} still open`,
    );
    for (const row of core.rhythm) {
      await expect(insights.panel('rhythm').locator(`li[data-person="${row.personId}"]`)).toContainText(`now ${row.daysSince}`);
    }
  });

  test('the period picker changes every panel and is remembered on the next visit', async ({ page, host }) => {
    await sampleTeam(host);
    const insights = new InsightsPage(page);
    await insights.goto(host.current.url);
    const before = await Promise.all(PANELS.map((name) => insights.panel(name).innerText()));
    const four = await overview(host, 4);

    await insights.period.selectOption('weeks-4');
    await expect(insights.panel('balance').getByTestId('balance-words')).toContainText(`Over the last 4 weeks you invested ${hours(four.balance.minutes)}`);
    const after = await Promise.all(PANELS.map((name) => insights.panel(name).innerText()));
    PANELS.forEach((name, index) => expect(after[index], `the ${name} panel`).not.toEqual(before[index]));
    expect(Object.values(await insights.weeklyMinutes(insights.chart))[0]).toHaveLength(4);

    await page.reload();
    await expect(insights.period).toHaveValue('weeks-4');
    await expect(insights.panel('balance').getByTestId('balance-words')).toContainText('Over the last 4 weeks');
  });

  test('a person’s evidence opened from Insights covers the period Insights shows', async ({ page, host }) => {
    const saved = await host.current.tend.dispatch('people.save', { name: 'Priya Raman' });
    if (!saved.ok) throw new Error(saved.error.message);
    const logged = await host.current.tend.dispatch('investments.log', { personId: saved.value.id, minutes: 30, day: '2026-11-20' });
    if (!logged.ok) throw new Error(logged.error.message);
    const four = await overview(host, 4);
    const insights = new InsightsPage(page);
    await insights.goto(host.current.url);
    await insights.period.selectOption('weeks-4');
    await expect(insights.panel('balance').getByTestId('balance-words')).toContainText('Over the last 4 weeks');

    await insights.panel('balance').getByRole('link', { name: 'Evidence for a review of Priya Raman' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Evidence for a review: Priya Raman' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'From', exact: true })).toHaveValue(four.period.startsOn);
    await expect(page.getByRole('textbox', { name: 'To', exact: true })).toHaveValue(four.period.endsOn);

    // Its back link goes back to Insights, where the leader came from, on the period they chose.
    await page.getByRole('main').getByRole('link', { name: 'Insights' }).click();
    await expect(page).toHaveURL(/#\/insights$/);
    await expect(insights.period).toHaveValue('weeks-4');
  });

  test('with no one yet, it says what to do; with people and no time, each panel does', async ({ page, host }) => {
    const insights = new InsightsPage(page);
    await insights.frame.open(`${host.current.url}#/insights`);
    await expect(page.getByRole('heading', { name: 'Insights begin with your team' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Add a person' })).toBeVisible();

    const saved = await host.current.tend.dispatch('people.save', { name: 'Priya Raman' });
    if (!saved.ok) throw new Error(saved.error.message);
    await expect(insights.panel('weekly')).toContainText('No time logged in the last 12 weeks. Log time');
    await expect(insights.panel('balance')).toContainText('no time has been logged yet');
    await expect(insights.panel('follow-through')).toContainText('No promises made in the last 12 weeks');
  });

  test('a large team draws its first rows and names, and “Show all” brings the rest', async ({ page, host }) => {
    test.setTimeout(60_000);
    // 45 people, past the 40 rows a panel draws at first; one has time, so the chart and shares show.
    const ids: string[] = [];
    for (let n = 1; n <= 45; n++) {
      const saved = await host.current.tend.dispatch('people.save', { name: `Person ${String(n).padStart(2, '0')}` });
      if (!saved.ok) throw new Error(saved.error.message);
      ids.push(saved.value.id);
    }
    const logged = await host.current.tend.dispatch('investments.log', { personId: ids[0]!, minutes: 30, day: '2026-11-20' });
    if (!logged.ok) throw new Error(logged.error.message);
    const insights = new InsightsPage(page);
    await insights.goto(host.current.url);

    const balance = insights.panel('balance');
    await expect(insights.panel('rhythm').getByRole('button', { name: 'Show all 45 people' })).toBeVisible();
    await expectNoViolations(page, 'Insights, 45 people, each list cut short');
    // 44 without time in the last 4 weeks: 12 named (after Person 01, who had it all), the rest one press away.
    const words = balance.getByTestId('balance-words');
    await expect(words).toContainText('all of it with Person 01. 44 people had no time in the last 4 weeks: Person 02, Person 03');
    await expect(words.getByRole('link')).toHaveCount(1 + 12);
    await words.getByRole('button', { name: '32 more' }).click();
    await expect(words.getByRole('link')).toHaveCount(1 + 44);
    await expect(words).toContainText('Person 44 and Person 45.');

    for (const [name, rows] of [
      ['balance', 'li[data-person]'],
      ['weekly', '[data-view="chart"] [data-person]'],
      ['rhythm', 'li[data-person]'],
    ] as const) {
      const panel = insights.panel(name);
      await expect(panel.locator(rows), `the ${name} panel`).toHaveCount(40);
      await panel.getByRole('button', { name: 'Show all 45 people' }).click();
      await expect(panel.locator(rows), `the ${name} panel`).toHaveCount(45);
      await expect(panel.getByRole('button', { name: 'Show all 45 people' })).toHaveCount(0);
    }
    // The table lists whom the chart lists.
    await insights.toggle.click();
    await expect(insights.table.locator('tbody tr[data-person]')).toHaveCount(45);
  });

  test('has no accessibility violations: light with the chart, dark with the tables', async ({ page, host }) => {
    // Two axe passes over a page of a few hundred cells, on a shared machine.
    test.setTimeout(120_000);
    await sampleTeam(host);
    const insights = new InsightsPage(page);
    await insights.goto(host.current.url);
    await expectNoViolations(page, 'Insights, light, chart');
    // Dark with the other view: both tables open, so every part is checked in one scheme or the other.
    await page.emulateMedia({ colorScheme: 'dark' });
    await insights.toggle.click();
    await page.locator('[data-panel="kinds"] summary').click();
    await expectNoViolations(page, 'Insights, dark, tables');
  });
});

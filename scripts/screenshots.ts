/**
 * Looks at Tend the way UI.md asks: 1280×800 Chromium screenshots of the main views in light and
 * dark, with no data and with a sample team. Run after building the renderer:
 *
 *   npx electron-vite build && npx tsx scripts/screenshots.ts
 *
 * PNGs go to test-results/screenshots/ (git-ignored). `npx tsx scripts/screenshots.ts person` shoots
 * only the Person page: an empty profile (every empty state) and a rich one with ~200 records;
 * `… screenshots.ts data` only Settings → Data, its dialogs and the recovery screen.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { clockStartingAt } from '../src/core/clock';
import { startWebHost, type WebHost } from '../src/host/server';
import type { MethodInput } from '../src/shared/contract';
import { type GoalStatus } from '../src/shared/goals';
import { NOTE_KINDS } from '../src/shared/notes';
import { pick, seededRandom } from '../bench/dataset';
import { chromiumLaunchOptions } from '../tests/fixtures/chromium';
import { corruptMiddle } from '../tests/fixtures/corrupt';

const NOW = new Date('2026-11-23T14:00:00.000Z');
const OUT_DIR = resolve('test-results/screenshots');

const SAMPLE_TEAM: MethodInput<'people.save'>[] = [
  { name: 'Priya Natarajan', preferredName: 'Priya', pronunciation: 'PREE-yah', role: 'Staff engineer', team: 'Platform', startedOn: '2021-03-15', cadenceDays: 14 },
  { name: 'Samuel Okafor', preferredName: 'Sam', role: 'Senior engineer', team: 'Payments', startedOn: '2023-06-01' },
  { name: 'Mei Lin Chen', role: 'Product designer', team: 'Payments', startedOn: '2024-01-08' },
  { name: 'Jonas Becker', role: 'Engineer', team: 'Platform', startedOn: '2025-09-22' },
  { name: 'Aisha Rahman', pronunciation: 'AY-sha', role: 'Engineering manager', team: 'Growth', cadenceDays: 7 },
  { name: 'Tomás Alvarez', preferredName: 'Tom', role: 'Engineer', team: 'Growth', startedOn: '2026-02-02' },
  { name: 'Hannah Lindqvist', role: 'QA lead', team: 'Platform', cadenceDays: 10 },
  { name: 'Daniel Kim', role: 'Data engineer', team: 'Insights' },
  { name: 'Olivia Brennan', preferredName: 'Liv', role: 'Engineer', team: 'Payments', startedOn: '2026-10-05' },
  { name: 'Kwame Mensah', role: 'Site reliability engineer', team: 'Platform', cadenceDays: 14 },
  { name: 'Sofia Rossi', role: 'Engineer (on parental leave)', team: 'Growth', cadenceDays: 30 },
  { name: 'Ravi Shankar Iyer', preferredName: 'Ravi', role: 'Principal engineer', team: 'Architecture', cadenceDays: 21 },
];

async function seed(host: WebHost): Promise<string[]> {
  const ids: string[] = [];
  for (const person of SAMPLE_TEAM) {
    const result = await host.tend.dispatch('people.save', person);
    if (!result.ok) throw new Error(`seeding ${person.name}: ${result.error.message}`);
    ids.push(result.value.id);
  }
  const former = await host.tend.dispatch('people.save', { name: 'Grace Whitfield', role: 'Engineer', team: 'Payments' });
  if (former.ok) await host.tend.dispatch('people.archive', { id: former.value.id });
  return ids;
}

async function ok<T>(result: Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value;
}

function daysBefore(days: number): string {
  const date = new Date(NOW.getTime() - days * 86_400_000);
  return date.toISOString().slice(0, 10);
}

const MATTERS: [string, string | null][] = [
  ['Being home for bedtime', 'Two small kids; evenings are theirs, and she protects them fiercely.'],
  ['Clear priorities', 'Context switching drains her; she does her best work with one big thing at a time.'],
  ['Recognition in front of the team', 'Felt overlooked at her last company.'],
  ['Learning Rust', null],
  ['Flexible Fridays', 'Cares for her father on Friday afternoons.'],
  ['Writing things down before meetings', 'Thinks best on paper; live debates put her on the back foot.'],
  ['Mentoring the new graduates', 'Someone did it for her; she wants to pass it on.'],
  ['A quiet desk', null],
  ['Honest feedback, early', 'Hates finding out about problems at review time.'],
  ['Visiting family in Chennai each winter', 'Three weeks every December; plan coverage early.'],
  ['Open source work', 'Maintains a small parsing library on weekends.'],
  ['Not being the only one on call', 'Burned out on a two-person rotation in 2024.'],
];

const GOAL_TITLES = {
  goal: {
    personal: ['Run a half marathon', 'Read 20 books this year', 'Learn to cook South Indian classics', 'Take a proper two-week holiday', 'Build a reading habit with the kids'],
    professional: ['Lead the Q1 payments launch', 'Grow into a tech lead role', 'Give a talk at the platform summit', 'Own the on-call handbook', 'Mentor two new engineers'],
  },
  challenge: {
    personal: ['Sleep since the baby arrived', 'Long commute twice a week', 'Caring for her father', 'Finding time to exercise', 'Moving house in December'],
    professional: ['Speaking up in large meetings', 'Saying no to side requests', 'Estimating large projects', 'Working with the data team', 'Too many interrupts from support'],
  },
} as const;

const PROGRESS = [
  'Talked it through; she has a plan for the next month.',
  'Good step this week — the first draft is out for review.',
  'Stalled a little; the launch took all her time.',
  'Asked for help, which is new and good.',
  'Back on track after the holidays.',
  'Shared it with the team at stand-up; lots of support.',
];

const NOTES = [
  'Talked through the **launch plan**; worried about the QA window.\n\n- Ask Jonas about a second reviewer\n- Check the freeze dates',
  'Great demo today — the team noticed. Tell her *specifically* what worked: the way she framed the trade-offs.',
  'Seemed tired. Asked about the move; it is stressful but on track.',
  'Wants more ownership of the roadmap. Try giving her the Q1 planning doc.',
  'Feedback: interrupts in design reviews. Agreed to try a *parking lot* list.',
  'Quick check-in after the incident. She handled it calmly and wrote a clear summary.',
  '> I want to be known for making hard things simple.\n\nWorth remembering when we talk about the tech lead role.',
];

/** One person with ~200 records of every kind, deterministic, for the "200 records" look. */
async function seedRichProfile(host: WebHost, personId: string): Promise<void> {
  const { tend } = host;
  const random = seededRandom(42);
  for (const [index, [what, why]] of MATTERS.entries()) {
    await ok(tend.dispatch('matters.save', { personId, what, why, notedOn: daysBefore(400 - index * 30) }));
  }
  for (const kind of ['goal', 'challenge'] as const) {
    for (const sphere of ['personal', 'professional'] as const) {
      for (const [index, title] of GOAL_TITLES[kind][sphere].entries()) {
        const goal = await ok(
          tend.dispatch('goals.save', {
            personId,
            kind,
            sphere,
            title,
            detail: index % 2 === 0 ? 'In her words: “I want to feel I am moving, not just busy.”' : null,
            targetOn: index % 3 === 0 ? daysBefore(-20 - index * 25) : null,
          }),
        );
        const steps = Math.floor(random() * 5);
        for (let step = 0; step < steps; step++) {
          await ok(tend.dispatch('progress.save', { goalId: goal.id, body: pick(random, PROGRESS), notedOn: daysBefore(90 - step * 20 - index) }));
        }
        if (index >= 3) {
          const done: GoalStatus = index === 3 ? (kind === 'goal' ? 'achieved' : 'resolved') : 'let_go';
          await ok(tend.dispatch('progress.save', { goalId: goal.id, body: done === 'let_go' ? 'We agreed to let this one go for now.' : 'Done — celebrated at the team lunch.', status: done, notedOn: daysBefore(3 + index) }));
        }
      }
    }
  }
  const details: MethodInput<'details.save'>[] = [
    { personId, kind: 'family', name: 'Arjun', relation: 'husband', note: 'Works nights at the hospital.' },
    { personId, kind: 'family', name: 'Maya', relation: 'daughter', birthday: '2018-12-01' },
    { personId, kind: 'family', name: 'Kiran', relation: 'son', birthday: '2021-04-17', note: 'Just started nursery.' },
    { personId, kind: 'family', name: 'Raman', relation: 'father', note: 'Lives nearby; she cares for him on Fridays.' },
    { personId, kind: 'pet', name: 'Biscuit', relation: 'beagle', birthday: '2020-03-09' },
    ...['Bouldering', 'Sourdough', 'Chess', 'Trail running', 'Carnatic music', 'Gardening'].map((name) => ({ personId, kind: 'hobby' as const, name })),
    ...['Accessibility', 'Mentoring women in engineering', 'Clean APIs', 'Climate tech'].map((name) => ({ personId, kind: 'passion' as const, name })),
    ...[
      'Prefers feedback in writing first, then a conversation',
      'Vegetarian; no eggs',
      'Does not drink — suggest coffee, not the pub',
      'Morning person; keep meetings before 3 pm',
      'Fasts during Navaratri',
      'Left-handed (the desk setup matters)',
      'Allergic to cats',
      'Likes her work anniversary marked quietly, not in all-hands',
    ].map((name) => ({ personId, kind: 'good_to_know' as const, name })),
  ];
  for (const detail of details) await ok(tend.dispatch('details.save', detail));
  await ok(tend.dispatch('dates.save', { personId, kind: 'birthday', on: '1989-12-14', daysAhead: 14 }));
  const customDates: [string, string, boolean][] = [
    ['Moves house', daysBefore(-17), false],
    ['Wedding anniversary', '2014-02-08', true],
    ['Maya’s school play', daysBefore(-3), false],
    ['Conference talk', daysBefore(-60), false],
    ['Back from parental leave', daysBefore(300), false],
    ['Diwali', '2026-11-08', true],
    ['Promotion review', daysBefore(-40), false],
    ['Father’s surgery', daysBefore(-9), false],
  ];
  for (const [title, on, yearly] of customDates) await ok(tend.dispatch('dates.save', { personId, title, on, yearly, daysAhead: 7 }));
  for (let index = 0; index < 100; index++) {
    await ok(
      tend.dispatch('notes.save', {
        personId,
        kind: pick(random, NOTE_KINDS),
        body: pick(random, NOTES),
        notedOn: daysBefore(Math.floor(index * 2.5)),
        mood: random() < 0.6 ? 1 + Math.floor(random() * 5) : null,
        energy: random() < 0.5 ? 1 + Math.floor(random() * 5) : null,
      }),
    );
  }
}

/** A web host on a throwaway data folder with the clock at NOW; both are gone once `shootWith` ends. */
async function withHost(shootWith: (host: WebHost) => Promise<void>): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'tend-shots-'));
  const host = await startWebHost({ dataDir, rendererDir: resolve('out/renderer'), appVersion: '0.1.0', clock: clockStartingAt(NOW) });
  try {
    await shootWith(host);
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A page the way UI.md looks at Tend: 1280×800, en-US in New York, no motion, the page clock fixed at NOW. */
async function openPage(browser: Browser, scheme: 'light' | 'dark'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'en-US',
    timezoneId: 'America/New_York',
    colorScheme: scheme,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  return { context, page };
}

/** The Person page, empty and with ~200 records, plus its forms and the delete dialog. */
async function shootPersonPages(browser: Browser): Promise<void> {
  await withHost(async (host) => {
    const empty = await ok(host.tend.dispatch('people.save', { name: 'Samuel Okafor', preferredName: 'Sam', role: 'Senior engineer', team: 'Payments' }));
    const rich = await ok(
      host.tend.dispatch('people.save', {
        name: 'Priya Natarajan',
        preferredName: 'Priya',
        pronunciation: 'PREE-yah nuh-TAH-ruh-jun',
        role: 'Staff engineer',
        team: 'Platform',
        startedOn: '2021-11-27',
        cadenceDays: 14,
      }),
    );
    await seedRichProfile(host, rich.id);
    const archived = await ok(host.tend.dispatch('people.save', { name: 'Grace Whitfield', role: 'Engineer', team: 'Payments' }));
    await ok(host.tend.dispatch('matters.save', { personId: archived.id, what: 'Moving closer to family', why: 'Her mother is unwell.' }));
    await ok(host.tend.dispatch('people.archive', { id: archived.id }));

    for (const scheme of ['light', 'dark'] as const) {
      const { context, page } = await openPage(browser, scheme);
      const open = async (id: string, name: string) => {
        await page.goto(new URL(`#/people/${id}`, host.url).href);
        await page.getByRole('heading', { name, level: 1 }).waitFor();
        await page.getByRole('heading', { name: 'Timeline', level: 2 }).waitFor();
      };
      const main = page.getByRole('main');
      const scrollTo = async (heading: string) => {
        await main.evaluate((element, text) => {
          const target = [...element.querySelectorAll('h2')].find((h) => h.textContent?.trim().startsWith(text));
          if (target) element.scrollTop += target.getBoundingClientRect().top - 16;
        }, heading);
      };

      await page.goto(host.url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await open(empty.id, 'Samuel Okafor');
      await shoot(page, `person-empty-${scheme}`);
      await scrollTo('Family & personal');
      await shoot(page, `person-empty-${scheme}-lower`);
      await page.getByRole('button', { name: 'Add family member or pet' }).click();
      await page.getByLabel('Relation').fill('daughter');
      await page.getByRole('region', { name: /^Family & personal/ }).getByRole('button', { name: 'Add', exact: true }).click();
      await page.getByText('Name cannot be empty.').waitFor();
      await page.getByRole('button', { name: 'Add date' }).click();
      await page.getByLabel('What', { exact: true }).fill('Moves house');
      await page.getByLabel('Date', { exact: true }).fill('2026-12-10');
      await page.getByLabel('Remind me').fill('120');
      await page.getByRole('region', { name: /^Important dates/ }).getByRole('button', { name: 'Add', exact: true }).click();
      await page.getByText(/“Remind me” must be/).waitFor();
      await shoot(page, `person-empty-${scheme}-forms-with-errors`);
      await page.keyboard.press('Escape');

      await open(rich.id, 'Priya Natarajan');
      await page.getByText('That’s everything', { exact: false }).or(page.getByRole('article').first()).first().waitFor();
      await shoot(page, `person-rich-${scheme}`);
      await page.getByRole('list', { name: /^What matters to/ }).getByRole('listitem').nth(1).hover();
      await shoot(page, `person-rich-${scheme}-hover`);
      for (const section of ['Goals', 'Challenges', 'Family & personal', 'Important dates', 'Timeline']) {
        await scrollTo(section);
        await shoot(page, `person-rich-${scheme}-${section.toLowerCase().split(' ')[0]}`);
      }
      await main.evaluate((element) => (element.scrollTop += 4000));
      await shoot(page, `person-rich-${scheme}-timeline-deep`);

      await scrollTo('Goals');
      await page.getByRole('button', { name: 'Add progress' }).first().click();
      await page.getByRole('textbox', { name: 'Progress note' }).fill('Shipped the first milestone; the team is proud of it.');
      await page.getByRole('radio', { name: 'Mark achieved' }).check();
      await shoot(page, `person-rich-${scheme}-add-progress`);
      await page.keyboard.press('Escape');

      await page.keyboard.press('n');
      await page.getByLabel('Note', { exact: true }).fill(NOTES[0]! + '\n\nA [link](https://example.com) and `code`.');
      await page.getByRole('radio', { name: '4 of 5, good' }).check();
      await shoot(page, `person-rich-${scheme}-note-composer`);
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'More actions for Priya Natarajan' }).click();
      await page.getByRole('menuitem', { name: /Delete/ }).click();
      await page.getByRole('dialog').getByLabel(/to confirm/).fill('Priya');
      await shoot(page, `person-rich-${scheme}-delete-dialog`);
      await page.keyboard.press('Escape');

      await open(archived.id, 'Grace Whitfield');
      await shoot(page, `person-archived-${scheme}`);
      await context.close();
    }
  });
}

const ROSTER_CSV = [
  'Full name,Job title,Department,Start date,Nickname',
  '"Okafor, Samuel",Staff engineer,Payments,2023-06-01,Sam',
  'Nadia Petrova,Engineer,Platform,2025-02-10,',
  'Luis Ortega,Designer,Growth,someday,',
  ',Engineer,Platform,2024-04-01,',
  'Yuki Tanaka,Engineering manager,Insights,2022-09-19,',
].join('\n');

/** Settings → Data empty and full, its dialogs, and the recovery screen (`npx tsx scripts/screenshots.ts data`). */
async function shootDataPages(browser: Browser): Promise<void> {
  for (const dataset of ['empty', 'team'] as const) {
    await withHost(async (host) => {
      let archive = '';
      if (dataset === 'team') {
        await seed(host);
        for (let i = 0; i < 3; i++) await ok(host.tend.dispatch('backup.create'));
        archive = readFileSync((await ok(host.tend.dispatch('archive.export', { format: 'json' }))).path, 'utf8');
      }
      for (const scheme of ['light', 'dark'] as const) {
        const { context, page } = await openPage(browser, scheme);
        const prefix = `data-${dataset}-${scheme}`;
        await page.goto(new URL('#/settings', host.url).href);
        await page.getByRole('heading', { name: 'Your data' }).waitFor();
        await page.getByRole('button', { name: 'Back up now' }).waitFor();
        await shoot(page, `${prefix}-settings`);
        await page.getByRole('main').evaluate((element) => (element.scrollTop += 480));
        await shoot(page, `${prefix}-settings-lower`);
        if (dataset === 'team') {
          await page.getByRole('button', { name: /^Restore the backup/ }).first().click();
          await shoot(page, `${prefix}-restore-dialog`);
          await page.keyboard.press('Escape');
          await page.getByRole('button', { name: 'Export' }).first().click();
          await page.getByText(/^Download /).first().waitFor();
          await shoot(page, `${prefix}-exported`);
          await page.getByLabel('Tend archive file').setInputFiles({ name: 'tend-team.json', mimeType: 'application/json', buffer: Buffer.from(archive) });
          await page.getByRole('table').waitFor();
          await shoot(page, `${prefix}-import-archive`);
          await page.getByText('Replace everything', { exact: true }).click();
          await page.getByRole('button', { name: 'Replace everything…' }).click();
          await shoot(page, `${prefix}-import-archive-replace`);
          await page.keyboard.press('Escape');
          await page.getByLabel('Team roster file').setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(ROSTER_CSV) });
          await page.getByRole('table').waitFor();
          await shoot(page, `${prefix}-import-roster`);
          await page.keyboard.press('Escape');
        }
        await context.close();
      }
    });
  }

  const dataDir = mkdtempSync(join(tmpdir(), 'tend-shots-'));
  try {
    const healthy = await startWebHost({ dataDir, rendererDir: resolve('out/renderer'), appVersion: '0.1.0', clock: clockStartingAt(NOW) });
    await seed(healthy);
    await ok(healthy.tend.dispatch('backup.create'));
    await healthy.close();
    corruptMiddle(join(dataDir, 'tend.sqlite'));
    for (const scheme of ['light', 'dark'] as const) {
      const host = await startWebHost({ dataDir, rendererDir: resolve('out/renderer'), appVersion: '0.1.0', clock: clockStartingAt(NOW) });
      const { context, page } = await openPage(browser, scheme);
      await page.goto(host.url);
      await page.getByRole('button', { name: 'Restore this backup' }).waitFor();
      await shoot(page, `recovery-${scheme}`);
      if (scheme === 'light') {
        await page.getByRole('button', { name: 'Restore this backup' }).click();
        await page.getByRole('heading', { name: 'Your journal is back' }).waitFor();
        await shoot(page, `recovery-${scheme}-restored`);
        await host.close();
        corruptMiddle(join(dataDir, 'tend.sqlite'));
      } else {
        await host.close();
      }
      await context.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(OUT_DIR, `${name}.png`) });
  process.stdout.write(`  ${name}.png\n`);
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions);

  try {
    if (process.argv[2] === 'data') return await shootDataPages(browser);
    await shootPersonPages(browser);
    if (process.argv[2] === 'person') return;
    for (const dataset of ['empty', 'team'] as const) {
      await withHost(async (host) => {
        const ids = dataset === 'team' ? await seed(host) : [];
        for (const scheme of ['light', 'dark'] as const) {
          const { context, page } = await openPage(browser, scheme);
          const prefix = `${dataset}-${scheme}`;
          await page.goto(host.url);
          await page.getByRole('heading', { level: 1 }).waitFor();
          await page.getByRole('heading', { name: 'Your team' }).waitFor();
          await shoot(page, `${prefix}-today`);

          await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
          await page.getByRole('heading', { name: 'People', level: 1 }).waitFor();
          if (dataset === 'team') await page.getByRole('list', { name: 'Your team' }).waitFor();
          await shoot(page, `${prefix}-people`);

          if (dataset === 'team') {
            await page.getByRole('list', { name: 'Your team' }).getByRole('listitem').nth(1).hover();
            await shoot(page, `${prefix}-people-hover`);
            // Keyboard focus on a row: the ring and the row's actions must both show.
            await page.mouse.move(0, 0);
            await page.keyboard.press('Shift');
            await page.getByRole('list', { name: 'Your team' }).getByRole('link').nth(2).focus();
            await shoot(page, `${prefix}-people-focus`);
            await page.getByRole('switch', { name: 'Show archived' }).check();
            await page.getByRole('list', { name: 'Archived people' }).scrollIntoViewIfNeeded();
            await shoot(page, `${prefix}-people-archived`);
            await page.getByRole('switch', { name: 'Show archived' }).uncheck();
          }

          await page.getByRole('button', { name: 'Add person' }).first().click();
          const dialog = page.getByRole('dialog');
          await dialog.getByLabel('Name', { exact: true }).fill('   ');
          await dialog.getByLabel('Cadence').fill('0');
          await dialog.getByRole('button', { name: 'Add person' }).click();
          await dialog.getByText('Name cannot be empty.').waitFor();
          await shoot(page, `${prefix}-add-person-error`);
          await dialog.getByLabel('Name', { exact: true }).fill('Noor Haddad');
          await dialog.getByRole('button', { name: 'Add person' }).click();
          await dialog.getByText('Cadence must be at least 1 day.').waitFor();
          await shoot(page, `${prefix}-add-person-cadence-error`);
          await page.keyboard.press('Escape');
          await dialog.waitFor({ state: 'hidden' });

          if (dataset === 'team') {
            await page.goto(new URL(`#/people/${ids[0]}`, host.url).href);
            await page.getByRole('heading', { name: 'Priya Natarajan', level: 1 }).waitFor();
            await shoot(page, `${prefix}-person`);
            await page.getByRole('button', { name: 'Edit', exact: true }).click();
            await page.getByRole('dialog').getByLabel('Name', { exact: true }).waitFor();
            await shoot(page, `${prefix}-edit-person`);
            await page.keyboard.press('Escape');
          }

          await page.goto(new URL('#/settings', host.url).href);
          await page.getByText('Data folder').waitFor();
          await shoot(page, `${prefix}-settings`);
          await page.goto(new URL('#/journal', host.url).href);
          await page.getByRole('heading', { name: 'Journal', level: 1 }).waitFor();
          await shoot(page, `${prefix}-journal`);
          await context.close();
        }
      });
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

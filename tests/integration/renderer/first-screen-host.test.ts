/**
 * The Person page's first screen, drawn by the web host with the answers of the window's first
 * request (issue 21): the same components as the window's, their text escaped, and none while locked.
 * With the renderer's tests because parsing the HTML as a window would needs DOM types.
 */
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clockStartingAt } from '../../../src/core/clock';
import { BATCH_PATH, startWebHost, type WebHost } from '../../../src/host/server';
import type { FirstScreenHtml } from '../../../src/shared/first-screen';
import { tempDir } from '../../fixtures/temp-dir';
import { stubRendererDir } from '../../fixtures/stub-renderer';

let host: WebHost;

beforeEach(async () => {
  const root = tempDir('tend-host-first-screen');
  host = await startWebHost({
    dataDir: join(root, 'data'),
    rendererDir: stubRendererDir(root),
    appVersion: '9.9.9',
    clock: clockStartingAt(new Date('2026-11-23T14:00:00Z')),
    // The source itself, compiled here for the server renderer as the host's build compiles it.
    firstScreen: () => import('../../../src/renderer/prerender/first-screen'),
  });
});

afterEach(async () => {
  await host.close();
});

async function post(path: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`http://127.0.0.1:${host.port}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

/** The screen the host draws for a batch with a screen asked for, or null when it draws none. */
async function screenFor(request: { screen: string; calls: unknown[] }): Promise<unknown> {
  return ((await post(BATCH_PATH, request)).json as { screen: unknown }).screen;
}

/** What every window asks for first, whatever its route (app/first-reads.ts): the team, the sample status, the settings, who needs attention. */
const WINDOW_READS = [
  { method: 'people.list', input: { includeArchived: true } },
  { method: 'sample.status', input: {} },
  { method: 'settings.get' },
  { method: 'attention.summary', input: { weekStartsOn: 1 } },
];

/** The reads a Person page's window sends first (app/first-reads.ts), with its screen asked for. */
function firstRequest(personId: string, screen = `#/people/${personId}`) {
  return {
    screen,
    calls: [
      ...WINDOW_READS,
      { method: 'people.profile', input: { id: personId } },
      { method: 'timeline.page', input: { personId, kinds: ['note', 'progress', 'investment', 'commitment', 'journal'], before: null, limit: 50 } },
    ],
  };
}

async function addPerson(name: string, notes: string[]): Promise<string> {
  const saved = (await post('/api/people.save', { name })).json as { value: { id: string } };
  for (const body of notes) await post('/api/notes.save', { personId: saved.value.id, body });
  return saved.value.id;
}

/** What a Person page's window sends first now (app/first-reads.ts): its own reads, the team and who needs attention a moment later. */
function personRequest(personId: string) {
  const all = firstRequest(personId);
  return {
    screen: all.screen,
    calls: [
      ...all.calls.filter((call) => call.method !== 'people.list' && call.method !== 'attention.summary'),
      { method: 'privateState.list' },
      { method: 'people.get', input: { id: personId } },
    ],
  };
}

/** The host's day at its clock (the tests run in America/New_York). */
const DAY = '2026-11-23';

/** The reads a Journal window sends first (app/first-reads.ts): its kept drafts and the day's entry among them. */
function journalRequest(screen = '#/journal', day = DAY) {
  return {
    screen,
    calls: [...WINDOW_READS, { method: 'privateState.list' }, { method: 'journal.get', input: { day } }],
  };
}

describe('POST /api/batch with a screen: the Person page drawn ahead of time (issue 21)', () => {
  it('answers the calls as before, and draws the page with them: the frame, the title, the newest notes', async () => {
    const id = await addPerson('Priya Raman', ['Talked about the launch plan', 'Asked for more time on reviews']);
    const request = firstRequest(id);
    const alone = (await post(BATCH_PATH, request.calls)).json;
    const { status, json } = await post(BATCH_PATH, request);
    expect(status).toBe(200);
    const { answers, screen } = json as { answers: unknown; screen: FirstScreenHtml };
    expect(answers).toEqual(alone);
    expect(screen.body).toMatch(/<main id="main-content"/);
    expect(screen.body).toMatch(/<h1[^>]*id="person-page-title"[^>]*>[^<]*Priya Raman/);
    expect(screen.body.match(/<article class="entry/g)).toHaveLength(2);
    expect(screen.body).toContain('Asked for more time on reviews');
    // The components' styles come with it: the window shows it before their style sheets arrive.
    expect(screen.head).toMatch(/<style/);
  });

  it('draws the person from their own read when the team is not asked with it: the sidebar without names', async () => {
    const id = await addPerson('Priya Raman', ['Talked about the launch plan']);
    await addPerson('Sam Okafor', []);
    const { json } = await post(BATCH_PATH, personRequest(id));
    // Nobody else's name travels with the page.
    expect(JSON.stringify(json)).not.toContain('Sam Okafor');
    const page = new JSDOM((json as { screen: FirstScreenHtml }).screen.body).window.document;
    expect(page.querySelector('#person-page-title')?.textContent).toContain('Priya Raman');
    expect(page.querySelector('article.entry')?.textContent).toContain('Talked about the launch plan');
    expect(page.querySelectorAll('.sidebar .person-link')).toHaveLength(0);
    expect(page.querySelector('[data-testid="attention-count"]')).toBeNull();
    // Nor a person nobody read: with neither the team nor the person, nothing is drawn.
    const request = personRequest(id);
    const without = request.calls.filter((call) => call.method !== 'people.get');
    expect(await screenFor({ ...request, calls: without })).toBeNull();
  });

  it('keeps whatever a note or a name says inert: markup is escaped, never drawn', async () => {
    const hostile = ['<script>window.stolen = 1</script>', '<img src=x onerror="window.stolen = 1">', '**bold** and <a href="javascript:alert(1)">a link</a>'];
    const id = await addPerson('<img src=x onerror=alert(1)>', hostile);
    const { screen } = (await post(BATCH_PATH, firstRequest(id))).json as { screen: FirstScreenHtml };
    // Parsed as the window parses it: no element or attribute anyone wrote, only their text.
    const drawn = new JSDOM(screen.body).window.document;
    expect(drawn.querySelectorAll('script, img, iframe, object')).toHaveLength(0);
    const attributes = [...drawn.querySelectorAll('*')].flatMap((element) => [...element.attributes]);
    expect(attributes.filter((attribute) => attribute.name.startsWith('on'))).toEqual([]);
    expect(attributes.filter((attribute) => /javascript:/i.test(attribute.value) && attribute.name === 'href')).toEqual([]);
    expect(drawn.querySelector('#person-page-title')?.textContent).toContain('<img src=x onerror=alert(1)>');
    const entries = [...drawn.querySelectorAll('article.entry')].map((entry) => entry.textContent);
    for (const body of hostile.slice(0, 2)) expect(entries.some((text) => text?.includes(body))).toBe(true);
    // A note with markdown is its escaped text until the window's sanitiser draws it.
    expect(entries.some((text) => text?.includes('**bold** and <a href="javascript:alert(1)">a link</a>'))).toBe(true);
  });

  it('draws nothing while locked, and the calls are refused as ever', async () => {
    const id = await addPerson('Priya Raman', ['Talked about the launch plan']);
    expect((await post('/api/lock.lock', {})).status).toBe(200);
    const { status, json } = await post(BATCH_PATH, firstRequest(id));
    expect(status).toBe(200);
    const { answers, screen } = json as { answers: { ok: boolean; error?: { code: string } }[]; screen: unknown };
    expect(screen).toBeNull();
    expect(answers.find((answer) => answer.ok === false && answer.error?.code === 'locked')).toBeDefined();
    expect(JSON.stringify(json)).not.toContain('launch plan');
  });

  it('draws Today and a Prep sheet from their own first reads', async () => {
    const id = await addPerson('Priya Raman', ['Talked about the launch plan']);
    const today = (await post(BATCH_PATH, { ...firstRequest(id, '#/today') })).json as { screen: FirstScreenHtml };
    const todayPage = new JSDOM(today.screen.body).window.document;
    expect(todayPage.querySelector('main h1')?.textContent).toMatch(/^Good (morning|afternoon|evening)/);
    expect(todayPage.querySelector('section[aria-labelledby="today-team-heading"] li')?.textContent).toContain('Priya Raman');

    const prepRequest = firstRequest(id, `#/prep/${id}`);
    const prep = (await post(BATCH_PATH, { ...prepRequest, calls: [...prepRequest.calls, { method: 'prep.forPerson', input: { personId: id } }] })).json as { screen: FirstScreenHtml };
    const prepPage = new JSDOM(prep.screen.body).window.document;
    expect(prepPage.querySelector('main h1')?.textContent).toContain('Priya Raman');
    expect(prepPage.querySelector('main section h2')).not.toBeNull();
    // Without its sheet's read, a Prep page is not drawn ahead.
    expect(await screenFor(prepRequest)).toBeNull();
  });

  it('draws People from the team: its count and rows, names inert; without the team, nothing', async () => {
    const id = await addPerson('Priya Raman', []);
    await addPerson('<img src=x onerror=alert(1)>', []);
    const request = firstRequest(id, '#/people');
    const { screen } = (await post(BATCH_PATH, request)).json as { screen: FirstScreenHtml };
    const page = new JSDOM(screen.body).window.document;
    expect(page.querySelector('main h1')?.textContent).toBe('People');
    expect(page.querySelector('main header')?.textContent).toContain('2 people on your team.');
    const rows = [...page.querySelectorAll('[aria-label="Your team"] .name')].map((name) => name.textContent);
    expect(rows).toEqual(expect.arrayContaining(['Priya Raman', '<img src=x onerror=alert(1)>']));
    expect(page.querySelectorAll('main img')).toHaveLength(0);
    const without = request.calls.filter((call) => call.method !== 'people.list');
    expect(await screenFor({ ...request, calls: without })).toBeNull();
  });

  it('draws the Journal\'s day from its own first read: its saved text, the prompts, the calendar', async () => {
    await addPerson('Priya Raman', []);
    await post('/api/journal.save', { day: DAY, body: 'A good day with @Priya Raman', revision: 1 });
    const { json } = await post(BATCH_PATH, journalRequest());
    const page = new JSDOM((json as { screen: FirstScreenHtml }).screen.body).window.document;
    expect(page.querySelector('main h1')?.textContent).toBe('Journal');
    expect(page.querySelector<HTMLTextAreaElement>('main textarea')?.value).toBe('A good day with @Priya Raman');
    // As the window's first render shows it once the day is in: writable, the prompts usable.
    expect(page.querySelector('main textarea')?.hasAttribute('readonly')).toBe(false);
    expect(page.querySelector('.prompts button:disabled')).toBeNull();
    expect(page.querySelector('section[aria-label="Journal calendar"] h2')?.textContent).toBe('November 2026');
    expect(page.querySelector('section[aria-label="Log time for mentioned people"]')).not.toBeNull();
    // As the window asks for it, without the team (app/first-reads.ts): the same page, the sidebar without names.
    const request = journalRequest();
    const alone = (await post(BATCH_PATH, { ...request, calls: request.calls.filter((call) => call.method !== 'people.list' && call.method !== 'attention.summary') })).json;
    const withoutTeam = new JSDOM((alone as { screen: FirstScreenHtml }).screen.body).window.document;
    expect(withoutTeam.querySelector('main')?.innerHTML).toBe(page.querySelector('main')?.innerHTML);
    expect(withoutTeam.querySelectorAll('.sidebar .person-link')).toHaveLength(0);
    // Another day from its address, with that day's read.
    const past = (await post(BATCH_PATH, journalRequest('#/journal/2026-11-20', '2026-11-20'))).json as { screen: FirstScreenHtml };
    expect(new JSDOM(past.screen.body).window.document.querySelector('main textarea')?.textContent).toBe('');
  });

  it('leaves the Journal to the window without the day\'s read, the kept drafts, or when the day has an unsaved draft', async () => {
    await post('/api/journal.save', { day: DAY, body: 'Saved text', revision: 1 });
    const request = journalRequest();
    const screenOf = (calls: typeof request.calls) => screenFor({ ...request, calls });
    expect(await screenOf(request.calls.filter((call) => call.method !== 'journal.get'))).toBeNull();
    expect(await screenOf(request.calls.filter((call) => call.method !== 'privateState.list'))).toBeNull();
    // A draft older than the saved text is not the newest: the day is drawn.
    const keep = (revision: number, seq: number) =>
      post('/api/privateState.save', { set: [{ key: `tend.journal.draft.${DAY}`, value: JSON.stringify({ body: 'Draft text', revision }) }], remove: [], order: { page: '00000000-0000-4000-8000-000000000001', seq } });
    await keep(1, 1);
    expect(await screenOf(request.calls)).not.toBeNull();
    // A newer one is the leader's text, which the host does not draw: the window draws the page with it.
    await keep(2, 2);
    expect(await screenFor(request)).toBeNull();
  });

  it('draws nothing for a route it does not draw ahead, or a person who is not there', async () => {
    const id = await addPerson('Priya Raman', []);
    expect(await screenFor(firstRequest(id, '#/insights'))).toBeNull();
    expect(await screenFor(firstRequest('missing', '#/people/missing'))).toBeNull();
  });

  it('keeps a journal entry inert: its text is the textarea\'s, never markup', async () => {
    const hostile = '</textarea><script>window.stolen = 1</script><img src=x onerror="window.stolen = 1"> [a](javascript:alert(1)) <a href="javascript:alert(1)">x</a>';
    await post('/api/journal.save', { day: DAY, body: hostile, revision: 1 });
    const { screen } = (await post(BATCH_PATH, journalRequest())).json as { screen: FirstScreenHtml };
    const drawn = new JSDOM(screen.body).window.document;
    expect(drawn.querySelectorAll('script, img, iframe, object')).toHaveLength(0);
    const attributes = [...drawn.querySelectorAll('*')].flatMap((element) => [...element.attributes]);
    expect(attributes.filter((attribute) => attribute.name.startsWith('on'))).toEqual([]);
    expect(attributes.filter((attribute) => /javascript:/i.test(attribute.value) && attribute.name === 'href')).toEqual([]);
    expect(drawn.querySelector<HTMLTextAreaElement>('main textarea')?.value).toBe(hostile);
  });

  it('refuses a screen that is not a route', async () => {
    expect((await post(BATCH_PATH, { calls: [{ method: 'settings.get' }], screen: 42 })).status).toBe(400);
  });
});

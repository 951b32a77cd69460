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

/** The reads a Person page's window sends first (app/first-reads.ts), with its screen asked for. */
function firstRequest(personId: string, screen = `#/people/${personId}`) {
  return {
    screen,
    calls: [
      { method: 'people.list', input: { includeArchived: true } },
      { method: 'sample.status', input: {} },
      { method: 'settings.get' },
      { method: 'attention.summary', input: { weekStartsOn: 1 } },
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
    expect(((await post(BATCH_PATH, prepRequest)).json as { screen: unknown }).screen).toBeNull();
  });

  it('draws nothing for a route it does not draw ahead, or a person who is not there', async () => {
    const id = await addPerson('Priya Raman', []);
    expect(((await post(BATCH_PATH, firstRequest(id, '#/journal'))).json as { screen: unknown }).screen).toBeNull();
    expect(((await post(BATCH_PATH, firstRequest('missing', '#/people/missing'))).json as { screen: unknown }).screen).toBeNull();
  });

  it('refuses a screen that is not a route', async () => {
    expect((await post(BATCH_PATH, { calls: [{ method: 'settings.get' }], screen: 42 })).status).toBe(400);
  });
});

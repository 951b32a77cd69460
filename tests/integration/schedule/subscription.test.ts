import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, onTestFinished, test, vi } from 'vitest';
import { fetchCalendar } from '../../../src/core/schedule/fetch-calendar';
import { HOUR } from '../../fixtures/clock';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';
import { teamCalendar } from '../../fixtures/team-calendar';

type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** A calendar server on 127.0.0.1 whose answer each test sets; it records the requests it got. */
async function calendarServer(initial: Route) {
  let route = initial;
  const requests: { path: string; ifNoneMatch: string | undefined }[] = [];
  const server = createServer((req, res) => {
    requests.push({ path: req.url ?? '', ifNoneMatch: req.headers['if-none-match'] });
    route(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  server.unref();
  const { port } = server.address() as AddressInfo;
  return { url: (path = '/cal.ics') => `http://127.0.0.1:${port}${path}`, port, requests, answer: (next: Route) => (route = next) };
}

const withEtag =
  (etag: string, body = teamCalendar()): Route =>
  (req, res) => {
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/calendar', etag }).end(body);
  };

test('a subscription is read at once; an unchanged calendar (304) keeps the copy and says it was read now; a 500 keeps the last good copy', async () => {
  const server = await calendarServer(withEtag('"v1"'));
  const { tend, clock } = await openTestTend();
  const set = expectOk(await tend.dispatch('schedule.setUrl', { url: server.url() }));
  const first = set.sources[0]!;
  expect(first).toMatchObject({ kind: 'url', label: server.url(), readAt: '2026-11-23T14:00:00.000Z', error: null });
  expect(first.events).toBeGreaterThan(0);
  expect(server.requests).toEqual([{ path: '/cal.ics', ifNoneMatch: undefined }]);

  clock.advance(HOUR);
  const same = expectOk(await tend.dispatch('schedule.refresh')).sources[0]!;
  expect(server.requests[1]).toEqual({ path: '/cal.ics', ifNoneMatch: '"v1"' });
  // Read again for the window an hour on (it may now hold one more occurrence).
  expect(same).toMatchObject({ readAt: '2026-11-23T15:00:00.000Z', error: null });
  expect(same.events).toBeGreaterThanOrEqual(first.events);

  server.answer((_req, res) => res.writeHead(500, 'Internal Server Error').end('boom'));
  clock.advance(HOUR);
  const failed = expectOk(await tend.dispatch('schedule.refresh')).sources[0]!;
  expect(failed).toMatchObject({ readAt: '2026-11-23T15:00:00.000Z', triedAt: '2026-11-23T16:00:00.000Z', error: 'The calendar server answered 500 Internal Server Error.', events: same.events });
  // The schedule still stands on the last good copy.
  expect(expectOk(await tend.dispatch('schedule.review')).length).toBeGreaterThan(0);
});

test('a calendar that changed replaces the copy; a page that is not a calendar is an error that keeps it', async () => {
  const server = await calendarServer(withEtag('"v1"'));
  const { tend } = await openTestTend();
  expectOk(await tend.dispatch('schedule.setUrl', { url: server.url() }));
  server.answer(withEtag('"v2"', teamCalendar().replace(/BEGIN:VEVENT\r\nUID:standup[\s\S]*?END:VEVENT\r\n/, '')));
  const fewer = expectOk(await tend.dispatch('schedule.refresh')).sources[0]!;
  server.answer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<html>Sign in</html>'));
  const html = expectOk(await tend.dispatch('schedule.refresh')).sources[0]!;
  expect(html.error).toMatch(/^The address did not give a calendar Tend can read\. Line 1: /);
  expect(html.events).toBe(fewer.events);
});

test('a redirect on the same host is followed; one to another site is refused', async () => {
  const server = await calendarServer((req, res) => {
    if (req.url === '/old.ics') res.writeHead(301, { location: '/cal.ics' }).end();
    else if (req.url === '/away.ics') res.writeHead(302, { location: `http://localhost:${server.port}/cal.ics` }).end();
    else withEtag('"v1"')(req, res);
  });
  const { tend } = await openTestTend();
  const moved = expectOk(await tend.dispatch('schedule.setUrl', { url: server.url('/old.ics') })).sources[0]!;
  expect(moved).toMatchObject({ error: null });
  expect(server.requests.map((r) => r.path)).toEqual(['/old.ics', '/cal.ics']);
  const away = expectOk(await tend.dispatch('schedule.setUrl', { url: server.url('/away.ics') })).sources[0]!;
  expect(away).toMatchObject({ readAt: null, events: 0, error: 'The calendar’s address sends Tend to another site; Tend only reads the address you typed.' });
  expect(server.requests.map((r) => r.path)).toEqual(['/old.ics', '/cal.ics', '/away.ics']);
});

test('a server that does not answer in time fails with the wait named; one that is down says it could not be reached', async () => {
  const server = await calendarServer(() => {
    // Never answers.
  });
  expect(await fetchCalendar(server.url(), { etag: null, timeoutMs: 300 })).toEqual({ status: 'failed', reason: 'The calendar server did not answer within 0.3 seconds.' });
  const outcome = await fetchCalendar('http://127.0.0.1:9/cal.ics', { etag: null, timeoutMs: 2000 });
  expect(outcome.status === 'failed' && outcome.reason).toMatch(/^The calendar could not be reached \(/);
});

test('clearing the subscription forgets the address and its events; nothing is requested after', async () => {
  const server = await calendarServer(withEtag('"v1"'));
  const { tend } = await openTestTend();
  expectOk(await tend.dispatch('schedule.setUrl', { url: server.url() }));
  expect(expectOk(await tend.dispatch('schedule.clearUrl')).sources).toEqual([]);
  expectOk(await tend.dispatch('schedule.refresh'));
  expect(server.requests).toHaveLength(1);
});

test('Tend reads the subscription again when it starts', async () => {
  const server = await calendarServer(withEtag('"v1"'));
  const first = await openTestTend();
  expectOk(await first.tend.dispatch('schedule.setUrl', { url: server.url() }));
  first.tend.close();
  const again = await openTestTend({ dataDir: first.dataDir });
  await vi.waitFor(() => expect(server.requests).toEqual([
    { path: '/cal.ics', ifNoneMatch: undefined },
    { path: '/cal.ics', ifNoneMatch: '"v1"' },
  ]), { timeout: 10_000 });
  expect(expectOk(await again.tend.dispatch('schedule.status')).sources[0]?.error).toBeNull();
});

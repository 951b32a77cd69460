import { expect, test } from 'vitest';
import { allowedRedirect, requestUrlOf } from '../../../../src/core/schedule/fetch-calendar';

test.each([
  ['https://cal.example.com/a.ics', '/b.ics', 'https://cal.example.com/b.ics'],
  ['http://cal.example.com/a.ics', 'https://cal.example.com/a.ics', 'https://cal.example.com/a.ics'],
  ['http://cal.example.com/a.ics', 'http://cal.example.com/b.ics', 'http://cal.example.com/b.ics'],
  ['https://cal.example.com/a.ics', 'http://cal.example.com/a.ics', null],
  ['https://cal.example.com/a.ics', 'https://evil.example.net/a.ics', null],
  ['https://cal.example.com/a.ics', 'https://cal.example.com.evil.net/a.ics', null],
  ['https://cal.example.com/a.ics', 'file:///etc/passwd', null],
  ['https://cal.example.com/a.ics', '', 'https://cal.example.com/a.ics'],
])('a redirect from %s to %j goes to %s', (from, location, to) => {
  expect(allowedRedirect(new URL(from), location)?.href ?? null).toBe(to);
});

test('webcal:// is read over https; other schemes are refused', () => {
  expect(requestUrlOf('webcal://p01-caldav.icloud.com/published/2/abc').href).toBe('https://p01-caldav.icloud.com/published/2/abc');
  expect(() => requestUrlOf('ftp://example.com/cal.ics')).toThrow();
});

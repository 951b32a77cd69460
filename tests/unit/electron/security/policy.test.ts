import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  isAppUrl,
  isNavigationAllowed,
  isPermissionAllowed,
  resolveAppAsset,
} from '../../../../electron/main/security/policy';

const hostile = [
  'app://tend.evil/',
  'app://tend.evil/index.html',
  'app://tend@evil/',
  'app://evil@tend/',
  'app://tend:secret@tend/',
  'app://tend:8080/',
  'app://TEND/',
  'app://evil/tend/',
  'app:tend/index.html',
  'app:///tend/index.html',
  'app:/tend/index.html',
  'apps://tend/',
  'file:///etc/passwd',
  'file://tend/index.html',
  'http://localhost:5173/',
  'http://127.0.0.1/',
  'https://tend/',
  'https://example.com/app://tend/',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://tend/0b1a2c3d',
  'about:blank',
  'devtools://devtools/bundled/inspector.html',
  '',
  'not a url',
];

describe('isAppUrl', () => {
  it.each([
    'app://tend/',
    'app://tend',
    APP_ENTRY_URL,
    'app://tend/index.html#/people/123',
    'app://tend/assets/index-abc.js?v=1',
    'APP://tend/index.html',
  ])('accepts the app page %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each(hostile)('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it.each([null, undefined])('refuses a missing URL (%s)', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('isNavigationAllowed', () => {
  it('allows staying on the app page', () => {
    expect(isNavigationAllowed('app://tend/index.html#/today')).toBe(true);
  });

  it.each(hostile)('blocks navigating to %s', (url) => {
    expect(isNavigationAllowed(url)).toBe(false);
  });
});

describe('isPermissionAllowed', () => {
  it.each([
    ['media', APP_ENTRY_URL],
    ['notifications', APP_ENTRY_URL],
    ['geolocation', APP_ENTRY_URL],
    ['clipboard-read', APP_ENTRY_URL],
    ['openExternal', APP_ENTRY_URL],
    ['notifications', 'https://example.com/'],
    ['media', undefined],
    ['unknown', ''],
  ])('denies %s for %s', (permission, url) => {
    expect(isPermissionAllowed(permission, url)).toBe(false);
  });
});

describe('resolveAppAsset', () => {
  const root = resolve('/srv/tend/out/renderer');

  it.each([
    ['app://tend/', 'index.html'],
    ['app://tend', 'index.html'],
    ['app://tend/index.html', 'index.html'],
    ['app://tend/index.html#/people', 'index.html'],
    ['app://tend/assets/index-abc.js', join('assets', 'index-abc.js')],
    ['app://tend/assets/index-abc.js?v=2', join('assets', 'index-abc.js')],
    ['app://tend/fonts/My%20Font.woff2', join('fonts', 'My Font.woff2')],
    // The URL parser removes dot segments before we see them; what is left stays inside the root.
    ['app://tend/assets/../index.html', 'index.html'],
    ['app://tend/../../../../etc/passwd', join('etc', 'passwd')],
    ['app://tend/%2e%2e/%2e%2e/etc/passwd', join('etc', 'passwd')],
    ['app://tend/%2e%2e', 'index.html'],
    ['app://tend/.%2e/x', 'x'],
  ])('serves %s from %s inside the root', (url, file) => {
    expect(resolveAppAsset(url, root)).toBe(join(root, file));
  });

  it.each([
    'app://tend/a%2F..%2F..%2F..%2Fetc%2Fpasswd',
    'app://tend/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://tend/..%2f..%2fetc/passwd',
    'app://tend/..%5c..%5cetc%5cpasswd',
    'app://tend/..\\..\\etc\\passwd',
    'app://tend/assets\\..\\..\\secret',
    'app://tend/C:%5cWindows%5cwin.ini',
    'app://tend/C:/Windows/win.ini',
    'app://tend/%2Fetc%2Fpasswd',
    'app://tend/index.html%00.png',
    'app://tend/%E0%A4%A',
    'app://tend/assets/',
    'app://tend//etc/passwd',
    ...hostile,
  ])('refuses %s', (url) => {
    expect(resolveAppAsset(url, root)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { resolveInsideRoot } from '../../../src/serve/static-path';

describe('resolveInsideRoot (as the web host uses it) never leaves the renderer folder', () => {
  const root = '/srv/renderer';
  it.each([
    ['/', '/srv/renderer/index.html'],
    ['/assets/index-abc.js', '/srv/renderer/assets/index-abc.js'],
    ['/../package.json', null],
    ['/%2e%2e/package.json', null],
    ['/assets/%2e%2e/%2e%2e/secret', null],
    ['/..%5c..%5csecret', null],
    ['/a%00b', null],
    ['/%E0%A4%A', null],
  ])('%s → %s', (path, file) => {
    expect(resolveInsideRoot(path, root)).toBe(file);
  });
});

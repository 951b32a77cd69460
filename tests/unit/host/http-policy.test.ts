import { describe, expect, it } from 'vitest';
import { apiMethodFromPath, isAllowedHost, isAuthorized, isAuthorizedQuery } from '../../../src/host/http-policy';

describe('isAllowedHost: only loopback names on our own port (no DNS rebinding)', () => {
  it.each([
    ['127.0.0.1:4321', true],
    ['localhost:4321', true],
    ['LOCALHOST:4321', true],
    ['127.0.0.1:4322', false],
    ['127.0.0.1', false],
    ['evil.example:4321', false],
    ['127.0.0.1.evil.example:4321', false],
    ['user@127.0.0.1:4321', false],
    ['127.0.0.1:4321/path', false],
    ['[::1]:4321', false],
    ['0.0.0.0:4321', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (host, allowed) => {
    expect(isAllowedHost(host, 4321)).toBe(allowed);
  });
});

describe('isAuthorized: the per-start bearer token', () => {
  it.each([
    ['Bearer s3cret', true],
    ['bearer s3cret', false],
    ['Bearer s3cret ', false],
    ['Bearer s3cre', false],
    ['Bearer s3cretX', false],
    ['Basic s3cret', false],
    ['s3cret', false],
    [undefined, false],
  ])('%s → %s', (header, allowed) => {
    expect(isAuthorized(header, 's3cret')).toBe(allowed);
  });

  it('accepts the token as a query parameter for the event stream only', () => {
    expect(isAuthorizedQuery(new URLSearchParams('token=s3cret'), 's3cret')).toBe(true);
    expect(isAuthorizedQuery(new URLSearchParams('token=nope'), 's3cret')).toBe(false);
    expect(isAuthorizedQuery(new URLSearchParams(''), 's3cret')).toBe(false);
  });
});

describe('apiMethodFromPath', () => {
  it.each([
    ['/api/people.save', 'people.save'],
    ['/api/app.info', 'app.info'],
    ['/api/people', null],
    ['/api/people.save/extra', null],
    ['/api/../people.save', null],
    ['/people.save', null],
  ])('%s → %s', (path, method) => {
    expect(apiMethodFromPath(path)).toBe(method);
  });
});

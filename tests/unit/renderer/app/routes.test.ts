import { describe, expect, it } from 'vitest';
import { drawnWithoutTeam, hrefFor, isDrawnAhead, parseRoute, sectionOf, type Route } from '../../../../src/renderer/app/routes';

const ID = '0b6f1c3e-6a0e-4c8e-9a53-2f1f6d3c9b10';

describe('parseRoute', () => {
  it.each<[string, Route]>([
    ['', { name: 'today' }],
    ['#', { name: 'today' }],
    ['#/', { name: 'today' }],
    ['#/today', { name: 'today' }],
    ['#/people', { name: 'people' }],
    ['#/people/', { name: 'people' }],
    [`#/people/${ID}`, { name: 'person', id: ID }],
    [`/people/${ID}`, { name: 'person', id: ID }],
    ['#/journal', { name: 'journal' }],
    ['#/journal/2026-11-20', { name: 'journal', day: '2026-11-20' }],
    ['#/journal/yesterday', { name: 'not-found', path: '/journal/yesterday' }],
    ['#/search', { name: 'search' }],
    ['#/insights', { name: 'insights' }],
    ['#/settings', { name: 'settings' }],
    ['#/nowhere', { name: 'not-found', path: '/nowhere' }],
    ['#/today/extra', { name: 'not-found', path: '/today/extra' }],
    [`#/people/${ID}/notes`, { name: 'not-found', path: `/people/${ID}/notes` }],
  ])('%s → %o', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('survives a malformed escape instead of throwing', () => {
    expect(parseRoute('#/people/%E0%A4%A')).toEqual({ name: 'person', id: '%E0%A4%A' });
  });
});

describe('hrefFor', () => {
  it('round-trips through parseRoute', () => {
    const routes: Route[] = [{ name: 'today' }, { name: 'people' }, { name: 'person', id: ID }, { name: 'settings' }, { name: 'journal', day: '2026-11-20' }];
    for (const route of routes) expect(parseRoute(hrefFor(route))).toEqual(route);
  });

  it('encodes ids so they cannot add path segments', () => {
    expect(hrefFor({ name: 'person', id: 'a/b' })).toBe('#/people/a%2Fb');
    expect(parseRoute(hrefFor({ name: 'person', id: 'a/b' }))).toEqual({ name: 'person', id: 'a/b' });
  });
});

describe('prep routes', () => {
  it('reads This week and one person\'s sheet, and writes them back', () => {
    expect(parseRoute('#/prep')).toEqual({ name: 'prep' });
    expect(parseRoute(`#/prep/${ID}`)).toEqual({ name: 'prep-person', id: ID });
    expect(parseRoute(`#/prep/${ID}/x`)).toEqual({ name: 'not-found', path: `/prep/${ID}/x` });
    expect(hrefFor({ name: 'prep-person', id: 'a/b' })).toBe('#/prep/a%2Fb');
    expect(parseRoute(hrefFor({ name: 'prep-person', id: 'a/b' }))).toEqual({ name: 'prep-person', id: 'a/b' });
    expect(sectionOf({ name: 'prep-person', id: ID })).toBe('prep');
  });

  it('reads the meeting finish with the meeting\'s minutes (the after-meeting offer), only for minutes an investment holds', () => {
    expect(parseRoute(`#/prep/${ID}/finish/30`)).toEqual({ name: 'prep-person', id: ID, finishMinutes: 30 });
    expect(parseRoute(`#/prep/${ID}/finish/600`)).toEqual({ name: 'prep-person', id: ID, finishMinutes: 600 });
    expect(parseRoute(`#/prep/${ID}/finish/1`)).toEqual({ name: 'prep-person', id: ID, finishMinutes: 1 });
    for (const minutes of ['0', '601', '030', '2.5', '-5', '', 'abc']) {
      expect(parseRoute(`#/prep/${ID}/finish/${minutes}`).name, minutes).toBe('not-found');
    }
    expect(hrefFor({ name: 'prep-person', id: 'a/b', finishMinutes: 45 })).toBe('#/prep/a%2Fb/finish/45');
    expect(parseRoute(hrefFor({ name: 'prep-person', id: 'a/b', finishMinutes: 45 }))).toEqual({ name: 'prep-person', id: 'a/b', finishMinutes: 45 });
  });
});

describe('sectionOf', () => {
  it('puts a person page under People and an unknown page nowhere', () => {
    expect(sectionOf({ name: 'person', id: ID })).toBe('people');
    expect(sectionOf({ name: 'journal' })).toBe('journal');
    expect(sectionOf({ name: 'not-found', path: '/x' })).toBeNull();
  });
});

describe('search routes', () => {
  it.each<[string, Route]>([
    ['#/search', { name: 'search' }],
    ['#/search/', { name: 'search' }],
    ['#/search/promo', { name: 'search', q: 'promo' }],
    ['#/search/person%3ASam%20%22exam%20week%22', { name: 'search', q: 'person:Sam "exam week"' }],
    ['#/search/a%2Fb', { name: 'search', q: 'a/b' }],
    ['#/search/Zo%C3%AB', { name: 'search', q: 'Zoë' }],
    ['#/search/%E0%A4%A', { name: 'search', q: '%E0%A4%A' }],
    ['#/search/a/b', { name: 'not-found', path: '/search/a/b' }],
  ])('%s → %o', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('writes the query as one encoded segment that reads back unchanged', () => {
    for (const q of ['promo', 'person:"Rivera, Sam" -budget', 'a/b?c#d', '50% done ', 'Zoë René']) {
      const href = hrefFor({ name: 'search', q });
      expect(href.slice('#/search/'.length)).not.toMatch(/[/#?]/);
      expect(parseRoute(href)).toEqual({ name: 'search', q });
    }
    expect(hrefFor({ name: 'search' })).toBe('#/search');
    expect(hrefFor({ name: 'search', q: '' })).toBe('#/search');
    expect(sectionOf({ name: 'search', q: 'x' })).toBe('search');
  });
});

describe('the evidence route', () => {
  it('reads and writes #/people/<id>/evidence, under People, and nothing deeper', () => {
    expect(parseRoute(`#/people/${ID}/evidence`)).toEqual({ name: 'evidence', id: ID });
    expect(parseRoute(`#/people/${ID}/evidence/x`)).toEqual({ name: 'not-found', path: `/people/${ID}/evidence/x` });
    expect(parseRoute(`#/people/${ID}/other`)).toEqual({ name: 'not-found', path: `/people/${ID}/other` });
    expect(hrefFor({ name: 'evidence', id: 'a/b' })).toBe('#/people/a%2Fb/evidence');
    expect(parseRoute(hrefFor({ name: 'evidence', id: 'a/b' }))).toEqual({ name: 'evidence', id: 'a/b' });
    expect(sectionOf({ name: 'evidence', id: ID })).toBe('people');
  });

  it('carries a period as /<from>/<to>, two local days in order, as Insights opens it', () => {
    const period = { from: '2026-09-07', to: '2026-11-30' };
    expect(hrefFor({ name: 'evidence', id: ID, ...period })).toBe(`#/people/${ID}/evidence/2026-09-07/2026-11-30`);
    expect(parseRoute(`#/people/${ID}/evidence/2026-09-07/2026-11-30`)).toEqual({ name: 'evidence', id: ID, ...period });
    expect(parseRoute(`#/people/${ID}/evidence/2026-11-30/2026-11-30`)).toEqual({ name: 'evidence', id: ID, from: '2026-11-30', to: '2026-11-30' });
    for (const bad of ['2026-11-30/2026-09-07', '2026-09-07/x', '2026-9-7/2026-11-30', '2026-09-07/2026-11-30/more']) {
      expect(parseRoute(`#/people/${ID}/evidence/${bad}`)).toEqual({ name: 'not-found', path: `/people/${ID}/evidence/${bad}` });
    }
  });
});

describe('first screens drawn ahead', () => {
  it.each<[Route, boolean, boolean]>([
    // route, drawn ahead by the host, drawn without the team
    [{ name: 'person', id: ID }, true, true],
    [{ name: 'prep-person', id: ID }, true, true],
    [{ name: 'journal' }, true, true],
    [{ name: 'journal', day: '2026-11-20' }, true, true],
    [{ name: 'today' }, true, false],
    [{ name: 'people' }, true, false],
    [{ name: 'prep' }, false, false],
    [{ name: 'search', q: 'promo' }, false, false],
    [{ name: 'insights' }, false, false],
    [{ name: 'settings' }, false, false],
    [{ name: 'evidence', id: ID }, false, false],
    [{ name: 'not-found', path: '/x' }, false, false],
  ])('%o: drawn ahead %s, without the team %s', (route, drawn, withoutTeam) => {
    expect(isDrawnAhead(route)).toBe(drawn);
    expect(drawnWithoutTeam(route)).toBe(withoutTeam);
  });
});

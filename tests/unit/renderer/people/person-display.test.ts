import { describe, expect, it } from 'vitest';
import { avatarHueOf, cadenceLabel, initialsOf, roleAndTeam } from '../../../../src/renderer/features/people/person-display';

describe('person display', () => {
  it('words the cadence', () => {
    expect(cadenceLabel(1)).toBe('Every day');
    expect(cadenceLabel(7)).toBe('Every 7 days');
  });

  it('summarises role and team with whatever is known', () => {
    expect(roleAndTeam({ role: 'Engineer', team: 'Growth' })).toBe('Engineer · Growth');
    expect(roleAndTeam({ role: null, team: 'Growth' })).toBe('Growth');
    expect(roleAndTeam({ role: null, team: null })).toBe('');
  });

  it('takes initials from the first and last word', () => {
    expect(initialsOf('Ravi Shankar Iyer')).toBe('RI');
    expect(initialsOf('  sam ')).toBe('S');
    expect(initialsOf('Émile Zola')).toBe('ÉZ');
  });

  it('keeps an avatar hue stable for an id', () => {
    expect(avatarHueOf('abc')).toBe(avatarHueOf('abc'));
    expect(avatarHueOf('abc')).toBeGreaterThanOrEqual(0);
    expect(avatarHueOf('abc')).toBeLessThan(360);
  });
});

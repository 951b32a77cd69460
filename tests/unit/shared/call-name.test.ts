import { describe, expect, it } from 'vitest';
import { callName } from '../../../src/shared/call-name';

describe('callName: what a person is called when spoken about', () => {
  it.each<[name: string, preferredName: string | null, expected: string]>([
    ['Samuel Okafor', 'Sam', 'Sam'],
    ['Priya Natarajan', null, 'Priya'],
    ['Mei Lin Chen', null, 'Mei'],
    ['  Zoë Müller ', null, 'Zoë'],
    ['Cher', null, 'Cher'],
  ])('callName(%s, %s) = %s', (name, preferredName, expected) => {
    expect(callName({ name, preferredName })).toBe(expected);
  });
});

import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { CAPTURE_METHODS, CaptureShortcut, isCaptureAccelerator } from '../../../src/shared/capture';
import { isMethodName, touchesOf } from '../../../src/shared/contract';
import { SettingsPatch } from '../../../src/shared/settings';

describe('the quick-capture shortcut', () => {
  test.each([
    ['CommandOrControl+Shift+Space', true],
    ['CmdOrCtrl+Shift+N', true],
    ['Alt+Space', true],
    ['Control+Alt+F12', true],
    ['Super+1', true],
    ['Ctrl+Plus', true],
    ['Ctrl+/', true],
    ['Command+Option+numadd', true],
    // Shift alone would take every capital letter from every app.
    ['Shift+A', false],
    ['Space', false],
    ['A', false],
    ['', false],
    ['Ctrl+', false],
    ['Ctrl+Shift', false],
    ['Ctrl+Ctrl+A', false],
    ['Hyper+A', false],
    ['Ctrl+AB', false],
    ['Ctrl+F25', false],
  ] as const)('%s → %s', (text, allowed) => {
    expect(isCaptureAccelerator(text)).toBe(allowed);
  });

  test('the setting takes an accelerator or "" for none, and refuses anything else with one sentence', () => {
    expect(v.parse(CaptureShortcut, ' Alt+Space ')).toBe('Alt+Space');
    expect(v.parse(CaptureShortcut, '')).toBe('');
    const refused = v.safeParse(SettingsPatch, { captureShortcut: 'Shift+Q' });
    expect(refused.success).toBe(false);
    expect(refused.issues?.[0]?.message).toMatch(/^Write the shortcut as modifiers and a key joined by \+/);
  });
});

test('the capture window’s methods exist, and it writes only the quick-log line and its own half-typed draft', () => {
  for (const method of CAPTURE_METHODS) expect(isMethodName(method)).toBe(true);
  expect(CAPTURE_METHODS.filter((method) => touchesOf(method).length > 0)).toEqual(['quickLog.save', 'privateState.save']);
  // The draft's write touches the drafts alone, never the team's records.
  expect(touchesOf('privateState.save')).toEqual(['drafts']);
});

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openConfSettings, settingsFile } from '../../../../src/core/settings/conf-settings-store';
import { createSettingsService } from '../../../../src/core/settings/settings-service';
import { TendError } from '../../../../src/core/errors';
import { DEFAULT_SETTINGS } from '../../../../src/shared/settings';
import { tempDir } from '../../../fixtures/temp-dir';

const at = () => new Date('2026-11-23T14:00:00.000Z');

function open(dir: string) {
  const opened = openConfSettings(dir, at);
  return { ...opened, settings: createSettingsService(opened.store) };
}

describe('settings over conf', () => {
  it('reads defaults from a missing file and writes settings.json on the first save', () => {
    const dir = tempDir('tend-settings');
    const { settings, movedAside } = open(dir);
    expect(movedAside).toBeNull();
    expect(settings.get()).toEqual({ ...DEFAULT_SETTINGS, quietHours: { ...DEFAULT_SETTINGS.quietHours }, workdays: [...DEFAULT_SETTINGS.workdays] });
    settings.set({ reflectionTime: '18:00' });
    expect(JSON.parse(readFileSync(settingsFile(dir), 'utf8'))).toMatchObject({ reflectionTime: '18:00', digestTime: '09:00' });
    expect(open(dir).settings.get().reflectionTime).toBe('18:00');
  });

  it('merges a patch into the current settings and checks the whole: the maximum against a cadence saved earlier', () => {
    const { settings } = open(tempDir('tend-settings'));
    settings.set({ defaultCadenceDays: 14 });
    let error: unknown;
    try {
      settings.set({ defaultMaxDays: 10 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(TendError);
    expect(error).toMatchObject({ code: 'invalid_input', field: 'defaultMaxDays', message: 'The default maximum must be at least the default cadence.' });
    expect(settings.get()).toMatchObject({ defaultCadenceDays: 14, defaultMaxDays: null });
  });

  it('keeps keys a newer Tend wrote when it saves', () => {
    const dir = tempDir('tend-settings');
    writeFileSync(settingsFile(dir), JSON.stringify({ digestTime: '08:00', fromTheFuture: { x: 1 } }));
    const { settings } = open(dir);
    settings.set({ theme: 'dark' });
    expect(JSON.parse(readFileSync(settingsFile(dir), 'utf8'))).toMatchObject({ digestTime: '08:00', theme: 'dark', fromTheFuture: { x: 1 } });
  });

  it('tells listeners after each save, and not after a refused one', () => {
    const { settings } = open(tempDir('tend-settings'));
    const seen: string[] = [];
    settings.onChange((s) => seen.push(s.digestTime));
    settings.set({ digestTime: '07:45' });
    expect(() => settings.set({ workdays: [] })).toThrow('Choose at least one workday.');
    expect(seen).toEqual(['07:45']);
  });

  it.each([
    ['not JSON', '{"digestTime": '],
    ['a bad value', '{"digestTime": "25:00"}'],
    ['not an object', '[1, 2]'],
  ])('moves a file holding %s aside, bytes intact, and starts from defaults', (_what, text) => {
    const dir = tempDir('tend-settings');
    writeFileSync(settingsFile(dir), text);
    const { settings, movedAside } = open(dir);
    expect(movedAside).toBe(join(dir, 'settings.corrupt-2026-11-23T14-00-00-000Z.json'));
    expect(readFileSync(movedAside!, 'utf8')).toBe(text);
    expect(settings.get().digestTime).toBe('09:00');
    expect(existsSync(settingsFile(dir))).toBe(false);
    expect(readdirSync(dir).filter((name) => name.startsWith('settings.corrupt-'))).toHaveLength(1);
  });
});

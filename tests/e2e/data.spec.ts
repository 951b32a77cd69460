import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sealArchive } from '../../src/core/crypto/archive-envelope';
import { corruptMiddle } from '../fixtures/corrupt';
import { TEST_SCRYPT_COST } from '../fixtures/encryption';
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';
import { AppFrame } from './pages/app-frame';
import { SettingsData } from './pages/settings-data';

test.describe('Settings → Data', () => {
  test('backs up now and restores a backup after a confirm, with a toast', async ({ page, host }) => {
    const data = new SettingsData(page);
    const frame = new AppFrame(page);
    await host.current.tend.dispatch('people.save', { name: 'Sam Rivera' });
    await data.open(host.current.url);
    await expect(data.section).toContainText(host.dataDir);
    const before = await data.backups.count();

    await data.backUpNow();
    await expect(data.backups).toHaveCount(before + 1);
    await expect(data.backups.first()).toContainText('You made this');
    await expect(data.backups.first()).toContainText('1 person · 0 notes');

    await host.current.tend.dispatch('people.save', { name: 'Ines García' });
    await expect(frame.teamMember('Ines García')).toBeVisible();
    await data.backups.first().getByRole('button', { name: /^Restore/ }).click();
    await expect(data.dialog.getByRole('heading', { name: 'Restore this backup?' })).toBeVisible();
    await expect(data.dialog).toContainText('What you have now is backed up first');
    await data.dialog.getByRole('button', { name: 'Restore', exact: true }).click();

    await expect(data.toast).toContainText('Restored.');
    await expect(data.dialog).toBeHidden();
    await expect(frame.teamMember('Ines García')).toHaveCount(0);
    await expect(frame.teamMember('Sam Rivera')).toBeVisible();
    await expect(data.backups.first()).toContainText('Before a restore');
  });

  test('exports a JSON archive as a browser download', async ({ page, host }) => {
    const data = new SettingsData(page);
    await host.current.tend.dispatch('people.save', { name: 'Sam Rivera' });
    await data.open(host.current.url);

    const downloading = page.waitForEvent('download');
    await data.exportButton(0).click();
    const download = await downloading;

    expect(download.suggestedFilename()).toMatch(/^tend-json-.*\.json$/);
    const archive = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { tables: Record<string, unknown[]> };
    expect(JSON.stringify(archive)).toContain('Sam Rivera');
    await expect(data.section.getByRole('link', { name: /^Download tend-json-/ })).toBeVisible();
  });

  test('imports a team roster: guessed columns, a row report, only valid rows written after confirming', async ({ page, host }) => {
    const data = new SettingsData(page);
    const frame = new AppFrame(page);
    await host.current.tend.dispatch('people.save', { name: 'Sam Rivera', role: 'Engineer' });
    await data.open(host.current.url);

    await data.chooseRoster('team.csv', 'Full name,Job title,Start date\n"Rivera, Sam",Staff engineer,2021-03-15\nPriya Raman,Designer,someday\nMei Chen,Engineer,2024-01-08\n');

    await expect(data.dialog.getByLabel('Name', { exact: true })).toHaveValue('0');
    await expect(data.dialog.getByLabel('Role')).toHaveValue('1');
    const rows = data.dialog.getByRole('row');
    await expect(rows.filter({ hasText: 'Rivera, Sam' })).toContainText('Will update Sam Rivera');
    await expect(rows.filter({ hasText: 'Priya Raman' })).toContainText('Started on:');
    await expect(rows.filter({ hasText: 'Mei Chen' })).toContainText('Will add');
    const listed = await host.current.tend.dispatch('people.list');
    expect(listed.ok && listed.value.map((person) => person.name)).toEqual(['Sam Rivera']);
    await expect(frame.teamMember('Mei Chen')).toHaveCount(0);

    // Not importing the start date makes Priya's row valid.
    await data.dialog.getByLabel('Started on').selectOption({ label: 'Not imported' });
    await expect(rows.filter({ hasText: 'Priya Raman' })).toContainText('Will add');
    await data.dialog.getByRole('button', { name: 'Import 3 people' }).click();

    await expect(data.toast).toContainText('Team roster imported: 2 added, 1 updated.');
    await expect(frame.teamMember('Mei Chen')).toBeVisible();
    await expect(frame.teamMember('Priya Raman')).toBeVisible();
  });

  test('imports an archive: preview with counts, then replace after a second confirm', async ({ page, host }) => {
    const data = new SettingsData(page);
    const frame = new AppFrame(page);
    await host.current.tend.dispatch('people.save', { name: 'Sam Rivera' });
    const exported = await host.current.tend.dispatch('archive.export', { format: 'json' });
    if (!exported.ok) throw new Error(exported.error.message);
    const text = readFileSync(exported.value.path, 'utf8');
    await host.current.tend.dispatch('people.save', { name: 'Ines García' });
    await data.open(host.current.url);

    await data.chooseArchive('team.json', text);
    const people = data.dialog.getByRole('row', { name: /^People/ });
    await expect(people).toContainText('1');
    await expect(people).toContainText('2');
    await data.dialog.getByText('Replace everything', { exact: true }).click();
    await data.dialog.getByRole('button', { name: 'Replace everything…' }).click();
    await expect(data.dialog).toContainText('This removes 1 record in Tend that the archive does not have');
    await data.dialog.getByRole('button', { name: 'Replace everything', exact: true }).click();

    await expect(data.toast).toContainText('Imported:');
    await expect(frame.teamMember('Ines García')).toHaveCount(0);
    await expect(frame.teamMember('Sam Rivera')).toBeVisible();
  });

  test('imports an encrypted archive: asks its passphrase, keeps the file on a wrong one, imports with the right one', async ({ page, host }) => {
    // The archive is sealed here at the tests' scrypt cost, which it carries, so each of the three openings (the wrong
    // passphrase, the right one's preview and its import) stretches it in milliseconds, not the app cost's seconds on a
    // busy machine. Exporting with a passphrase is proven in tests/integration/crypto/encryption-at-rest.test.ts.
    test.setTimeout(60_000);
    const opened = { timeout: 10_000 };
    const data = new SettingsData(page);
    const frame = new AppFrame(page);
    await host.current.tend.dispatch('people.save', { name: 'Sam Rivera' });
    const exported = await host.current.tend.dispatch('archive.export', { format: 'json' });
    if (!exported.ok) throw new Error(exported.error.message);
    const text = await sealArchive(readFileSync(exported.value.path, 'utf8'), 'correct horse battery', TEST_SCRYPT_COST);
    await host.current.tend.dispatch('people.save', { name: 'Ines García' });
    await data.open(host.current.url);

    await data.chooseArchive('team.json', text);
    const passphrase = data.dialog.getByLabel('Passphrase');
    await expect(passphrase).toHaveAttribute('type', 'password');
    await expect(passphrase).toHaveAccessibleDescription('This archive is encrypted; enter its passphrase.');
    await expect(passphrase).toBeFocused();
    await expectNoViolations(page, 'the encrypted archive asking its passphrase');

    await passphrase.fill('wrong horse');
    await data.dialog.getByRole('button', { name: 'Open archive' }).click();
    await expect(passphrase).toHaveAccessibleDescription('That passphrase does not open this archive.', opened);
    await expect(passphrase).toHaveAttribute('aria-invalid', 'true');
    await expect(passphrase).toHaveValue('wrong horse');
    await expect(data.dialog.getByRole('heading', { name: 'Import team.json' })).toBeVisible();
    await expectNoViolations(page, 'a wrong archive passphrase');

    await passphrase.fill('correct horse battery');
    await passphrase.press('Enter');
    const people = data.dialog.getByRole('row', { name: /^People/ });
    await expect(people).toContainText('1', opened);
    await expect(people).toContainText('2');
    await data.dialog.getByText('Replace everything', { exact: true }).click();
    await data.dialog.getByRole('button', { name: 'Replace everything…' }).click();
    await data.dialog.getByRole('button', { name: 'Replace everything', exact: true }).click();

    await expect(data.toast).toContainText('Imported:', opened);
    await expect(frame.teamMember('Ines García')).toHaveCount(0);
    await expect(frame.teamMember('Sam Rivera')).toBeVisible();
  });
});

test('a damaged database opens on the recovery screen, which restores the newest good backup', async ({ page, host }) => {
  await host.current.tend.dispatch('people.save', { name: 'Sam Rivera' });
  await host.current.tend.dispatch('backup.create');
  await host.current.close();
  corruptMiddle(join(host.dataDir, 'tend.sqlite'));
  const recovering = await host.restart();
  expect(recovering.mode).toBe('recovery');

  await page.goto(recovering.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tend’s database file is damaged');
  await expect(page.getByRole('main')).toContainText('1 person · 0 notes');
  await expect(page.getByRole('main')).toContainText(join(host.dataDir, 'tend.sqlite'));
  await page.getByRole('button', { name: 'Restore this backup' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your journal is back');
  await expect(page.getByRole('main')).toContainText('tend.damaged-');
  await page.getByRole('button', { name: 'Open Tend' }).click();
  await expect(new AppFrame(page).teamMember('Sam Rivera')).toBeVisible();
});

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';
import { SettingsData } from './pages/settings-data';

/** Notes in the archive: a 10× journal's worth, so the import runs long enough to watch and cancel. */
const NOTES = 20_000;

test('a long archive import shows a progress bar with counts and Cancel; cancelled, nothing changed', async ({ page, host }) => {
  // Building the archive and the import's first chunks take a few seconds on a shared machine.
  test.setTimeout(90_000);
  const tend = host.current.tend;
  const saved = await tend.dispatch('people.save', { name: 'Sam Rivera' });
  if (!saved.ok) throw new Error(saved.error.message);
  await tend.dispatch('notes.save', { personId: saved.value.id, kind: 'note', body: 'Asked about the launch.' });
  const exported = await tend.dispatch('archive.export', { format: 'json' });
  if (!exported.ok) throw new Error(exported.error.message);
  // The one note, copied under new ids: as an archive from a long-kept journal holds them.
  const archive = JSON.parse(readFileSync(exported.value.path, 'utf8')) as { tables: { notes: Record<string, unknown>[] } };
  const [note] = archive.tables.notes;
  archive.tables.notes = Array.from({ length: NOTES }, () => ({ ...note, id: randomUUID() }));
  await tend.dispatch('people.save', { name: 'Ines García' });
  const before = await tend.dispatch('people.list');

  const data = new SettingsData(page);
  await data.open(host.current.url);
  await data.chooseArchive('journal.json', JSON.stringify(archive));
  await expect(data.dialog.getByRole('row', { name: /^Notes/ })).toContainText('20000', { timeout: 20_000 });
  await data.dialog.getByText('Replace everything', { exact: true }).click();
  await data.dialog.getByRole('button', { name: 'Replace everything…' }).click();
  await data.dialog.getByRole('button', { name: 'Replace everything', exact: true }).click();

  const progress = data.dialog.getByRole('group', { name: 'Importing journal.json' });
  // Counts, not just "Starting…": the import has begun writing.
  await expect(progress).toContainText(/[\d,]+ of 20,00\d/, { timeout: 20_000 });
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel' }).click();

  await expect(data.dialog.getByRole('alert')).toHaveText('The import was cancelled; nothing was changed.', { timeout: 20_000 });
  await expect(progress).toBeHidden();
  expect(await tend.dispatch('people.list')).toEqual(before);
  const notes = await tend.dispatch('timeline.page', { personId: saved.value.id, kinds: ['note'] });
  expect(notes.ok && notes.value.items.length).toBe(1);
  await expectNoViolations(page, 'an import cancelled');
});

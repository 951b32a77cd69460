import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Tend } from '../../src/core/tend';
import { expectNoViolations } from './axe';
import { expect, test } from './fixtures';
import { SettingsData } from './pages/settings-data';

/** Notes in the archive: a 10× journal's worth. */
const NOTES = 12_000;

/**
 * Holds the long task still right after its first progress report, until `release()`: the report
 * is followed at once by the task's pause (yieldToEventLoop's setImmediate), and that one pause is
 * kept waiting. The host goes on serving (the page's Cancel reaches it), so however fast this
 * machine imports, the test sees the counts and its Cancel lands mid-way, without a sleep.
 */
function holdAfterFirstReport(tend: Tend): { release: () => void; stop: () => void } {
  const realImmediate = globalThis.setImmediate;
  let held: (() => void) | undefined;
  let armed = false;
  const stop = tend.onTaskProgress(() => {
    if (armed) return;
    armed = true;
    globalThis.setImmediate = ((callback: () => void) => {
      globalThis.setImmediate = realImmediate;
      held = callback;
    }) as unknown as typeof setImmediate;
  });
  return {
    release: () => held?.(),
    stop: () => {
      stop();
      globalThis.setImmediate = realImmediate;
    },
  };
}

test('a long archive import shows a progress bar with counts and Cancel; cancelled, nothing changed', async ({ page, host }) => {
  // Handing the page a 4 MB file and its preview take seconds on a shared machine.
  test.setTimeout(120_000);
  const tend = host.current.tend;
  const saved = await tend.dispatch('people.save', { name: 'Sam Rivera' });
  if (!saved.ok) throw new Error(saved.error.message);
  const noted = await tend.dispatch('notes.save', { personId: saved.value.id, kind: 'observation', body: 'Asked about the launch.' });
  if (!noted.ok) throw new Error(noted.error.message);
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
  await expect(data.dialog.getByRole('row', { name: /^Notes/ })).toContainText('12000', { timeout: 60_000 });
  await data.dialog.getByText('Replace everything', { exact: true }).click();
  await data.dialog.getByRole('button', { name: 'Replace everything…' }).click();
  const hold = holdAfterFirstReport(tend);
  try {
    await data.dialog.getByRole('button', { name: 'Replace everything', exact: true }).click();
    const progress = data.dialog.getByRole('group', { name: 'Importing journal.json' });
    // Counts, not just "Starting…": the import has begun (the records here removed first count too).
    await expect(progress).toContainText(/[\d,]+ of 12,00\d/, { timeout: 20_000 });
    await expect(progress.getByRole('progressbar')).toHaveAttribute('max', /^1200\d$/);
    await expectNoViolations(page, 'an import under way');
    const cancelled = page.waitForResponse((response) => response.url().includes('/api/tasks.cancel'));
    await progress.getByRole('button', { name: 'Cancel' }).click();
    expect(await (await cancelled).json()).toEqual({ ok: true, value: { cancelled: true } });
    hold.release();
    await expect(data.dialog.getByRole('alert')).toHaveText('The import was cancelled; nothing was changed.', { timeout: 20_000 });
    await expect(progress).toBeHidden();
  } finally {
    hold.stop();
  }
  expect(await tend.dispatch('people.list')).toEqual(before);
  const notes = await tend.dispatch('timeline.page', { personId: saved.value.id, kinds: ['note'] });
  expect(notes.ok && notes.value.items.length).toBe(1);
});

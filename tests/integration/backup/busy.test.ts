import { expect, test } from 'vitest';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectOk } from '../../fixtures/results';

test('six backups asked for at once each answer ok or a typed busy, never internal, and every ok names a backup that exists', async () => {
  const { tend } = await openTestTend();
  expectOk(await tend.dispatch('people.save', { name: 'Sam Rivera' }));
  const results = await Promise.all(Array.from({ length: 6 }, () => tend.dispatch('backup.create')));
  const codes = results.map((r) => (r.ok ? 'ok' : r.error.code));
  expect(codes.every((c) => c === 'ok' || c === 'busy'), codes.join()).toBe(true);
  expect(codes).toContain('ok');
  for (const r of results) if (!r.ok) expect(r.error.message).toBe('Tend is busy with a backup; try again when it has finished.');
  const listed = expectOk(await tend.dispatch('backup.list')).map((b) => b.file);
  for (const r of results) if (r.ok) expect(listed).toContain(r.value.file);
  // Once it has finished, the next one goes ahead.
  expectOk(await tend.dispatch('backup.create'));
});

import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createLiveDatabase, followLive } from '../../../../src/core/backup/live-database';
import { openDatabase, type Database } from '../../../../src/core/db/database';
import { tempDir } from '../../../fixtures/temp-dir';

function journal(file: string, entry: string): void {
  const db = openDatabase(file);
  db.exec('CREATE TABLE entries (body TEXT NOT NULL)');
  db.run('INSERT INTO entries (body) VALUES (?)', [entry]);
  db.close();
}

const wire = (db: Database) => ({ 'entries.first': () => db.get<{ body: string }>('SELECT body FROM entries')!.body });

test('handlers taken before a replace answer from the new connection after it', () => {
  const dir = tempDir();
  journal(join(dir, 'a.sqlite'), 'from a');
  journal(join(dir, 'b.sqlite'), 'from b');
  const live = createLiveDatabase(openDatabase(join(dir, 'a.sqlite')), wire);
  const held = live.handlers['entries.first'];
  expect(held()).toBe('from a');
  const before = live.current();

  live.replace(() => openDatabase(join(dir, 'b.sqlite')), () => openDatabase(join(dir, 'a.sqlite')));

  expect(held()).toBe('from b');
  expect(() => before.get('SELECT 1')).toThrow(/not open/);
  live.current().close();
});

test('when the new file cannot be opened, the fallback is wired and the error is reported', () => {
  const dir = tempDir();
  journal(join(dir, 'a.sqlite'), 'from a');
  copyFileSync(join(dir, 'a.sqlite'), join(dir, 'copy.sqlite'));
  const live = createLiveDatabase(openDatabase(join(dir, 'a.sqlite')), wire);

  expect(() =>
    live.replace(
      () => {
        throw new Error('cannot open');
      },
      () => openDatabase(join(dir, 'copy.sqlite')),
    ),
  ).toThrow('cannot open');

  expect(live.handlers['entries.first']()).toBe('from a');
  expect(live.current().file).toBe(join(dir, 'copy.sqlite'));
  live.current().close();
});

test('while a long task holds the file, a write through the followed connection answers busy at once and reads go on', () => {
  const dir = tempDir();
  journal(join(dir, 'a.sqlite'), 'from a');
  const live = createLiveDatabase(openDatabase(join(dir, 'a.sqlite')), wire);
  const followed = followLive(live);
  const release = live.hold('an import');
  expect(() => live.hold('a restore')).toThrow('Tend is busy with an import; try again when it has finished.');
  for (const write of [() => followed.run(`INSERT INTO entries (body) VALUES ('late')`), () => followed.exec('DELETE FROM entries'), () => followed.transaction(() => 1)]) {
    expect(write).toThrow(expect.objectContaining({ code: 'busy', message: 'Tend is busy with an import; try again when it has finished.' }));
  }
  expect(followed.get<{ body: string }>('SELECT body FROM entries')?.body).toBe('from a');
  release();
  followed.run(`INSERT INTO entries (body) VALUES ('after')`);
  expect(followed.all('SELECT body FROM entries')).toHaveLength(2);
  live.current().close();
});

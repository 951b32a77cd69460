import { describe, expect, test } from 'vitest';
import { methods, type MethodName } from '../../../src/shared/contract';
import type { Tend } from '../../../src/core/tend';
import { stringLeavesOf, textFieldsOf, validInput, withValueAt, writeMethods, type StringLeaf } from '../../fixtures/contract-schemas';
import { dumpDatabase } from '../../fixtures/db-dump';
import { openTestTend } from '../../fixtures/open-test-tend';
import { sideConnection } from '../../fixtures/side-connection';
import { teamCalendar } from '../../fixtures/team-calendar';
import { unstorableText } from '../../../src/shared/fields';
import { expectError, expectOk } from '../../fixtures/results';

/**
 * Every string of every method of the contract, found by reading the schemas (nested rows and items
 * too), is checked through dispatch on a real database with NUL, other control characters, a lone
 * surrogate and invisible-only text: each is refused and nothing is written, or (optional text,
 * markdown) the invisible text is stored as nothing. Strings that are neither free text nor of a fixed
 * shape (a quick-log line, an archive, a roster) are listed below with how their method reads them, so
 * a new method cannot add a string that skips the rule: the first test fails until it is classified.
 */
const LEAVES: StringLeaf[] = (Object.keys(methods) as MethodName[]).flatMap(stringLeavesOf);

interface Bad {
  what: string;
  text: string;
  message?: (label: string) => string;
}
const controlMessage = (l: string) => `${l} contains an invisible control character; remove it and try again.`;
const BAD_TEXT: Bad[] = [
  { what: 'starting with NUL', text: '\u0000abc', message: controlMessage },
  { what: 'with NUL inside', text: 'ab\u0000c', message: controlMessage },
  { what: 'with a bell', text: 'a\u0007b', message: controlMessage },
  { what: 'with an escape character', text: 'a\u001b[31m', message: controlMessage },
  { what: 'with a lone surrogate', text: 'x\ud800', message: (l) => `${l} contains a broken character (half of an emoji or symbol); retype it and try again.` },
];
const INVISIBLE = '\u200b\u200c\u200d\u2060\ufeff';
const INVISIBLE_ONLY: Bad = { what: 'made only of invisible characters', text: INVISIBLE };
const EVERY_BAD = [...BAD_TEXT, INVISIBLE_ONLY];

/** Where a record returns an input field under another name. */
const STORED_AS: Record<string, string> = { 'commitments.drop reason': 'dropReason' };

type Seeded = Awaited<ReturnType<typeof tendWithRecords>>;

async function tendWithRecords() {
  const t = await openTestTend();
  const person = expectOk(await t.tend.dispatch('people.save', { name: 'Priya Raman' }));
  const goal = expectOk(await t.tend.dispatch('goals.save', { personId: person.id, kind: 'goal', sphere: 'professional', title: 'Ship it' }));
  const promise = expectOk(await t.tend.dispatch('commitments.save', { personId: person.id, text: 'Send the budget link' }));
  const point = expectOk(await t.tend.dispatch('talkingPoints.save', { personId: person.id, text: 'Holiday cover' }));
  // A required `id` names the one record a method acts on (commitments.drop); ticked points are that person's.
  return { ...t, personId: person.id, ids: { personId: person.id, goalId: goal.id, id: promise.id, tickedPointIds: point.id } };
}

/** Calls `method` and expects a typed refusal (never `internal`) that wrote nothing. */
async function expectRefusedUnchanged(tend: Tend, method: string, input: unknown, what: string): Promise<void> {
  const before = dumpDatabase(tend.databaseFile);
  const result = await tend.dispatch(method, input);
  expect(result.ok, `${method} ${what}`).toBe(false);
  if (!result.ok) expect(result.error.code, `${method} ${what}: ${result.error.message}`).toBe('invalid_input');
  expect(dumpDatabase(tend.databaseFile), `${method} ${what}`).toBe(before);
}

/** A line per kind of record the quick log writes, with the text in the part that becomes that record's text. */
const QUICK_LOG_LINES = (bad: Bad) => [
  // Time's note is optional: invisible-only text there is no note (checked in the save below).
  ...(bad === INVISIBLE_ONLY ? [] : [`@Priya 30m coaching: ${bad.text}`]),
  `@Priya todo: ${bad.text}`,
  `@Priya ask: ${bad.text}`,
  `@Priya next: ${bad.text}`,
];

function archiveWithPersonNamed(name: string): string {
  const person = { id: '6f1c2f4e-8a57-4c1e-9d2b-3c4d5e6f7a8b', name, created_at: '2026-11-01T10:00:00.000Z', updated_at: '2026-11-01T10:00:00.000Z' };
  return JSON.stringify({ format: 'tend-archive', formatVersion: 1, appVersion: '0.0.0-test', schemaVersion: 1, exportedAt: '2026-11-01T10:00:00.000Z', tables: { people: [person] } });
}

/** A roster whose every row carries the bad text in one field (an invisible-only role is just no role, so not that). */
function rosterWith(bad: Bad): string {
  const rows = bad === INVISIBLE_ONLY ? [`${bad.text},Lead`] : [`Ana Ruiz,${bad.text}`, `${bad.text},Lead`];
  return `name,role\n${rows.join('\n')}\n`;
}

/** A passphrase carrying the bad text (alone when it is invisible-only, which must not pass for one). */
const typedPassphrase = (bad: Bad) => (bad === INVISIBLE_ONLY ? bad.text : `open sesame ${bad.text}`);

/**
 * Strings that are neither free text nor of a fixed shape, each with how its method proves it reads
 * them by the same rule: a parsed line's fields, an archive's records, a roster's rows, a path.
 */
const READ_BY_METHOD: Record<string, (t: Seeded, bad: Bad) => Promise<void>> = {
  'quickLog.parse line': async ({ tend }, bad) => {
    for (const line of QUICK_LOG_LINES(bad)) {
      const preview = expectOk(await tend.dispatch('quickLog.parse', { line }));
      expect(preview.type, `${JSON.stringify(line)} ${bad.what}`).toBe('error');
    }
  },
  'quickLog.save line': async ({ tend }, bad) => {
    for (const line of QUICK_LOG_LINES(bad)) await expectRefusedUnchanged(tend, 'quickLog.save', { line }, `${JSON.stringify(line)} ${bad.what}`);
    if (bad === INVISIBLE_ONLY) {
      const saved = expectOk(await tend.dispatch('quickLog.save', { line: `@Priya 30m coaching: ${bad.text}` }));
      expect(saved.type === 'investment' && saved.investment.note).toBeNull();
      expectOk(await tend.dispatch('investments.delete', { id: saved.type === 'investment' ? saved.investment.id : '' }));
    }
  },
  'people.delete confirmName': async ({ tend, personId }, bad) => {
    await expectRefusedUnchanged(tend, 'people.delete', { id: personId, confirmName: `Priya Raman${bad.text}` }, bad.what);
  },
  'archive.export destination': async ({ tend }, bad) => {
    // Invisible characters may be part of a real file's name; alone they are no path.
    const destination = bad === INVISIBLE_ONLY ? bad.text : `/tmp/tend-${bad.text}.json`;
    await expectRefusedUnchanged(tend, 'archive.export', { format: 'json', destination }, bad.what);
  },
  'backup.restoreFile path': async ({ tend }, bad) => {
    const path = bad === INVISIBLE_ONLY ? bad.text : `/tmp/tend-${bad.text}.sqlite`;
    await expectRefusedUnchanged(tend, 'backup.restoreFile', { path }, bad.what);
  },
  'archive.previewImport source.text': async ({ tend }, bad) => {
    const error = expectError(await tend.dispatch('archive.previewImport', { source: { text: archiveWithPersonNamed(bad.text) } }));
    expect(error.code, bad.what).toBe('invalid_input');
  },
  'archive.import source.text': async ({ tend }, bad) => {
    for (const mode of ['merge', 'replace'] as const) {
      await expectRefusedUnchanged(tend, 'archive.import', { source: { text: archiveWithPersonNamed(bad.text) }, mode }, `${mode} ${bad.what}`);
    }
  },
  // Passphrases are kept as typed (never trimmed) but follow the same rule; refused before any key work.
  'encryption.setPassphrase current': async ({ tend }, bad) => {
    await expectRefusedUnchanged(tend, 'encryption.setPassphrase', { current: typedPassphrase(bad), next: 'a new passphrase' }, bad.what);
  },
  'encryption.setPassphrase next': async ({ tend }, bad) => {
    await expectRefusedUnchanged(tend, 'encryption.setPassphrase', { next: typedPassphrase(bad) }, bad.what);
  },
  'archive.export passphrase': async ({ tend }, bad) => {
    await expectRefusedUnchanged(tend, 'archive.export', { format: 'json', passphrase: typedPassphrase(bad) }, bad.what);
  },
  'archive.previewImport passphrase': async ({ tend }, bad) => {
    const error = expectError(await tend.dispatch('archive.previewImport', { source: { text: '{}' }, passphrase: typedPassphrase(bad) }));
    expect([error.code, error.field], bad.what).toEqual(['invalid_input', 'passphrase']);
  },
  'archive.import passphrase': async ({ tend }, bad) => {
    await expectRefusedUnchanged(tend, 'archive.import', { source: { text: '{}' }, mode: 'merge', passphrase: typedPassphrase(bad) }, bad.what);
  },
  'roster.preview csv': async ({ tend }, bad) => {
    const csv = rosterWith(bad);
    const preview = expectOk(await tend.dispatch('roster.preview', { csv }));
    expect(preview.rows.map((row) => row.action), bad.what).toEqual(csv.trim().split('\n').slice(1).map(() => 'skip'));
    expect(preview.rows.every((row) => row.person === null && row.issues.length > 0), bad.what).toBe(true);
  },
  'search.query query': async ({ tend }, bad) => {
    // A search stores nothing: invisible-only is no words (nothing asked); the rest is refused.
    if (bad === INVISIBLE_ONLY) {
      expect(expectOk(await tend.dispatch('search.query', { query: bad.text })).hits, bad.what).toEqual([]);
      return;
    }
    const error = expectError(await tend.dispatch('search.query', { query: `Priya ${bad.text}` }));
    expect([error.code, error.field], bad.what).toEqual(['invalid_input', 'query']);
  },
  'lock.unlock passphrase': async ({ tend }, bad) => {
    // A passphrase is compared, never stored: invisible-only text is a try (with none set, as in this
    // core, unlocking needs none); a control character or a broken surrogate cannot be typed, so it is refused.
    if (bad === INVISIBLE_ONLY) {
      expect(expectOk(await tend.dispatch('lock.unlock', { passphrase: bad.text })).unlocked, bad.what).toBe(true);
      return;
    }
    const error = expectError(await tend.dispatch('lock.unlock', { passphrase: bad.text }));
    expect([error.code, error.field], bad.what).toEqual(['invalid_input', 'passphrase']);
  },
  'settings.set captureShortcut': async ({ tend }, bad) => {
    // An accelerator is modifiers and one key it knows: the bad text is refused in any part of it.
    for (const captureShortcut of [`Alt+${bad.text}`, `${bad.text}+Space`]) {
      await expectRefusedUnchanged(tend, 'settings.set', { captureShortcut }, `${JSON.stringify(captureShortcut)} ${bad.what}`);
    }
    expect(expectOk(await tend.dispatch('settings.get', {})).captureShortcut, bad.what).toBe('CommandOrControl+Shift+Space');
  },
  'schedule.setFile content': async ({ tend }, bad) => {
    // Made of the bad text alone, a file is no calendar: refused, nothing written.
    await expectRefusedUnchanged(tend, 'schedule.setFile', { name: 'work.ics', content: `x${bad.text}` }, bad.what);
    // Inside an event's title it is the calendar's text, not the user's typing: stored with it replaced, then cleared again.
    expectOk(await tend.dispatch('schedule.setFile', { name: 'work.ics', content: teamCalendar({ samTitle: `Weekly ${bad.text} sync` }) }));
    const titles = sideConnection(tend).db.all<{ title: string }>(`SELECT DISTINCT title FROM calendar_events WHERE uid = 'sam-weekly@team.test'`);
    expect(titles.length, bad.what).toBe(1);
    expect(titles.every(({ title }) => unstorableText('Title', title) === null), bad.what).toBe(true);
    expectOk(await tend.dispatch('schedule.clearFile'));
  },
  'roster.import csv': async ({ tend }, bad) => {
    await expectRefusedUnchanged(tend, 'roster.import', { csv: rosterWith(bad) }, bad.what);
  },
};

test('every string of every method is free text (marked in its schema), of a fixed shape, or read by its method as listed here', () => {
  const unmarked = LEAVES.filter((leaf) => !leaf.freeText && !leaf.shaped).map((leaf) => `${leaf.method} ${leaf.name}`);
  expect(unmarked.sort()).toEqual(Object.keys(READ_BY_METHOD).sort());
});

test('the schemas expose the text fields this test must cover, nested ones and the journal included', () => {
  const covered = LEAVES.filter((leaf) => leaf.freeText).map((leaf) => `${leaf.method} ${leaf.name} ${leaf.freeText?.freeText}`);
  expect(covered).toEqual(
    expect.arrayContaining([
      'people.save name required',
      'people.save role optional',
      'matters.save what required',
      'notes.save body required',
      'journal.save body markdown',
      'prep.finish newCommitments.0.text required',
    ]),
  );
  // The older, top-level listing agrees with the walk.
  expect(writeMethods().flatMap(textFieldsOf).every((f) => covered.includes(`${f.method} ${f.field} ${f.freeText}`))).toBe(true);
});

describe.each((Object.keys(methods) as MethodName[]).filter((m) => LEAVES.some((leaf) => leaf.method === m)))('%s', (method) => {
  const leaves = LEAVES.filter((leaf) => leaf.method === method);
  const isWrite = methods[method].touches.length > 0;

  test('refuses NUL, control characters, lone surrogates and invisible-only text in every string, writing nothing', async () => {
    const seeded = await tendWithRecords();
    const { tend, ids } = seeded;
    const base = validInput(method, ids);
    // The export's sample destination ('x') is no path and would be refused first; its other strings are checked without one.
    if (method === 'archive.export') delete (base as Record<string, unknown>).destination;
    // Likewise the restore's sample path: a real path (of no file), so its task id's refusal is the one heard.
    if (method === 'backup.restoreFile') (base as Record<string, unknown>).path = '/tmp/tend-no-such-backup.sqlite';
    // The sample itself is accepted, so a refusal below is the bad text's doing, not the sample's.
    if (isWrite && leaves.some((leaf) => leaf.freeText)) expectOk(await tend.dispatch(method, base));
    const before = dumpDatabase(tend.databaseFile);

    for (const leaf of leaves) {
      const readBy = READ_BY_METHOD[`${method} ${leaf.name}`];
      for (const bad of EVERY_BAD) {
        if (readBy) {
          await readBy(seeded, bad);
          continue;
        }
        // Optional text and markdown store invisible-only text as nothing (next test).
        if (bad === INVISIBLE_ONLY && leaf.freeText && leaf.freeText.freeText !== 'required') continue;
        const error = expectError(await tend.dispatch(method, withValueAt(base, leaf.path, bad.text)));
        const label = leaf.freeText?.label;
        expect(error.code, `${leaf.name} ${bad.what}`).toBe('invalid_input');
        expect(error.field, `${leaf.name} ${bad.what}`).toBe(leaf.name);
        if (label) expect(error.message, `${leaf.name} ${bad.what}`).toBe(bad.message ? bad.message(label) : `${label} cannot be empty.`);
      }
    }
    expect(dumpDatabase(tend.databaseFile)).toBe(before);
  });

  const blankable = leaves.filter((leaf) => leaf.freeText && leaf.freeText.freeText !== 'required' && leaf.path.length === 1);
  if (blankable.length > 0) {
    test('stores optional text and markdown made only of invisible characters as nothing', async () => {
      const { tend, ids } = await tendWithRecords();
      const base = validInput(method, ids) as Record<string, unknown>;
      for (const { name, freeText } of blankable) {
        const saved = expectOk(await tend.dispatch(method, { ...base, [name]: ` ${INVISIBLE}\n` })) as unknown as Record<string, unknown>;
        expect(saved[STORED_AS[`${method} ${name}`] ?? name], name).toBeNull();
        if (freeText?.freeText === 'markdown') expect(saved.saved, `${name}: a blank entry is not stored`).toBe(false);
      }
    });
  }
});

/**
 * The window's drafts and recent searches in the encrypted database (issue 24): kept and forgotten
 * in one transaction, read only by a window the lock admits, and written while locked — so what a
 * window was typing when it locked is kept — without that write revealing anything.
 */
import { describe, expect, it } from 'vitest';
import { openTestTend } from '../../fixtures/open-test-tend';
import { filesContaining, testEncryption } from '../../fixtures/encryption';
import { expectOk } from '../../fixtures/results';

const encryptedTestTend = async () => openTestTend({ encryption: await testEncryption() });

const DRAFT = JSON.stringify({ values: { body: 'Marker: Wren is moving house in March' }, open: true, at: 1 });

describe('privateState', () => {
  it('keeps, replaces and forgets entries; what it keeps is in no file of the data folder in plaintext', async () => {
    const { tend, dataDir } = await encryptedTestTend();
    expect(expectOk(await tend.dispatch('privateState.save', { set: [{ key: 'tend.draft:p1:note:new', value: DRAFT }, { key: 'tend.search.recent', value: '["Wren"]' }] }))).toBeNull();
    expectOk(await tend.dispatch('privateState.save', { set: [{ key: 'tend.search.recent', value: '["moving house","Wren"]' }] }));
    expect(expectOk(await tend.dispatch('privateState.list'))).toEqual([
      { key: 'tend.draft:p1:note:new', value: DRAFT },
      { key: 'tend.search.recent', value: '["moving house","Wren"]' },
    ]);
    expect(filesContaining(dataDir, 'moving house')).toEqual([]);

    expectOk(await tend.dispatch('privateState.save', { remove: ['tend.draft:p1:note:new', 'tend.never-kept'] }));
    expect(expectOk(await tend.dispatch('privateState.list'))).toEqual([{ key: 'tend.search.recent', value: '["moving house","Wren"]' }]);
  });

  it('refuses a key that is not one the renderer names, and a broken text, changing nothing', async () => {
    const { tend } = await encryptedTestTend();
    for (const set of [[{ key: 'draft', value: 'x' }], [{ key: 'tend.a b', value: 'x' }], [{ key: 'tend.ok', value: 'bell\u0007' }]]) {
      expect(await tend.dispatch('privateState.save', { set })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(expectOk(await tend.dispatch('privateState.list'))).toEqual([]);
  });

  it('while locked, takes what a window was typing but gives nothing back until it unlocks', async () => {
    const { tend } = await encryptedTestTend();
    tend.lock.lock('on demand');
    expect(await tend.dispatch('privateState.save', { set: [{ key: 'tend.journal.draft.2026-12-07', value: DRAFT }] })).toEqual({ ok: true, value: null });
    const refused = await tend.dispatch('privateState.list');
    expect(refused).toMatchObject({ ok: false, error: { code: 'locked' } });
    expect(JSON.stringify(refused)).not.toContain('Wren');

    const unlocked = expectOk(await tend.dispatch('lock.unlock', {}));
    if (!unlocked.unlocked) throw new Error('did not unlock');
    expect(expectOk(await tend.dispatch('privateState.list', {}, { unlockToken: unlocked.unlockToken }))).toEqual([{ key: 'tend.journal.draft.2026-12-07', value: DRAFT }]);
  });

  it('keeps the later of two saves of one page that arrive out of order, for a set and a removal alike', async () => {
    const { tend } = await openTestTend();
    const page = '6f1c2a53-7a3e-4a8e-9c1e-2b9f0d4e5a61';
    const other = '0b8e7c1d-3f2a-4e5b-8c9d-1a2b3c4d5e6f';
    const key = 'tend.draft:p1:note:new';
    // The page hid while its save 1 was on its way, and sent save 2 beside it; 2 arrived first.
    expectOk(await tend.dispatch('privateState.save', { set: [{ key, value: 'Agreed on the budget.' }], order: { page, seq: 2 } }));
    expectOk(await tend.dispatch('privateState.save', { set: [{ key, value: 'Agreed on th' }, { key: 'tend.search.recent', value: '["budget"]' }], order: { page, seq: 1 } }));
    expect(expectOk(await tend.dispatch('privateState.list'))).toEqual([
      { key, value: 'Agreed on the budget.' },
      { key: 'tend.search.recent', value: '["budget"]' },
    ]);

    // A discard that overtook the last keystrokes stays discarded.
    expectOk(await tend.dispatch('privateState.save', { remove: [key], order: { page, seq: 4 } }));
    expectOk(await tend.dispatch('privateState.save', { set: [{ key, value: 'Agreed on the budget. Again' }], order: { page, seq: 3 } }));
    expect(expectOk(await tend.dispatch('privateState.list')).map((entry) => entry.key)).toEqual(['tend.search.recent']);

    // Another page (the tab reloaded) starts its own count: its first save is not held back.
    expectOk(await tend.dispatch('privateState.save', { set: [{ key, value: 'From the reloaded tab' }], order: { page: other, seq: 1 } }));
    expect(expectOk(await tend.dispatch('privateState.list'))[0]).toEqual({ key, value: 'From the reloaded tab' });

    for (const order of [{ page: 'not-an-id', seq: 1 }, { page, seq: -1 }, { page, seq: 1.5 }]) {
      expect(await tend.dispatch('privateState.save', { set: [], order })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });
});

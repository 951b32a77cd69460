import { describe, expect, it } from 'vitest';
import { watchIntegrity } from '../../../../src/core/backup/integrity-watch';

/** A quick check held until the test gives its verdict. */
function heldCheck() {
  let verdict: (sound: boolean) => void = () => undefined;
  const check = () => new Promise<boolean>((settle) => (verdict = settle));
  return { check, give: (sound: boolean) => verdict(sound) };
}

/** Whether `promise` has settled by the time the microtasks queued now have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('watchIntegrity.finished', () => {
  it('settles at once when no check has run', async () => {
    const held = heldCheck();
    const watch = watchIntegrity({ file: 'unused.sqlite', openOptions: {}, check: held.check });
    watch.stop();
    expect(await settled(watch.finished())).toBe(true);
  });

  it('waits for a check still on its way after stop, whatever its verdict, so the folder is not removed under it', async () => {
    for (const sound of [true, false]) {
      const held = heldCheck();
      const watch = watchIntegrity({ file: 'unused.sqlite', openOptions: {}, check: held.check });
      watch.start();
      watch.stop();
      expect(await settled(watch.finished())).toBe(false);
      held.give(sound);
      expect(await settled(watch.finished())).toBe(true);
      // Stopped before its verdict: nothing is reported.
      expect(watch.state()).toBe('checking');
    }
  });
});

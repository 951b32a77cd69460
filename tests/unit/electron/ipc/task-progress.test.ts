import { describe, expect, it, vi } from 'vitest';
import { forwardTaskProgress } from '../../../../electron/main/ipc/register-ipc';
import { EVENT_CHANNEL } from '../../../../src/shared/channels';
import type { TaskProgress } from '../../../../src/shared/tasks';
import { fake } from '../../../fixtures/fake-electron';
import { openTestTend } from '../../../fixtures/open-test-tend';
import { expectOk } from '../../../fixtures/results';

vi.mock('electron', async () => (await import('../../../fixtures/fake-electron')).electronModule);

const TASK = '7d2f0e1a-0000-4000-8000-000000000301';

describe('long tasks’ progress in the desktop app', () => {
  it('names each person a Markdown export writes while unlocked, and no one once Tend locks mid-way', async () => {
    const { tend } = await openTestTend();
    expectOk(await tend.dispatch('sample.load'));
    const window = new fake.electron.BrowserWindow({});
    window.webContents.url = 'app://tend/index.html';
    const stop = forwardTaskProgress(tend);
    // Lock as soon as the export has named its second person; the export itself goes on.
    const lockAfterSecond = tend.onTaskProgress((progress) => {
      if (progress.done === 2) void tend.dispatch('lock.lock', {});
    });
    try {
      expectOk(await tend.dispatch('archive.export', { format: 'markdown', taskId: TASK }));
      const sent = window.webContents.sent.filter(([channel, event]) => channel === EVENT_CHANNEL && event === 'task.progress').map(([, , progress]) => progress as TaskProgress);
      expect(sent.length).toBeGreaterThan(3);
      const [first, second, ...afterLock] = sent;
      expect(first!.step).not.toBe('');
      expect(second!.step).not.toBe('');
      expect(afterLock.map((p) => p.step)).toEqual(afterLock.map(() => ''));
      expect(afterLock.at(-1)).toMatchObject({ done: afterLock.at(-1)!.total });
    } finally {
      lockAfterSecond();
      stop();
      fake.windows.splice(fake.windows.indexOf(window), 1);
    }
  });
});

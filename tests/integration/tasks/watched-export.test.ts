import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TaskProgress } from '../../../src/shared/tasks';
import { openTestTend } from '../../fixtures/open-test-tend';
import { expectError, expectOk } from '../../fixtures/results';
import { sampleTeam } from '../../fixtures/sample-team';

const TASK = '6b1d2c1e-8f3a-4c56-9e0b-2f4f1d7a9c10';

describe('a watched export through the contract (progress events, tasks.cancel)', () => {
  it('reports progress under its taskId as it writes, and finishes with the file', async () => {
    const { tend } = await openTestTend();
    await sampleTeam(tend);
    const progress: TaskProgress[] = [];
    tend.onTaskProgress((event) => progress.push(event));
    const outcome = expectOk(await tend.dispatch('archive.export', { format: 'json', taskId: TASK }));
    expect(existsSync(outcome.path)).toBe(true);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.every((event) => event.taskId === TASK && event.done <= event.total)).toBe(true);
    expect(progress.at(-1)).toMatchObject({ done: outcome.items, total: outcome.items });
    // Finished: nothing is left to cancel.
    expect(expectOk(await tend.dispatch('tasks.cancel', { taskId: TASK }))).toEqual({ cancelled: false });
  });

  it('stops when cancelled midway and leaves no file, neither under its final name nor a partial one', async () => {
    const { tend, dataDir } = await openTestTend();
    await sampleTeam(tend);
    const cancels: Promise<unknown>[] = [];
    tend.onTaskProgress((event) => {
      if (cancels.length === 0) cancels.push(tend.dispatch('tasks.cancel', { taskId: event.taskId }));
    });
    const error = expectError(await tend.dispatch('archive.export', { format: 'json', taskId: TASK }));
    expect(error.message).toBe('The export was cancelled; no file was written.');
    expect(await cancels[0]).toEqual({ ok: true, value: { cancelled: true } });
    expect(readdirSync(join(dataDir, 'exports'))).toEqual([]);
  });
});

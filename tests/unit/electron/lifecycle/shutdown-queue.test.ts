import { describe, expect, it } from 'vitest';
import { createShutdownQueue } from '../../../../electron/main/lifecycle/shutdown-queue';

describe('createShutdownQueue', () => {
  it('runs tasks once each, newest first, waiting for async ones', async () => {
    const queue = createShutdownQueue();
    const order: string[] = [];
    queue.add('close database', () => void order.push('close database'));
    queue.add('stop scheduler', async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      order.push('stop scheduler');
    });

    expect(queue.drained).toBe(false);
    await Promise.all([queue.drain(), queue.drain()]);
    await queue.drain();

    expect(order).toEqual(['stop scheduler', 'close database']);
    expect(queue.drained).toBe(true);
  });

  it('keeps going when a task throws or hangs', async () => {
    const queue = createShutdownQueue({ taskTimeoutMs: 30 });
    const ran: string[] = [];
    queue.add('close database', () => void ran.push('close database'));
    queue.add('hangs', () => new Promise<void>(() => {}));
    queue.add('throws', () => {
      throw new Error('boom');
    });

    await queue.drain();

    expect(ran).toEqual(['close database']);
    expect(queue.drained).toBe(true);
  });

  it('still runs a task registered after shutdown began', async () => {
    const queue = createShutdownQueue();
    let late = false;
    const draining = queue.drain();
    queue.add('late', () => {
      late = true;
    });
    await draining;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(late).toBe(true);
  });
});

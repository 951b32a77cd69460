import { TendError } from '../errors';

/** How far a long export or import has got; `total` is known up front (rows, people or events). */
export interface Progress {
  done: number;
  total: number;
  /** The table or person being written. */
  step: string;
}

/** What a long export or import accepts from its caller: progress reports and a way to stop it. */
export interface LongTask {
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
}

export function throwIfCancelled(signal: AbortSignal | undefined, what: 'export' | 'import'): void {
  if (signal?.aborted) {
    throw new TendError('conflict', what === 'export' ? 'The export was cancelled; no file was written.' : 'The import was cancelled; nothing was changed.');
  }
}

/** Lets the event loop run (a cancel click, other calls) between chunks of a long export. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

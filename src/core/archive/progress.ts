import { TendError } from '../errors';

/** How far a long export, import or restore has got; `total` is known up front (rows, people, events or steps). */
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

const CANCELLED = {
  export: 'The export was cancelled; no file was written.',
  import: 'The import was cancelled; nothing was changed.',
  restore: 'The restore was cancelled; nothing was changed.',
} as const;

/** A cancel the leader asked for (answered as `conflict`), told apart from a refusal or a fault. */
export class TaskCancelled extends TendError {
  constructor(what: keyof typeof CANCELLED) {
    super('conflict', CANCELLED[what]);
  }
}

export function throwIfCancelled(signal: AbortSignal | undefined, what: keyof typeof CANCELLED): void {
  if (signal?.aborted) throw new TaskCancelled(what);
}

/** Lets the event loop run (a cancel click, other calls) between chunks of a long export. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A start-up failure with a sentence the user can act on (shown by the host instead of a stack). */
export class StartupError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StartupError';
  }
}

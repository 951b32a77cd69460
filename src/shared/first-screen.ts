import type { MethodName } from './contract';
import type { Result } from './result';

/**
 * A route's first screen as the web host draws it ahead of time (issue 21): `head` holds the styles
 * of the components drawn, `body` the markup the window shows in #app until the app replaces it.
 */
export interface FirstScreenHtml {
  head: string;
  body: string;
}

/** One read of the window's first request, with the host's answer to it. */
export interface AnsweredRead {
  method: MethodName;
  input: unknown;
  result: Result<unknown>;
}

/**
 * The renderer's server-side drawing (src/renderer/prerender/first-screen.ts), as the host sees it:
 * a route (the window's address hash), the answers, the host's now; null when it draws none.
 */
export type RenderFirstScreen = (hash: string, answers: readonly AnsweredRead[], now: Date) => FirstScreenHtml | null;

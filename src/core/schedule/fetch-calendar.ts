/**
 * Reads a calendar subscription (issue 22). This is the only network request Tend makes: it goes
 * only to the address the user typed (a redirect may change its path or move it to https on the same
 * host, never to another site), only while a subscription is set, and its answer is only read here.
 */

export type FetchOutcome =
  | { status: 'read'; text: string; etag: string | null }
  | { status: 'unchanged' }
  | { status: 'failed'; reason: string };

export interface FetchOptions {
  etag: string | null;
  timeoutMs?: number;
  maxChars?: number;
  /** For tests: the transport (Node's fetch otherwise). */
  fetchImpl?: typeof fetch;
}

const MAX_REDIRECTS = 3;
export const FETCH_TIMEOUT_MS = 20_000;

/** webcal:// is how calendar apps spell an https subscription. */
export function requestUrlOf(typed: string): URL {
  const url = new URL(typed.replace(/^webcal:/i, 'https:'));
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('Only http and https addresses can be read.');
  return url;
}

/** A redirect is followed only to the same host (a moved path, http → https). */
export function allowedRedirect(from: URL, location: string): URL | null {
  let to: URL;
  try {
    to = new URL(location, from);
  } catch {
    return null;
  }
  if (to.hostname !== from.hostname) return null;
  if (to.protocol !== 'https:' && !(to.protocol === 'http:' && from.protocol === 'http:')) return null;
  return to;
}

export async function fetchCalendar(typed: string, options: FetchOptions): Promise<FetchOutcome> {
  const transport = options.fetchImpl ?? fetch;
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  let url: URL;
  try {
    url = requestUrlOf(typed);
  } catch (error) {
    return { status: 'failed', reason: error instanceof Error ? error.message : 'That address cannot be read.' };
  }
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const headers: Record<string, string> = { accept: 'text/calendar, text/plain;q=0.5' };
      if (options.etag) headers['if-none-match'] = options.etag;
      const response = await transport(url, { headers, redirect: 'manual', signal });
      if (response.status === 304) return { status: 'unchanged' };
      if (response.status >= 300 && response.status < 400) {
        const next = allowedRedirect(url, response.headers.get('location') ?? '');
        await response.body?.cancel();
        if (!next) return { status: 'failed', reason: `The calendar’s address sends Tend to another site; Tend only reads the address you typed.` };
        url = next;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return { status: 'failed', reason: `The calendar server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.` };
      }
      const text = await response.text();
      if (text.length > (options.maxChars ?? Number.POSITIVE_INFINITY)) return { status: 'failed', reason: 'The calendar is larger than 32 MB.' };
      return { status: 'read', text, etag: response.headers.get('etag') };
    }
    return { status: 'failed', reason: 'The calendar’s address redirects too many times.' };
  } catch (error) {
    if (signal.aborted) return { status: 'failed', reason: `The calendar server did not answer within ${timeoutMs / 1000} seconds.` };
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error);
    return { status: 'failed', reason: `The calendar could not be reached (${cause}).` };
  }
}

import { timingSafeEqual } from 'node:crypto';

/**
 * Pure request checks for the local web host. The host serves private notes, so it answers only
 * loopback names (no DNS rebinding) and only callers holding the per-start token.
 */

const LOOPBACK_NAMES = new Set(['127.0.0.1', 'localhost']);

export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (!hostHeader) return false;
  let url: URL;
  try {
    url = new URL(`http://${hostHeader}`);
  } catch {
    return false;
  }
  if (url.username || url.password || url.pathname !== '/' || url.search) return false;
  return LOOPBACK_NAMES.has(url.hostname) && url.port === String(port);
}

function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function isAuthorized(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer (\S+)$/.exec(authorization ?? '');
  return match !== null && sameSecret(match[1] ?? '', token);
}

/** EventSource cannot send headers, so the event stream alone takes the token as a query parameter. */
export function isAuthorizedQuery(search: URLSearchParams, token: string): boolean {
  const given = search.get('token');
  return given !== null && sameSecret(given, token);
}

/** `/api/people.save` → `people.save`; anything else → null. */
export function apiMethodFromPath(pathname: string): string | null {
  const match = /^\/api\/([a-zA-Z]+(?:\.[a-zA-Z]+)+)$/.exec(pathname);
  return match?.[1] ?? null;
}

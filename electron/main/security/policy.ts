import { resolveInsideRoot } from '../../../src/serve/static-path';

/**
 * The desktop app's security policy as pure functions (DESIGN.md, Security). No electron import,
 * so the policy is tested table-driven in plain Node; `guards.ts`, `app-protocol.ts` and
 * `../ipc/` only apply it.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'tend';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Is this one of the app's own pages? Parsed, never prefix-compared: `app://tend.evil/` and `app://tend@evil/` are not. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string') return false;
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** Tend has one page with hash routes, so a window may only ever navigate within its own origin. */
export function isNavigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Permissions (camera, notifications, clipboard, geolocation…) a page may be granted. None today:
 * system notifications come from the main process, which needs no renderer permission. Add an
 * entry only with the reason next to it.
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set<string>();

export function isPermissionAllowed(permission: string, requestingUrl: string | null | undefined): boolean {
  return isAppUrl(requestingUrl) && GRANTED_PERMISSIONS.has(permission);
}

/** Maps an `app://tend/…` request to a file inside `rootDir`, or null if it must not be served. */
export function resolveAppAsset(url: string, rootDir: string): string | null {
  if (!isAppUrl(url)) return null;
  return resolveInsideRoot(new URL(url).pathname, rootDir);
}

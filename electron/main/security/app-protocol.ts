import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { log } from '../../../src/core/log';
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp';
import { contentTypeFor } from '../../../src/serve/content-type';
import { APP_SCHEME, resolveAppAsset } from './policy';

const logger = log('protocol');

/**
 * The renderer is served from `app://tend/` rather than `file://`: a standard, secure origin of
 * its own, so the CSP's `'self'` means only the app's files and no other local file is reachable.
 * Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'cache-control': 'no-store',
};

function refusal(status: 404 | 405): Response {
  return new Response(status === 404 ? 'Not found' : 'Method not allowed', {
    status,
    headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
  });
}

/** Serves files from the built renderer folder, and nothing outside it. */
export function serveRenderer(rootDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    const file = resolveAppAsset(request.url, rootDir);
    if (!file) {
      logger.warn(`refused ${request.url}`);
      return refusal(404);
    }
    try {
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        headers: { ...SECURITY_HEADERS, 'content-type': contentTypeFor(file) },
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EISDIR') logger.error(`could not read ${file}`, error);
      return refusal(404);
    }
  });
}

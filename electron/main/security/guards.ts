import { app, session } from 'electron';
import { log } from '../../../src/core/log';
import { isNavigationAllowed, isPermissionAllowed } from './policy';

const logger = log('security');

/**
 * Applies the policy in `policy.ts` to every web contents the app will ever create, including
 * ones a future feature might add: no navigation away from the app, no new windows, no webviews,
 * no permissions. Must run before the first window is created.
 */
export function applySecurityGuards(): void {
  app.on('web-contents-created', (_event, contents) => {
    const blockUnlessAllowed = (event: { preventDefault(): void }, url: string, what: string) => {
      if (isNavigationAllowed(url)) return;
      event.preventDefault();
      logger.warn(`blocked ${what} to ${url}`);
    };
    contents.on('will-navigate', (event) => blockUnlessAllowed(event, event.url, 'navigation'));
    contents.on('will-redirect', (event) => blockUnlessAllowed(event, event.url, 'redirect'));
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      logger.warn('blocked a webview');
    });
    contents.setWindowOpenHandler(({ url }) => {
      logger.warn(`blocked a new window for ${url}`);
      return { action: 'deny' };
    });
  });
}

/** Permission handlers live on the session, which exists only once the app is ready. */
export function denyPermissions(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const allowed = isPermissionAllowed(permission, details.requestingUrl);
    if (!allowed) logger.warn(`denied permission "${permission}" to ${details.requestingUrl}`);
    callback(allowed);
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
}

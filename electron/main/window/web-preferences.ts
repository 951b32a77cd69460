import type { WebPreferences } from 'electron';

/**
 * Every Tend window's page settings, per Electron's security checklist (DESIGN.md, Security): one
 * function, so the quick-capture window cannot drift from the main window.
 */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false,
    navigateOnDragDrop: false,
  };
}

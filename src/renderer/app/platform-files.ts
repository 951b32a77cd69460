import type { NativeFiles } from '../../shared/native-files';
import { bridge } from './bridge';

/**
 * Whether this host has the system's own file dialogs and "Show in folder" (the desktop app), or
 * keeps the browser's downloads and file inputs (the web host). Views ask this one question.
 */
export function nativeFiles(): NativeFiles | null {
  return bridge().files ?? null;
}

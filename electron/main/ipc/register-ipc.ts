import { BrowserWindow, ipcMain, type WebContents } from 'electron';
import type { Tend } from '../../../src/core/tend';
import { EVENT_CHANNEL, RPC_CHANNEL, type EventName, type EventPayloads } from '../../../src/shared/contract';
import { handleRpc } from './rpc-handler';
import { isAppUrl } from '../security/policy';
import { windowCaller } from '../../../src/core/dispatch';
import { namelessProgress } from '../../../src/shared/tasks';

/**
 * The one RPC channel: every call is checked for its sender, then handed to the core dispatcher with
 * the unlock token the window's preload keeps (issue 24). `allowedFor` names the methods a window is
 * limited to (by its web contents, not its address, which its page could change), or null for the
 * main window's whole contract.
 */
export function registerRpc(tend: Tend, allowedFor: (sender: WebContents | undefined) => readonly string[] | null = () => null): () => void {
  ipcMain.handle(RPC_CHANNEL, (event, method: unknown, input: unknown, unlockToken: unknown) =>
    handleRpc(event.senderFrame?.url, method, input, (name, given) => tend.dispatch(name, given, windowCaller(unlockToken)), allowedFor(event.sender)),
  );
  return () => ipcMain.removeHandler(RPC_CHANNEL);
}

/** Sends an event to every window showing the app's own page, and to nothing else. */
export function sendToAppWindows<E extends EventName>(event: E, payload: EventPayloads[E]): void {
  for (const window of BrowserWindow.getAllWindows()) {
    const contents = window.webContents;
    if (!contents.isDestroyed() && isAppUrl(contents.getURL())) contents.send(EVENT_CHANNEL, event, payload);
  }
}

export function forwardDataChanges(tend: Tend): () => void {
  return tend.onDataChanged((payload) => sendToAppWindows('data.changed', payload));
}

/** Watched long tasks' progress (an export's bar), to the app's windows; while locked, without names. */
export function forwardTaskProgress(tend: Tend): () => void {
  return tend.onTaskProgress((progress) => sendToAppWindows('task.progress', tend.lock.isLocked() ? namelessProgress(progress) : progress));
}

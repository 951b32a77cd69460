import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  EVENT_CHANNEL,
  EVENT_NAMES,
  OPEN_FILE_CHANNEL,
  PRINT_PDF_CHANNEL,
  RESTORE_FILE_CHANNEL,
  RPC_CHANNEL,
  SAVE_FILE_CHANNEL,
  SHOW_IN_FOLDER_CHANNEL,
} from '../../src/shared/channels';
import type { EventName, MethodInput, MethodName, MethodResult, TendBridge } from '../../src/shared/contract';
import type { PrintToPdfOutcome, PrintToPdfRequest } from '../../src/shared/print';
import type { OpenFileOutcome, OpenFileRequest, RestoreFileOutcome, RestoreFileRequest, SaveFileOutcome, SaveFileRequest } from '../../src/shared/native-files';
import type { Result } from '../../src/shared/result';
import { unlockTokenFrom } from '../../src/shared/unlock-token';

function isEventName(name: unknown): name is EventName {
  return (EVENT_NAMES as readonly unknown[]).includes(name);
}

/**
 * The token this window's last unlock returned (issue 24): kept here, out of the page's reach, and
 * sent with every call; a reload starts without one, and the window unlocks again.
 */
let unlockToken: string | null = null;

/**
 * Everything the page can reach of Electron: one call and one subscription (DESIGN.md, Transports).
 * `satisfies TendBridge` makes a drift from the contract a compile error.
 */
const bridge = {
  async invoke<M extends MethodName>(method: M, input?: MethodInput<M>) {
    const result = (await ipcRenderer.invoke(RPC_CHANNEL, method, input, unlockToken)) as Result<MethodResult<M>>;
    unlockToken = unlockTokenFrom(method, result) ?? unlockToken;
    return result;
  },
  on(event, listener) {
    if (!isEventName(event)) throw new TypeError(`Tend has no event called "${String(event)}".`);
    const relay = (_ipc: IpcRendererEvent, name: unknown, payload: unknown) => {
      if (name === event) listener(payload as Parameters<typeof listener>[0]);
    };
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
  printToPdf(request: PrintToPdfRequest) {
    return ipcRenderer.invoke(PRINT_PDF_CHANNEL, request) as Promise<PrintToPdfOutcome>;
  },
  files: {
    // An export reads the data: it carries this window's unlock token as every call does.
    saveFile: (request: SaveFileRequest) => ipcRenderer.invoke(SAVE_FILE_CHANNEL, request, unlockToken) as Promise<SaveFileOutcome>,
    openFile: (request: OpenFileRequest) => ipcRenderer.invoke(OPEN_FILE_CHANNEL, request) as Promise<OpenFileOutcome>,
    // A restore writes the data: it carries the unlock token too.
    restoreFile: (request: RestoreFileRequest) => ipcRenderer.invoke(RESTORE_FILE_CHANNEL, request, unlockToken) as Promise<RestoreFileOutcome>,
    showInFolder: (path: string) => ipcRenderer.invoke(SHOW_IN_FOLDER_CHANNEL, path) as Promise<boolean>,
  },
} satisfies TendBridge;

contextBridge.exposeInMainWorld('tend', bridge);

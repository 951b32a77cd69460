// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TendBridge } from '../../../../src/shared/contract';
import type { PrintToPdfOutcome, PrintToPdfRequest } from '../../../../src/shared/print';
import { installBridge } from '../../../../src/renderer/app/bridge';
import { printPage, setPrintRunningHead } from '../../../../src/renderer/app/print';
import { toasts } from '../../../../src/renderer/app/toasts.svelte';

function bridgeWith(printToPdf?: (request: PrintToPdfRequest) => Promise<PrintToPdfOutcome>): TendBridge {
  return {
    invoke: () => Promise.reject(new Error('not used')),
    on: () => () => {},
    ...(printToPdf ? { printToPdf } : {}),
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  for (const toast of toasts.items) toasts.dismiss(toast.id);
});

describe('setPrintRunningHead', () => {
  it('sets the head as a CSS string, quotes and backslashes escaped, and takes it away again', () => {
    const undo = setPrintRunningHead('Sam “the \\ builder” "Okafor"\nline');
    expect(document.documentElement.style.getPropertyValue('--print-running-head')).toBe('"Sam “the \\\\ builder” \\"Okafor\\" line"');
    undo();
    expect(document.documentElement.style.getPropertyValue('--print-running-head')).toBe('');
  });
});

describe('printPage', () => {
  it('in a browser, opens its print dialog', async () => {
    installBridge(bridgeWith());
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await printPage('prep-sam-2026-11-23.pdf');
    expect(print).toHaveBeenCalledOnce();
  });

  it('in the desktop app, asks for a PDF with the suggested name and says where it went', async () => {
    const asked: PrintToPdfRequest[] = [];
    installBridge(bridgeWith(async (request) => (asked.push(request), { state: 'saved', path: '/home/me/sam.pdf' })));
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await printPage('prep-sam-2026-11-23.pdf');
    expect(asked).toEqual([{ fileName: 'prep-sam-2026-11-23.pdf' }]);
    expect(print).not.toHaveBeenCalled();
    expect(toasts.items.map((toast) => toast.message)).toEqual(['Saved as /home/me/sam.pdf']);
  });

  it('says nothing when the save dialog was cancelled, and the reason when saving failed', async () => {
    installBridge(bridgeWith(async () => ({ state: 'cancelled' })));
    await printPage('x.pdf');
    expect(toasts.items).toEqual([]);
    installBridge(bridgeWith(async () => ({ state: 'failed', message: 'Tend could not save the PDF: the disk is full.' })));
    await printPage('x.pdf');
    expect(toasts.items.map((toast) => toast.message)).toEqual(['Tend could not save the PDF: the disk is full.']);
  });
});

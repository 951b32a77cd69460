import type { ServerResponse } from 'node:http';
import type { EventName, EventPayloads } from '../shared/contract';
import { SECURITY_HEADERS } from './security-headers';

const HEARTBEAT_MS = 25_000;

/**
 * Server-Sent Events to every open renderer tab: the web host's stand-in for webContents.send.
 * An event that can carry names (a reminder, an import's progress) has a nameless form too, which
 * goes to each tab the lock does not admit now (issue 24): every tab while Tend is locked, and a tab
 * that has not unlocked since the last lock even while another has. A tab names its unlock token
 * when it opens its stream (an EventSource cannot send a header), and opens it again after an unlock.
 */
export function createEventStream(admits: (unlockToken: string | undefined) => boolean = () => true) {
  const clients = new Map<ServerResponse, string | undefined>();
  const heartbeat = setInterval(() => {
    for (const res of clients.keys()) res.write(': keep-alive\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    attach(res: ServerResponse, unlockToken?: string): void {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      clients.set(res, unlockToken);
      res.on('close', () => clients.delete(res));
    },
    /** Returns how many open streams it was written to; a tab the lock does not admit gets `nameless`, when given. */
    send<E extends EventName>(event: E, payload: EventPayloads[E], nameless?: EventPayloads[E]): number {
      const frame = (data: EventPayloads[E]) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
      const named = frame(payload);
      const withoutNames = nameless === undefined ? named : frame(nameless);
      let written = 0;
      for (const [res, unlockToken] of clients) {
        if (res.writableEnded || res.destroyed) continue;
        res.write(nameless === undefined || admits(unlockToken) ? named : withoutNames);
        written += 1;
      }
      return written;
    },
    close(): void {
      clearInterval(heartbeat);
      for (const res of clients.keys()) res.end();
      clients.clear();
    },
  };
}

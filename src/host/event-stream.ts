import type { ServerResponse } from 'node:http';
import type { EventName, EventPayloads } from '../shared/contract';
import { SECURITY_HEADERS } from './security-headers';

const HEARTBEAT_MS = 25_000;

/** Server-Sent Events to every open renderer tab: the web host's stand-in for webContents.send. */
export function createEventStream() {
  const clients = new Set<ServerResponse>();
  const heartbeat = setInterval(() => {
    for (const res of clients) res.write(': keep-alive\n\n');
  }, HEARTBEAT_MS);
  heartbeat.unref();

  return {
    attach(res: ServerResponse): void {
      res.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      clients.add(res);
      res.on('close', () => clients.delete(res));
    },
    /** Returns how many open streams it was written to. */
    send<E extends EventName>(event: E, payload: EventPayloads[E]): number {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      let written = 0;
      for (const res of clients) {
        if (res.writableEnded || res.destroyed) continue;
        res.write(frame);
        written += 1;
      }
      return written;
    },
    close(): void {
      clearInterval(heartbeat);
      for (const res of clients) res.end();
      clients.clear();
    },
  };
}

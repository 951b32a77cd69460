import type { EventName, EventPayloads, MethodInput, MethodName, MethodResult, TendBridge } from '../../shared/contract';
import { EVENT_NAMES } from '../../shared/channels';
import type { FirstScreenHtml } from '../../shared/first-screen';
import { fail, type Result } from '../../shared/result';
import { UNLOCK_HEADER, unlockTokenFrom } from '../../shared/unlock-token';

declare global {
  interface Window {
    /** Exposed by Electron's preload; absent in the browser. */
    tend?: TendBridge;
  }
}

const TOKEN_KEY = 'tend.token';
/** Under the 64 kB every keepalive request of a page shares, leaving room for another. */
const KEEPALIVE_MAX = 48_000;

/** The web host prints a URL with `?token=`; keep it for this tab and take it out of the address bar. */
function takeToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    history.replaceState(history.state, '', url.pathname + url.search + url.hash);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** The web host's token for this tab, for the one URL a page opens itself: an export's download. */
export function webToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/**
 * The token this tab's last unlock returned (issue 24), kept in memory only: a reload or a lock
 * forgets it, and the tab unlocks again. Null until the first unlock.
 */
let unlockToken: string | null = null;

/** For the export download link, which cannot send the header. */
export function webUnlockToken(): string | null {
  return unlockToken;
}

function isResult(value: unknown): value is Result<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

/**
 * Settles once the web host's event stream has first connected (or failed to); already settled in
 * Electron, whose events need no connection, and before anything listens.
 */
let streamConnected: Promise<void> = Promise.resolve();

/**
 * What a write waits for before it is sent: the host announces a write only to the streams open at
 * that moment, so a write made while this tab's stream is still connecting would otherwise leave
 * its views stale until the missed-announcement fallback reloads them.
 */
export function eventsConnected(): Promise<void> {
  return streamConnected;
}

/** A call held to travel with others, and how its caller is answered. */
interface Gathered {
  method: MethodName;
  input: unknown;
  answer: (result: Result<unknown>) => void;
}

/** The calls made inside `together`, while it runs; null otherwise. */
let gathering: Gathered[] | null = null;

/** The first screen asked for with the calls being gathered, and who receives it. */
let screenAsked: { hash: string; receive: (drawn: FirstScreenHtml) => void } | null = null;

/**
 * Asks the web host, with the calls `together` is gathering, to draw this route's first screen with
 * their answers (issue 21); `receive` has it before any of them is answered. Only the web host
 * draws one: in Electron, and when the host draws none, `receive` is never called.
 */
export function askFirstScreen(hash: string, receive: (drawn: FirstScreenHtml) => void): void {
  if (gathering) screenAsked = { hash, receive };
}

function isFirstScreen(value: unknown): value is FirstScreenHtml {
  return typeof value === 'object' && value !== null && typeof (value as FirstScreenHtml).head === 'string' && typeof (value as FirstScreenHtml).body === 'string';
}

/**
 * Runs `ask`, and the web host's calls it makes travel as one request (`POST /api/batch`) rather
 * than one each (issue 21): the window's first reads, ten of them, otherwise took all six of the
 * browser's connections to the host, and the page's code queued behind them. Each is answered as
 * it would be alone. Electron's bridge has no connections to share, and sends its calls as made.
 */
export function together<T>(ask: () => T): T {
  const outer = gathering;
  gathering = outer ?? [];
  try {
    return ask();
  } finally {
    const calls = gathering;
    gathering = outer;
    if (!outer) {
      const screen = screenAsked;
      screenAsked = null;
      if (calls.length > 0) sendGathered(calls, screen);
    }
  }
}

let sendGathered: (calls: Gathered[], screen: typeof screenAsked) => void = () => {
  throw new Error('Tend: calls were gathered without the web bridge.');
};

/** The same contract over HTTP and Server-Sent Events, for the local web host. */
export function webBridge(): TendBridge {
  const token = takeToken();
  const listeners = new Map<EventName, Set<(payload: never) => void>>();
  let source: EventSource | undefined;

  function ensureStream(): void {
    if (source) return;
    // The host sends names (reminders, an import's steps) only to a stream that names this tab's unlock.
    const unlock = unlockToken ? `&unlock=${encodeURIComponent(unlockToken)}` : '';
    const opening = new EventSource(`/api/events?token=${encodeURIComponent(token)}${unlock}`);
    source = opening;
    streamConnected = new Promise((resolve) => {
      opening.addEventListener('open', () => resolve(), { once: true });
      // A host that is not answering: the write goes ahead and reports that itself.
      opening.addEventListener('error', () => resolve(), { once: true });
    });
    for (const name of EVENT_NAMES) {
      opening.addEventListener(name, (event) => {
        const payload = JSON.parse((event as MessageEvent<string>).data) as never;
        for (const listener of listeners.get(name) ?? []) listener(payload);
      });
    }
  }

  /** Posts `body` to `path`: the answer as JSON and its HTTP status, or null when the host did not answer. */
  async function post(path: string, body: string, keepalive: boolean): Promise<{ answer: unknown; status: number } | null> {
    try {
      const response = await fetch(path, {
        method: 'POST',
        keepalive,
        headers: {
          Authorization: `Bearer ${token}`,
          'Content-Type': 'application/json',
          ...(unlockToken ? { [UNLOCK_HEADER]: unlockToken } : {}),
        },
        body,
      });
      return { answer: await response.json().catch(() => undefined), status: response.status };
    } catch {
      return null;
    }
  }

  const NOT_ANSWERING = 'Tend’s local host is not answering. Start it again with `npm run web`.';

  /** What a call's answer says: the result itself, after keeping any unlock token it hands this tab. */
  function resultOf(method: MethodName, answer: unknown, status: number): Result<unknown> {
    const unlocked = unlockTokenFrom(method, answer);
    if (unlocked) {
      unlockToken = unlocked;
      // A stream opened before this unlock gets events without names: open it again, naming the unlock.
      if (source) {
        source.close();
        source = undefined;
        ensureStream();
      }
    }
    if (isResult(answer)) return answer;
    return fail('transport', `The local host answered with an unexpected response (HTTP ${status}).`);
  }

  async function sendOne(method: MethodName, input: unknown): Promise<Result<unknown>> {
    const body = input === undefined ? '' : JSON.stringify(input);
    // A draft written as the tab closes must outlive the page; the browser allows this up to 64 kB.
    const sent = await post(`/api/${method}`, body, method === 'privateState.save' && body.length < KEEPALIVE_MAX);
    return sent ? resultOf(method, sent.answer, sent.status) : fail('transport', NOT_ANSWERING);
  }

  sendGathered = (calls, screen) => {
    if (calls.length === 1 && !screen) {
      const [only] = calls as [Gathered];
      void sendOne(only.method, only.input).then(only.answer);
      return;
    }
    const asked = calls.map(({ method, input }) => ({ method, input }));
    void post('/api/batch', JSON.stringify(screen ? { calls: asked, screen: screen.hash } : asked), false).then((sent) => {
      // With a screen asked for, the answers come as {answers, screen}; a refusal comes as itself.
      const drawn = screen && sent && typeof sent.answer === 'object' && sent.answer !== null && 'answers' in sent.answer ? (sent.answer as { answers: unknown; screen: unknown }) : null;
      const list = drawn ? drawn.answers : sent?.answer;
      if (screen && drawn && isFirstScreen(drawn.screen)) screen.receive(drawn.screen);
      const answers = sent && Array.isArray(list) && list.length === calls.length ? (list as unknown[]) : null;
      calls.forEach((call, at) => {
        if (!sent) call.answer(fail('transport', NOT_ANSWERING));
        // A refusal of the whole request (a wrong token) is each call's answer.
        else call.answer(resultOf(call.method, answers ? answers[at] : sent.answer, sent.status));
      });
    });
  };

  return {
    async invoke<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<Result<MethodResult<M>>> {
      const waiting = gathering;
      if (waiting) return new Promise((answer) => waiting.push({ method, input, answer: answer as (result: Result<unknown>) => void }));
      return (await sendOne(method, input)) as Result<MethodResult<M>>;
    },
    on<E extends EventName>(event: E, listener: (payload: EventPayloads[E]) => void): () => void {
      ensureStream();
      const set = listeners.get(event) ?? new Set();
      set.add(listener as (payload: never) => void);
      listeners.set(event, set);
      return () => set.delete(listener as (payload: never) => void);
    },
  };
}

let installed: TendBridge | undefined;

/**
 * Chooses the bridge every call and event goes through: main.ts installs Electron's preload or the
 * web one at start; the actions tests install one over a real core.
 */
export function installBridge(bridge: TendBridge): void {
  installed = bridge;
}

export function bridge(): TendBridge {
  if (!installed) throw new Error('Tend: no bridge installed (main.ts installs one before mounting).');
  return installed;
}

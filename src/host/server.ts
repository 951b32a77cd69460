import { randomBytes } from 'node:crypto';
import { lstat, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HOST_PATH_REFUSAL, namesHostPath } from '../shared/archive';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { isMethodName } from '../shared/contract';
import type { RenderFirstScreen } from '../shared/first-screen';
import { fail, type ApiError, type Result } from '../shared/result';
import { adjustableClock, systemClock, type AdjustableClock, type Clock } from '../core/clock';
import { watchDay } from '../core/calendar/day-watch';
import { log } from '../core/log';
import type { Dispatch } from '../core/dispatch';
import { folderPaths } from '../core/backup/data-folder';
import type { AttentionForReminders, ReminderScheduler } from '../core/reminders/scheduler';
import type { EncryptionSetup } from '../core/crypto/handlers';
import { DatabaseDamagedError, appInfoOf, createRecoveryDispatch, createStartWork, openTend, type Tend } from '../core/tend';
import { webReminderHost } from './web-reminders';
import { createEventStream } from './event-stream';
import { SECURITY_HEADERS } from './security-headers';
import { apiMethodFromPath, isAllowedHost, isAuthorized, isAuthorizedQuery } from './http-policy';
import { contentTypeFor } from '../serve/content-type';
import { resolveInsideRoot } from '../serve/static-path';
import { zipFolder } from './zip-store';
import { UNLOCK_HEADER } from '../shared/unlock-token';
import { namelessProgress } from '../shared/tasks';
import { windowCaller, type Caller } from '../core/dispatch';
import type { PassphraseCheck } from '../core/crypto/unlock';

const logger = log('web-host');
export const MAX_BODY_BYTES = 1024 * 1024;
/** Uploads (an archive or a roster read in the browser) come as text in the body, so these take more. */
export const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;
const UPLOAD_METHODS = new Set(['archive.previewImport', 'archive.import', 'roster.preview', 'roster.import', 'schedule.setFile']);

export function bodyLimitFor(method: string): number {
  return UPLOAD_METHODS.has(method) ? MAX_UPLOAD_BYTES : MAX_BODY_BYTES;
}

export interface WebHostOptions {
  dataDir: string;
  /** The database key and its keyring (the CLI always passes them; tests of other features may not). */
  encryption?: EncryptionSetup;
  rendererDir: string;
  appVersion: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Where the Person page's first screen is drawn from (FirstScreenLoader); the built host's own by default. */
  firstScreen?: FirstScreenLoader;
  /** Tests pin time; the app uses the system clock. */
  clock?: Clock;
  /** Tests may fix the token; otherwise a random one per start. */
  token?: string;
  /**
   * Tests only (`--test-clock`): the clock can be moved with `POST /test/clock {to}` (token required).
   * Without this flag that route does not exist.
   */
  testClock?: boolean;
  /** Who needs attention, for reminders and the badge (the attention summary, adapted). */
  attention?: () => AttentionForReminders;
  /** The zone reminders follow; the process's own by default. */
  timeZone?: () => string;
  /** What unlocking checks a passphrase with (the key store); without one, unlocking needs none. */
  passphrase?: PassphraseCheck;
  /**
   * Long start-up work began (issue 23: building the search index, encrypting a plaintext journal):
   * the host already listens and serves the preparing page at `url`, so the CLI can print it now.
   */
  onPreparing?: (url: string) => void;
  /** What start-up work awaits between two steps (one event-loop turn); e2e tests hold it to look at the preparing page. */
  startPace?: () => Promise<void>;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  /** The open core; throws while the host is in recovery (its database is damaged). */
  readonly tend: Tend;
  /** The reminder scheduler; throws while the host is in recovery. */
  readonly reminders: ReminderScheduler;
  /** `recovery` from a start on a damaged database until a backup is restored. */
  readonly mode: 'normal' | 'recovery';
  close(): Promise<void>;
}

class TransportError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

function sendTransportError(res: ServerResponse, status: number, message: string): void {
  const body: { ok: false; error: ApiError } = fail('transport', message);
  sendJson(res, status, body);
}

async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const tooLarge = `That request is larger than ${limit / (1024 * 1024)} MiB.`;
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new TransportError(413, tooLarge);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw new TransportError(413, tooLarge);
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new TransportError(400, 'The request body is not valid JSON.');
  }
}

const DOWNLOAD_TYPES: Record<string, string> = {
  '.json': 'application/json; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};

/**
 * `GET /exports/<name>`: a finished export from the data folder's `exports/`, as a download. The
 * name is resolved with the same traversal-proof resolver as the renderer's files; a Markdown export
 * (a folder) is sent as one STORE-only zip. Temporary `.partial` names are never served.
 */
async function serveExport(res: ServerResponse, name: string, exportDir: string): Promise<void> {
  const file = resolveInsideRoot(name, exportDir);
  // One name inside exports/, never a temporary `.…partial` one nor a link out of the folder.
  const single = file !== null && resolveInsideRoot(`/${basename(file)}`, exportDir) === file && !basename(file).startsWith('.');
  const found = file && single ? await lstat(file).catch(() => null) : null;
  if (!file || !found || !(found.isFile() || found.isDirectory())) return sendTransportError(res, 404, 'That export could not be found; export again.');
  const folder = found.isDirectory();
  const body = folder ? zipFolder(file) : await readFile(file);
  const fileName = folder ? `${basename(file)}.zip` : basename(file);
  const extension = /\.[a-z]+$/.exec(fileName)?.[0] ?? '';
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': folder ? 'application/zip' : (DOWNLOAD_TYPES[extension] ?? 'application/octet-stream'),
    'Content-Length': body.length,
    'Content-Disposition': `attachment; filename="${fileName.replace(/[^\w.-]/g, '_')}"`,
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

async function serveStatic(res: ServerResponse, pathname: string, rendererDir: string): Promise<void> {
  const file = resolveInsideRoot(pathname, rendererDir);
  if (!file) return sendTransportError(res, 404, 'Not found.');
  let body: Buffer;
  try {
    body = await readFile(file);
  } catch {
    return sendTransportError(res, 404, 'Not found.');
  }
  const isHtml = file.endsWith('.html');
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': contentTypeFor(file),
    'Content-Length': body.length,
    'Cache-Control': isHtml ? 'no-store' : 'public, max-age=31536000, immutable',
    ...(isHtml ? { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } : {}),
  });
  res.end(body);
}

/** Moves the clock of a host started with `testClock`; not part of the contract, and 404 without the flag. */
export const TEST_CLOCK_PATH = '/test/clock';

/**
 * Where the test clock goes, and whether the leader was away meanwhile (`idle: true`, issue 24). A
 * test that moves the clock by days means that time passed for reminders and "today"; only one that
 * says so lets the lock count it as idle, so those tests are not locked out midway.
 */
function testClockTarget(body: unknown): { at: Date; idle: boolean } {
  const { to, idle } = (body ?? {}) as { to?: unknown; idle?: unknown };
  const at = typeof to === 'string' ? new Date(to) : null;
  if (!at || Number.isNaN(at.getTime())) throw new TransportError(400, 'Send {"to": "<ISO instant>"} to move the test clock.');
  return { at, idle: idle === true };
}

/**
 * `POST /api/batch`: several calls in one request, answered in order (issue 21). A page opens with
 * ten reads; sent one by one they took all six connections a browser opens to the host, and the
 * page's code waited behind them. Not a contract method (those are `feature.verb`): each call in it
 * is checked and dispatched exactly as alone, with the same token and unlock header.
 */
export const BATCH_PATH = '/api/batch';
/** More than the first reads ask for; a batch is never an open-ended loop of calls. */
export const MAX_BATCH_CALLS = 16;

/**
 * The calls of a batch, and the route whose first screen the window asks to be drawn with their
 * answers (`{"calls": […], "screen": "#/people/<id>"}`; a bare list asks for none).
 */
function batchCalls(body: unknown): { calls: { method: string; input: unknown }[]; screen: string | null } {
  const shape = `Send a list of 1 to ${MAX_BATCH_CALLS} calls, each {"method": "<name>", "input": …}, or {"calls": that list, "screen": "<route>"}.`;
  const asked = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as { calls?: unknown; screen?: unknown }) : null;
  const list = asked ? asked.calls : body;
  const screen = asked ? asked.screen : null;
  if (screen !== null && (typeof screen !== 'string' || screen.length > 512)) throw new TransportError(400, shape);
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_BATCH_CALLS) throw new TransportError(400, shape);
  return { screen, calls: list.map((call: unknown) => {
    const { method, input } = (typeof call === 'object' && call !== null ? call : {}) as { method?: unknown; input?: unknown };
    if (typeof method !== 'string') throw new TransportError(400, shape);
    return { method, input };
  }) };
}

/**
 * The renderer's components compiled for the server renderer, with it: first-screen.js beside the
 * built host (vite.host.config.ts), loaded at the first screen asked for, so a start parses none of
 * it. A host run from source (the bench, the end-to-end tests) is handed that file (first-screen-build.ts).
 */
export type FirstScreenLoader = () => Promise<{ renderFirstScreen: RenderFirstScreen }>;
const BUILT_IN_FIRST_SCREEN: FirstScreenLoader = async () => {
  const built = new URL('first-screen.js', import.meta.url);
  return createRequire(built)(fileURLToPath(built)) as Awaited<ReturnType<FirstScreenLoader>>;
};

/** The tab's unlock token, from its own header (issue 24). */
function callerOf(req: IncomingMessage): Caller {
  return windowCaller(req.headers[UNLOCK_HEADER.toLowerCase()]);
}

/** Serves the built renderer and the same API as Electron's IPC, on 127.0.0.1 only. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const testClock: AdjustableClock | null = options.testClock ? adjustableClock((options.clock ?? (() => new Date()))()) : null;
  const clock = testClock ?? options.clock;
  let tend: Tend | undefined;
  // Any method that reads names: a tab it would be refused gets events without them.
  const events = createEventStream((unlockToken) => !tend || tend.lock.admits('people.list', unlockToken === undefined ? {} : { unlockToken }));
  const { exportDir } = folderPaths(options.dataDir);
  // Until the journal is open, the page's calls go to the start-up work: its progress and Cancel (issue 23).
  const startWork = createStartWork(undefined, options.startPace);
  const tendOptions = {
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    host: 'web' as const,
    ...(clock ? { clock } : {}),
    reminderHost: webReminderHost(events.send),
    ...(options.passphrase ? { passphrase: options.passphrase } : {}),
    ...(options.encryption ? { encryption: options.encryption } : {}),
    startWatch: startWork.watch,
  };
  let reminders: ReminderScheduler | undefined;
  let dispatch = ((method: string, input: unknown) => startWork.dispatch(method, input)) as Dispatch;
  let unsubscribe = () => {};
  let stopFollowingLock = () => {};
  /** A damaged database is not written to: serve the recovery screen's methods until a backup is restored. */
  const serveRecovery = (error: DatabaseDamagedError) => {
    dispatch = createRecoveryDispatch({
      info: appInfoOf(tendOptions),
      damaged: error,
      clock: clock ?? systemClock,
      ...(options.encryption ? { key: options.encryption.key.toString('hex') } : {}),
      reopen: async () => useTend(await openTend(tendOptions)),
    });
  };
  const days = watchDay(clock ?? systemClock, (today) => void events.send('day.changed', { today }));
  const useTend = (opened: Tend) => {
    tend = opened;
    dispatch = opened.dispatch;
    const stopData = opened.onDataChanged((payload) => void events.send('data.changed', payload));
    const stopProgress = opened.onTaskProgress((progress) => void events.send('task.progress', progress, namelessProgress(progress)));
    unsubscribe = () => {
      stopData();
      stopProgress();
    };
    // Every tab shows the lock screen at once; the event carries no data, so the session token suffices for it.
    stopFollowingLock = opened.lock.onChange((locked) => void events.send('lock.changed', { locked }));
    opened.lock.start();
    reminders = opened.startReminders({
      attention: options.attention ?? opened.attentionForReminders,
      onAttentionChanged: (count) => void events.send('attention.changed', { count }),
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    });
    // The integrity check runs after start: when it fails, the open tabs reload into recovery.
    opened.integrity.onDamaged((error) => {
      logger.warn(`switching to recovery: ${error.message}`);
      reminders?.stop();
      unsubscribe();
      stopFollowingLock();
      opened.close();
      tend = undefined;
      reminders = undefined;
      serveRecovery(error);
      void events.send('database.damaged', {});
    });
  };
  let port = 0;
  let firstScreens: Promise<RenderFirstScreen | null> | undefined;
  /** Loads the drawing once; a host that cannot load it draws none, and says so once. */
  const loadFirstScreens = () =>
    (firstScreens ??= (options.firstScreen ?? BUILT_IN_FIRST_SCREEN)().then(
      (loaded) => loaded.renderFirstScreen,
      (error: unknown) => {
        logger.warn('first screens are not drawn ahead: their module did not load', error);
        return null;
      },
    ));

  /**
   * The route's first screen drawn with the batch's answers (issue 21), or null: none while locked
   * for this tab, in recovery or while the journal is being prepared (no open Tend), and none when
   * drawing fails — the window then draws it itself, as it always could. Kept nowhere.
   */
  async function firstScreenOf(screen: string, calls: readonly { method: string; input: unknown }[], results: readonly Result<unknown>[], req: IncomingMessage) {
    if (!tend || !tend.lock.admits('people.list', callerOf(req))) return null;
    try {
      const renderFirstScreen = await loadFirstScreens();
      if (!renderFirstScreen) return null;
      const answers = calls.flatMap((call, at) => (isMethodName(call.method) ? [{ method: call.method, input: call.input, result: results[at]! }] : []));
      return renderFirstScreen(screen, answers, (clock ?? systemClock)());
    } catch (error) {
      logger.warn('drawing a first screen failed', error);
      return null;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) return sendTransportError(res, 403, 'This address is not allowed.');
    const url = URL.parse(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url) return sendTransportError(res, 400, 'That request target is not a valid address.');

    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') return sendTransportError(res, 405, 'Use GET for the event stream.');
      if (!isAuthorizedQuery(url.searchParams, token)) return sendTransportError(res, 401, 'Missing or wrong token.');
      return events.attach(res, url.searchParams.get('unlock') ?? undefined);
    }

    if (url.pathname === TEST_CLOCK_PATH) {
      if (!testClock) return sendTransportError(res, 404, 'Not found.');
      if (req.method !== 'POST') return sendTransportError(res, 405, 'Use POST to move the test clock.');
      if (!isAuthorized(req.headers.authorization, token)) return sendTransportError(res, 401, 'Missing or wrong token.');
      const { at, idle } = testClockTarget(await readJsonBody(req, MAX_BODY_BYTES));
      testClock.set(at);
      days.check();
      if (idle) tend?.lock.check();
      else tend?.lock.restartIdle();
      await reminders?.wake('test clock moved');
      return sendJson(res, 200, { ok: true, value: { now: testClock().toISOString() } });
    }

    if (url.pathname.startsWith('/exports/')) {
      if (req.method !== 'GET') return sendTransportError(res, 405, 'Use GET for downloads.');
      if (!isAuthorizedQuery(url.searchParams, token)) return sendTransportError(res, 401, 'Missing or wrong token.');
      // An export holds every note: like any call, it needs this tab's unlock (a link cannot send headers).
      const unlockToken = url.searchParams.get('unlock') ?? undefined;
      if (tend && !tend.lock.admits('archive.export', unlockToken === undefined ? {} : { unlockToken })) {
        return sendTransportError(res, 403, 'Tend is locked. Unlock it, then download the export again.');
      }
      return serveExport(res, url.pathname.slice('/exports'.length), exportDir);
    }

    const method = apiMethodFromPath(url.pathname);
    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return sendTransportError(res, 405, 'Use POST for API calls.');
      if (!isAuthorized(req.headers.authorization, token)) return sendTransportError(res, 401, 'Missing or wrong token.');
      if (url.pathname === BATCH_PATH) {
        const { calls, screen } = batchCalls(await readJsonBody(req, MAX_BODY_BYTES));
        // Loading starts now, while the calls are answered.
        if (screen !== null) void loadFirstScreens();
        const results: Result<unknown>[] = [];
        // In order, one after another, as the same calls sent one by one would be answered.
        for (const call of calls) {
          results.push(namesHostPath(call.method, call.input) ? fail('transport', HOST_PATH_REFUSAL) : await dispatch(call.method, call.input, callerOf(req)));
        }
        if (screen === null) return sendJson(res, 200, results);
        return sendJson(res, 200, { answers: results, screen: await firstScreenOf(screen, calls, results, req) });
      }
      const name = method ?? url.pathname.slice('/api/'.length);
      const input = await readJsonBody(req, bodyLimitFor(name));
      if (namesHostPath(name, input)) return sendTransportError(res, 403, HOST_PATH_REFUSAL);
      const result = await dispatch(name, input, callerOf(req));
      return sendJson(res, 200, result);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return sendTransportError(res, 405, 'Method not allowed.');
    return serveStatic(res, url.pathname, options.rendererDir);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof TransportError) return sendTransportError(res, error.status, error.message);
      logger.error('request failed', error);
      if (!res.headersSent) sendTransportError(res, 500, 'Something went wrong in the local host.');
      else res.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  }).catch((error: unknown) => {
    days.stop();
    events.close();
    tend?.close();
    throw error;
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/?token=${token}`;
  startWork.onBegin(() => options.onPreparing?.(url));

  try {
    useTend(await openTend(tendOptions));
    startWork.opened();
  } catch (error) {
    if (!(error instanceof DatabaseDamagedError)) {
      days.stop();
      events.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      throw error;
    }
    logger.warn(`starting in recovery: ${error.message}`);
    serveRecovery(error);
    startWork.opened();
  }

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    token,
    get tend(): Tend {
      if (!tend) throw new Error('The web host is in recovery; no database is open.');
      return tend;
    },
    get reminders(): ReminderScheduler {
      if (!reminders) throw new Error('The web host is in recovery; no reminders run.');
      return reminders;
    },
    get mode() {
      return tend ? 'normal' : 'recovery';
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        reminders?.stop();
        unsubscribe();
        stopFollowingLock();
        days.stop();
        events.close();
        server.closeAllConnections();
        server.close(() => {
          const closed = tend;
          closed?.close();
          // The folder is the caller's once the integrity check's worker has let go of the file too.
          void (closed ? closed.integrity.finished() : Promise.resolve()).then(resolve);
        });
      });
      return closing;
    },
  };
}

import * as v from 'valibot';
import { isMethodName, type DataArea, methods, type MethodInput, type MethodName, type MethodResult, type ParsedInput } from '../shared/contract';
import { fail, ok, type Result } from '../shared/result';
import { DATABASE_BUSY_MESSAGE, DISK_FULL_MESSAGE, TendError, isDatabaseBusy, isDiskFull } from './errors';
import { log } from './log';

const logger = log('dispatch');

/** Who is calling, as the transport knows it: the token this window's last unlock returned, if any (issue 24). */
export interface Caller {
  unlockToken?: string;
  /** The host's own process (the tray's menu), never a window: the lock guards windows. Transports never set it. */
  host?: true;
}

/** A window's caller from the token its transport carried (anything but a non-empty string is none). */
export function windowCaller(unlockToken: unknown): Caller {
  return typeof unlockToken === 'string' && unlockToken !== '' ? { unlockToken } : {};
}

/** A call the host's own process makes (the tray pausing reminders), which the lock lets through. */
export const HOST_CALLER: Caller = Object.freeze({ host: true });

export type Handlers = {
  [M in MethodName]: (input: ParsedInput<M>, caller: Caller) => MethodResult<M> | Promise<MethodResult<M>>;
};

export interface Dispatch {
  <M extends MethodName>(method: M, input?: MethodInput<M>, caller?: Caller): Promise<Result<MethodResult<M>>>;
  (method: string, input: unknown, caller?: Caller): Promise<Result<unknown>>;
}

function fieldOf(issue: v.BaseIssue<unknown>): string | undefined {
  const keys = issue.path?.map((item) => String(item.key)) ?? [];
  return keys.length > 0 ? keys.join('.') : undefined;
}

/** Turns the first schema issue into one sentence naming the field. */
export function describeIssue(issue: v.BaseIssue<unknown>): { message: string; field?: string } {
  const field = fieldOf(issue);
  if (issue.kind === 'schema' && issue.input === undefined && field) return { message: `${field} is required.`, field };
  if (issue.type === 'strict_object' && field) return { message: `"${field}" is not a field this call accepts.`, field };
  if (!field && issue.kind === 'schema' && issue.expected === 'Object')
    return { message: 'This call needs an object with its fields.' };
  return field ? { message: issue.message, field } : { message: issue.message };
}

/**
 * The single entry point both transports call: validates with the contract's schema, runs the
 * handler, and never throws — every failure comes back as a typed error.
 */
export interface DispatchOptions {
  /** Awaited before every write's handler; a TendError it throws is that write's answer. */
  beforeWrite?: () => Promise<void>;
  /** Whether this caller may call this method now (the lock); a refused call answers `locked` and runs nothing. */
  admits?: (method: MethodName, caller: Caller) => boolean;
}

export const LOCKED_MESSAGE = 'Tend is locked. Unlock it to go on.';

export function createDispatcher(
  handlers: Handlers,
  onWrite: (payload: { method: MethodName; touches: readonly DataArea[] }) => void = () => {},
  options: DispatchOptions = {},
): Dispatch {
  async function dispatch(method: string, input: unknown, caller: Caller = {}): Promise<Result<unknown>> {
    if (typeof method !== 'string' || !isMethodName(method)) {
      return fail('unknown_method', `Tend has no action called "${String(method)}".`);
    }
    if (options.admits && !options.admits(method, caller)) return fail('locked', LOCKED_MESSAGE);
    // valibot's object schemas also take arrays (typeof [] is 'object'); no input in the contract is a list.
    if (Array.isArray(input)) return fail('invalid_input', 'This call needs an object with its fields.');
    const parsed = v.safeParse(methods[method].input, input);
    if (!parsed.success) {
      const first = parsed.issues[0];
      const { message, field } = describeIssue(first);
      return fail('invalid_input', message, field);
    }
    const touches = methods[method].touches;
    let value: unknown;
    try {
      if (touches.length > 0) await options.beforeWrite?.();
      const handler = handlers[method] as (input: unknown, caller: Caller) => unknown;
      const returned = handler(parsed.output, caller);
      // Most reads answer at once: awaiting a plain value still costs a turn of the microtask queue.
      value = returned instanceof Promise ? await returned : returned;
    } catch (error) {
      if (error instanceof TendError) return fail(error.code, error.message, error.field, error.candidates, error.current);
      // Every write runs in one transaction or under a temporary name, so a full disk leaves nothing half-written.
      if (isDiskFull(error)) {
        logger.warn(`${method} failed: the disk is full`);
        return fail('disk_full', DISK_FULL_MESSAGE);
      }
      if (isDatabaseBusy(error)) {
        logger.warn(`${method} waited too long for the database: ${String(error)}`);
        return fail('busy', DATABASE_BUSY_MESSAGE);
      }
      logger.error(`${method} failed`, error);
      return fail('internal', 'Something went wrong while saving or loading. Nothing was changed; please try again.');
    }
    if (touches.length > 0) {
      // The write has committed: a failing listener (e.g. a closed window) must not report it as lost.
      try {
        onWrite({ method, touches });
      } catch (error) {
        logger.error(`announcing ${method} failed`, error);
      }
    }
    return ok(value);
  }
  return dispatch as Dispatch;
}

import { flushSync, mount, unmount } from 'svelte';
import App from '../App.svelte';
import type { LockStatus } from '../../shared/lock';
import type { RecoveryStatus } from '../../shared/recovery';
import type { StartProgress } from '../../shared/start';
import { leaveFirstScreen } from './first-screen';
import { prepareDateLocale } from './platform';
import { forgetReadAhead } from './read-ahead';
import { privateStorage } from './private-storage';
import { router } from './router.svelte';
import { loadView } from './view-loaders';
import { views } from './views.svelte';
import { toasts } from './toasts.svelte';

/**
 * Reads the window's kept drafts and searches (moving in any an older Tend left in localStorage).
 * A failure still opens the app — with a sentence, since a draft it could not read is not shown.
 */
async function keptReadOrSaid(): Promise<void> {
  try {
    await privateStorage.load(window.localStorage);
  } catch {
    toasts.show('Tend could not read your unsaved drafts just now; they are kept, and come back when you reload.');
  }
}

/**
 * The app proper: loaded by main.ts while its first request is on its way, so the host answers
 * while the browser evaluates the interface. Dates are worded in the user's language from the first
 * paint (US English needs no fetch); a host whose database failed its start-up check serves only the
 * recovery screen, which is loaded only then.
 */
export async function start(
  target: HTMLElement,
  recovery: Promise<RecoveryStatus | null>,
  lock: Promise<LockStatus | null>,
  preparing: Promise<StartProgress | null>,
): Promise<void> {
  const [, status, locked, work] = await Promise.all([prepareDateLocale(), recovery, lock, preparing]);
  if (work) {
    // The host is preparing the journal (issue 23): only that screen; the page loads again once it is open.
    const { default: PreparingScreen } = await import('../features/start/PreparingScreen.svelte');
    mount(PreparingScreen, { target, props: { progress: work, onready: () => window.location.reload() } });
    return;
  }
  // What the window kept (drafts, recent searches) is read once it may read: now, or after unlocking.
  // The first route's view is waited for too, and chosen before mounting: the frame and the view are
  // then drawn in one pass, not the frame first and the view in a second update (issue 21). A view
  // that failed to load is retried, and reported, by the app.
  const openApp = async () => {
    await Promise.all([keptReadOrSaid(), loadView(router.route.name).catch(() => undefined)]);
    views.show(router.route.name);
    // The first screen the host drew goes, and the app's takes its place, in one task: no frame
    // shows the page missing or twice. The app draws from the same answers (answeredAhead).
    const settle = leaveFirstScreen();
    mount(App, { target });
    flushSync();
    settle();
  };
  if (!status && locked?.locked) {
    // Locked (issue 24): only the lock screen, which reads nothing; the app mounts once this window unlocks.
    const { default: LockScreen } = await import('../features/lock/LockScreen.svelte');
    const screen = mount(LockScreen, {
      target,
      props: {
        status: locked,
        onunlocked: () => {
          void unmount(screen);
          // The early reads were refused while locked: the app asks again.
          forgetReadAhead();
          void openApp();
        },
      },
    });
    return;
  }
  if (!status) {
    await openApp();
    return;
  }
  const { default: RecoveryScreen } = await import('../features/recovery/RecoveryScreen.svelte');
  mount(RecoveryScreen, { target, props: { status, onrecovered: () => window.location.reload() } });
}

import { askFirstScreen, installBridge, together, webBridge } from './app/bridge';
import { flushDraftsWhenHidden } from './app/drafts';
import { readFirstAhead } from './app/first-reads';
import { showFirstScreen } from './app/first-screen';
import { presentingKept } from './app/presenting-kept';
import { isDrawnAhead, parseRoute } from './app/routes';
import { loadView } from './app/view-loaders';
import { isCaptureAddress } from './features/capture/capture-address';
import { promptsHiddenKept } from './features/journal/journal-prompts';
import { loadRecoveryStatus } from './features/recovery/recovery-actions';
import { lockStatusAtStart } from './features/lock/lock-actions';
import { preparingAtStart } from './features/start/start-actions';
import './styles/tokens.css';
import './styles/base.css';

installBridge(window.tend ?? webBridge());
flushDraftsWhenHidden(window);

const target = document.getElementById('app');
if (!target) throw new Error('Tend: #app element missing from index.html');

if (isCaptureAddress(window.location.hash)) {
  // Quick capture's window (issue 23): the line alone, reading only what that window may call.
  void import('./features/capture/start-capture').then(({ startCapture }) => startCapture(target));
} else {
  // The first request leaves before the interface's code is evaluated (issue 8: little script before
  // the first call). The app, the first route's view and the data they read all travel at once rather
  // than one after the other; the app mounts when it and the recovery answer are in.
  const route = parseRoute(window.location.hash);
  // The view's files are asked for before the reads: the host answers the reads in one piece of
  // work, and files asked for after them waited until it was done (issue 21). A failed fetch is
  // retried, and reported, when the app shows the view.
  loadView(route.name).catch(() => undefined);
  // One request for all of them (issue 21): leaving one by one, they held the browser's six
  // connections to the host while the view's code waited its turn.
  const { recovery, lock, preparing } = together(() => {
    const asked = {
      recovery: loadRecoveryStatus().catch(() => null),
      lock: lockStatusAtStart().catch(() => null),
      // Long work before the journal opens (issue 23): the host answers this while it prepares.
      preparing: preparingAtStart().catch(() => null),
    };
    readFirstAhead(route);
    // The route's first screen, drawn by the web host with these answers (issue 21; the Person page,
    // Prep, Today, the Journal and People), is shown while the app's code is evaluated. Not while presenting:
    // its blur comes with the app. Nor a Journal whose prompts this browser hides: the host cannot know.
    const drawn = isDrawnAhead(route) && !presentingKept() && !(route.name === 'journal' && promptsHiddenKept());
    if (drawn) askFirstScreen(window.location.hash, (screen) => showFirstScreen(target, screen));
    return asked;
  });
  void import('./app/start').then(({ start }) => start(target, recovery, lock, preparing));
}

import { installBridge, webBridge } from './app/bridge';
import { flushDraftsWhenHidden } from './app/drafts';
import { loadRecoveryStatus } from './features/recovery/recovery-actions';
import './styles/tokens.css';
import './styles/base.css';

installBridge(window.tend ?? webBridge());
flushDraftsWhenHidden(window);

const target = document.getElementById('app');
if (!target) throw new Error('Tend: #app element missing from index.html');

// The first request leaves before the interface's code is evaluated (issue 8: little script before
// the first call); the app is imported alongside it and mounts when both are ready.
const recovery = loadRecoveryStatus().catch(() => null);
void import('./app/start').then(({ start }) => start(target, recovery));

import { mount } from 'svelte';
import App from './App.svelte';
import { installBridge, webBridge } from './app/bridge';
import { flushDraftsWhenHidden } from './app/drafts';
import { prepareDateLocale } from './app/platform';
import RecoveryScreen from './features/recovery/RecoveryScreen.svelte';
import { loadRecoveryStatus } from './features/recovery/recovery-actions';
import './styles/tokens.css';
import './styles/base.css';

installBridge(window.tend ?? webBridge());
flushDraftsWhenHidden(window);

const target = document.getElementById('app');
if (!target) throw new Error('Tend: #app element missing from index.html');
const appTarget = target;

// Dates are worded in the user's language from the first paint (US English needs no fetch); a host
// whose database failed its start-up check serves only the recovery screen's methods.
void Promise.all([prepareDateLocale(), loadRecoveryStatus().catch(() => null)]).then(([, recovery]) => {
  if (recovery) mount(RecoveryScreen, { target: appTarget, props: { status: recovery, onrecovered: () => window.location.reload() } });
  else mount(App, { target: appTarget });
});

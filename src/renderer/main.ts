import { mount } from 'svelte';
import App from './App.svelte';
import { installBridge, webBridge } from './app/bridge';
import { flushDraftsWhenHidden } from './app/drafts';
import { prepareDateLocale } from './app/platform';
import './styles/tokens.css';
import './styles/base.css';

installBridge(window.tend ?? webBridge());
flushDraftsWhenHidden(window);

const target = document.getElementById('app');
if (!target) throw new Error('Tend: #app element missing from index.html');
// Dates are worded in the user's language from the first paint; US English needs no fetch.
void prepareDateLocale().then(() => mount(App, { target }));

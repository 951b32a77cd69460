import { mount } from 'svelte';
import App from './App.svelte';
import { installBridge, webBridge } from './app/bridge';
import { flushDraftsWhenHidden } from './app/drafts';
import './styles/tokens.css';
import './styles/base.css';

installBridge(window.tend ?? webBridge());
flushDraftsWhenHidden(window);

const target = document.getElementById('app');
if (!target) throw new Error('Tend: #app element missing from index.html');
mount(App, { target });

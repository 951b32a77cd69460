import { tick } from 'svelte';
import { call } from '../../app/api';
import { presenting } from '../../app/presenting.svelte';
import { lockNow } from '../lock/lock-actions';
import { router } from '../../app/router.svelte';
import { personEditor } from '../people/person-editor.svelte';
import { prefillFor, quickLog } from '../quick-log/quick-log.svelte';
import { shortcutsHelp } from '../shortcuts/shortcuts-help.svelte';
import type { PaletteAction, PaletteItem } from './palette-items';
import { palette } from './palette.svelte';
import { PALETTE_TEXT_RESULTS, textItemOf } from './text-results';

/** The few best text matches for what is typed in the palette; the Search view has the rest. */
export async function findText(query: string): Promise<PaletteItem[]> {
  const found = await call('search.query', { query, sort: 'best', limit: PALETTE_TEXT_RESULTS });
  return found.hits.map(textItemOf);
}

/**
 * Runs what was chosen in the palette, once the palette has closed and handed focus back: a dialog
 * opened by the action (quick log, a new person) then returns focus where the leader was, and a
 * new view's heading takes focus after the palette's opener had it.
 */
export async function runPaletteAction(action: PaletteAction): Promise<void> {
  palette.close();
  await tick();
  switch (action.do) {
    case 'go':
      router.navigate(action.route);
      break;
    case 'log-time':
      quickLog.open(action.callName ? prefillFor(action.callName) : '');
      break;
    case 'new-person':
      personEditor.openNew();
      break;
    case 'presenting':
      presenting.toggle();
      break;
    case 'lock':
      await lockNow();
      break;
    case 'shortcuts':
      shortcutsHelp.open();
      break;
  }
}

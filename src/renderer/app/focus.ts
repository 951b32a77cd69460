import { tick } from 'svelte';

/** After an inline form closes, put focus back on what opened it (rendered again by then). */
export async function focusById(id: string): Promise<void> {
  await tick();
  document.getElementById(id)?.focus();
}

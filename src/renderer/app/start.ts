import { mount } from 'svelte';
import App from '../App.svelte';
import type { RecoveryStatus } from '../../shared/recovery';
import { prepareDateLocale } from './platform';

/**
 * The app proper: loaded by main.ts while its first request is on its way, so the host answers
 * while the browser evaluates the interface. Dates are worded in the user's language from the first
 * paint (US English needs no fetch); a host whose database failed its start-up check serves only the
 * recovery screen, which is loaded only then.
 */
export async function start(target: HTMLElement, recovery: Promise<RecoveryStatus | null>): Promise<void> {
  const [, status] = await Promise.all([prepareDateLocale(), recovery]);
  if (!status) {
    mount(App, { target });
    return;
  }
  const { default: RecoveryScreen } = await import('../features/recovery/RecoveryScreen.svelte');
  mount(RecoveryScreen, { target, props: { status, onrecovered: () => window.location.reload() } });
}

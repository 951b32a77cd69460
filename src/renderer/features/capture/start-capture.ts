import { mount } from 'svelte';
import { appearance } from '../settings/appearance.svelte';
import { people } from '../people/people-store.svelte';
import { prepareDateLocale } from '../../app/platform';
import { privateStorage } from '../../app/private-storage';
import CaptureView from './CaptureView.svelte';

/**
 * The capture window's page: only the line, the picker and the theme. It reads nothing else, so it
 * stays within the methods its window may call (CAPTURE_METHODS in src/shared/capture.ts).
 */
export async function startCapture(target: HTMLElement): Promise<void> {
  document.title = 'Quick capture — Tend';
  appearance.start();
  people.start();
  await Promise.all([prepareDateLocale(), privateStorage.load().catch(() => undefined)]);
  mount(CaptureView, { target });
}

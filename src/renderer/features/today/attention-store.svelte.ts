import type { AttentionSummary } from '../../../shared/attention';
import type { SampleStatus } from '../../../shared/sample';
import { messageOf, onEvent } from '../../app/api';
import { refreshOn } from '../../app/data-changes';
import { answeredAhead } from '../../app/read-ahead';
import { weekStart } from '../settings/week-start.svelte';
import { loadSampleStatus, loadSummary } from './today-actions';

/**
 * Who needs the leader, shared by Today and the sidebar count so they never disagree. Reloads
 * after every write that touches 'attention' or 'people', and when the week start changes (the
 * week's total); the count also follows the host's scheduler, since time passing changes who is
 * due with no write at all.
 */
class AttentionStore {
  summary = $state.raw<AttentionSummary | null>(null);
  sample = $state.raw<SampleStatus | null>(null);
  error = $state<string | null>(null);
  /** How many people need attention: the summary's count, or the scheduler's newer one. */
  needing = $state(0);
  #latest = 0;
  #started = false;

  /** Who needs attention as the window's first reads answered it, when they are in (people-store's showAnswered). */
  showAnswered(): boolean {
    const summary = answeredAhead('attention.summary', { weekStartsOn: weekStart.value });
    const sample = answeredAhead('sample.status', {});
    if (!summary || !sample) return false;
    this.summary = summary;
    this.needing = summary.needingAttention;
    this.sample = sample;
    return true;
  }

  /** Nobody counted yet: the host drawing a first screen starts each from its own answers. */
  forget(): void {
    this.summary = null;
    this.sample = null;
    this.needing = 0;
  }

  start(): void {
    if (this.#started) return;
    this.#started = true;
    this.showAnswered();
    refreshOn(['attention', 'people'], () => this.reload());
    weekStart.onChange(() => this.reload());
    onEvent('attention.changed', ({ count }) => (this.needing = count));
    void this.reload();
  }

  async reload(): Promise<void> {
    const request = ++this.#latest;
    try {
      const [summary, sample] = await Promise.all([weekStart.ready().then(loadSummary), loadSampleStatus()]);
      if (request !== this.#latest) return;
      this.summary = summary;
      this.needing = summary.needingAttention;
      this.sample = sample;
      this.error = null;
    } catch (error) {
      if (request !== this.#latest) return;
      this.error = messageOf(error, 'Tend could not work out who needs you; try again in a moment.');
    }
  }
}

export const attention = new AttentionStore();

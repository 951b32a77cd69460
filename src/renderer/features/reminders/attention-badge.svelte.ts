import { onEvent } from '../../app/api';

/**
 * How many people need attention, for the sidebar badge, from the host's `attention.changed`.
 * The host sends it when the number changes and once at its start, which may be before this window
 * listens; `attention.summary` (issue 9) will give the start value. Until then: no badge until the
 * first change.
 */
class AttentionBadge {
  count = $state<number | null>(null);
  #started = false;

  start(): void {
    if (this.#started) return;
    this.#started = true;
    onEvent('attention.changed', ({ count }) => {
      this.count = count;
    });
  }
}

export const attentionBadge = new AttentionBadge();

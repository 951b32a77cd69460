/**
 * "Presenting": while the leader shares their screen in a 1:1, every text they wrote, and every line
 * made from it, is blurred on every view until hovered or focused (the rule is in App.svelte). Remembered for the session only, so a
 * fresh start never hides anything by surprise.
 */
import { PRESENTING_KEY, presentingKept } from './presenting-kept';

class Presenting {
  on = $state(presentingKept());

  toggle(): void {
    this.on = !this.on;
    sessionStorage.setItem(PRESENTING_KEY, this.on ? '1' : '0');
  }
}

export const presenting = new Presenting();


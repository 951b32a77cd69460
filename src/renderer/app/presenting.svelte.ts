/**
 * "Presenting": while the leader shares their screen in a 1:1, every text they wrote, and every line
 * made from it, is blurred on every view until hovered or focused (the rule is in App.svelte). Remembered for the session only, so a
 * fresh start never hides anything by surprise.
 */
const KEY = 'tend.presenting';

class Presenting {
  on = $state(sessionStorage.getItem(KEY) === '1');

  toggle(): void {
    this.on = !this.on;
    sessionStorage.setItem(KEY, this.on ? '1' : '0');
  }
}

export const presenting = new Presenting();


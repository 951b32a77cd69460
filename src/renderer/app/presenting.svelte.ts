/**
 * "Presenting": while the leader shares their screen in a 1:1, private text (notes, what matters,
 * family) is blurred on every view until hovered or focused. Remembered for the session only, so a
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


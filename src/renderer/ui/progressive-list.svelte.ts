/**
 * How many rows of a long list to draw: the first screenful at once, then the rest a chunk per
 * animation frame, so 600 people appear as quickly as 60 and the page never stalls while the rest
 * arrive (every row is still in the document soon after, for Find, Tab and screen readers).
 * Create it while a component initialises: it runs an effect for that component's life.
 */
// Drawn before the first paint: a screenful of the densest list (the sidebar's team, ~34 px a row) in a tall window.
const FIRST_ROWS = 24;
const ROWS_PER_FRAME = 120;

export class ProgressiveList {
  shown = $state(FIRST_ROWS);

  constructor(total: () => number) {
    $effect(() => {
      const wanted = total();
      if (this.shown >= wanted) return;
      const frame = requestAnimationFrame(() => {
        this.shown = Math.min(wanted, this.shown + ROWS_PER_FRAME);
      });
      return () => cancelAnimationFrame(frame);
    });
  }
}

/** Whether the Ctrl/Cmd+K palette is open; App mounts it once, anything may open it. */
class PaletteOpener {
  isOpen = $state(false);
  /** What the field starts with (Ctrl/Cmd+F on a person's page: a filter for them). */
  prefill = $state('');

  open(prefill = ''): void {
    this.prefill = prefill;
    this.isOpen = true;
  }

  close(): void {
    this.isOpen = false;
  }
}

export const palette = new PaletteOpener();

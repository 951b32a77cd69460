/** Whether the Ctrl/Cmd+K palette is open; App mounts it once, anything may open it. */
class PaletteOpener {
  isOpen = $state(false);

  open(): void {
    this.isOpen = true;
  }

  close(): void {
    this.isOpen = false;
  }
}

export const palette = new PaletteOpener();

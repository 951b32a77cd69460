/** Whether the `?` overlay of keyboard shortcuts is open. */
class ShortcutsHelp {
  isOpen = $state(false);

  open(): void {
    this.isOpen = true;
  }

  close(): void {
    this.isOpen = false;
  }
}

export const shortcutsHelp = new ShortcutsHelp();

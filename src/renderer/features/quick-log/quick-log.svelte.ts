/**
 * Where Ctrl/Cmd+L goes: the quick log at the top of Today when it is on screen, otherwise a small
 * dialog holding the same component. `prefill` starts the line ("@Sam ") for "log time for this person".
 */
class QuickLogOpener {
  dialogOpen = $state(false);
  /** The line to start with and a counter the inline field watches to take focus. */
  request = $state<{ prefill: string; count: number }>({ prefill: '', count: 0 });
  #inline = 0;

  open(prefill = ''): void {
    this.request = { prefill, count: this.request.count + 1 };
    if (this.#inline === 0) this.dialogOpen = true;
  }

  close(): void {
    this.dialogOpen = false;
  }

  /** The inline field registers while mounted; returns the function that unregisters it. */
  mountInline(): () => void {
    this.#inline += 1;
    return () => {
      this.#inline -= 1;
    };
  }
}

export const quickLog = new QuickLogOpener();

/** "@Sam " — the prefill for a person, using the name the parser resolves uniquely by prefix. */
export function prefillFor(name: string): string {
  return `@${name.split(/\s+/)[0]} `;
}

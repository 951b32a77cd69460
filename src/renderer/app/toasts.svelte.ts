export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface Toast {
  id: number;
  message: string;
  /** A bold first line, for a reminder ("3 people could use your time"); the message follows it. */
  title?: string;
  action?: ToastAction;
  /** Runs when the user closes the toast with its close button (not when it times out). */
  onClose?: () => void;
}

/** What a toast may carry besides its message. */
export interface ToastExtras {
  title?: string;
  onClose?: () => void;
}

/** Long enough to read and reach with the keyboard; undo is also always possible elsewhere. */
const TOAST_MS = 8000;

/** Short confirmations ("Sam archived. Undo") shown in one polite live region. */
class Toasts {
  items = $state<Toast[]>([]);
  #nextId = 1;
  #timers = new Map<number, ReturnType<typeof setTimeout>>();

  show(message: string, action?: ToastAction, extras: ToastExtras = {}): number {
    const id = this.#nextId++;
    // One at a time keeps the corner calm; the newest message is the one that matters.
    for (const toast of this.items) this.dismiss(toast.id);
    this.items = [...this.items, { id, message, ...(action ? { action } : {}), ...extras }];
    this.#timers.set(
      id,
      setTimeout(() => this.dismiss(id), TOAST_MS),
    );
    return id;
  }

  /** The user closed it: its `onClose` runs (a reminder leaves the Missed list), then it goes. */
  close(id: number): void {
    const toast = this.items.find((item) => item.id === id);
    this.dismiss(id);
    toast?.onClose?.();
  }

  dismiss(id: number): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    this.items = this.items.filter((toast) => toast.id !== id);
  }

  /** Keeps a toast up while the pointer or focus is on it. */
  hold(id: number): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
  }

  release(id: number): void {
    if (!this.items.some((toast) => toast.id === id) || this.#timers.has(id)) return;
    this.#timers.set(
      id,
      setTimeout(() => this.dismiss(id), TOAST_MS / 2),
    );
  }
}

export const toasts = new Toasts();

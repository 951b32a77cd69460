export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface Toast {
  id: number;
  message: string;
  action?: ToastAction;
}

/** Long enough to read and reach with the keyboard; undo is also always possible elsewhere. */
const TOAST_MS = 8000;

/** Short confirmations ("Sam archived. Undo") shown in one polite live region. */
class Toasts {
  items = $state<Toast[]>([]);
  #nextId = 1;
  #timers = new Map<number, ReturnType<typeof setTimeout>>();

  show(message: string, action?: ToastAction): number {
    const id = this.#nextId++;
    // One at a time keeps the corner calm; the newest message is the one that matters.
    for (const toast of this.items) this.dismiss(toast.id);
    this.items = [...this.items, action ? { id, message, action } : { id, message }];
    this.#timers.set(
      id,
      setTimeout(() => this.dismiss(id), TOAST_MS),
    );
    return id;
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

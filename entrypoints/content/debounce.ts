/** A debouncer that can also be flushed (run now) or cancelled. Pure apart from the timer functions. */
export interface Debounced {
  /** (Re)start the wait. */
  schedule(): void;
  /** Run now if scheduled (cancelling the wait). Returns whether it ran. */
  flush(): boolean;
  cancel(): void;
  readonly pending: boolean;
}

export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

const defaultTimers: Timers = {
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (id) => globalThis.clearTimeout(id as ReturnType<typeof setTimeout>),
};

export function debounce(fn: () => void, ms: number, timers: Timers = defaultTimers): Debounced {
  let id: unknown = null;
  const run = () => {
    id = null;
    fn();
  };
  return {
    schedule() {
      if (id !== null) timers.clearTimeout(id);
      id = timers.setTimeout(run, ms);
    },
    flush() {
      if (id === null) return false;
      timers.clearTimeout(id);
      run();
      return true;
    },
    cancel() {
      if (id !== null) timers.clearTimeout(id);
      id = null;
    },
    get pending() {
      return id !== null;
    },
  };
}

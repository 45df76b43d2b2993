// One caller per turn of the event loop. Requests started together and responses that arrive together (Load all keeps
// several requests in flight) would otherwise all be handled in the same turn, one long block of the extension host;
// through this, each gets a turn of its own, and whatever else waits (the view's messages, a slice of the tree's rows)
// runs between them.

export class OnePerTurn {
  private readonly waiting: Array<() => void> = [];
  private scheduled = false;

  /** Resolves at the start of a turn of its own: the next free one, in the order asked. */
  take(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.waiting.push(resolve);
      this.schedule();
    });
  }

  /** How many callers wait for their turn. */
  get queued(): number {
    return this.waiting.length;
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.length === 0) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      const next = this.waiting.shift();
      // Scheduled from this callback, the next grant runs in the next turn, after this caller's work (its microtasks).
      this.schedule();
      next?.();
    });
  }
}

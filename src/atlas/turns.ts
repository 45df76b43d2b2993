// One caller per turn of the event loop. Requests started together and responses that arrive together (Load all keeps
// several requests in flight) would otherwise all be handled in the same turn, one long block of the extension host;
// through this, each gets a turn of its own, and whatever else waits (the view's messages, a slice of the tree's rows)
// runs between them.

export class OnePerTurn {
  private readonly ahead: Array<() => void> = [];
  private readonly waiting: Array<() => void> = [];
  private scheduled = false;
  /** An `ahead` caller was let through at once since the last grant at the check phase (see take). */
  private passedAtOnce = false;

  /**
   * Resolves at the start of a turn of its own, in the order asked; callers that ask `ahead` go before the others
   * waiting (a request sent before the responses already read are parsed has its round trip overlap their parsing).
   * An `ahead` caller with no other ahead of it goes at once, in the turn it asked in (a response just read, whose slot
   * it takes over: sent now, the slot is not left idle until the next check phase); only one per turn between two check
   * phases, so several still never share one.
   */
  take(ahead = false): Promise<void> {
    if (ahead && this.ahead.length === 0 && !this.passedAtOnce) {
      this.passedAtOnce = true;
      this.schedule();
      return Promise.resolve();
    }
    return new Promise<void>((resolve) => {
      (ahead ? this.ahead : this.waiting).push(resolve);
      this.schedule();
    });
  }

  /** How many callers wait for their turn. */
  get queued(): number {
    return this.ahead.length + this.waiting.length;
  }

  private schedule(): void {
    if (this.scheduled || (this.queued === 0 && !this.passedAtOnce)) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.passedAtOnce = false;
      const next = this.ahead.shift() ?? this.waiting.shift();
      // Scheduled from this callback, the next grant runs in the next turn, after this caller's work (its microtasks).
      this.schedule();
      next?.();
    });
  }
}

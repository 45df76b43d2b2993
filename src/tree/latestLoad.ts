// "The latest load wins": one load in flight at a time, and `cancel` both aborts it and drops its result, so a load
// that was started over can never overwrite what came after it. Pure (no `vscode`); the project loaders and the
// project directory hold one each.

export type LoadOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

export class LatestLoad {
  private inFlight: { readonly promise: Promise<void>; readonly controller: AbortController } | undefined;
  /** Bumped by `cancel`: outcomes of an older generation are dropped. */
  private generation = 0;

  /** The load in flight, if any (it never rejects). */
  get pending(): Promise<void> | undefined {
    return this.inFlight?.promise;
  }

  /**
   * Starts `work` and hands its outcome to `settle`, unless `cancel` came first. A failure also aborts what is left of
   * the work (sibling requests still running): they are of no use now, and a Retry would double them.
   */
  start<T>(work: (signal: AbortSignal) => Promise<T>, settle: (outcome: LoadOutcome<T>) => void): Promise<void> {
    const controller = new AbortController();
    const generation = this.generation;
    const finish = (outcome: LoadOutcome<T>): void => {
      if (generation !== this.generation) {
        return;
      }
      if (!outcome.ok) {
        controller.abort();
      }
      this.inFlight = undefined;
      settle(outcome);
    };
    const promise = work(controller.signal).then(
      (value) => finish({ ok: true, value }),
      (error: unknown) => finish({ ok: false, error }),
    );
    this.inFlight = { promise, controller };
    return promise;
  }

  /** Aborts the load in flight and drops its outcome. */
  cancel(): void {
    this.generation++;
    this.inFlight?.controller.abort();
    this.inFlight = undefined;
  }
}

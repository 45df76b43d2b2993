export interface Disposable {
  dispose(): unknown;
}

export function toDisposable(dispose: () => void): Disposable {
  let disposed = false;
  return {
    dispose() {
      if (!disposed) {
        disposed = true;
        dispose();
      }
    },
  };
}

export function disposeAll(disposables: Disposable[]): void {
  while (disposables.length) {
    disposables.pop()?.dispose();
  }
}

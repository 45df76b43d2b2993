// A copy of everything this process writes to stdout and stderr (its own lines, the e2e reporter, the printed
// integration report), kept for the secret leak audit. The output still reaches the terminal unchanged.

export class CapturedOutput {
  private readonly chunks: string[] = [];
  private readonly restore: Array<() => void> = [];

  constructor(streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]) {
    for (const stream of streams) {
      const original = stream.write;
      const chunks = this.chunks;
      stream.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
        chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
        return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
      } as typeof stream.write;
      this.restore.push(() => {
        stream.write = original;
      });
    }
  }

  text(): string {
    return this.chunks.join('');
  }

  dispose(): void {
    this.restore.splice(0).forEach((undo) => undo());
  }
}

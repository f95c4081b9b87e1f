// Runs async work one at a time, in arrival order: the one SQLite connection's waiting line.

export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();

  /** Waits for every earlier holder; resolves with the function that lets the next one in. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => released);
    return previous.then(() => release);
  }

  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

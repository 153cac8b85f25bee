/** A list of 32-bit whole numbers in one typed array that doubles as it fills. */
export class GrowingInt32 {
  private data: Int32Array;
  length = 0;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length] = value;
    this.length += 1;
  }

  get(index: number): number {
    return this.data[index] as number;
  }

  /** The numbers pushed so far, without copying them. */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/** Turns a character offset into a 1-based line and column. */
export class LineIndex {
  private constructor(private readonly starts: ArrayLike<number>) {}

  /** Indexes `text` by finding every newline. */
  static fromText(text: string): LineIndex {
    const starts: number[] = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return new LineIndex(starts);
  }

  /** Uses line starts already collected while parsing (yaml's LineCounter). */
  static fromLineStarts(starts: number[]): LineIndex {
    return new LineIndex(starts.length > 0 && starts[0] === 0 ? starts : [0, ...starts]);
  }

  position(offset: number): { line: number; column: number } {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - s[lo] + 1 };
  }

  /** The offset of a 1-based line and column, as `position` gives them. */
  offset(line: number, column: number): number {
    return this.starts[line - 1] + column - 1;
  }
}

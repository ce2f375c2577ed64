/** A max-heap of sets by rate. */
export class RateHeap {
  private items: { set: readonly number[]; rate: number }[] = [];
  get size(): number {
    return this.items.length;
  }
  peekRate(): number {
    return this.items[0].rate;
  }
  push(set: readonly number[], rate: number): void {
    const a = this.items;
    a.push({ set, rate });
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (a[p].rate >= a[i].rate) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop(): { set: readonly number[]; rate: number } | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l].rate > a[m].rate) m = l;
        if (r < a.length && a[r].rate > a[m].rate) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

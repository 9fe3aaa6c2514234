/**
 * A small seeded PRNG (mulberry32) and the draws the generator needs. Math.random
 * cannot be seeded, and the synthetic database must be the same for the same seed.
 */
export class Random {
  private state: number;

  constructor(seed: number) {
    // Spread small seeds (1, 2, 3 …) over the whole state so they start far apart.
    this.state = (Math.imul(seed | 0, 0x9e3779b1) ^ 0x5bd1e995) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** A new generator seeded from this one, so that one part's draws do not shift another's. */
  fork(): Random {
    return new Random(Math.floor(this.next() * 4294967296));
  }
}

/** Items with weights, drawn in proportion to them (binary search over the running totals). */
export class Weighted<T> {
  private readonly items: T[];
  private readonly totals: number[];

  constructor(entries: readonly (readonly [T, number])[]) {
    this.items = entries.map(([item]) => item);
    let total = 0;
    this.totals = entries.map(([, weight]) => (total += weight));
  }

  draw(random: Random): T {
    const target = random.next() * this.totals[this.totals.length - 1];
    let low = 0;
    let high = this.totals.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (this.totals[middle] > target) high = middle;
      else low = middle + 1;
    }
    return this.items[low];
  }
}

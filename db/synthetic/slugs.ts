/**
 * Unique slugs kept in memory, for a table that is being filled from scratch:
 * the same rule as db/slugs.ts (plain slug, else -2, -3 …) without a query per row.
 */
import { slugify } from "../../lib/fold";

export class SlugRegistry {
  private readonly taken = new Set<string>();
  /** Next suffix to try per base, so that the 500th "nguyen-van-hung" does not probe 499 taken ones. */
  private readonly nextSuffix = new Map<string, number>();

  /**
   * The slug of `text`; when taken, the slug of `qualified` (e.g. the name with its
   * province) is tried before numbering, since "tan-phu-dong-nai" says more than "tan-phu-2".
   */
  claim(text: string, qualified?: string): string {
    const base = slugify(text);
    if (this.take(base)) return base;
    if (qualified !== undefined) {
      const alternative = slugify(qualified);
      if (this.take(alternative)) return alternative;
    }
    let suffix = this.nextSuffix.get(base) ?? 2;
    while (!this.take(`${base}-${suffix}`)) suffix++;
    this.nextSuffix.set(base, suffix + 1);
    return `${base}-${suffix}`;
  }

  private take(slug: string): boolean {
    if (this.taken.has(slug)) return false;
    this.taken.add(slug);
    return true;
  }
}

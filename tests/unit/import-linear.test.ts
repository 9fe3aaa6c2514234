import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readArticle } from "@/lib/import/article";

const TUNED = path.join(__dirname, "../fixtures/articles/real/tuned");

/** The real reports of the tuning set one after another, up to `length` characters. */
function longReport(length: number): string {
  const files = readdirSync(TUNED)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  let text = "";
  for (let i = 0; text.length < length; i++) text += `${readFileSync(path.join(TUNED, files[i % files.length]), "utf8")}\n\n`;
  return text.slice(0, length);
}

describe("reading a long article", () => {
  it("finishes on 50,000 characters of one sentence (no full stop, no line break), every title still read and quoted", () => {
    // Without sentence ends, each look-back from a title would reach the start of the text.
    const text = longReport(50_000).replace(/[.\n]/g, ",");
    const { people } = readArticle(text);
    const titles = people.flatMap((p) => p.titles);
    expect(titles.length).toBeGreaterThan(100);
    for (const title of titles) {
      expect(title.quote.length).toBeLessThanOrEqual(1300);
      expect(title.quote).toContain(title.text.replace(/\s+/g, " "));
    }
  }, 20_000);
});

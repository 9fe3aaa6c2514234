/**
 * Be Vietnam Pro as @font-face rules with the font files inlined, for the
 * downloadable SVG chart: the file then shows Vietnamese in the site's font in
 * any viewer, with nothing to fetch. Only the latin and vietnamese subsets of
 * the two weights the chart uses are embedded (about 90 kB).
 */
import fs from "node:fs/promises";
import path from "node:path";

const FONT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@fontsource", "be-vietnam-pro");
const WEIGHTS = ["400", "700"];
const SUBSETS = ["latin", "vietnamese"];

let cached: Promise<string> | null = null;

async function inline(weight: string): Promise<string> {
  const css = await fs.readFile(path.join(FONT_DIR, `${weight}.css`), "utf8");
  const rules = css.split("@font-face").slice(1);
  const kept: string[] = [];
  for (const subset of SUBSETS) {
    const rule = rules.find((r) => r.includes(`-${subset}-${weight}-normal.woff2`));
    const range = rule?.match(/unicode-range:\s*([^;]+);/)?.[1];
    if (!range) continue;
    const file = await fs.readFile(path.join(FONT_DIR, "files", `be-vietnam-pro-${subset}-${weight}-normal.woff2`));
    kept.push(
      `@font-face{font-family:"Be Vietnam Pro";font-weight:${weight};src:url(data:font/woff2;base64,${file.toString("base64")}) format("woff2");unicode-range:${range};}`,
    );
  }
  return kept.join("");
}

/** The @font-face rules, or "" when the font package cannot be read (the SVG then names fallback fonts). */
export function chartFontCss(): Promise<string> {
  cached ??= Promise.all(WEIGHTS.map(inline))
    .then((parts) => parts.join(""))
    .catch(() => "");
  return cached;
}

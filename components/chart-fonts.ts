/**
 * Be Vietnam Pro for the downloadable charts, from the self-hosted
 * @fontsource package (nothing is fetched): as @font-face rules with the
 * files inlined, for the SVG, which then shows Vietnamese in the site's font in
 * any viewer; and as fonts read by fontkit, which measures text for the layout,
 * turns it into outlines for the PNG (sharp's SVG renderer would otherwise pick
 * whatever fonts the server has) and is embedded, subset, in the PDF. The
 * package splits each weight into subsets (latin, vietnamese, latin-ext); each
 * character is drawn from the first subset that has it.
 */
import fs from "node:fs/promises";
import path from "node:path";
import * as fontkit from "fontkit";

const FONT_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "node_modules", "@fontsource", "be-vietnam-pro");
export const WEIGHTS = [400, 700] as const;
export type Weight = (typeof WEIGHTS)[number];
const SUBSETS = ["latin", "vietnamese", "latin-ext"];

const fontFile = (subset: string, weight: Weight, format: "woff" | "woff2") =>
  path.join(FONT_DIR, "files", `be-vietnam-pro-${subset}-${weight}-normal.${format}`);

let cachedCss: Promise<string> | null = null;

async function inline(weight: Weight): Promise<string> {
  const css = await fs.readFile(path.join(FONT_DIR, `${weight}.css`), "utf8");
  const rules = css.split("@font-face").slice(1);
  const kept: string[] = [];
  for (const subset of SUBSETS.slice(0, 2)) {
    const rule = rules.find((r) => r.includes(`-${subset}-${weight}-normal.woff2`));
    const range = rule?.match(/unicode-range:\s*([^;]+);/)?.[1];
    if (!range) continue;
    const file = await fs.readFile(fontFile(subset, weight, "woff2"));
    kept.push(
      `@font-face{font-family:"Be Vietnam Pro";font-weight:${weight};src:url(data:font/woff2;base64,${file.toString("base64")}) format("woff2");unicode-range:${range};}`,
    );
  }
  return kept.join("");
}

/** The @font-face rules of the latin and vietnamese subsets (about 90 kB), or "" when the font package cannot be read (the SVG then names fallback fonts). */
export function chartFontCss(): Promise<string> {
  cachedCss ??= Promise.all(WEIGHTS.map(inline))
    .then((parts) => parts.join(""))
    .catch(() => "");
  return cachedCss;
}

/** One subset of one weight: fontkit's reading of it, and its bytes (for the PDF). */
export interface Face {
  name: string;
  font: fontkit.Font;
  bytes: Buffer;
}

/** A stretch of text drawn from one face. */
export interface Run {
  face: Face;
  text: string;
}

export class ChartFonts {
  constructor(private readonly faces: Record<Weight, Face[]>) {}

  /** Every face, for a PDF to register. */
  all(): Face[] {
    return WEIGHTS.flatMap((weight) => this.faces[weight]);
  }

  /** The text split into runs, each character in the first face that has its glyph. */
  runs(text: string, weight: Weight): Run[] {
    const faces = this.faces[weight];
    const runs: Run[] = [];
    for (const char of text.normalize("NFC")) {
      const code = char.codePointAt(0)!;
      const face = faces.find((f) => f.font.hasGlyphForCodePoint(code)) ?? faces[0];
      const last = runs[runs.length - 1];
      if (last?.face === face) last.text += char;
      else runs.push({ face, text: char });
    }
    return runs;
  }

  /** Width of the text in pixels at `size`. */
  width(text: string, size: number, weight: Weight): number {
    return this.runs(text, weight).reduce(
      (sum, run) => sum + (run.face.font.layout(run.text).advanceWidth * size) / run.face.font.unitsPerEm,
      0,
    );
  }

  /** The text's outlines as SVG path data, starting at x on the baseline y. */
  outline(text: string, x: number, y: number, size: number, weight: Weight): string {
    let pen = x;
    let d = "";
    for (const run of this.runs(text, weight)) {
      const { font } = run.face;
      const scale = size / font.unitsPerEm;
      const laid = font.layout(run.text);
      laid.glyphs.forEach((glyph, i) => {
        const at = laid.positions[i];
        d += glyph.path
          .scale(scale, -scale)
          .translate(pen + at.xOffset * scale, y - at.yOffset * scale)
          .toSVG();
        pen += at.xAdvance * scale;
      });
    }
    return d;
  }
}

let cachedFonts: Promise<ChartFonts | null> | null = null;

/** The chart's fonts (WOFF, which both fontkit and the PDF's embedding read), or null when the font package cannot be read. */
export function chartFonts(): Promise<ChartFonts | null> {
  cachedFonts ??= (async () => {
    const load = async (weight: Weight) =>
      Promise.all(
        SUBSETS.map(async (subset) => {
          const bytes = await fs.readFile(fontFile(subset, weight, "woff"));
          return { name: `BeVietnamPro-${subset}-${weight}`, font: fontkit.create(bytes) as fontkit.Font, bytes };
        }),
      );
    const [regular, bold] = await Promise.all(WEIGHTS.map(load));
    return new ChartFonts({ 400: regular, 700: bold });
  })().catch(() => null);
  return cachedFonts;
}

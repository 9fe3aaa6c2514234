/**
 * The leadership chart as SVG: the downloadable file (real text in the
 * embedded font, photos inlined), and the same drawing with its text as
 * outlines, which is what the PNG is rendered from.
 */
import type { ChartFonts } from "./chart-fonts";
import { chartScene, type ChartSceneInput, type Scene, type Shape } from "./org-chart-scene";

export { wrapText } from "./org-chart-scene";

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface SvgOptions {
  /** @font-face rules embedded in the file so that Vietnamese renders the same everywhere. */
  fontCss?: string;
  /** Draws text as outlines in these fonts instead (for renderers that would not use the embedded font). */
  outline?: Pick<ChartFonts, "outline" | "width">;
  /** Photos to inline, as data: URIs by their stored file name. */
  photos?: ReadonlyMap<string, string>;
  locale?: string;
}

function shapeSvg(shape: Shape, index: number, options: SvgOptions): string {
  switch (shape.kind) {
    case "text":
      if (options.outline)
        return `<path d="${options.outline.outline(shape.text, shape.x, shape.y, shape.size, shape.weight)}" fill="${shape.color}"/>`;
      return `<text x="${shape.x}" y="${shape.y}" font-size="${shape.size}" font-weight="${shape.weight}" fill="${shape.color}">${escapeXml(shape.text)}</text>`;
    case "card":
      return `<rect x="${shape.x}" y="${shape.y}" width="${shape.width}" height="${shape.height}" rx="10" fill="#ffffff" stroke="#d6d3d1"${shape.empty ? ' stroke-dasharray="6 4"' : ""}/>`;
    case "connector":
      return `<path d="${shape.d}" stroke="#a8a29e" stroke-width="2" fill="none"/>`;
    case "avatar": {
      const { cx, cy, r } = shape;
      const photo = shape.photoPath ? options.photos?.get(shape.photoPath) : undefined;
      if (photo)
        return (
          `<clipPath id="avatar-${index}"><circle cx="${cx}" cy="${cy}" r="${r}"/></clipPath>` +
          `<image href="${photo}" x="${cx - r}" y="${cy - r}" width="${r * 2}" height="${r * 2}" preserveAspectRatio="xMidYMid slice" clip-path="url(#avatar-${index})"/>`
        );
      if (!shape.initials) return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="#d6d3d1" stroke-dasharray="4 3"/>`;
      const size = 16;
      const label = options.outline
        ? `<path d="${options.outline.outline(shape.initials, cx - options.outline.width(shape.initials, size, 700) / 2, cy + 6, size, 700)}" fill="#7f1d1d"/>`
        : `<text x="${cx}" y="${cy + 6}" font-size="${size}" font-weight="700" fill="#7f1d1d" text-anchor="middle">${escapeXml(shape.initials)}</text>`;
      return `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#fee2e2"/>${label}`;
    }
  }
}

export function sceneSvg(scene: Scene, options: SvgOptions = {}): string {
  const { width, height } = scene;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title"${options.locale ? ` xml:lang="${options.locale}"` : ""}>` +
    `<title id="chart-title">${escapeXml(scene.title)}</title>` +
    (options.outline
      ? ""
      : `<style>${options.fontCss ?? ""}text{font-family:"Be Vietnam Pro","Noto Sans","DejaVu Sans",Arial,sans-serif}</style>`) +
    `<rect width="100%" height="100%" fill="#fafaf9"/>` +
    scene.shapes.map((shape, i) => shapeSvg(shape, i, options)).join("") +
    `</svg>`
  );
}

export function renderOrgChartSvg(input: ChartSceneInput & { fontCss?: string }): string {
  return sceneSvg(chartScene(input), { fontCss: input.fontCss, locale: input.locale });
}

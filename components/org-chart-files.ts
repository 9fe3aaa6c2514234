/**
 * The leadership chart as PNG and PDF, drawn from the same layout as the SVG
 * (org-chart-scene.ts), with Vietnamese text in Be Vietnam Pro and the
 * holders' photos. The PNG is the SVG with its text as outlines, rendered by
 * sharp at twice its size; the PDF is drawn with pdfkit on A4 landscape pages,
 * its text real (searchable, selectable) in the embedded, subset font, and a
 * chart taller than a page continued on the next one between rows of cards.
 */
import PDFDocument from "pdfkit";
import sharp from "sharp";
import type { ChartFonts } from "./chart-fonts";
import { AVATAR, type Scene, type Shape } from "./org-chart-scene";
import { sceneSvg } from "./org-chart-svg";

/** Photos at four times the avatar's size: sharp enough in print. */
const PHOTO_PIXELS = AVATAR * 4;

/** Stored photos (WebP) as small square JPEGs, which both sharp's SVG renderer and pdfkit read; a file that cannot be read is left out. */
export async function preparePhotos(files: ReadonlyMap<string, Buffer>): Promise<Map<string, Buffer>> {
  const ready = new Map<string, Buffer>();
  await Promise.all(
    [...files].map(async ([name, bytes]) => {
      try {
        ready.set(
          name,
          await sharp(bytes)
            .resize(PHOTO_PIXELS, PHOTO_PIXELS, { fit: "cover" })
            .flatten({ background: "#ffffff" })
            .jpeg({ quality: 85 })
            .toBuffer(),
        );
      } catch {
        // A damaged file: the card shows the initials instead.
      }
    }),
  );
  return ready;
}

export const dataUri = (jpeg: Buffer) => `data:image/jpeg;base64,${jpeg.toString("base64")}`;

export async function chartPng(scene: Scene, fonts: ChartFonts, photos: ReadonlyMap<string, Buffer>): Promise<Buffer> {
  const uris = new Map([...photos].map(([name, jpeg]) => [name, dataUri(jpeg)]));
  const svg = sceneSvg(scene, { outline: fonts, photos: uris });
  return sharp(Buffer.from(svg), { density: 144, limitInputPixels: false }).png({ compressionLevel: 9 }).toBuffer();
}

const A4_LANDSCAPE = { width: 841.89, height: 595.28 };
const PAGE_MARGIN = 28;

/** Rows of the scene per page: each page as wide as the chart, as many whole rows as fit (a row taller than a page gets one of its own). */
function pages(scene: Scene, pageHeight: number): { top: number; bottom: number }[] {
  const result: { top: number; bottom: number }[] = [];
  for (const band of scene.bands) {
    const current = result[result.length - 1];
    if (current && band.bottom - current.top <= pageHeight) current.bottom = band.bottom;
    else result.push({ top: current ? band.top : 0, bottom: band.bottom });
  }
  result[result.length - 1].bottom = Math.max(result[result.length - 1].bottom, scene.height);
  return result;
}

/** Where a shape starts, to say which page it is drawn on (a connector belongs to the row it leads into). */
function shapeTop(shape: Shape): number {
  switch (shape.kind) {
    case "text":
      return shape.y - shape.size;
    case "card":
      return shape.y;
    case "avatar":
      return shape.cy - shape.r;
    case "connector":
      return Math.max(...[...shape.d.matchAll(/V(-?[\d.]+)/g)].map((match) => Number(match[1])));
  }
}

function drawText(doc: PDFKit.PDFDocument, fonts: ChartFonts, text: string, x: number, y: number, size: number, weight: 400 | 700) {
  let pen = x;
  for (const run of fonts.runs(text, weight)) {
    doc.font(run.face.name).fontSize(size).text(run.text, pen, y, { lineBreak: false, baseline: "alphabetic" });
    pen += fonts.width(run.text, size, weight);
  }
}

function drawShape(doc: PDFKit.PDFDocument, fonts: ChartFonts, photos: ReadonlyMap<string, Buffer>, shape: Shape) {
  switch (shape.kind) {
    case "text":
      doc.fillColor(shape.color);
      drawText(doc, fonts, shape.text, shape.x, shape.y, shape.size, shape.weight);
      return;
    case "card":
      doc.save().lineWidth(1);
      if (shape.empty) doc.dash(6, { space: 4 });
      doc.roundedRect(shape.x, shape.y, shape.width, shape.height, 10).fillAndStroke("#ffffff", "#a8a29e");
      doc.restore();
      return;
    case "connector":
      doc.save().path(shape.d).lineWidth(2).stroke("#a8a29e").restore();
      return;
    case "avatar": {
      const { cx, cy, r } = shape;
      const photo = shape.photoPath ? photos.get(shape.photoPath) : undefined;
      if (photo) {
        doc
          .save()
          .circle(cx, cy, r)
          .clip()
          .image(photo, cx - r, cy - r, { width: r * 2, height: r * 2 })
          .restore();
      } else if (shape.initials) {
        doc.save().circle(cx, cy, r).fill("#fee2e2").restore();
        doc.fillColor("#7f1d1d");
        drawText(doc, fonts, shape.initials, cx - fonts.width(shape.initials, 16, 700) / 2, cy + 6, 16, 700);
      } else {
        doc.save().dash(4, { space: 3 }).circle(cx, cy, r).stroke("#d6d3d1").restore();
      }
    }
  }
}

export function chartPdf(scene: Scene, fonts: ChartFonts, photos: ReadonlyMap<string, Buffer>, locale: string): Promise<Buffer> {
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 0,
    autoFirstPage: false,
    lang: locale,
    displayTitle: true,
    info: { Title: scene.title, Creator: "Danh bạ Mặt trận Tổ quốc Việt Nam" },
  });
  for (const face of fonts.all()) doc.registerFont(face.name, face.bytes);
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const scale = (A4_LANDSCAPE.width - PAGE_MARGIN * 2) / scene.width;
  const usable = (A4_LANDSCAPE.height - PAGE_MARGIN * 2) / scale;
  for (const page of pages(scene, usable)) {
    doc.addPage();
    doc.save();
    doc.rect(PAGE_MARGIN, PAGE_MARGIN, A4_LANDSCAPE.width - PAGE_MARGIN * 2, A4_LANDSCAPE.height - PAGE_MARGIN * 2).clip();
    doc.translate(PAGE_MARGIN, PAGE_MARGIN - page.top * scale).scale(scale);
    for (const shape of scene.shapes) {
      const top = shapeTop(shape);
      if (top >= page.top && top < page.bottom) drawShape(doc, fonts, photos, shape);
    }
    doc.restore();
  }
  doc.end();
  return done;
}

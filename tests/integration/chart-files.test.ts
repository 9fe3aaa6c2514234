/**
 * The chart's PNG and PDF drawn with the real font files, sharp and pdfkit:
 * Vietnamese text in Be Vietnam Pro (every letter from a face that has it, and
 * in the PDF as text), the holders' photos, A4 pages.
 */
import { inflateSync } from "node:zlib";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { chartFonts, type ChartFonts } from "@/components/chart-fonts";
import { chartPdf, chartPng, preparePhotos } from "@/components/org-chart-files";
import { chartScene, type Shape } from "@/components/org-chart-scene";
import type { ChartPost, OrgChart } from "@/db/queries/organizations";

const VIETNAMESE = "ĂăÂâĐđÊêÔôƠơƯư àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ";

const holder = (n: number, photoPath: string | null = null) => ({
  membershipId: n,
  personId: n,
  slug: `nguoi-${n}`,
  name: `Nguyễn Thị Ngọc Diệp ${n}`,
  photoPath,
  startDate: "2024-03",
  attestedDate: null,
  otherRoles: [],
});
const post = (postId: number, roleKey: string, title: string, holders: ChartPost["holders"]): ChartPost => ({
  postId,
  roleKey,
  title,
  maxHolders: null,
  holders,
  notKnown: 0,
});
const organization = { name: "Ủy ban MTTQ Việt Nam tỉnh Thử", nameEn: null, level: "province" };

let fonts: ChartFonts;
let photos: Map<string, Buffer>;
beforeAll(async () => {
  fonts = (await chartFonts())!;
  const green = await sharp({ create: { width: 300, height: 400, channels: 3, background: "#00c000" } })
    .webp()
    .toBuffer();
  photos = await preparePhotos(new Map([["0123456789abcdef0123456789abcdef.webp", green]]));
});

describe("the chart's fonts", () => {
  it("draw every Vietnamese letter from a face that has its glyph, and measure wider text wider", () => {
    for (const weight of [400, 700] as const) {
      for (const run of fonts.runs(VIETNAMESE, weight))
        for (const char of run.text) expect(run.face.font.hasGlyphForCodePoint(char.codePointAt(0)!), `${char} (${weight})`).toBe(true);
    }
    expect(fonts.width("Phó Chủ tịch Thường trực", 12, 700)).toBeGreaterThan(fonts.width("Phó Chủ tịch", 12, 700));
    expect(fonts.outline("Ệ", 0, 20, 16, 700)).toMatch(/^M[\d.-]/);
  });
});

describe("PNG", () => {
  it("is the chart at twice its size, with the holder's photo in their card and the text drawn", async () => {
    const chart: OrgChart = {
      tiers: [
        [post(1, "chair", "Chủ tịch", [holder(1, "0123456789abcdef0123456789abcdef.webp")])],
        [post(2, "vice_chair", "Phó Chủ tịch", [holder(2)])],
      ],
      members: [],
    };
    const scene = chartScene({ chart, organization, locale: "vi", at: "2026-12-01" }, (text, size, weight) =>
      fonts.width(text, size, weight),
    );
    const png = await chartPng(scene, fonts, photos);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([scene.width * 2, scene.height * 2]);
    const pixel = (x: number, y: number) => {
      const at = (Math.round(y * 2) * info.width + Math.round(x * 2)) * info.channels;
      return [data[at], data[at + 1], data[at + 2]];
    };
    const avatars = scene.shapes.filter((shape): shape is Extract<Shape, { kind: "avatar" }> => shape.kind === "avatar");
    const [g, r, b] = [pixel(avatars[0].cx, avatars[0].cy)[1], ...pixel(avatars[0].cx, avatars[0].cy).filter((_, i) => i !== 1)];
    expect(g).toBeGreaterThan(150);
    expect(Math.max(r, b)).toBeLessThan(80);
    // The second holder has no photo: their initials' pale circle.
    expect(pixel(avatars[1].cx - avatars[1].r + 3, avatars[1].cy)).toEqual([254, 226, 226]);
    // Dark ink where the heading's first line is written.
    const heading = scene.shapes.find((shape) => shape.kind === "text")!;
    let dark = 0;
    for (let x = heading.x; x < heading.x + 200; x += 0.5) if (pixel(x, heading.y - 6)[0] < 100) dark++;
    expect(dark).toBeGreaterThan(20);
  });
});

/** The PDF's streams, inflated: its page contents, fonts' CMaps and images. */
function streams(pdf: Buffer): string[] {
  const text = pdf.toString("latin1");
  const found: string[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index! + match[0].length;
    const end = text.indexOf("endstream", start);
    try {
      found.push(inflateSync(pdf.subarray(start, end)).toString("latin1"));
    } catch {
      found.push(text.slice(start, end));
    }
  }
  return found;
}

describe("PDF", () => {
  it("puts the chart on A4 landscape pages, its Vietnamese as text in the embedded font, the photo as an image, a tall chart over more pages", async () => {
    const tier = (n: number) => [
      post(
        10 + n,
        "standing_board_member",
        "Ủy viên Ban Thường trực",
        [1, 2, 3, 4].map((i) => holder(n * 10 + i)),
      ),
    ];
    const chart: OrgChart = {
      tiers: [[post(1, "chair", "Chủ tịch", [holder(1, "0123456789abcdef0123456789abcdef.webp")])], ...[1, 2, 3, 4, 5, 6].map(tier)],
      members: [],
    };
    const scene = chartScene({ chart, organization, locale: "vi", at: "2026-12-01" }, (text, size, weight) =>
      fonts.width(text, size, weight),
    );
    const pdf = await chartPdf(scene, fonts, photos, "vi");
    const text = pdf.toString("latin1");
    expect(text.startsWith("%PDF-")).toBe(true);
    const pages = text.match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
    expect(text).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    expect(text).toMatch(/\/FontName \/[A-Z]+\+BeVietnamPro-Bold/);
    expect(text).toMatch(/\/Subtype \/Image/);
    const inflated = streams(pdf).join("\n");
    // "ệ" (U+1EC7) and "Ủ" (U+1EE6) are mapped back to their letters: the text can be searched and copied.
    expect(inflated).toMatch(/<1ec7>/i);
    expect(inflated).toMatch(/<1ee6>/i);
    expect(text).toMatch(/\/Lang \(vi\)/);
    expect(text).toMatch(/\/Title \d+ 0 R/);
  });
});

/**
 * The leadership chart of an organisation as a file to download:
 * ?format=svg|png|pdf (SVG when left out), ?lang=vi|en, ?at=YYYY-MM-DD.
 * All three keep the Vietnamese text in Be Vietnam Pro and the holders' photos.
 */
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { fileResponse, organizationOfRoute } from "@/app/_lib/downloads";
import { apiError } from "@/app/_lib/api";
import { chartFontCss, chartFonts } from "@/components/chart-fonts";
import { chartPdf, chartPng, dataUri, preparePhotos } from "@/components/org-chart-files";
import { chartScene } from "@/components/org-chart-scene";
import { sceneSvg } from "@/components/org-chart-svg";
import { getDb } from "@/db/client";
import { PHOTO_NAME, photosDir } from "@/db/mutations/photos";
import { getOrgChart, type OrgChart } from "@/db/queries/organizations";
import { isoDaySchema, todayIso } from "@/lib/dates";
import { LOCALES } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

const FORMATS = {
  svg: "image/svg+xml; charset=utf-8",
  png: "image/png",
  pdf: "application/pdf",
} as const;

const querySchema = z.object({
  format: z.enum(["svg", "png", "pdf"], { error: "format must be svg, png or pdf" }),
  lang: z.enum(LOCALES).catch("vi"),
  at: isoDaySchema.nullable().catch(null),
});

/** The holders' photos, read from the photos folder by the names the upload step gave them. */
async function photosOf(chart: OrgChart): Promise<Map<string, Buffer>> {
  const names = new Set(
    chart.tiers
      .flat()
      .flatMap((post) => post.holders)
      .flatMap((holder) => (holder.photoPath && PHOTO_NAME.test(holder.photoPath) ? [holder.photoPath] : [])),
  );
  const files = new Map<string, Buffer>();
  await Promise.all(
    [...names].map(async (name) => {
      try {
        files.set(name, await fs.readFile(path.join(photosDir(), name)));
      } catch {
        // A photo missing from the folder: the card shows the initials.
      }
    }),
  );
  return preparePhotos(files);
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const found = await organizationOfRoute(params);
  if (!found) return apiError(404, "not_found", "no such organisation");
  const url = new URL(request.url);
  const query = querySchema.safeParse({
    format: url.searchParams.get("format") ?? "svg",
    lang: url.searchParams.get("lang") ?? "vi",
    at: url.searchParams.get("at"),
  });
  if (!query.success) return apiError(400, "bad_request", query.error.issues[0]?.message ?? "bad query");
  const { format, lang: locale } = query.data;
  const at = query.data.at ?? todayIso();
  const chart = getOrgChart(getDb(), found.organization, at);
  const [fonts, photos] = await Promise.all([chartFonts(), photosOf(chart)]);
  // The font's own widths break the lines where it will draw them; without it, an estimate.
  const scene = chartScene(
    { chart, organization: found.organization, locale, at },
    fonts ? (text, size, weight) => fonts.width(text, size, weight) : undefined,
  );

  let body: string | Buffer;
  if (format === "svg") {
    const uris = new Map([...photos].map(([name, jpeg]) => [name, dataUri(jpeg)]));
    body = sceneSvg(scene, { fontCss: await chartFontCss(), photos: uris, locale });
  } else {
    if (!fonts) return apiError(503, "unavailable", "the chart's font could not be read; try the SVG");
    body = format === "png" ? await chartPng(scene, fonts, photos) : await chartPdf(scene, fonts, photos, locale);
  }
  return fileResponse(body as BodyInit, FORMATS[format], `${found.organization.slug}-${at}.${format}`);
}

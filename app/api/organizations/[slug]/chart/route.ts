/** The leadership chart of an organisation as an SVG file to download: ?lang=vi|en, ?at=YYYY-MM-DD. */
import { z } from "zod";
import { chartFontCss } from "@/components/chart-fonts";
import { renderOrgChartSvg } from "@/components/org-chart-svg";
import { getDb } from "@/db/client";
import { getOrganizationBySlug, getOrgChart } from "@/db/queries/organizations";
import { isoDaySchema, todayIso } from "@/lib/dates";
import { LOCALES } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(200);
const querySchema = z.object({
  lang: z.enum(LOCALES).catch("vi"),
  at: isoDaySchema.nullable().catch(null),
});

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const slug = slugSchema.safeParse((await params).slug);
  const db = getDb();
  const found = slug.success ? getOrganizationBySlug(db, slug.data) : undefined;
  if (!found) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const url = new URL(request.url);
  const query = querySchema.parse({ lang: url.searchParams.get("lang") ?? "vi", at: url.searchParams.get("at") });
  const at = query.at ?? todayIso();
  const svg = renderOrgChartSvg({
    chart: getOrgChart(db, found.organization, at),
    organization: found.organization,
    locale: query.lang,
    at,
    fontCss: await chartFontCss(),
  });
  return new Response(svg, {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${found.organization.slug}-${at}.svg"`,
      "Cache-Control": "no-store",
    },
  });
}

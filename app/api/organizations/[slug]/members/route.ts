/** Everyone holding a post of an organisation on a date, as a spreadsheet: ?format=csv|xlsx, ?lang=vi|en, ?at=YYYY-MM-DD. */
import { organizationOfRoute, readDownloadQuery, spreadsheetResponse } from "@/app/_lib/downloads";
import { apiError } from "@/app/_lib/api";
import { siteUrl } from "@/app/_lib/site-url";
import { getDb } from "@/db/client";
import { getMemberRecords } from "@/db/queries/exports";
import { memberTable } from "@/lib/spreadsheet/tables";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const found = await organizationOfRoute(params);
  if (!found) return apiError(404, "not_found", "no such organisation");
  const read = readDownloadQuery(new URL(request.url));
  if (!read.ok) return read.response;
  const { format, locale, at } = read.query;
  const table = memberTable(getMemberRecords(getDb(), found.organization.id, at), locale, (await siteUrl()).origin);
  return spreadsheetResponse([table], format, `${found.organization.slug}-${at}`);
}

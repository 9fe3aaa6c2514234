/** The import's template: the members sheet's headers and, in the XLSX, a sheet of instructions. ?format=csv|xlsx, ?lang=vi|en. */
import { readDownloadQuery, spreadsheetResponse } from "@/app/_lib/downloads";
import { templateTables } from "@/lib/spreadsheet/tables";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const read = readDownloadQuery(new URL(request.url));
  if (!read.ok) return read.response;
  const { format, locale } = read.query;
  return spreadsheetResponse(templateTables(locale), format, locale === "vi" ? "mau-nhap-thanh-vien" : "members-template");
}

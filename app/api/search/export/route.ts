/**
 * The results of a search as a spreadsheet: the search page's own query (?q=
 * and its filters) with ?format=csv|xlsx and ?lang=vi|en; every result the
 * search lists, not only one page, each person with the roles they hold today.
 */
import { readDownloadQuery, spreadsheetResponse } from "@/app/_lib/downloads";
import { apiError } from "@/app/_lib/api";
import { siteUrl } from "@/app/_lib/site-url";
import { getDb } from "@/db/client";
import { getRolesOfPeople } from "@/db/queries/exports";
import { MAX_LISTED, searchDirectory } from "@/db/queries/search";
import { todayIso } from "@/lib/dates";
import { describeError, readSearchPageParams } from "@/lib/search/params";
import { searchTable } from "@/lib/spreadsheet/tables";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const url = new URL(request.url);
  const read = readDownloadQuery(url);
  if (!read.ok) return read.response;
  const params = readSearchPageParams(url.searchParams);
  if (!params.success) return apiError(400, "bad_request", describeError(params.error));
  const { q, page: _page, ...filters } = params.data;
  if (!q.trim()) return apiError(400, "bad_request", "q: give the words to search for");
  const { format, locale } = read.query;
  const db = getDb();
  let outcome;
  try {
    outcome = searchDirectory(db, { q, ...filters, offset: 0, limit: MAX_LISTED, locale });
  } catch (error) {
    console.error("[search export]", error);
    return apiError(503, "unavailable", "search is unavailable; try again shortly");
  }
  const base = (await siteUrl()).origin;
  const people = outcome.results.filter((hit) => hit.type === "person");
  const roles = getRolesOfPeople(
    db,
    people.map((hit) => hit.slug),
    todayIso(),
  );
  const table = searchTable(
    {
      people: people.map((hit) => ({ name: hit.name, url: base + hit.url, roles: roles.get(hit.slug) ?? [] })),
      organizations: outcome.results.filter((hit) => hit.type === "organization").map((hit) => ({ name: hit.name, url: base + hit.url })),
    },
    locale,
  );
  return spreadsheetResponse([table], format, `tim-kiem-${todayIso()}`);
}

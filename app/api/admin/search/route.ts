import { getDb } from "@/db/client";
import { searchOrganizations, searchPeople, searchPosts, searchSources } from "@/db/queries/admin";
import { getCurrentUser } from "@/app/_lib/session";
import { formatPartialDate } from "@/lib/dates";

export const dynamic = "force-dynamic";

/**
 * The admin's pickers: people, posts (only in the user's scope), sources and
 * organisations (in scope, or any for an admin choosing an editor's scope).
 * Signed-in users only; reads nothing else.
 */
export async function GET(request: Request) {
  const actor = await getCurrentUser();
  if (!actor) return Response.json({ error: "unauthenticated" }, { status: 401 });
  const url = new URL(request.url);
  const query = (url.searchParams.get("q") ?? "").slice(0, 100);
  const kind = url.searchParams.get("kind");
  const db = getDb();
  let results: { id: number; label: string; detail?: string }[];
  switch (kind) {
    case "person":
      results = searchPeople(db, query).map((person) => ({
        id: person.id,
        label: person.birthYear ? `${person.fullName} (${person.birthYear})` : person.fullName,
        detail: person.roles ?? undefined,
      }));
      break;
    case "post":
      results = searchPosts(db, actor, query).map((post) => ({
        id: post.id,
        label: `${post.title} · ${post.organizationName}`,
        detail: `${post.holders}${post.maxHolders ? ` / ${post.maxHolders}` : ""}`,
      }));
      break;
    case "source":
      results = searchSources(db, query).map((source) => ({
        id: source.id,
        label: source.title,
        detail: [source.publisher, source.publishedDate && formatPartialDate(source.publishedDate, "vi"), source.url]
          .filter(Boolean)
          .join(" · "),
      }));
      break;
    case "organization":
    case "any-organization":
      if (kind === "any-organization" && actor.role !== "admin") return Response.json({ error: "forbidden" }, { status: 403 });
      results = searchOrganizations(db, actor, query, { anyScope: kind === "any-organization" }).map((organization) => ({
        id: organization.id,
        label: organization.name,
        detail: organization.parentName ?? undefined,
      }));
      break;
    default:
      return Response.json({ error: "unknown kind" }, { status: 400 });
  }
  return Response.json({ results }, { headers: { "Cache-Control": "no-store" } });
}

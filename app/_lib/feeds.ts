/** The Atom feeds' shared answer (?lang=vi|en): the changes in a scope (db/queries/changes.ts) as Atom (lib/feeds/changes.ts). */
import { z } from "zod";
import { getDb } from "@/db/client";
import { getChanges, type ChangeScope } from "@/db/queries/changes";
import { changesFeed } from "@/lib/feeds/changes";
import { getMessages } from "@/lib/i18n";
import { LOCALES } from "@/lib/i18n/locales";
import etag from "etag";
import { apiError, apiHeaders, baseUrl, notModified } from "./api";

const langSchema = z.enum(LOCALES, { error: "lang must be vi or en" }).default("vi");

export const ATOM_TYPE = "application/atom+xml";

/** The feed paths a page links (<link rel="alternate">). */
export const feedPaths = {
  national: "/feeds/changes.atom",
  province: (slug: string) => `/feeds/provinces/${slug}.atom`,
  organization: (slug: string) => `/feeds/organizations/${slug}.atom`,
};

export function feedResponse(
  request: Request,
  scope: ChangeScope,
  options: { selfPath: string; pagePath: string; scope: string | ((m: ReturnType<typeof getMessages>) => string) },
): Response {
  const lang = langSchema.safeParse(new URL(request.url).searchParams.get("lang") ?? undefined);
  if (!lang.success) return apiError(400, "bad_request", lang.error.issues[0]?.message ?? "bad lang");
  const messages = getMessages(lang.data);
  const xml = changesFeed({
    changes: getChanges(getDb(), scope),
    locale: lang.data,
    messages,
    base: baseUrl(request),
    selfPath: options.selfPath,
    pagePath: options.pagePath,
    scope: typeof options.scope === "string" ? options.scope : options.scope(messages),
  });
  const tag = etag(xml);
  const headers = { "Cache-Control": "public, max-age=300" };
  return (
    notModified(request, tag, headers) ??
    new Response(xml, { headers: apiHeaders({ ...headers, "Content-Type": `${ATOM_TYPE}; charset=utf-8`, ETag: tag }) })
  );
}

/** The slug of a feed file's name ("<slug>.atom"), or null. */
export function feedSlug(file: string): string | null {
  const match = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.atom$/.exec(file);
  return match && match[1].length <= 200 ? match[1] : null;
}

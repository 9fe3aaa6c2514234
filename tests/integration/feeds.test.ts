/**
 * Feeds and discovery against a real seeded SQLite file, through the route
 * handlers: the Atom feeds are well-formed XML with the elements Atom requires
 * (RFC 4287: the feed's id, title, updated and author; each entry's id, title,
 * updated and link), a term ended by an editor appears in the nationwide,
 * province and organisation feeds but not another province's; the sitemap lists
 * every public page in both languages; robots.txt names it.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endTerm } from "@/db/mutations";
import { countSitemapRecords, getSitemapRecords } from "@/db/queries/sitemap";
import { RECORDS_PER_FILE, STATIC_PAGES, sitemapFileCount } from "@/lib/sitemap";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security-headers";
import { LAI_CHAU, buildTemplate, removeTemplate, world, type World } from "./admin-fixtures";

const BASE = "https://danhba.example";
let template: ReturnType<typeof buildTemplate>;
let w: World;
const saved = { ...process.env };

beforeAll(() => {
  template = buildTemplate();
  w = world(template);
  process.env.SITE_URL = BASE;
  (globalThis as { mttqDb?: unknown }).mttqDb = w.db;
});
afterAll(() => {
  (globalThis as { mttqDb?: unknown }).mttqDb = undefined;
  process.env = saved;
  w.close();
  removeTemplate(template);
});

type Handler = (request: Request, context: { params: Promise<{ file: string }> }) => Promise<Response> | Response;
const get = async (handler: Handler, url: string, file = "") =>
  handler(new Request(new URL(url, BASE), { headers: { [CLIENT_ADDRESS_HEADER]: "192.0.2.1" } }), { params: Promise.resolve({ file }) });

/** An element's text, whether or not it has attributes (a title's type="html"). */
const textOf = (value: unknown): string =>
  typeof value === "object" && value !== null ? String((value as { "#text": unknown })["#text"]) : String(value);

interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: { "@_href": string } | { "@_href": string }[];
  summary?: string;
}
interface Atom {
  feed: { id: string; title: string; updated: string; author: { name: string }; link: unknown; entry?: AtomEntry | AtomEntry[] };
}

/** The feed parsed, after checking it is well-formed Atom with the required elements. */
async function atom(response: Response): Promise<AtomEntry[]> {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as Atom & { feed: { "@_xmlns": string } };
  expect(parsed.feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  const { feed } = parsed;
  for (const field of ["id", "title", "updated"] as const) expect(feed[field]).toBeTruthy();
  expect(feed.author.name).toBeTruthy();
  expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
  const entries = feed.entry === undefined ? [] : Array.isArray(feed.entry) ? feed.entry : [feed.entry];
  for (const entry of entries) {
    expect(entry.id).toBeTruthy();
    expect(entry.title).toBeTruthy();
    expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
    expect(entry.link).toBeTruthy();
  }
  expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
  return entries.map((entry) => ({ ...entry, title: textOf(entry.title) }));
}

describe("Atom feeds of changes", () => {
  it("an ended term is in the nationwide, province and organisation feeds, and not in another province's", async () => {
    const term = w.term("Hoàng Kiều Anh", LAI_CHAU);
    const ended = w.run("inside", endTerm, { id: term.id, version: term.version, endDate: "2026-05-01" });
    expect(ended.ok).toBe(true);
    const national = await import("@/app/feeds/changes.atom/route");
    const province = await import("@/app/feeds/provinces/[file]/route");
    const organization = await import("@/app/feeds/organizations/[file]/route");
    const endedTitle = /Hoàng Kiều Anh thôi giữ chức Phó Chủ tịch/;
    expect((await atom(await get(national.GET, "/feeds/changes.atom")))[0].title).toMatch(endedTitle);
    expect((await atom(await get(province.GET, "/feeds/provinces/lai-chau.atom", "lai-chau.atom")))[0].title).toMatch(endedTitle);
    const ofOrganization = await atom(await get(organization.GET, `/feeds/organizations/${LAI_CHAU}.atom`, `${LAI_CHAU}.atom`));
    expect(ofOrganization[0].title).toMatch(endedTitle);
    // The other entries are the terms the seed's report recorded.
    expect(ofOrganization.slice(1).some((entry) => /Tống Thanh Bình giữ chức/.test(entry.title))).toBe(true);
    const elsewhere = await atom(await get(province.GET, "/feeds/provinces/ha-noi.atom", "ha-noi.atom"));
    expect(elsewhere.filter((entry) => /Hoàng Kiều Anh/.test(entry.title))).toEqual([]);
    // In English, from the role key.
    const english = await atom(await get(national.GET, "/feeds/changes.atom?lang=en"));
    expect(english[0].title).toMatch(/Hoàng Kiều Anh no longer holds the post of Vice Chair/);
  });

  it("an unknown scope is a 404 and a bad language a 400, in the API's error shape", async () => {
    const province = await import("@/app/feeds/provinces/[file]/route");
    const national = await import("@/app/feeds/changes.atom/route");
    const missing = await get(province.GET, "/feeds/provinces/atlantis.atom", "atlantis.atom");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: expect.any(String), code: "not_found" });
    expect((await get(national.GET, "/feeds/changes.atom?lang=fr")).status).toBe(400);
  });
});

describe("sitemap and robots", () => {
  it("sitemap.xml lists every public page in both languages", async () => {
    const { GET } = await import("@/app/sitemap.xml/route");
    const xml = await (await get(GET, "/sitemap.xml")).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = new Set(
      ([] as { loc: string }[]).concat((new XMLParser().parse(xml) as { urlset: { url: { loc: string }[] } }).urlset.url).map((u) => u.loc),
    );
    const slugs = (table: string) =>
      w.db.$client
        .prepare(`SELECT slug FROM ${table}${table === "people" ? " WHERE retracted_at IS NULL" : ""}`)
        .pluck()
        .all() as string[];
    const expected = [
      ...STATIC_PAGES,
      ...slugs("organizations").map((slug) => `/organizations/${slug}`),
      ...slugs("people").map((slug) => `/people/${slug}`),
    ].flatMap((path) => [new URL(path, BASE).href, new URL(path === "/" ? "/en" : `/en${path}`, BASE).href]);
    expect(expected.filter((url) => !urls.has(url))).toEqual([]);
    expect(urls.size).toBe(expected.length);
  });

  it("past 50,000 addresses the records split into files that together list each once", () => {
    expect(sitemapFileCount(RECORDS_PER_FILE)).toBe(1);
    expect(sitemapFileCount(RECORDS_PER_FILE + 1)).toBe(2);
    // Pages of the split, read in small files, cover the records without gaps or repeats.
    const total = countSitemapRecords(w.db);
    const size = 97;
    const paths: string[] = [];
    for (let offset = 0; offset < total; offset += size) paths.push(...getSitemapRecords(w.db, offset, size).map((r) => r.path));
    expect(paths).toHaveLength(total);
    expect(new Set(paths).size).toBe(total);
  });

  it("robots.txt allows the public pages and names the sitemap", async () => {
    const robots = (await import("@/app/robots")).default;
    const rules = await robots();
    expect(rules.sitemap).toBe(`${BASE}/sitemap.xml`);
    expect(rules.rules).toMatchObject({ userAgent: "*", allow: "/" });
  });
});

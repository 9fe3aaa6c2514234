import { describe, expect, it } from "vitest";
import { etagMatches, hasSessionCookie, isCacheableRequest, preferredEncoding, publicCacheControl, publicPagePath } from "@/lib/page-cache";

const get = (url: string, headers: Record<string, string> = {}) => ({ method: "GET", url, headers });

describe("publicPagePath", () => {
  it("names the public pages in both languages", () => {
    expect(publicPagePath("/")).toBe("/");
    expect(publicPagePath("/en")).toBe("/");
    expect(publicPagePath("/hierarchy")).toBe("/hierarchy");
    expect(publicPagePath("/en/people/nguyen-van-a")).toBe("/people/nguyen-van-a");
    expect(publicPagePath("/organizations/uy-ban-mttq-viet-nam-tinh-lai-chau/members")).toBe(
      "/organizations/uy-ban-mttq-viet-nam-tinh-lai-chau/members",
    );
    expect(publicPagePath("/organizations/x/history")).toBe("/organizations/x/history");
  });

  it("leaves out search, the admin, API routes, Next's files and unknown paths", () => {
    for (const path of [
      "/search",
      "/en/search",
      "/admin",
      "/admin/people/1",
      "/api/health",
      "/_next/static/x.css",
      "/vi/people/x",
      "/people/x/y",
      "/enx",
    ])
      expect(publicPagePath(path)).toBeNull();
  });
});

describe("isCacheableRequest", () => {
  it("takes anonymous GET and HEAD requests for public pages, with their query", () => {
    expect(isCacheableRequest(get("/people/x?at=2020-06-01"))).toBe(true);
    expect(isCacheableRequest({ method: "HEAD", url: "/en/hierarchy", headers: {} })).toBe(true);
    expect(isCacheableRequest(get("/organizations/x?q=a&page=2", { cookie: "theme=dark" }))).toBe(true);
  });

  it("never takes a request with a session or a half-done sign-in, whatever the cookie's prefix", () => {
    expect(isCacheableRequest(get("/people/x", { cookie: "mttq_session=abc" }))).toBe(false);
    expect(isCacheableRequest(get("/people/x", { cookie: "theme=dark; __Host-mttq_session=abc" }))).toBe(false);
    expect(isCacheableRequest(get("/people/x", { cookie: "__Host-mttq_pending=abc" }))).toBe(false);
  });

  it("leaves the client router's requests, other methods and search to Next", () => {
    expect(isCacheableRequest(get("/people/x", { rsc: "1" }))).toBe(false);
    expect(isCacheableRequest(get("/people/x?_rsc=abc"))).toBe(false);
    expect(isCacheableRequest(get("/people/x", { "next-router-state-tree": "%5B%5D" }))).toBe(false);
    expect(isCacheableRequest({ method: "POST", url: "/people/x", headers: {} })).toBe(false);
    expect(isCacheableRequest(get("/search?q=lai+chau"))).toBe(false);
  });
});

describe("hasSessionCookie", () => {
  it("sees a session cookie with a value only", () => {
    expect(hasSessionCookie(undefined)).toBe(false);
    expect(hasSessionCookie("mttq_session=")).toBe(false);
    expect(hasSessionCookie("xmttq_session=abc")).toBe(false);
    expect(hasSessionCookie("a=1; mttq_session=abc")).toBe(true);
  });
});

describe("HTTP caching words", () => {
  it("lets shared caches keep a public page for the configured seconds, browsers always asking again", () => {
    expect(publicCacheControl({ sMaxAge: 10, staleWhileRevalidate: 60 })).toBe("public, max-age=0, s-maxage=10, stale-while-revalidate=60");
  });

  it("compares entity tags weakly, in lists and with *", () => {
    expect(etagMatches('W/"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches('"x", W/"abc"', 'W/"abc"')).toBe(true);
    expect(etagMatches("*", 'W/"abc"')).toBe(true);
    expect(etagMatches('W/"abd"', 'W/"abc"')).toBe(false);
    expect(etagMatches(undefined, 'W/"abc"')).toBe(false);
  });

  it("picks brotli, then gzip, honouring q=0", () => {
    expect(preferredEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(preferredEncoding("gzip, br;q=0")).toBe("gzip");
    expect(preferredEncoding("*")).toBe("gzip");
    expect(preferredEncoding("deflate")).toBe("identity");
    expect(preferredEncoding(undefined)).toBe("identity");
  });
});

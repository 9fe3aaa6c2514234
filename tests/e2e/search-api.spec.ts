/**
 * GET /api/search on the production server: the query table of
 * tests/integration/search-cases.ts over HTTP, the response's shape, and a
 * fuzz test of hostile and random input that must never get a 5xx.
 */
import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { SEARCH_CASES } from "../integration/search-cases";

async function search(request: APIRequestContext, params: Record<string, string>) {
  const response = await request.get(`/api/search?${new URLSearchParams(params)}`);
  return { status: response.status(), body: await response.json() };
}

test.describe("the query table over HTTP", () => {
  for (const { kind, query, type, slug } of SEARCH_CASES.filter((c) => !c.placeless)) {
    test(`${kind}: ${query} → ${slug}`, async ({ request }) => {
      // The expected record's name, as the real directory (with namesakes, who get slugs "-2", "-3") holds it.
      const expected = await search(request, { q: slug.replace(/-/g, " "), limit: "50" });
      const name = expected.body.results.find((result: { slug: string }) => result.slug === slug)?.name;
      expect(name).toBeTruthy();
      const { status, body } = await search(request, { q: query });
      expect(status).toBe(200);
      expect(body.results[0]).toMatchObject({ type, name });
    });
  }
});

test("the response has the documented shape", async ({ request }) => {
  const response = await request.get(`/api/search?${new URLSearchParams({ q: "pho chu tich ubmttq lai chau", limit: "2" })}`);
  expect(response.status()).toBe(200);
  expect(response.headers()).toMatchObject({
    "content-type": "application/json",
    "x-content-type-options": "nosniff",
    "content-security-policy": expect.stringContaining("default-src 'self'"),
  });
  const body = await response.json();
  // Lai Châu has several Vice Chairs (the admin spec may appoint another meanwhile), hence "at least".
  expect(body).toMatchObject({ query: "pho chu tich ubmttq lai chau", totalIsLowerBound: false, suggestion: null });
  expect(body.total).toBeGreaterThanOrEqual(4);
  expect(body.results).toHaveLength(2);
  for (const result of body.results)
    expect(result).toEqual({
      type: "person",
      slug: expect.any(String),
      name: expect.any(String),
      url: `/people/${result.slug}`,
      roles: expect.arrayContaining([expect.stringMatching(/^Phó Chủ tịch( Thường trực)? Ủy ban MTTQ Việt Nam tỉnh Lai Châu$/)]),
      score: expect.any(Number),
    });
  const next = await search(request, { q: "pho chu tich ubmttq lai chau", limit: "2", offset: "2" });
  for (const seen of body.results) expect(next.body.results.map((r: { slug: string }) => r.slug)).not.toContain(seen.slug);

  const organization = await search(request, { q: "hoi lhpn lai chau", type: "organization" });
  expect(organization.body.results[0]).toMatchObject({
    type: "organization",
    url: "/organizations/hoi-lien-hiep-phu-nu-tinh-lai-chau",
    roles: [],
  });
  const filtered = await search(request, {
    q: "lai chau",
    province: "lai-chau",
    level: "province",
    kind: "member_organization",
    current: "true",
  });
  expect(filtered.status).toBe(200);
  expect(filtered.body.total).toBeGreaterThan(0);
});

test("the answer says which words were left out, or what respelling was searched, unless asked for the strict query", async ({
  request,
}) => {
  const relaxed = await search(request, { q: "xyzzy Tống Thanh Bình" });
  expect(relaxed.body).toMatchObject({ dropped: ["xyzzy"], relaxedQuery: "Tống Thanh Bình", respelled: null });
  expect(relaxed.body.results[0]).toMatchObject({ slug: "tong-thanh-binh" });
  const strict = await search(request, { q: "xyzzy Tống Thanh Bình", strict: "1" });
  expect(strict.body).toMatchObject({ total: 0, dropped: [], relaxedQuery: null });
  const respelled = await search(request, { q: "laichau" });
  expect(respelled.body).toMatchObject({ respelled: "lai chau", dropped: [] });
  expect(respelled.body.total).toBeGreaterThan(0);
  const typo = await search(request, { q: "ngo thi bich hang" });
  expect(typo.body).toMatchObject({ respelled: null, dropped: [] });
  expect(typo.body.results[0]).toMatchObject({ slug: "ngo-thi-bich-hanh" });
  expect(typo.body.terms).toContainEqual({ word: "hanh", prefix: false });
});

test("bad parameters get a 400 with a JSON error", async ({ request }) => {
  const cases: Record<string, string>[] = [
    { q: "x".repeat(10_000) },
    { q: "a", limit: "0" },
    { q: "a", limit: "1000" },
    { q: "a", offset: "-1" },
    { q: "a", offset: "1e9" },
    { q: "a", level: "planet" },
    { q: "a", kind: "club" },
    { q: "a", current: "maybe" },
    { q: "a", province: "../../etc" },
    { q: "a", type: "robot" },
    { q: "a", strict: "sometimes" },
  ];
  for (const params of cases) {
    const { status, body } = await search(request, params);
    expect(status, JSON.stringify(params).slice(0, 80)).toBe(400);
    expect(typeof body.error).toBe("string");
  }
});

test("hostile queries get a 200 or a 400, never an error", async ({ request }) => {
  const hostile = [
    "",
    " ",
    '"',
    '""',
    "*",
    "a*",
    "NEAR(",
    "NEAR(a b",
    "-",
    "-a",
    ":",
    "a:b",
    "{name}: x",
    "^",
    "^a",
    "AND",
    "OR",
    "NOT",
    "a AND",
    "OR b",
    "(",
    ")",
    "((a)",
    "[",
    "]",
    "\u0000",
    "\u0007\u001b",
    "🙂",
    "👨‍👩‍👧",
    "đ",
    "Đ",
    "\ud800",
    "x".repeat(1000),
    "%",
    "'",
    "\\",
    "'; DROP TABLE people; --",
  ];
  for (const q of hostile) {
    const { status } = await search(request, { q });
    expect([200, 400], JSON.stringify(q).slice(0, 40)).toContain(status);
  }
});

test("5,000 random and hostile queries never get a 5xx", async ({ request }) => {
  test.setTimeout(300_000);
  const syntax = fc.constantFrom(
    '"',
    "*",
    "NEAR(",
    "(",
    ")",
    "-",
    ":",
    "^",
    "AND",
    "OR",
    "NOT",
    "{",
    "}",
    "[",
    "]",
    "+",
    "%",
    "&",
    "#",
    "?",
    "'",
    "\\",
    " ",
    "\u0000",
    "\u0007",
    "\u200b",
    "\u0301",
    "\ud800",
    "🙂",
    "đ",
    "Ư",
    "bi thu",
    "lai chau",
    "nguyen",
    "ubmttq",
    "lhpn",
  );
  const query = fc.oneof(
    fc.string({ unit: "binary", maxLength: 80 }),
    fc.string({ unit: "grapheme", maxLength: 40 }),
    fc.array(syntax, { maxLength: 25 }).map((parts) => parts.join("")),
    fc.string({ unit: "binary-ascii", minLength: 900, maxLength: 1200 }),
  );
  const maybe = (arbitrary: fc.Arbitrary<string>) => fc.option(arbitrary, { nil: undefined });
  const params = fc.record({
    q: query,
    limit: maybe(fc.oneof(fc.integer({ min: -5, max: 80 }).map(String), fc.string({ maxLength: 4 }))),
    offset: maybe(fc.oneof(fc.integer({ min: -5, max: 400 }).map(String), fc.string({ maxLength: 4 }))),
    province: maybe(fc.constantFrom("lai-chau", "ha-noi", "", "x", "%00")),
    level: maybe(fc.constantFrom("province", "commune", "", "x")),
    kind: maybe(fc.constantFrom("board", "front_committee", "", "x")),
    current: maybe(fc.constantFrom("true", "false", "1", "", "yes")),
  });
  await fc.assert(
    fc.asyncProperty(params, async (p) => {
      const defined = Object.fromEntries(Object.entries(p).filter(([, v]) => v !== undefined)) as Record<string, string>;
      const { status, body } = await search(request, defined);
      expect([200, 400]).toContain(status);
      if (status === 400) expect(typeof body.error).toBe("string");
      else expect(Array.isArray(body.results)).toBe(true);
    }),
    { numRuns: 5000, seed: 20260122 },
  );
});

/**
 * The public API against a real seeded SQLite file, through its route handlers
 * as Next calls them: the OpenAPI document is valid OpenAPI 3.1 (checked by
 * @seriousme/openapi-schema-validator) and every documented operation answers
 * its example as documented (status, type, body against the documented schema,
 * CORS, ETag and a 304 for it); its documented error answers in the one error
 * shape; the rate limit answers 429 with Retry-After.
 */
import { Validator as OpenApiValidator } from "@seriousme/openapi-schema-validator";
import { Validator as SchemaValidator } from "jsonschema";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import zlib from "node:zlib";
import { sql } from "drizzle-orm";
import { dumpsAreStale, dumpsDir, writeDumps } from "@/db/dumps";
import { dataVersion } from "@/db/queries/data-version";
import { exportDocument } from "../helpers/popolo";
import { openApiDocument } from "@/lib/api/openapi";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security-headers";
import { tempDatabase } from "../helpers/db";
import fs from "node:fs";
import path from "node:path";

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;

/** Each documented path's route handler, as the app's folders lay them out. */
const HANDLERS: Record<string, () => Promise<{ GET: unknown }>> = {
  "/api/search": () => import("@/app/api/search/route"),
  "/api/hierarchy/{id}": () => import("@/app/api/hierarchy/[id]/route"),
  "/organizations/{file}": () => import("@/app/organizations/[file]/route"),
  "/people/{file}": () => import("@/app/people/[file]/route"),
  "/data/popolo.json": () => import("@/app/data/popolo.json/route"),
  "/data/files.json": () => import("@/app/data/files.json/route"),
};

const BASE = "https://danhba.example";
let demo: ReturnType<typeof tempDatabase>;
const saved = { ...process.env };

beforeAll(async () => {
  demo = tempDatabase();
  process.env.DATABASE_PATH = demo.file;
  process.env.DUMPS_DIR = path.join(path.dirname(demo.file), "open-data");
  (globalThis as { mttqDb?: unknown }).mttqDb = demo.db;
  await writeDumps({ photoUrl: (file) => `${BASE}/api/photos/${file}` });
});
afterAll(() => {
  (globalThis as { mttqDb?: unknown }).mttqDb = undefined;
  process.env = saved;
  demo.close();
});
afterEach(() => {
  delete process.env.API_RATE_LIMIT;
});

let clients = 0;
/** A request from a client of its own, so the rate limit of one test never reaches another. */
function request(url: string, headers: Record<string, string> = {}, client = `203.0.113.${++clients % 250}-${clients}`): Request {
  return new Request(new URL(url, BASE), { headers: { [CLIENT_ADDRESS_HEADER]: client, ...headers } });
}

interface Example {
  path?: Record<string, string | number>;
  query?: Record<string, string>;
  status?: number;
}

async function call(template: string, example: Example, headers: Record<string, string> = {}, client?: string): Promise<Response> {
  const pathParams = Object.fromEntries(Object.entries(example.path ?? {}).map(([k, v]) => [k, String(v)]));
  const url =
    template.replace(/\{(\w+)\}/g, (_, name: string) => pathParams[name]) + (example.query ? `?${new URLSearchParams(example.query)}` : "");
  const { GET } = await HANDLERS[template]();
  return (GET as Handler)(request(url, headers, client), { params: Promise.resolve(pathParams) });
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const validator = new OpenApiValidator();
    const result = await validator.validate(openApiDocument(BASE));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("an invalid one is refused (the check is real)", async () => {
    const broken = openApiDocument(BASE) as unknown as { paths: Record<string, { get: { responses: unknown } }> };
    broken.paths["/api/search"].get.responses = "none";
    expect((await new OpenApiValidator().validate(broken)).valid).toBe(false);
  });

  it("/api/openapi.json serves it", async () => {
    const { GET } = await import("@/app/api/openapi.json/route");
    const response = await GET(request("/api/openapi.json"), { params: Promise.resolve({}) });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual(openApiDocument(BASE));
  });
});

describe("every documented endpoint answers as documented", async () => {
  const validator = new OpenApiValidator();
  await validator.validate(openApiDocument(BASE));
  const resolved = validator.resolveRefs() as { paths: Record<string, { get: Record<string, unknown> }> };
  const schemas = new SchemaValidator();

  it("documents every handler and no more", () => {
    expect(Object.keys(resolved.paths).sort()).toEqual(Object.keys(HANDLERS).sort());
  });

  for (const [template, item] of Object.entries(resolved.paths)) {
    const operation = item.get as {
      responses: Record<string, { content?: Record<string, { schema: object }> }>;
      "x-example": Example;
      "x-example-error"?: Example & { status: number };
    };

    it(`GET ${template}: 200 with the documented body, CORS and an ETag that gives a 304`, async () => {
      const response = await call(template, operation["x-example"]);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      const tag = response.headers.get("etag");
      expect(tag).toBeTruthy();
      const body: unknown = await response.json();
      const schema = operation.responses["200"].content!["application/json"].schema;
      expect(schemas.validate(body, schema).errors.map(String)).toEqual([]);
      const again = await call(template, operation["x-example"], { "If-None-Match": tag! });
      expect(again.status).toBe(304);
      expect(operation.responses["304"]).toBeDefined();
    });

    const failure = operation["x-example-error"];
    if (failure) {
      it(`GET ${template}: its documented ${failure.status} in the one error shape`, async () => {
        expect(operation.responses[String(failure.status)]).toBeDefined();
        const response = await call(template, failure);
        expect(response.status).toBe(failure.status);
        expect(response.headers.get("access-control-allow-origin")).toBe("*");
        const body: unknown = await response.json();
        const schema = operation.responses[String(failure.status)].content!["application/json"].schema;
        expect(schemas.validate(body, schema).errors.map(String)).toEqual([]);
      });
    }
  }

  it("a bad date is a 400 in the one error shape, not a 500", async () => {
    const response = await call("/organizations/{file}", {
      path: { file: "uy-ban-trung-uong-mttq-viet-nam.json" },
      query: { at: "2026-13-40" },
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.stringMatching(/at/), code: "bad_request" });
  });
});

describe("rate limit", () => {
  it("past API_RATE_LIMIT requests a minute a client gets 429 with Retry-After; another client does not", async () => {
    process.env.API_RATE_LIMIT = "3";
    const example = { path: { file: "tong-thanh-binh.json" } };
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call("/people/{file}", example, {}, "198.51.100.7")).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await call("/people/{file}", example, {}, "198.51.100.7");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/too many/), code: "rate_limited" });
    expect((await call("/people/{file}", example, {}, "198.51.100.8")).status).toBe(200);
  });
});

describe("the dump files", () => {
  it("are listed with their size and served as listed", async () => {
    const listing = (await (await call("/data/files.json", {})).json()) as { files: { name: string; bytes: number; url: string }[] };
    const names = listing.files.map((file) => file.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "popolo.json.gz",
        "persons.ndjson",
        "memberships.ndjson",
        "people.csv",
        "organisations.csv",
        "posts.csv",
        "terms.csv",
        "sources.csv",
      ]),
    );
    const { GET } = await import("@/app/data/files/[name]/route");
    for (const file of listing.files) {
      expect(fs.statSync(path.join(process.env.DUMPS_DIR!, file.name)).size).toBe(file.bytes);
    }
    const csv = await GET(request("/data/files/terms.csv"), { params: Promise.resolve({ name: "terms.csv" }) });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    // A byte order mark first, so that spreadsheet programs read the file as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString("utf8").split("\n")[0]).toBe(
      "id,person_id,post_id,organization_id,label,start_date,end_date,attested_date,end_reason",
    );
    const missing = await GET(request("/data/files/..%2Fetc"), { params: Promise.resolve({ name: "../test.db" }) });
    expect(missing.status).toBe(404);
  });

  it("the gzip file is the live document; NDJSON has a record a line", () => {
    const live = exportDocument(demo.db);
    const dumped = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(dumpsDir(), "popolo.json.gz"))).toString("utf8")) as unknown;
    // Photos' addresses aside (none in the demo), the same records.
    expect(dumped).toEqual(live);
    const lines = fs.readFileSync(path.join(dumpsDir(), "memberships.ndjson"), "utf8").trim().split("\n");
    expect(lines.map((line) => JSON.parse(line) as unknown)).toEqual(live.memberships);
  });

  it("are made again only once the data has changed", async () => {
    expect(dumpsAreStale(dataVersion(demo.db))).toBe(false);
    // Any write goes with an audit entry (db/mutations); one stands for it here.
    demo.db.run(sql`INSERT INTO audit_log (action, entity_type, entity_id) VALUES ('person.update', 'person', 1)`);
    expect(dumpsAreStale(dataVersion(demo.db))).toBe(true);
    await writeDumps({ photoUrl: (file) => `${BASE}/api/photos/${file}` });
    expect(dumpsAreStale(dataVersion(demo.db))).toBe(false);
  });
});

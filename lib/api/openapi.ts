/**
 * The OpenAPI 3.1 description of the directory's public JSON endpoints, served
 * at /api/openapi.json and shown readably at /api. Every operation carries an
 * `x-example` (the parameters of a request that answers as documented), which
 * tests/integration/api.test.ts calls while it walks the document.
 */
import { LEVELS, ORGANIZATION_KINDS } from "../domain";
import { LOCALES } from "../i18n/locales";
import { MAX_LIMIT, MAX_OFFSET, MAX_QUERY_LENGTH } from "../search/params";

type Schema = Record<string, unknown>;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema) => ({ "application/json": { schema } });
const error = (description: string) => ({ description, content: json(ref("Error")) });
const query = (name: string, description: string, schema: Schema, example?: unknown) => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
  ...(example === undefined ? {} : { example }),
});
const path = (name: string, description: string, schema: Schema) => ({ name, in: "path", required: true, description, schema });

const atParameter = query("at", "The day to read the directory at (YYYY-MM-DD); default today.", { type: "string", format: "date" });
const slug = { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" };

/** Headers every answer of the API carries. */
const common = {
  ETag: { description: "The answer's version; send it back in If-None-Match for a 304.", schema: { type: "string" } },
  "Access-Control-Allow-Origin": { description: "Always `*`: any site may read the data.", schema: { type: "string" } },
};
const ok = (description: string, content: Record<string, unknown>) => ({ description, headers: common, content });
const limited = {
  description: "Too many requests from this client; wait the seconds Retry-After says.",
  headers: { "Retry-After": { description: "Seconds to wait.", schema: { type: "integer" } } },
  content: json(ref("Error")),
};
const notModified = { description: "The client's copy (If-None-Match) is current." };

const popoloDocument = {
  type: "object",
  required: ["persons", "organizations", "posts", "memberships", "areas"],
  properties: Object.fromEntries(
    ["persons", "organizations", "posts", "memberships", "areas"].map((section) => [section, { type: "array", items: { type: "object" } }]),
  ),
};

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "MTTQ directory API",
      version: "1.0.0",
      summary: "Committees of the Vietnam Fatherland Front, their officials and their concurrent roles.",
      description:
        "Read-only, open to everyone: no key, CORS for any origin, ETags on every answer. One client may make API_RATE_LIMIT requests a minute (600 unless the site says otherwise); beyond that the answer is 429 with Retry-After. Errors have one shape (`Error`). Records are in Popolo JSON (popoloproject.com); the data comes from public reports, cite it as the directory's page says at /data/.",
      license: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/search": {
        get: {
          operationId: "search",
          summary: "Search people and organisations by name or role",
          description:
            'Names with or without tone marks, abbreviations (MTTQ, Hội LHPN …), roles ("bí thư tỉnh đoàn lai châu"), typos forgiven unless strict=1.',
          parameters: [
            query("q", "The words to search for.", { type: "string", maxLength: MAX_QUERY_LENGTH }, "tong thanh binh"),
            query("limit", "Results per page.", { type: "integer", minimum: 1, maximum: MAX_LIMIT, default: 20 }),
            query("offset", "Results to skip.", { type: "integer", minimum: 0, maximum: MAX_OFFSET, default: 0 }),
            query("province", "Only this province (its slug).", { type: "string" }),
            query("level", "Only organisations (and roles) of this level.", { type: "string", enum: [...LEVELS] }),
            query("kind", "Only organisations of this kind.", { type: "string", enum: [...ORGANIZATION_KINDS] }),
            query("current", "Only roles held today (true) or also past ones.", { type: "string", enum: ["true", "false", "1", "0"] }),
            query("type", "Only people or only organisations.", { type: "string", enum: ["person", "organization"] }),
            query("strict", "Every word as typed: no respelling, no word left out.", { type: "string", enum: ["true", "false", "1", "0"] }),
            query("locale", "The language of titles and addresses in the results.", { type: "string", enum: [...LOCALES] }),
          ],
          responses: {
            "200": ok("The results, best first.", json(ref("SearchResults"))),
            "304": notModified,
            "400": error("A parameter is not valid; `error` names it."),
            "429": limited,
            "503": error("Search is busy; try again shortly."),
          },
          "x-example": { query: { q: "tong thanh binh" } },
          "x-example-error": { query: { limit: "9999" }, status: 400 },
        },
      },
      "/api/hierarchy/{id}": {
        get: {
          operationId: "hierarchyChildren",
          summary: "The organisations directly under one (the tree, a level at a time)",
          parameters: [path("id", "The organisation's number (as the tree gives it).", { type: "integer", minimum: 1 }), atParameter],
          responses: {
            "200": ok("The organisations under it, in the tree's order.", json(ref("TreeChildren"))),
            "304": notModified,
            "400": error("`at` is not a date."),
            "404": error("No such organisation on that day."),
            "429": limited,
          },
          "x-example": { path: { id: 1 } },
          "x-example-error": { path: { id: 999999999 }, status: 404 },
        },
      },
      "/organizations/{file}": {
        get: {
          operationId: "organization",
          summary: "One organisation in Popolo JSON, with its posts and their current and past holders",
          parameters: [
            path("file", "`<slug>.json`, the slug as in the organisation's page address.", {
              type: "string",
              pattern: "^[a-z0-9-]+\\.json$",
            }),
            atParameter,
          ],
          responses: {
            "200": ok(
              "The organisation; each post's `memberships` are current (`current: true` on the day) first.",
              json(ref("PopoloOrganization")),
            ),
            "304": notModified,
            "400": error("`at` is not a date."),
            "404": error("No such organisation."),
            "429": limited,
          },
          "x-example": { path: { file: "uy-ban-trung-uong-mttq-viet-nam.json" } },
          "x-example-error": { path: { file: "no-such-organisation.json" }, status: 404 },
        },
      },
      "/people/{file}": {
        get: {
          operationId: "person",
          summary: "One person in Popolo JSON, with every term, its post, organisation and sources",
          parameters: [
            path("file", "`<slug>.json`, the slug as in the person's page address.", { type: "string", pattern: "^[a-z0-9-]+\\.json$" }),
          ],
          responses: {
            "200": ok("The person.", json(ref("PopoloPerson"))),
            "304": notModified,
            "404": error("No such person."),
            "429": limited,
          },
          "x-example": { path: { file: "tong-thanh-binh.json" } },
          "x-example-error": { path: { file: "no-such-person.json" }, status: 404 },
        },
      },
      "/data/popolo.json": {
        get: {
          operationId: "popoloExport",
          summary: "The whole public directory in Popolo JSON, streamed",
          description:
            "Persons, organizations (with parent_id), posts, memberships (with their sources) and areas, as they are now. For a file to keep, take the gzip dump listed at /data/.",
          responses: {
            "200": ok("The document.", json(popoloDocument)),
            "304": notModified,
            "429": limited,
          },
          "x-example": {},
        },
      },
      "/data/files.json": {
        get: {
          operationId: "dumps",
          summary: "The downloadable files (Popolo gzip, NDJSON per type, CSV tables) with their size and date",
          responses: { "200": ok("The files.", json(ref("Dumps"))), "304": notModified, "429": limited },
          "x-example": {},
        },
      },
    },
    components: {
      schemas: {
        Error: {
          type: "object",
          required: ["error", "code"],
          properties: {
            error: { type: "string", description: "What is wrong, in words." },
            code: { type: "string", enum: ["bad_request", "not_found", "rate_limited", "unavailable", "internal"] },
          },
        },
        SearchResults: {
          type: "object",
          required: ["query", "total", "results"],
          properties: {
            query: { type: "string" },
            total: { type: "integer" },
            totalIsLowerBound: { type: "boolean" },
            results: {
              type: "array",
              items: {
                type: "object",
                required: ["type", "slug", "name", "url"],
                properties: {
                  type: { type: "string", enum: ["person", "organization"] },
                  slug,
                  name: { type: "string" },
                  url: { type: "string" },
                  roles: { type: "array" },
                  score: { type: "number" },
                },
              },
            },
            suggestion: { type: ["string", "null"] },
            respelled: { type: ["string", "null"] },
            dropped: { type: "array", items: { type: "string" } },
            relaxedQuery: { type: ["string", "null"] },
            terms: { type: "array", items: { type: "object" } },
          },
        },
        TreeChildren: {
          type: "object",
          required: ["nodes"],
          properties: { nodes: { type: "array", items: { type: "object", required: ["id", "slug", "name"] } } },
        },
        PopoloPerson: {
          type: "object",
          description: "A Popolo person (popoloproject.com/schemas/person.json) with its memberships.",
          required: ["id", "name"],
          properties: { id: { type: "string" }, name: { type: "string" }, memberships: { type: "array", items: { type: "object" } } },
        },
        PopoloOrganization: {
          type: "object",
          description: "A Popolo organization (popoloproject.com/schemas/organization.json) with its posts and their memberships.",
          required: ["id", "name", "posts"],
          properties: {
            id: { type: "string" },
            name: { type: "string" },
            parent_id: { type: "string" },
            posts: { type: "array", items: { type: "object" } },
          },
        },
        Dumps: {
          type: "object",
          required: ["generatedAt", "files"],
          properties: {
            generatedAt: { type: ["string", "null"] },
            files: {
              type: "array",
              items: {
                type: "object",
                required: ["name", "url", "bytes", "format"],
                properties: { name: { type: "string" }, url: { type: "string" }, bytes: { type: "integer" }, format: { type: "string" } },
              },
            },
          },
        },
      },
    },
  };
}

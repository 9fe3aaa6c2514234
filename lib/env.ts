/**
 * Every environment variable the directory reads, validated with zod in one
 * place, with its default and meaning (the README's configuration table lists
 * the same). Read through `env()`, which parses process.env on each call so that
 * a test or script that sets a variable sees it; a bad value is one clear error.
 */
import { z } from "zod";

const port = z.coerce.number().int().min(1).max(65535);
const flag = z.enum(["true", "false"]).transform((value) => value === "true");
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === "" ? undefined : value));

export const envSchema = z.object({
  /** The SQLite file; created, migrated and seeded on first start. */
  DATABASE_PATH: z.string().min(1).default("data/mttq.db"),
  /** The port `npm start` serves on. */
  PORT: port.default(3000),
  /** Worker threads answering GET /api/search in the production server (default: 2, or 1 on a 1-core machine). */
  SEARCH_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  /** Server processes `npm start` runs, sharing the port and the SQLite file (default: one per core). */
  SERVER_PROCESSES: z.coerce.number().int().min(1).max(64).optional(),
  /** Megabytes of rendered public pages each server process keeps in memory (server/page-cache.ts); 0 turns the cache off. */
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  /** Seconds a shared cache (nginx, a CDN) may serve a public page without asking again (`s-maxage`). */
  PAGE_CACHE_S_MAXAGE: z.coerce
    .number()
    .int()
    .min(0)
    .max(24 * 60 * 60)
    .default(10),
  /** Seconds past `s-maxage` a shared cache may serve the old page while it fetches the new one (`stale-while-revalidate`). */
  PAGE_CACHE_STALE_WHILE_REVALIDATE: z.coerce
    .number()
    .int()
    .min(0)
    .max(7 * 24 * 60 * 60)
    .default(60),
  /** The public address of the site, for absolute URLs (canonical, OpenGraph, JSON-LD); default: the request's host. */
  SITE_URL: z.url().optional(),
  /**
   * Whether the session cookie is `Secure` with the `__Host-` prefix. Default: on in
   * production, off in development; set it to false to serve plain HTTP on an address
   * browsers do not treat as secure (anything but localhost).
   */
  COOKIE_SECURE: flag.optional(),
  /**
   * The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed:
   * addresses or CIDR ranges, separated by commas ("127.0.0.1,10.0.0.0/8"). Default:
   * none, so the client is the address the connection comes from.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((value) =>
      value
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[0-9a-fA-F:.]+(\/\d{1,3})?$/, { error: "an IP address or CIDR range" }))),
  /** Minutes a session may go unused before it ends. */
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(60),
  /** Hours a session lasts at most, however busy. */
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  /** Where `npm run db:backup` and the scheduled backup write their copies (default: `backups/` beside the database). */
  BACKUP_DIR: optionalText,
  /** Hours between the production server's automatic backups; 0 turns them off. */
  BACKUP_INTERVAL_HOURS: z.coerce
    .number()
    .min(0)
    .max(24 * 7)
    .default(24),
  /** How many backups to keep; older ones are deleted after each new one. */
  BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(14),
  /** Where the open data's files (/data/) are written (default: `open-data/` beside the database). */
  DUMPS_DIR: optionalText,
  /** Minutes between the production server's checks whether the data changed, remaking the open data's files if so; 0 turns it off. */
  DUMPS_CHECK_MINUTES: z.coerce
    .number()
    .min(0)
    .max(24 * 60)
    .default(10),
  /** Requests a minute one client may make to the API and the data exports (429 with Retry-After beyond); 0 turns the limit off. */
  API_RATE_LIMIT: z.coerce.number().int().min(0).max(1_000_000).default(600),
  /** The first administrator's password, used only on the first start with no users (at least 12 characters). */
  ADMIN_INITIAL_PASSWORD: optionalText.pipe(z.string().min(12).optional()),
  /** The Chromium that browser tests, audits and benchmarks drive. */
  CHROMIUM_PATH: optionalText,
  /** The port the browser tests' server listens on. */
  E2E_PORT: port.default(3100),
  /** Set by Next.js and Node tooling: "development", "production" or "test". */
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
});

export type Env = z.infer<typeof envSchema>;

/** Whether session cookies are Secure (and __Host- prefixed): COOKIE_SECURE, else on in production. */
export function secureCookies(values: Env = env()): boolean {
  return values.COOKIE_SECURE ?? values.NODE_ENV === "production";
}

/** The environment, validated; throws one readable error naming every bad variable. */
export function env(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
  throw new Error(`Invalid environment: ${problems}`);
}

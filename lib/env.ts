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
  /** The public address of the site, for absolute URLs (canonical, OpenGraph, JSON-LD); default: the request's host. */
  SITE_URL: z.url().optional(),
  /** Mark the session cookie Secure even when no proxy says the request was HTTPS. */
  COOKIE_SECURE: flag.default(false),
  /** The first administrator's password, used only on the first start with no users (at least 10 characters). */
  ADMIN_INITIAL_PASSWORD: optionalText.pipe(z.string().min(10).optional()),
  /** The Chromium that browser tests, audits and benchmarks drive. */
  CHROMIUM_PATH: optionalText,
  /** The port the browser tests' server listens on. */
  E2E_PORT: port.default(3100),
  /** Set by Next.js and Node tooling: "development", "production" or "test". */
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
});

export type Env = z.infer<typeof envSchema>;

/** The environment, validated; throws one readable error naming every bad variable. */
export function env(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
  throw new Error(`Invalid environment: ${problems}`);
}

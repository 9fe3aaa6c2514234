/**
 * Proofs under faults and load, printing figures (never part of `npm test`):
 *
 *   npm run proof:crash    kill -9 a writer 20 times at random moments during a stream of appointments and
 *                          article imports; then integrity_check, every acknowledged write and its audit entry,
 *                          and no import half-applied
 *   npm run proof:load     10 editors writing for 60 s while 20 readers load pages and search the production
 *                          server: 5xx count, lost writes, audit entries matching writes, p95 page and write times
 *   npm run proof:hostile  5,000 generated hostile inputs into every field of every write: no exception (what a
 *                          server answers with a 500), every refusal a known code with message keys the forms show
 *
 * The writers run the directory's one write path (executeMutation, the function every server action calls) in
 * their own processes on the same SQLite file, as the server does; the readers go over HTTP.
 * Options: --rounds N (crash), --seconds N (load), --runs N (hostile).
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { parseArgs } from "node:util";
import { eq, sql } from "drizzle-orm";
import fc from "fast-check";
import { organizationInScope } from "../db/auth/scope";
import { createSession } from "../db/auth/sessions";
import { buildReview } from "../db/import/review";
import { importArticle } from "../db/import/commit";
import { inTransaction, openDatabase, type Db } from "../db/client";
import * as mutations from "../db/mutations";
import { executeMutation, type Mutation } from "../db/mutations";
import { insertUser } from "../db/mutations/users";
import { organizations, posts } from "../db/schema";
import { seedDemo } from "../db/seed";
import { admin as adminMessages } from "../lib/i18n/messages/admin";
import { importMessages } from "../lib/i18n/messages/import";
import { resolveSession } from "../db/auth/sessions";
import { startProductionServer } from "./production-server";

const LAI_CHAU = "uy-ban-mttq-viet-nam-tinh-lai-chau";
const ARTICLE = fs.readFileSync(path.join(process.cwd(), "tests/fixtures/seed/laichau-tong-ket-2025.txt"), "utf8");

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: "string" },
    seconds: { type: "string" },
    runs: { type: "string" },
    db: { type: "string" },
    token: { type: "string" },
    seed: { type: "string" },
  },
});

/** A demo database with an editor of Lai Châu, and that editor's session token. */
function prepare(file: string): { db: Db; token: string } {
  const db = openDatabase(file);
  seedDemo(db);
  const scope = db.select().from(organizations).where(eq(organizations.slug, LAI_CHAU)).get()!.id;
  const user = inTransaction(db, (tx) =>
    insertUser(tx, null, {
      username: `proof-${process.pid}`,
      displayName: "Proof editor",
      password: "proof-editor-password",
      role: "editor",
      scopeOrganizationId: scope,
    }),
  );
  return { db, token: createSession(db, user.id).token };
}

const vicePost = (db: Db) => {
  const scope = db.select().from(organizations).where(eq(organizations.slug, LAI_CHAU)).get()!.id;
  return db
    .select()
    .from(posts)
    .where(sql`${posts.organizationId} = ${scope} AND ${posts.roleKey} = 'vice_chair'`)
    .get()!;
};

/** The decisions the review page submits when every resolvable row is accepted as proposed. */
function importInput(db: Db, token: string, sourceTitle: string) {
  const contextId = db.select().from(organizations).where(eq(organizations.slug, LAI_CHAU)).get()!.id;
  const actor = resolveSession(db, token)!;
  const review = buildReview(db, actor, { text: ARTICLE, contextId, date: "2026-01-22" })!;
  const inScope = (postId: number | null | undefined) => {
    const post = postId ? db.select().from(posts).where(eq(posts.id, postId)).get() : undefined;
    return post !== undefined && organizationInScope(db, actor, post.organizationId);
  };
  const rows = review.rows
    .filter((row) => row.status === "known" && inScope(row.post?.id))
    .map((row) => ({
      key: row.key,
      person: row.person.id ? String(row.person.id) : "new",
      personName: row.person.fullName,
      post: row.post?.id ? String(row.post.id) : "proposed",
      date: "2026-01-22",
      dateKind: row.dateKind,
    }));
  return { text: ARTICLE, contextId, sourceTitle, sourcePublisher: "Proof", sourceDate: "2026-01-22", rows };
}

/** One writer: appointments and imports without end, each acknowledged on stdout once committed. */
function writer(file: string, token: string, seed: number) {
  const db = openDatabase(file);
  const post = vicePost(db);
  console.log("READY");
  for (let n = 0; ; n++) {
    const tag = `${seed}-${n}`;
    if (n % 4 === 3) {
      const title = `Proof import ${tag}`;
      const result = executeMutation(db, token, importArticle, importInput(db, token, title));
      if (result.ok) console.log(`ACK import ${result.value.sourceId} ${title}`);
      else console.log(`REFUSED import ${result.code} ${JSON.stringify(result.details).slice(0, 300)}`);
    } else {
      const name = `Người Thử Tải ${tag}`;
      const result = executeMutation(db, token, mutations.appointToPost, {
        personName: name,
        postId: post.id,
        startDate: "2026-02",
        confirmNotDuplicate: true,
        sourceTitle: `Proof source ${seed}`,
      });
      if (result.ok) console.log(`ACK appoint ${result.value.id} ${name}`);
      else console.log(`REFUSED appoint ${result.code}`);
    }
  }
}

interface Ack {
  kind: "appoint" | "import";
  id: number;
}

/** Runs a writer until it is killed -9 `ms` after it is ready to write (its start-up can take seconds on a busy machine), collecting its acknowledgements. */
function writeUntilKilled(file: string, token: string, seed: number, ms: number): Promise<Ack[]> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "scripts/proof.ts", "writer", "--db", file, `--token=${token}`, "--seed", String(seed)],
      {
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    const acks: Ack[] = [];
    readline.createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line === "READY") setTimeout(() => child.kill("SIGKILL"), ms);
      const match = /^ACK (appoint|import) (\d+)/.exec(line);
      if (match) acks.push({ kind: match[1] as Ack["kind"], id: Number(match[2]) });
    });
    // Only what the writer printed before the kill counts as acknowledged.
    child.on("exit", () => setTimeout(() => resolve(acks), 50));
  });
}

async function crash(rounds: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-proof-crash-"));
  const file = path.join(dir, "crash.db");
  const { db, token } = prepare(file);
  db.$client.close();
  const acks: Ack[] = [];
  for (let round = 0; round < rounds; round++) {
    const ms = 200 + Math.floor(Math.random() * 2300);
    const got = await writeUntilKilled(file, token, round, ms);
    acks.push(...got);
    console.log(`[proof] round ${round + 1}/${rounds}: killed -9 ${ms} ms into writing, ${got.length} writes acknowledged`);
  }
  const check = openDatabase(file);
  const integrity = check.$client.pragma("integrity_check", { simple: true });
  const missing = acks.filter(({ kind, id }) =>
    kind === "appoint"
      ? !check.get(
          sql`SELECT 1 FROM memberships m JOIN audit_log a ON a.entity_type = 'membership' AND a.entity_id = m.id AND a.action = 'term.appoint' WHERE m.id = ${id}`,
        )
      : !check.get(sql`SELECT 1 FROM audit_log WHERE action = 'import.commit' AND entity_id = ${id}`),
  );
  // An import is whole when its source has its commit entry and every row it lists is cited.
  const imports = check.all<{ id: number; rows: number; cited: number; committed: number }>(sql`
    SELECT s.id,
      (SELECT json_array_length(a.after, '$.rows') FROM audit_log a WHERE a.action = 'import.commit' AND a.entity_id = s.id) AS rows,
      (SELECT count(*) FROM membership_sources ms WHERE ms.source_id = s.id) AS cited,
      (SELECT count(*) FROM audit_log a WHERE a.action = 'import.commit' AND a.entity_id = s.id) AS committed
    FROM sources s WHERE s.title LIKE 'Proof import %'`);
  const halfApplied = imports.filter((row) => row.committed !== 1 || row.rows !== row.cited);
  console.log("");
  console.log(`kills: ${rounds}`);
  console.log(
    `acknowledged writes: ${acks.length} (${acks.filter((a) => a.kind === "appoint").length} appointments, ${acks.filter((a) => a.kind === "import").length} imports)`,
  );
  console.log(`PRAGMA integrity_check: ${String(integrity)}`);
  console.log(`acknowledged writes missing or without their audit entry: ${missing.length}`);
  console.log(`imports on record: ${imports.length}, half-applied: ${halfApplied.length}`);
  check.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(acks.length > 0 && integrity === "ok" && missing.length === 0 && halfApplied.length === 0 ? 0 : 1);
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
};

/** One editor process: appointments for `seconds`, printing each write's time and id. */
function editor(file: string, token: string, seed: number, seconds: number) {
  const db = openDatabase(file);
  const post = vicePost(db);
  const until = Date.now() + seconds * 1000;
  for (let n = 0; Date.now() < until; n++) {
    const started = performance.now();
    const result = executeMutation(db, token, mutations.appointToPost, {
      personName: `Người Thử Tải ${seed}-${n}`,
      postId: post.id,
      startDate: "2026-02",
      confirmNotDuplicate: true,
      sourceTitle: `Proof source ${seed}`,
    });
    const ms = performance.now() - started;
    console.log(result.ok ? `WRITE ${result.value.id} ${ms.toFixed(2)}` : `REFUSED ${result.code} ${ms.toFixed(2)}`);
    // An editor thinks between saves; 10 editors at this pace are a heavy day's work per minute.
    const pause = Date.now() + 50;
    while (Date.now() < pause);
  }
}

async function load(seconds: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-proof-load-"));
  const file = path.join(dir, "load.db");
  const { db, token } = prepare(file);
  const slugs = db.all<{ slug: string }>(sql`SELECT slug FROM people ORDER BY id LIMIT 50`).map((row) => row.slug);
  db.$client.close();
  const server = await startProductionServer({ databasePath: file, quiet: true });
  const writes: number[] = [];
  const written: number[] = [];
  let refusedWrites = 0;
  const editors = Array.from(
    { length: 10 },
    (_, i) =>
      new Promise<void>((resolve) => {
        const child = spawn(
          process.execPath,
          [
            "--import",
            "tsx",
            "scripts/proof.ts",
            "editor",
            "--db",
            file,
            // "=": a session token may begin with "-", which parseArgs would read as an option.
            `--token=${token}`,
            "--seed",
            String(i),
            "--seconds",
            String(seconds),
          ],
          {
            stdio: ["ignore", "pipe", "inherit"],
          },
        );
        readline.createInterface({ input: child.stdout! }).on("line", (line) => {
          const [kind, id, ms] = line.split(" ");
          if (kind === "WRITE") {
            written.push(Number(id));
            writes.push(Number(ms));
          } else if (kind === "REFUSED") refusedWrites++;
        });
        child.on("exit", () => resolve());
      }),
  );
  const pages: number[] = [];
  let serverErrors = 0;
  let requests = 0;
  const paths = ["/", "/hierarchy", `/organizations/${LAI_CHAU}`, "/api/search?q=lai+chau", "/search?q=chu+tich"];
  const until = Date.now() + seconds * 1000;
  const readers = Array.from({ length: 20 }, async (_, i) => {
    for (let n = i; Date.now() < until; n++) {
      const target = n % 3 === 0 ? `/people/${slugs[n % slugs.length]}` : paths[n % paths.length];
      const started = performance.now();
      const response = await fetch(server.baseUrl + target);
      await response.arrayBuffer();
      pages.push(performance.now() - started);
      requests++;
      if (response.status >= 500) serverErrors++;
    }
  });
  await Promise.all([...readers, ...editors]);
  server.stop();
  const check = openDatabase(file);
  const lost = written.filter((id) => !check.get(sql`SELECT 1 FROM memberships WHERE id = ${id}`)).length;
  const unmatched = written.filter(
    (id) =>
      !check.get(
        sql`SELECT 1 FROM audit_log WHERE entity_type = 'membership' AND entity_id = ${id} AND action = 'term.appoint' AND json_extract(after, '$.id') = ${id}`,
      ),
  ).length;
  console.log("");
  console.log(`duration: ${seconds} s, 10 editors, 20 readers`);
  console.log(`reader requests: ${requests}, 5xx: ${serverErrors}`);
  console.log(
    `writes acknowledged: ${written.length}, refused (busy or rules): ${refusedWrites}, lost: ${lost}, without a matching audit entry: ${unmatched}`,
  );
  console.log(`page and search time p50 ${percentile(pages, 50).toFixed(1)} ms, p95 ${percentile(pages, 95).toFixed(1)} ms`);
  console.log(`write time p50 ${percentile(writes, 50).toFixed(1)} ms, p95 ${percentile(writes, 95).toFixed(1)} ms`);
  check.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(written.length > 0 && serverErrors === 0 && lost === 0 && unmatched === 0 ? 0 : 1);
}

/** Every message key a form can show for a refusal. */
const KNOWN_KEYS = new Set(
  [...Object.keys(adminMessages.vi), ...Object.keys(importMessages.vi)]
    .filter((key) => key.startsWith("errors_"))
    .map((key) => key.slice("errors_".length)),
);
const CODES = new Set(["unauthenticated", "forbidden", "not_found", "invalid", "stale", "overlap", "duplicate", "busy"]);

async function hostile(runs: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-proof-hostile-"));
  const { db, token } = prepare(path.join(dir, "hostile.db"));
  const field = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 300 }),
    fc.string({ unit: "binary", maxLength: 50 }),
    fc.constantFrom(
      "",
      " ",
      "1e400",
      "-1",
      "0",
      "NaN",
      "Infinity",
      "9007199254740993",
      "2026-13-45",
      "31/02/2026",
      "'; DROP TABLE people; --",
      "<script>alert(1)</script>",
      "%00",
      "\u0000",
      "on",
      "true",
      "new",
      "proposed",
      "a".repeat(100_000),
    ),
    fc.integer(),
    fc.double(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 5 }),
  );
  const post = vicePost(db);
  const targets: [string, Mutation<unknown, unknown>, string[]][] = [
    [
      "createPerson",
      mutations.createPerson as Mutation<unknown, unknown>,
      ["fullName", "gender", "birthYear", "ethnicity", "hometown", "biography", "otherNames", "confirmNotDuplicate"],
    ],
    [
      "updatePerson",
      mutations.updatePerson as Mutation<unknown, unknown>,
      ["id", "version", "fullName", "birthYear", "biography", "otherNames"],
    ],
    [
      "appointToPost",
      mutations.appointToPost as Mutation<unknown, unknown>,
      [
        "personId",
        "personName",
        "personBirthYear",
        "postId",
        "startDate",
        "attestedDate",
        "endDate",
        "endConflicting",
        "conflictVersions",
        "sourceId",
        "sourceTitle",
        "sourceUrl",
        "sourceDate",
      ],
    ],
    ["endTerm", mutations.endTerm as Mutation<unknown, unknown>, ["id", "version", "endDate", "endReason", "sourceTitle"]],
    ["correctTerm", mutations.correctTerm as Mutation<unknown, unknown>, ["id", "version", "reason", "postId", "startDate", "endDate"]],
    ["retractTerm", mutations.retractTerm as Mutation<unknown, unknown>, ["id", "version", "reason"]],
    ["createOrganization", mutations.createOrganization as Mutation<unknown, unknown>, ["parentId", "name", "kind", "memberType", "level"]],
    ["renameOrganization", mutations.renameOrganization as Mutation<unknown, unknown>, ["id", "version", "name", "nameEn", "shortName"]],
    ["createPost", mutations.createPost as Mutation<unknown, unknown>, ["organizationId", "title", "roleKey", "maxHolders"]],
    ["createSource", mutations.createSource as Mutation<unknown, unknown>, ["sourceTitle", "sourceUrl", "sourceDate", "sourcePublisher"]],
    ["changeOwnPassword", mutations.changeOwnPassword as Mutation<unknown, unknown>, ["currentPassword", "newPassword"]],
    ["revertChange", mutations.revertChange as Mutation<unknown, unknown>, ["id", "reason"]],
    ["importArticle", importArticle as Mutation<unknown, unknown>, ["text", "contextId", "sourceTitle", "sourceDate", "rows"]],
  ];
  let exceptions = 0;
  let unclear = 0;
  let total = 0;
  const started = performance.now();
  for (const [name, mutation, fields] of targets) {
    const input = fc.record(Object.fromEntries(fields.map((key) => [key, field])), { requiredKeys: [] });
    const samples = fc.sample(input, runs);
    samples.push({ postId: post.id, personName: "x" } as never);
    for (const sample of samples) {
      total++;
      try {
        const result = executeMutation(db, token, mutation, sample);
        if (result.ok) continue;
        const keys = Object.values(result.details.fieldErrors ?? {}).flat();
        if (!CODES.has(result.code) || keys.some((key) => !KNOWN_KEYS.has(key))) {
          unclear++;
          if (unclear <= 5) console.log(`[proof] unclear refusal from ${name}: ${JSON.stringify(result).slice(0, 300)}`);
        }
      } catch (error) {
        exceptions++;
        if (exceptions <= 5) console.log(`[proof] ${name} threw on ${JSON.stringify(sample).slice(0, 200)}: ${(error as Error).message}`);
      }
    }
  }
  console.log("");
  console.log(
    `inputs: ${total} (${runs} per write, ${targets.length} writes, every field hostile) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`exceptions (would be 5xx): ${exceptions}`);
  console.log(`refusals without a known code and message: ${unclear}`);
  console.log(`PRAGMA integrity_check: ${String(db.$client.pragma("integrity_check", { simple: true }))}`);
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(exceptions === 0 && unclear === 0 ? 0 : 1);
}

const mode = positionals[0];
if (mode === "writer") writer(options.db!, options.token!, Number(options.seed));
else if (mode === "editor") editor(options.db!, options.token!, Number(options.seed), Number(options.seconds));
else if (mode === "crash") await crash(Number(options.rounds ?? 20));
else if (mode === "load") await load(Number(options.seconds ?? 60));
else if (mode === "hostile") await hostile(Number(options.runs ?? 5000));
else {
  console.error("usage: tsx scripts/proof.ts crash|load|hostile [--rounds N] [--seconds N] [--runs N]");
  process.exit(1);
}

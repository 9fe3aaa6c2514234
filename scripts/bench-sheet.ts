/**
 * `npm run bench:sheet`: how long an upload of a 10,000-row members file takes
 * to be read and reviewed (target: 5 s), on the synthetic 200,000-person
 * database, for XLSX and CSV. The file is the directory's own members download
 * of the terms held in one province's committees (every row naming its
 * organisation), with one row in ten given an end date, one in twenty a new
 * person and one in fifty a broken date, as an edited file would have. Each
 * step is timed three times (median printed), beside a reference measured in
 * the same run (csv-parse reading the same CSV alone), since the machine is
 * shared and noisy. Then the commit of every ticked row, once, on a copy.
 *
 *   npm run bench:sheet [-- --db data/synthetic-200000.db --rows 10000]
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import type { Actor } from "../db/auth/sessions";
import { inTransaction, openDatabase, type Db } from "../db/client";
import { importSheet } from "../db/import/sheet-commit";
import { buildSheetReview } from "../db/import/sheet-review";
import type { TermRecord } from "../db/queries/exports";
import { insertUser } from "../db/mutations/users";
import { todayIso } from "../lib/dates";
import { readMemberSheet } from "../lib/import/sheet";
import { memberTable } from "../lib/spreadsheet/tables";
import { readSpreadsheet, toCsv, toXlsx, type SheetTable } from "../lib/spreadsheet/workbook";

const TARGET_MS = 5000;

/** The province Front committee with the most terms held in the committees below it, and those terms. */
function provinceTerms(db: Db, rows: number): { organizationId: number; name: string; terms: TermRecord[] } {
  const province = db.get<{ id: number; name: string }>(sql`
    SELECT o.id, o.name FROM organizations o
    WHERE o.kind = 'front_committee' AND o.level = 'province'
    ORDER BY (SELECT count(*) FROM organizations c WHERE c.parent_id = o.id) DESC LIMIT 1`)!;
  const at = todayIso();
  const terms = db.all<TermRecord>(sql`
    WITH RECURSIVE below(id) AS (
      SELECT ${province.id} UNION ALL SELECT o.id FROM organizations o JOIN below ON o.parent_id = below.id)
    SELECT pe.full_name AS personName, pe.slug AS personSlug, p.title AS postTitle, p.role_key AS roleKey,
           o.name AS organizationName, o.name_en AS organizationNameEn, o.level,
           m.start_date AS startDate, m.end_date AS endDate, m.attested_date AS attestedDate,
           s.title AS sourceTitle, s.url AS sourceUrl, s.published_date AS sourceDate
    FROM memberships m JOIN below b ON b.id = m.organization_id
    JOIN posts p ON p.id = m.post_id JOIN organizations o ON o.id = m.organization_id JOIN people pe ON pe.id = m.person_id
    LEFT JOIN sources s ON s.id = (SELECT source_id FROM membership_sources WHERE membership_id = m.id LIMIT 1)
    WHERE m.retracted_at IS NULL AND m.held_until >= ${at} AND m.held_from <= ${at}
    ORDER BY m.id LIMIT ${rows}`);
  return { organizationId: province.id, name: province.name, terms };
}

/** The members download of those terms, edited as an editor would: ends, new people, a few mistakes. */
function editedTable(terms: TermRecord[]): SheetTable {
  const table = memberTable(terms, "vi", "https://example.invalid");
  const column = (header: string) => table.header.indexOf(header);
  const [name, end, start, attested, profile] = [
    "Họ và tên",
    "Ngày kết thúc",
    "Ngày bắt đầu",
    "Ngày nguồn ghi nhận đang giữ",
    "Trang hồ sơ",
  ].map(column);
  table.rows.forEach((row, i) => {
    if (i % 10 === 3) row[end] = todayIso();
    if (i % 20 === 7) [row[name], row[profile]] = [`${row[name]} Thử`, null];
    if (i % 50 === 11) [row[start], row[attested]] = ["31/02/2026", null];
  });
  return table;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

async function timed<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

async function main() {
  const { values } = parseArgs({ options: { db: { type: "string" }, rows: { type: "string" } } });
  const source = path.resolve(values.db ?? "data/synthetic-200000.db");
  const wanted = Number(values.rows ?? 10_000);
  if (!fs.existsSync(source)) {
    console.log(`Building ${source} (once) …`);
    const built = spawnSync("npm", ["run", "db:synthetic", "--", "--people", "200000", "--out", source], { stdio: "inherit" });
    if (built.status !== 0) throw new Error("building the synthetic database failed");
  }
  // A copy: the commit writes, and the synthetic file stays as it was built.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-bench-sheet-"));
  const file = path.join(dir, "bench.db");
  fs.copyFileSync(source, file);
  const db = openDatabase(file);
  try {
    const user = inTransaction(db, (tx) =>
      insertUser(tx, null, { username: "bench-sheet", displayName: "Bench", password: "bench-sheet-password", role: "admin" }),
    );
    const actor: Actor = { id: user.id, username: "bench-sheet", displayName: "Bench", role: "admin", scopeOrganizationId: null };
    const { organizationId, name, terms } = provinceTerms(db, wanted);
    const table = editedTable(terms);
    const files = { xlsx: await toXlsx([table]), csv: new TextEncoder().encode(toCsv(table)) };
    console.log(
      `${name}: ${terms.length} rows; XLSX ${(files.xlsx.length / 1024).toFixed(0)} kB, CSV ${(files.csv.length / 1024).toFixed(0)} kB`,
    );

    const reference = median(
      await Promise.all([0, 1, 2].map(async () => (await timed(() => parse(new TextDecoder().decode(files.csv)))).ms)),
    );
    console.log(`reference    csv-parse alone on the CSV: ${reference.toFixed(0)} ms`);

    let decisions: { key: string; person: string; personName: string; post: string; seen?: string }[] = [];
    let rowsJson = "";
    for (const format of ["xlsx", "csv"] as const) {
      const runs: { read: number; check: number; review: number }[] = [];
      for (let run = 0; run < 3; run++) {
        const read = await timed(() => readSpreadsheet(files[format]));
        if (!read.value.ok) throw new Error(`could not read the ${format}: ${read.value.error}`);
        const grids = read.value.grids;
        const check = await timed(() => readMemberSheet(grids, { hasDefaultSource: false }));
        if (!check.value.ok) throw new Error(`could not read the sheet: ${check.value.error}`);
        const rows = check.value.reading.rows;
        const review = await timed(() => buildSheetReview(db, actor, { organizationId, rows, defaultSource: null, date: todayIso() })!);
        runs.push({ read: read.ms, check: check.ms, review: review.ms });
        if (run === 0) {
          const counts = review.value.rows.reduce<Record<string, number>>(
            (sum, row) => ({ ...sum, [row.status]: (sum[row.status] ?? 0) + 1 }),
            {},
          );
          console.log(
            `${format.padEnd(12)} ${rows.length} rows read, ${check.value.reading.errors.length} errors named; review: ${JSON.stringify(counts)}, ` +
              `${review.value.rows.filter((row) => row.accept).length} ticked`,
          );
          decisions = review.value.rows
            .filter((row) => row.accept)
            .map((row) => ({
              key: row.key,
              person: row.person.id ? String(row.person.id) : "new",
              personName: row.name,
              post: row.post?.id ? String(row.post.id) : "proposed",
              seen: row.person.candidates.map((candidate) => candidate.id).join(",") || undefined,
            }));
          rowsJson = JSON.stringify(rows);
        }
      }
      const step = (key: "read" | "check" | "review") => median(runs.map((r) => r[key]));
      const total = median(runs.map((r) => r.read + r.check + r.review));
      console.log(
        `${format.padEnd(12)} read ${step("read").toFixed(0)} ms + rows checked ${step("check").toFixed(0)} ms + review ${step("review").toFixed(0)} ms ` +
          `= ${total.toFixed(0)} ms (target ≤ ${TARGET_MS} ms: ${total <= TARGET_MS ? "met" : "NOT MET"}; ${(total / reference).toFixed(1)}× the reference)`,
      );
    }

    const commit = await timed(() =>
      inTransaction(db, (tx) =>
        importSheet(tx, actor, { organizationId: String(organizationId), fileName: "bench.csv", rows: rowsJson, decisions }),
      ),
    );
    const { counts } = commit.value;
    console.log(
      `commit       ${decisions.length} ticked rows in one transaction: ${(commit.ms / 1000).toFixed(1)} s ` +
        `(${counts.newTerms} new terms, ${counts.endedTerms} ended, ${counts.sourcedTerms} sourced, ${counts.people} new people)`,
    );
  } finally {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

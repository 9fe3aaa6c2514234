/**
 * `npm run bench:import`: how long the article importer takes on a long
 * report, beside a reference measured in the same run (one fold of the same
 * text, `foldWords`, a single linear pass), since the machine is shared and
 * noisy. The report is the real reports of the tuning set
 * (tests/fixtures/articles/real/tuned) one after another, cut at 50,000
 * characters; the pathological one is the same text with every full stop and
 * line break made a comma (one sentence, where each look-back from a title
 * would reach the start). Timed: reading the article (lib), the review built
 * against the seeded directory (end to end: reading, matching, resolving;
 * target 200 ms), and the review table of a report naming 100 people (the
 * same report followed by name–title passages of the seed's real reports)
 * rendered to HTML (target 1 s). Medians of five runs.
 *
 *   npm run bench:import
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderToString } from "react-dom/server";
import { ActionForm } from "../components/admin/action-form";
import { INITIAL_FORM_STATE } from "../components/admin/form-state";
import { ReviewTable } from "../components/import/review-table";
import type { Actor } from "../db/auth/sessions";
import { inTransaction, openDatabase } from "../db/client";
import { contextChoices } from "../db/import/context";
import { buildReview } from "../db/import/review";
import { insertUser } from "../db/mutations/users";
import { seedDemo } from "../db/seed";
import { foldWords } from "../lib/fold";
import type { Review } from "../lib/import/review";
import { readArticle } from "../lib/import/article";

const LENGTH = 50_000;
const TARGET_MS = 200;
const PAGE_TARGET_MS = 1000;
const RUNS = 5;
const TUNED = path.join(process.cwd(), "tests/fixtures/articles/real/tuned");

function longReport(length: number): string {
  const files = fs
    .readdirSync(TUNED)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  let text = "";
  for (let i = 0; text.length < length; i++) text += `${fs.readFileSync(path.join(TUNED, files[i % files.length]), "utf8")}\n\n`;
  return text.slice(0, length);
}

/** The name–title passages of the seed's real reports (db/seed/reports), to lengthen the page's report with more people. */
function seedPassages(): string[] {
  const dir = path.join(process.cwd(), "db/seed/reports");
  return fs
    .readdirSync(dir)
    .sort()
    .flatMap((file) => (JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as { passages: string[] }[]).flatMap((r) => r.passages));
}

function median(work: () => unknown): number {
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

function main(): void {
  const text = longReport(LENGTH);
  // The page's report: as long as it takes to name 100 people.
  let pageText = text;
  for (let length = LENGTH; new Set(readArticle(pageText).people.map((p) => p.name)).size < 100; length += 5000)
    pageText = longReport(length);
  const oneSentence = text.replace(/[.\n]/g, ",");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-import-"));
  const db = openDatabase(path.join(dir, "bench.db"));
  try {
    seedDemo(db);
    const user = inTransaction(db, (tx) =>
      insertUser(tx, null, { username: "bench-import", displayName: "Bench", password: "bench-import-password", role: "admin" }),
    );
    const actor: Actor = { id: user.id, username: "bench-import", displayName: "Bench", role: "admin", scopeOrganizationId: null };
    const contextId = contextChoices(db).find((c) => c.name.includes("Cần Thơ"))?.id ?? contextChoices(db)[1].id;
    const request = { text, contextId, date: "2025-11-22" };

    const reference = median(() => foldWords(text));
    const read = median(() => readArticle(text));
    const readOneSentence = median(() => readArticle(oneSentence));
    const endToEnd = median(() => buildReview(db, actor, request));
    // The page's report: as long as it takes for the table to name 100 people.
    const peopleIn = (review: Review) => new Set(review.rows.map((row) => row.personIndex)).size;
    const passages = seedPassages();
    let pageText = text;
    let review = buildReview(db, actor, request)!;
    while (peopleIn(review) < 100 && passages.length > 0) {
      pageText += `\n${passages.splice(0, 10).join(".\n")}.`;
      review = buildReview(db, actor, { ...request, text: pageText })!;
    }
    const people = peopleIn(review);
    const page = median(() =>
      renderToString(
        <ActionForm action={async () => INITIAL_FORM_STATE} locale="vi" submitLabel="Ghi">
          <ReviewTable review={review} locale="vi" />
        </ActionForm>,
      ),
    );

    console.log(`article: ${text.length} characters, medians of ${RUNS} runs`);
    console.log(`reference  foldWords over the text         ${ms(reference)}`);
    console.log(`readArticle                                 ${ms(read)}`);
    console.log(`readArticle, one 50k-character sentence     ${ms(readOneSentence)}`);
    console.log(
      `buildReview (end to end, seeded directory)  ${ms(endToEnd)} (${(endToEnd / reference).toFixed(0)}× the reference)  ` +
        `target ${TARGET_MS} ms: ${endToEnd <= TARGET_MS ? "met" : "MISSED"}`,
    );
    console.log(
      `review table, ${people} people (${review.rows.length} rows, ${pageText.length} characters), rendered  ${ms(page)}  target ${PAGE_TARGET_MS} ms: ${page <= PAGE_TARGET_MS ? "met" : "MISSED"}`,
    );
  } finally {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main();

/**
 * The real directory, loaded through the article importer: every report in
 * db/seed/reports/*.json (metadata, the passages to read, and the facts a
 * reviewer accepted) is read by the same extraction, resolution and review rules
 * as a report an editor pastes, and committed in one audited transaction of its
 * own, oldest report first, so that later reports supersede earlier ones. The
 * seed plays the editor: it accepts exactly the review rows that match the
 * reviewed facts, so a passage the importer misreads loses a fact rather than
 * adding a wrong one. A report already imported (its source on record) is
 * skipped, so running the seed again changes nothing.
 */
import fs from "node:fs";
import path from "node:path";
import { and, eq, isNull } from "drizzle-orm";
import { z } from "zod";
import { foldWords, slugify } from "../../lib/fold";
import type { ReviewRow } from "../../lib/import/review";
import { frontCommitteeNames } from "../../lib/places";
import { CENTRAL_COMMITTEE_SLUG } from "../../lib/domain";
import type { Actor } from "../auth/sessions";
import { inTransaction, type Db } from "../client";
import { importArticle } from "../import/commit";
import { buildReview } from "../import/review";
import { MutationError } from "../mutations";
import { organizations, sources } from "../schema";
import { PROVINCES } from "./provinces";
import { historicSlug } from "./reform";
import reform from "./reform-2025.json";

const partialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/);

const reportSchema = z.object({
  id: z.string().min(1),
  url: z.url().nullable(),
  title: z.string().min(1).max(500),
  publisher: z.string().max(200).nullable(),
  publishedDate: partialDate,
  context: z.union([
    z.object({ central: z.literal(true) }),
    z.object({ province: z.string().min(1), before2025: z.literal(true).optional() }),
  ]),
  passages: z.array(z.string().min(1)).min(1),
  facts: z.object({
    people: z.array(z.object({ name: z.string().min(1), gender: z.enum(["male", "female"]).optional(), titles: z.array(z.string()) })),
    events: z.array(
      z.object({
        person: z.string().min(1),
        change: z.enum(["start", "end"]),
        title: z.string().min(1),
        date: partialDate.nullable(),
        quote: z.string(),
      }),
    ),
  }),
  note: z.string().optional(),
});

export type SeedReport = z.infer<typeof reportSchema>;

export const REPORTS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "seed", "reports");

/** Every report of the data files, oldest first; a malformed file stops the seed with its name and the problem. */
export function readSeedReports(folder = REPORTS_FOLDER): SeedReport[] {
  const reports: SeedReport[] = [];
  for (const file of fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(".json"))
    .sort()) {
    const parsed = z.array(reportSchema).safeParse(JSON.parse(fs.readFileSync(path.join(folder, file), "utf8")));
    if (!parsed.success)
      throw new Error(`db/seed/reports/${file}: ${parsed.error.issues[0].path.join(".")}: ${parsed.error.issues[0].message}`);
    reports.push(...parsed.data);
  }
  // A report known only to its month or year could be from its last day: it goes after those dated within it.
  const lastDay = (date: string) => (date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date);
  return reports.sort((a, b) => lastDay(a.publishedDate).localeCompare(lastDay(b.publishedDate)) || a.id.localeCompare(b.id));
}

const KIND_OF_PROVINCE = new Map<string, "province" | "city">([
  ...PROVINCES.map((p) => [p.name, p.kind] as const),
  ...reform.units.map((u) => [u.name, u.kind as "province" | "city"] as const),
]);

/** The committee a report is read in: the Central Committee, today's provincial one, or the one before the reform. */
function contextSlug(report: SeedReport): string {
  if ("central" in report.context) return CENTRAL_COMMITTEE_SLUG;
  const { province, before2025 } = report.context;
  const kind = KIND_OF_PROVINCE.get(province);
  if (!kind) throw new Error(`seed report ${report.id}: unknown province "${province}"`);
  const name = frontCommitteeNames(kind, province).vi;
  return before2025 ? historicSlug(name) : slugify(name);
}

export interface SeedReportOutcome {
  id: string;
  imported: boolean;
  /** Facts (person, title) the reviewer accepted that a review row matched and the commit wrote. */
  accepted: number;
  /** Accepted facts no review row matched (the importer misread or could not place them). */
  missed: string[];
  /** Rows refused by the data rules on commit, with why. */
  refused: string[];
}

function isImported(db: Db, report: SeedReport): boolean {
  const where = report.url
    ? eq(sources.url, report.url)
    : and(eq(sources.title, report.title), eq(sources.publishedDate, report.publishedDate), isNull(sources.url));
  return db.select({ id: sources.id }).from(sources).where(where).get() !== undefined;
}

/**
 * A title as the reviewer compares it: folded, without the term it names ("khóa IX",
 * "nhiệm kỳ 2024 - 2029"), which the reviewed facts leave out and a reading may keep.
 */
const titleKey = (title: string) =>
  foldWords(title)
    .replace(/ (khoa [ivxlc\d]+|nhiem ky \d{4}( \d{4})?)$/, "")
    .trim();

/** What the reviewer accepted: person → titles, and the (person, title) pairs an event starts. */
function reviewedFacts(report: SeedReport) {
  const titles = new Map<string, Set<string>>();
  for (const person of report.facts.people) titles.set(foldWords(person.name), new Set(person.titles.map(titleKey)));
  const starts = new Map<string, string>();
  for (const event of report.facts.events) {
    if (event.change === "start") starts.set(`${foldWords(event.person)}|${titleKey(event.title)}`, event.date ?? report.publishedDate);
  }
  return { titles, starts };
}

/** The accepted title a row stands for, if any. */
function matchedTitle(row: ReviewRow, titles: Map<string, Set<string>>): string | null {
  const accepted = titles.get(foldWords(row.name));
  return accepted ? (row.titles.map(titleKey).find((title) => accepted.has(title)) ?? null) : null;
}

/** Imports one report as an editor would, accepting the rows its reviewed facts name. */
export function importSeedReport(db: Db, actor: Actor, report: SeedReport): SeedReportOutcome {
  const outcome: SeedReportOutcome = { id: report.id, imported: false, accepted: 0, missed: [], refused: [] };
  if (isImported(db, report)) return outcome;
  const context = db
    .select({ id: organizations.id })
    .from(organizations)
    .where(eq(organizations.slug, contextSlug(report)))
    .get();
  if (!context) throw new Error(`seed report ${report.id}: no committee ${contextSlug(report)}`);
  const text = report.passages.join("\n\n");
  const review = buildReview(db, actor, { text, contextId: context.id, date: report.publishedDate });
  if (!review) throw new Error(`seed report ${report.id}: ${contextSlug(report)} is not a Front committee`);
  const { titles, starts } = reviewedFacts(report);

  const reached = new Set<string>();
  let decisions = review.rows.flatMap((row) => {
    const title = matchedTitle(row, titles);
    if (!title || !row.post || row.status === "unresolved") return [];
    reached.add(`${foldWords(row.name)}|${title}`);
    // the row stands for one post, its titles for the spellings of it: any of them may be the one an event starts
    const start = row.titles.map((written) => starts.get(`${foldWords(row.name)}|${titleKey(written)}`)).find(Boolean);
    return [
      {
        key: row.key,
        // Only a namesake already in these very bodies is taken to be the same person; anyone else is someone new.
        person: row.person.id !== null && row.person.confidence === "high" ? String(row.person.id) : "new",
        personName: row.name,
        seen: row.person.candidates.map((candidate) => candidate.id).join(",") || undefined,
        post: row.post.id !== null ? String(row.post.id) : "proposed",
        date: start ?? report.publishedDate,
        dateKind: start ? ("start" as const) : ("attested" as const),
        // A later report is the current state: the earlier holder of a one-holder post becomes history.
        endConflicting: row.conflicts.some((conflict) => conflict.endable) ? "on" : "",
      },
    ];
  });
  for (const person of report.facts.people)
    for (const title of person.titles)
      if (!reached.has(`${foldWords(person.name)}|${titleKey(title)}`)) outcome.missed.push(`${person.name} | ${title}`);

  const source = {
    sourceTitle: report.title,
    sourcePublisher: report.publisher ?? "",
    sourceDate: report.publishedDate,
    sourceUrl: report.url ?? "",
  };
  // A row the data rules refuse (an overlap that cannot be ended) is left out, and the rest committed: at most a few rounds.
  for (let attempt = 0; attempt < 3; attempt++) {
    if (decisions.length === 0) return outcome;
    try {
      inTransaction(db, (tx) => importArticle(tx, actor, { text, contextId: context.id, ...source, rows: decisions }));
      outcome.imported = true;
      outcome.accepted = decisions.length;
      return outcome;
    } catch (error) {
      if (!(error instanceof MutationError)) throw error;
      const refusedKeys = new Set(
        Object.entries(error.details.fieldErrors ?? {}).flatMap(([field, codes]) => {
          const key = field.split(".")[1];
          if (key) outcome.refused.push(`${review.rows.find((row) => row.key === key)?.name ?? key}: ${codes.join(", ")}`);
          return key ? [key] : [];
        }),
      );
      if (refusedKeys.size === 0) throw new Error(`seed report ${report.id}: ${error.code} ${JSON.stringify(error.details)}`);
      decisions = decisions.filter((decision) => !refusedKeys.has(decision.key));
    }
  }
  return outcome;
}

export function seedReports(db: Db, actor: Actor, reports = readSeedReports()): SeedReportOutcome[] {
  return reports.map((report) => importSeedReport(db, actor, report));
}

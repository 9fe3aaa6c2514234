/**
 * Score the article extractor against hand-annotated fixtures.
 *
 *   npm run eval:import -- DIR          precision/recall per file and in total
 *   npm run eval:import -- DIR --json   the extracted people and events per file, as JSON
 *
 * DIR holds NAME.txt articles, each beside NAME.expected.json:
 *   {"context": {"date": "YYYY-MM-DD" | "YYYY-MM" | "YYYY", ...},
 *    "people": [{"name": "…", "titles": ["…"]}],
 *    "events": [{"person": "…", "change": "start" | "end", "title": "…", "date": "YYYY-MM-DD" | "YYYY-MM" | "YYYY" | null}]}
 * Scores count (person, title) pairs and events; names and titles compare
 * folded (case, tone marks, đ), with spaces collapsed and the dashes -, –, —
 * alike. An event is right when person, change and title match so and its date
 * is the same at the precision given (an event without its own date takes the
 * report's, the context date). People are also counted on their own, since
 * people without titles add no pairs.
 * tsx does not resolve the "@/" alias, hence the relative imports.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { foldWords } from "../lib/fold";
import { readArticle } from "../lib/import/article";

interface PersonRecord {
  name: string;
  titles: string[];
}

interface EventRecord {
  person: string;
  change: "start" | "end";
  title: string;
  date: string | null;
}

interface Labels {
  context: { date?: string };
  people: PersonRecord[];
  events?: EventRecord[];
}

interface Counts {
  truePositive: number;
  extracted: number;
  expected: number;
}

const KINDS = ["pairs", "events", "people"] as const;
type Kind = (typeof KINDS)[number];

interface FileScore {
  file: string;
  pairs: Counts;
  events: Counts;
  people: Counts;
  missed: string[];
  spurious: string[];
}

/** foldWords turns every dash and punctuation mark into a space, so "-", "–", "—" compare alike. */
const norm = (text: string): string => foldWords(text);

function pairKeys(people: readonly PersonRecord[]): Set<string> {
  const keys = new Set<string>();
  for (const p of people) for (const t of p.titles) keys.add(`${norm(p.name)} | ${norm(t)}`);
  return keys;
}

function eventKeys(events: readonly EventRecord[], reportDate: string | null): Set<string> {
  return new Set(events.map((e) => `${norm(e.person)} | ${e.change} | ${norm(e.title)} | ${e.date ?? reportDate ?? "?"}`));
}

function compare(extracted: Set<string>, expected: Set<string>): Counts & { missed: string[]; spurious: string[] } {
  const missed = [...expected].filter((k) => !extracted.has(k));
  const spurious = [...extracted].filter((k) => !expected.has(k));
  return { truePositive: expected.size - missed.length, extracted: extracted.size, expected: expected.size, missed, spurious };
}

/** What the importer reads in a text, in the labels' shape. */
function extractRecords(text: string, reportDate?: string): { people: PersonRecord[]; events: EventRecord[] } {
  const { people } = readArticle(text, reportDate);
  return {
    people: people.map((p) => ({ name: p.name, titles: p.titles.map((t) => t.text) })),
    events: people.flatMap((p) =>
      p.titles.flatMap((t) => (t.change ? [{ person: p.name, change: t.change, title: t.text, date: t.date }] : [])),
    ),
  };
}

function scoreFile(dir: string, file: string): FileScore {
  const text = readFileSync(path.join(dir, file), "utf8");
  const expected = labelsOf(dir, file);
  const reportDate = expected.context.date ?? null;
  const got = extractRecords(text, reportDate ?? undefined);
  const pairs = compare(pairKeys(got.people), pairKeys(expected.people));
  const events = compare(eventKeys(got.events, reportDate), eventKeys(expected.events ?? [], reportDate));
  const people = compare(new Set(got.people.map((p) => norm(p.name))), new Set(expected.people.map((p) => norm(p.name))));
  return {
    file,
    pairs,
    events,
    people,
    missed: [...pairs.missed, ...events.missed.map((e) => `${e} (event)`), ...people.missed.map((n) => `${n} (person)`)],
    spurious: [...pairs.spurious, ...events.spurious.map((e) => `${e} (event)`), ...people.spurious.map((n) => `${n} (person)`)],
  };
}

const expectedName = (file: string): string => file.replace(/\.txt$/, ".expected.json");

const labelsOf = (dir: string, file: string): Labels => JSON.parse(readFileSync(path.join(dir, expectedName(file)), "utf8")) as Labels;

const ratio = (num: number, den: number): string => (den === 0 ? "1.000" : (num / den).toFixed(3));

function printScores(scores: FileScore[]): void {
  const total = Object.fromEntries(KINDS.map((k) => [k, { truePositive: 0, extracted: 0, expected: 0 }])) as Record<Kind, Counts>;
  const width = Math.max(...scores.map((s) => s.file.length), 5);
  console.log(`${"file".padEnd(width)}  pairs P  pairs R  events P  events R  people P  people R`);
  for (const s of scores) {
    for (const kind of KINDS) {
      total[kind].truePositive += s[kind].truePositive;
      total[kind].extracted += s[kind].extracted;
      total[kind].expected += s[kind].expected;
    }
    const cells = KINDS.map((k) => `${ratio(s[k].truePositive, s[k].extracted)}    ${ratio(s[k].truePositive, s[k].expected)}`);
    console.log(`${s.file.padEnd(width)}  ${cells.join("     ")}`);
    for (const m of s.missed) console.log(`    missed:   ${m}`);
    for (const m of s.spurious) console.log(`    spurious: ${m}`);
  }
  const line = (kind: Kind) => {
    const c = total[kind];
    return `${kind} precision ${ratio(c.truePositive, c.extracted)} recall ${ratio(c.truePositive, c.expected)} (${c.truePositive}/${c.extracted} extracted, ${c.expected} expected)`;
  };
  console.log(`\nTOTAL over ${scores.length} files: ${KINDS.map(line).join("; ")}`);
}

function fail(message: string): never {
  console.error(`eval-import: ${message}`);
  console.error("usage: npm run eval:import -- DIR [--json]");
  process.exit(1);
}

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const dir = args.find((a) => !a.startsWith("--"));
  if (!dir) fail("no directory given");
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail(`directory not found: ${dir}`);
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt") && existsSync(path.join(dir, expectedName(f))))
    .sort();
  if (files.length === 0) fail(`no NAME.txt with NAME.expected.json in ${dir}`);
  if (json) {
    const out: Record<string, ReturnType<typeof extractRecords>> = {};
    for (const f of files) out[f] = extractRecords(readFileSync(path.join(dir, f), "utf8"), labelsOf(dir, f).context.date);
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  printScores(files.map((f) => scoreFile(dir, f)));
}

main();

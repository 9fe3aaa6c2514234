/**
 * Score the article extractor against hand-annotated fixtures.
 *
 *   npm run eval:import -- DIR          precision/recall per file and in total
 *   npm run eval:import -- DIR --json   the extracted people per file, as JSON
 *
 * DIR holds NAME.txt articles, each beside NAME.expected.json:
 *   {"context": {...}, "people": [{"name": "…", "titles": ["…"]}]}
 * Scores count (person, title) pairs; names and titles compare folded (case,
 * tone marks, đ), with spaces collapsed and the dashes -, –, — alike.
 * People are also counted on their own, since people without titles add no pairs.
 * tsx does not resolve the "@/" alias, hence the relative imports.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { foldWords } from "../lib/fold";
import { extractPeople } from "../lib/extract/index";

interface PersonRecord {
  name: string;
  titles: string[];
}

interface Counts {
  truePositive: number;
  extracted: number;
  expected: number;
}

interface FileScore {
  file: string;
  pairs: Counts;
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

function compare(extracted: Set<string>, expected: Set<string>): Counts & { missed: string[]; spurious: string[] } {
  const missed = [...expected].filter((k) => !extracted.has(k));
  const spurious = [...extracted].filter((k) => !expected.has(k));
  return { truePositive: expected.size - missed.length, extracted: extracted.size, expected: expected.size, missed, spurious };
}

function extractRecords(text: string): PersonRecord[] {
  return extractPeople(text).map((p) => ({ name: p.name, titles: p.titles.map((t) => t.text) }));
}

function scoreFile(dir: string, file: string): FileScore {
  const text = readFileSync(path.join(dir, file), "utf8");
  const expected = JSON.parse(readFileSync(path.join(dir, expectedName(file)), "utf8")) as { people: PersonRecord[] };
  const got = extractRecords(text);
  const pairs = compare(pairKeys(got), pairKeys(expected.people));
  const people = compare(new Set(got.map((p) => norm(p.name))), new Set(expected.people.map((p) => norm(p.name))));
  return {
    file,
    pairs,
    people,
    missed: [...pairs.missed, ...people.missed.map((n) => `${n} (person)`)],
    spurious: [...pairs.spurious, ...people.spurious.map((n) => `${n} (person)`)],
  };
}

const expectedName = (file: string): string => file.replace(/\.txt$/, ".expected.json");

const ratio = (num: number, den: number): string => (den === 0 ? "1.000" : (num / den).toFixed(3));

function printScores(scores: FileScore[]): void {
  const total = { pairs: { truePositive: 0, extracted: 0, expected: 0 }, people: { truePositive: 0, extracted: 0, expected: 0 } };
  const width = Math.max(...scores.map((s) => s.file.length), 5);
  console.log(`${"file".padEnd(width)}  pairs P  pairs R  people P  people R`);
  for (const s of scores) {
    for (const kind of ["pairs", "people"] as const) {
      total[kind].truePositive += s[kind].truePositive;
      total[kind].extracted += s[kind].extracted;
      total[kind].expected += s[kind].expected;
    }
    console.log(
      `${s.file.padEnd(width)}  ${ratio(s.pairs.truePositive, s.pairs.extracted)}    ${ratio(s.pairs.truePositive, s.pairs.expected)}    ` +
        `${ratio(s.people.truePositive, s.people.extracted)}     ${ratio(s.people.truePositive, s.people.expected)}`,
    );
    for (const m of s.missed) console.log(`    missed:   ${m}`);
    for (const m of s.spurious) console.log(`    spurious: ${m}`);
  }
  const { pairs, people } = total;
  console.log(
    `\nTOTAL over ${scores.length} files: pairs precision ${ratio(pairs.truePositive, pairs.extracted)} ` +
      `recall ${ratio(pairs.truePositive, pairs.expected)} (${pairs.truePositive}/${pairs.extracted} extracted, ${pairs.expected} expected); ` +
      `people precision ${ratio(people.truePositive, people.extracted)} recall ${ratio(people.truePositive, people.expected)}`,
  );
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
    const out: Record<string, PersonRecord[]> = {};
    for (const f of files) out[f] = extractRecords(readFileSync(path.join(dir, f), "utf8"));
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  printScores(files.map((f) => scoreFile(dir, f)));
}

main();

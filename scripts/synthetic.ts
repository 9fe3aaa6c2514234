/**
 * npm run db:synthetic -- [--people 200000] [--seed 1] [--communes N] [--out FILE]
 *
 * Builds a separate database of invented officials for load and search testing
 * (default data/synthetic-<people>.db). It never writes to the directory's own
 * database, so demo and synthetic data cannot mix.
 */
import { parseArgs } from "node:util";
import { buildSyntheticDatabase } from "../db/synthetic/load";

function wholeNumber(name: string, value: string | undefined, fallback: number | undefined, min: number): number | undefined {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) throw new Error(`--${name} must be a whole number ≥ ${min}`);
  return number;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      people: { type: "string" },
      seed: { type: "string" },
      communes: { type: "string" },
      out: { type: "string" },
    },
  });
  const people = wholeNumber("people", values.people, 200_000, 1)!;
  const options = {
    people,
    seed: wholeNumber("seed", values.seed, 1, 0)!,
    communes: wholeNumber("communes", values.communes, undefined, 0),
  };
  const file = values.out ?? `data/synthetic-${people}.db`;
  console.log(`Building ${file}: ${people.toLocaleString("en")} people, seed ${options.seed}`);
  const summary = buildSyntheticDatabase(file, options, (line) => console.log(`  ${line}`));
  console.log(
    [
      `Done: ${summary.file}`,
      `  ${summary.people.toLocaleString("en")} people, ${summary.organizations.toLocaleString("en")} organisations,`,
      `  ${summary.posts.toLocaleString("en")} posts, ${summary.memberships.toLocaleString("en")} memberships,`,
      `  ${(summary.bytes / 1024 / 1024).toFixed(1)} MB in ${summary.seconds.toFixed(1)} s`,
    ].join("\n"),
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

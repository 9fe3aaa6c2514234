import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * The seed report (Lai Châu, 22 January 2026) as a fixture in the project's own
 * words: its name–title passages as printed, the rest rewritten. The demo data
 * cites the published report; the tests read only this copy.
 */
export function readSeedArticle(): string {
  return readFileSync(path.join(__dirname, "../fixtures/seed/laichau-tong-ket-2025.txt"), "utf8");
}

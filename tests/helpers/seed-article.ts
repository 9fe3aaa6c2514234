import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The seed article lives beside the repository (../shared), not in it. Tests that
 * need it fail with this message when it is missing rather than being skipped.
 */
export function readSeedArticle(): string {
  const file = path.resolve(process.env.SEED_ARTICLE ?? path.join(__dirname, "../../../shared/seed-article.txt"));
  if (!existsSync(file)) {
    throw new Error(
      `The seed article is not at ${file}. Check out shared/ beside the repository, or set SEED_ARTICLE to its path.`,
    );
  }
  return readFileSync(file, "utf8");
}

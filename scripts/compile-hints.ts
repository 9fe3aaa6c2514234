/**
 * Marks the scripts every page loads (Next's and React's runtime, listed as the
 * build manifest's rootMainFiles) with V8's explicit compile hint. Nearly all
 * their functions run while the page starts, and V8 otherwise compiles each one
 * lazily on the main thread when it is first called: 150 ms or more of a long
 * task on a mid-range phone. With the hint, Chrome (136 and later) compiles them
 * on a background thread while the script streams in; other browsers read a
 * comment. https://v8.dev/blog/explicit-compile-hints
 */
import fs from "node:fs";
import path from "node:path";

export const COMPILE_HINT = "//# allFunctionsCalledOnLoad\n";

/** Adds the hint to the top of each root script of the build in `nextDir`, once. */
export function markRootScriptsForEagerCompile(nextDir = ".next"): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(nextDir, "build-manifest.json"), "utf8")) as { rootMainFiles?: string[] };
  const marked: string[] = [];
  for (const file of manifest.rootMainFiles ?? []) {
    const full = path.join(nextDir, file);
    const code = fs.readFileSync(full, "utf8");
    if (code.startsWith(COMPILE_HINT)) continue;
    fs.writeFileSync(full, COMPILE_HINT + code);
    marked.push(file);
  }
  return marked;
}

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { COMPILE_HINT, markRootScriptsForEagerCompile } from "../../scripts/compile-hints";

describe("markRootScriptsForEagerCompile", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-next-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.mkdirSync(path.join(dir, "static", "chunks"), { recursive: true });
  const write = (file: string, code: string) => fs.writeFileSync(path.join(dir, "static", "chunks", file), code);
  const read = (file: string) => fs.readFileSync(path.join(dir, "static", "chunks", file), "utf8");
  write("runtime.js", "(globalThis.TURBOPACK||[]).push([]);");
  write("page.js", "console.log(1);");
  fs.writeFileSync(
    path.join(dir, "build-manifest.json"),
    JSON.stringify({ rootMainFiles: ["static/chunks/runtime.js"], polyfillFiles: [] }),
  );

  it("marks the scripts every page loads, and only those", () => {
    expect(markRootScriptsForEagerCompile(dir)).toEqual(["static/chunks/runtime.js"]);
    expect(read("runtime.js")).toBe(`${COMPILE_HINT}(globalThis.TURBOPACK||[]).push([]);`);
    expect(read("page.js")).toBe("console.log(1);");
  });

  it("marks each once, however often the build step runs", () => {
    expect(markRootScriptsForEagerCompile(dir)).toEqual([]);
    expect(read("runtime.js").split(COMPILE_HINT)).toHaveLength(2);
  });
});

/**
 * The import rules docs/architecture.md states are ESLint rules (eslint.config.mjs),
 * which `npm run lint` applies to the tree. These tests lint probe sources through
 * the same configuration, so that a rule weakened or dropped from it fails here.
 */
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe("lib/ is pure", () => {
  it.each([
    ["db/", 'import { getDb } from "../db/client";'],
    ["db/ by alias", 'import { getDb } from "@/db/client";'],
    ["app/", 'import { resolveSlug } from "@/app/_lib/params";'],
    ["server/", 'import { answerSearchRequest } from "../server/search-api";'],
    ["components/", 'import { ChangeHistory } from "@/components/admin/change-history";'],
    ["Next.js", 'import { notFound } from "next/navigation";'],
    ["the file system", 'import fs from "node:fs";'],
    ["the file system (bare)", 'import { readFileSync } from "fs";'],
    ["the database driver", 'import Database from "better-sqlite3";'],
  ])("refuses an import of %s", async (_what, line) => {
    const found = await problems("lib/probe.ts", `${line}\nexport const probe = [${line.match(/import \{? ?(\w+)/)![1]}];\n`);
    expect(found.some((p) => p.startsWith("no-restricted-imports"))).toBe(true);
  });

  it("accepts lib's own modules and zod", async () => {
    expect(
      await problems("lib/probe.ts", 'import { z } from "zod";\nimport { fold } from "./fold";\nexport const probe = [z, fold];\n'),
    ).toEqual([]);
  });
});

describe("the layers above", () => {
  it("keeps db/ from importing app/ and components/", async () => {
    expect(
      await problems("db/probe.ts", 'import { getCurrentUser } from "@/app/_lib/session";\nexport const probe = getCurrentUser;\n'),
    ).toContainEqual(expect.stringMatching(/^no-restricted-imports/));
  });

  it("keeps components/ from importing app/", async () => {
    expect(
      await problems("components/probe.ts", 'import { getCurrentUser } from "@/app/_lib/session";\nexport const probe = getCurrentUser;\n'),
    ).toContainEqual(expect.stringMatching(/^no-restricted-imports/));
  });
});

describe("import cycles", () => {
  it("are refused: person-records.ts importing terms.ts, which imports it", async () => {
    const found = await problems("db/mutations/person-records.ts", 'import { endTerm } from "./terms";\nexport const probe = endTerm;\n');
    expect(found).toContainEqual(expect.stringMatching(/^import\/no-cycle/));
  });
});

describe("unused code", () => {
  it("is refused", async () => {
    expect(await problems("lib/probe.ts", "const unused = 1;\nexport const probe = 2;\n")).toContainEqual(
      expect.stringMatching(/no-unused-vars/),
    );
  });
});

/**
 * Lint rules: Next.js's own (core web vitals, TypeScript), no import cycles, no
 * unused code, and the layering docs/architecture.md describes: lib/ is pure
 * logic and imports nothing from db/, app/, server/, components/, Next or the
 * file system. Formatting is Prettier's (eslint-config-prettier turns off the
 * rules it owns).
 */
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import prettier from "eslint-config-prettier/flat";
import { defineConfig, globalIgnores } from "eslint/config";

const layers = {
  lib: ["db", "app", "server", "components", "scripts", "tests"],
  db: ["app", "server", "components", "scripts", "tests"],
  components: ["app", "server", "scripts", "tests"],
  server: ["app", "components", "scripts", "tests"],
};

/** no-restricted-imports patterns that keep a folder from reaching into `forbidden` folders. */
function layerPatterns(forbidden) {
  return forbidden.map((folder) => ({
    regex: `^(@/|(\\.\\./)+)${folder}(/|$)`,
    message: `See docs/architecture.md: this layer does not import ${folder}/.`,
  }));
}

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  prettier,
  {
    settings: { "import/resolver": { typescript: { project: "./tsconfig.json" } } },
    rules: {
      // disableScc: the SCC precomputation cannot lint text that is not on disk (tests/unit/layering.test.ts does).
      "import/no-cycle": ["error", { ignoreExternal: true, disableScc: true }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", ignoreRestSiblings: true },
      ],
      "no-unused-private-class-members": "error",
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  ...Object.entries(layers).map(([folder, forbidden]) => ({
    files: [`${folder}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            ...layerPatterns(forbidden),
            ...(folder === "lib"
              ? [
                  { regex: "^next(/|$)", message: "lib/ is pure: no Next.js (see docs/architecture.md)." },
                  { regex: "^(node:)?fs(/|$)", message: "lib/ is pure: no file system (see docs/architecture.md)." },
                  { regex: "^(better-sqlite3|drizzle-orm)(/|$)", message: "lib/ is pure: no database (see docs/architecture.md)." },
                ]
              : []),
          ],
        },
      ],
    },
  })),
  globalIgnores([".next/**", "node_modules/**", "data/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
]);

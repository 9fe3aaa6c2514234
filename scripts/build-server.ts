/**
 * The steps after `next build`: bundles the production server (server/main.ts
 * and its search worker) into .next/mttq-server, its packages left external to
 * load from node_modules at run time like Next's own server code; marks the
 * scripts every page loads for eager compilation (compile-hints.ts); writes the
 * brotli copies of the build's scripts and stylesheets that the server serves
 * (server/static-assets.ts).
 */
import path from "node:path";
import { buildSync } from "esbuild";
import { precompressStaticAssets } from "../server/static-assets";
import { markRootScriptsForEagerCompile } from "./compile-hints";

export const SERVER_ENTRY = path.join(".next", "mttq-server", "main.mjs");

/** `outdir` must lie inside the project, so that the bundle's imports find node_modules. */
export function buildServer(outdir = path.dirname(SERVER_ENTRY)): void {
  buildSync({
    entryPoints: ["server/main.ts", "server/search-worker.ts"],
    outdir,
    // .mjs: Next marks .next as CommonJS with its own package.json.
    outExtension: { ".js": ".mjs" },
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    logLevel: "warning",
  });
}

/**
 * What follows `next build`: the server bundle, the compile hint on the scripts
 * every page loads, then brotli copies of the static assets (of the hinted scripts).
 */
export function finishBuild(): void {
  buildServer();
  markRootScriptsForEagerCompile();
  precompressStaticAssets();
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) finishBuild();

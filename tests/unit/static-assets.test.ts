import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { acceptsBrotli, precompressStaticAssets, StaticAssets } from "@/server/static-assets";

describe("acceptsBrotli", () => {
  it("reads Accept-Encoding as browsers send it, q=0 meaning no", () => {
    expect(acceptsBrotli("gzip, deflate, br, zstd")).toBe(true);
    expect(acceptsBrotli("BR;q=0.5")).toBe(true);
    expect(acceptsBrotli("gzip, br;q=0")).toBe(false);
    expect(acceptsBrotli("gzip, brotli")).toBe(false);
    expect(acceptsBrotli("")).toBe(false);
    expect(acceptsBrotli(undefined)).toBe(false);
  });
});

describe("StaticAssets", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-static-"));
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const script = "console.log('xin chào');".repeat(50);
  fs.mkdirSync(path.join(root, "chunks"));
  fs.writeFileSync(path.join(root, "chunks", "app.js"), script);
  fs.writeFileSync(path.join(root, "chunks", "site.css"), "body{color:red}");
  fs.writeFileSync(path.join(root, "chunks", "font.woff2"), "binary");
  precompressStaticAssets(root);
  const assets = new StaticAssets(root);

  it("serves the brotli copy of each script and stylesheet at its URL", () => {
    const asset = assets.lookup("/_next/static/chunks/app.js");
    expect(asset?.contentType).toBe("application/javascript; charset=UTF-8");
    expect(zlib.brotliDecompressSync(asset!.body).toString()).toBe(script);
    expect(asset!.body.length).toBeLessThan(script.length);
    expect(assets.lookup("/_next/static/chunks/site.css")?.contentType).toBe("text/css; charset=UTF-8");
  });

  it("writes a gzip copy beside each for nginx's gzip_static", () => {
    expect(zlib.gunzipSync(fs.readFileSync(path.join(root, "chunks", "app.js.gz"))).toString()).toBe(script);
  });

  it("leaves everything else to Next", () => {
    expect(fs.existsSync(path.join(root, "chunks", "font.woff2.br"))).toBe(false);
    for (const pathname of [
      "/_next/static/chunks/font.woff2",
      "/_next/static/chunks/missing.js",
      "/_next/static/chunks/../chunks/app.js",
      "/_next/static/chunks/app.js.br",
      "/_next/static/chunks/app.js.gz",
      "/chunks/app.js",
    ]) {
      expect(assets.lookup(pathname)).toBeNull();
    }
  });
});

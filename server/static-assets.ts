/**
 * The build's scripts and stylesheets (/_next/static) served brotli-compressed
 * from files written once after `next build`, instead of gzipped by Next on
 * every request: about 15% fewer bytes for the scripts every page loads, and
 * no compression work per request. Anything else (another encoding, another
 * kind of file, a file the build lacks) falls through to Next.
 */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { preferredEncoding } from "../lib/page-cache";

export const STATIC_DIR = path.join(".next", "static");
const URL_PREFIX = "/_next/static/";
const CONTENT_TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
};

/** The paths below `dir`, relative to it, with `/` between folders as in URLs. */
function pathsUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).map((relative) => relative.split(path.sep).join("/"));
}

/**
 * Writes a brotli copy (".br") beside every script and stylesheet of the build, which this server sends, and a
 * gzip copy (".gz"), which nginx sends with `gzip_static` (deploy/nginx.conf) instead of compressing each time.
 */
export function precompressStaticAssets(dir = STATIC_DIR): void {
  for (const relative of pathsUnder(dir).filter((f) => path.extname(f) in CONTENT_TYPES)) {
    const file = path.join(dir, relative);
    const content = fs.readFileSync(file);
    const compressed = zlib.brotliCompressSync(content, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY },
    });
    fs.writeFileSync(`${file}.br`, compressed);
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(content, { level: zlib.constants.Z_BEST_COMPRESSION }));
  }
}

/** Whether an Accept-Encoding header takes brotli ("br", not "br;q=0"). */
export function acceptsBrotli(acceptEncoding: string | undefined): boolean {
  return preferredEncoding(acceptEncoding) === "br";
}

export interface CompressedAsset {
  body: Buffer;
  contentType: string;
}

/**
 * The brotli copies of the build's assets, read when the server starts: they
 * never change while it runs, and all of them come to a few hundred kB.
 */
export class StaticAssets {
  private readonly assets = new Map<string, CompressedAsset>();

  constructor(root = STATIC_DIR) {
    for (const compressed of pathsUnder(root).filter((f) => f.endsWith(".br"))) {
      const original = compressed.slice(0, -".br".length);
      const contentType = CONTENT_TYPES[path.extname(original)];
      if (contentType) this.assets.set(URL_PREFIX + original, { body: fs.readFileSync(path.join(root, compressed)), contentType });
    }
  }

  /** The compressed asset at a request path, or null when Next should answer it. */
  lookup(pathname: string): CompressedAsset | null {
    return this.assets.get(pathname) ?? null;
  }
}

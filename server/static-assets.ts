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

export const STATIC_DIR = path.join(".next", "static");
const URL_PREFIX = "/_next/static/";
const CONTENT_TYPES: Record<string, string> = {
  ".js": "application/javascript; charset=UTF-8",
  ".css": "text/css; charset=UTF-8",
};

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });
}

/** Writes a brotli copy (".br") beside every script and stylesheet of the build. */
export function precompressStaticAssets(dir = STATIC_DIR): void {
  for (const file of listFiles(dir).filter((f) => path.extname(f) in CONTENT_TYPES)) {
    const compressed = zlib.brotliCompressSync(fs.readFileSync(file), {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY },
    });
    fs.writeFileSync(`${file}.br`, compressed);
  }
}

/** Whether an Accept-Encoding header takes brotli ("br", not "br;q=0"). */
export function acceptsBrotli(acceptEncoding: string | undefined): boolean {
  return (acceptEncoding ?? "").split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";").map((s) => s.trim());
    if (coding !== "br") return false;
    const q = params.find((p) => p.startsWith("q="));
    return q === undefined || Number(q.slice(2)) > 0;
  });
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
    for (const file of listFiles(root).filter((f) => f.endsWith(".br"))) {
      const original = file.slice(0, -".br".length);
      const contentType = CONTENT_TYPES[path.extname(original)];
      if (!contentType) continue;
      const urlPath = URL_PREFIX + path.relative(root, original).split(path.sep).join("/");
      this.assets.set(urlPath, { body: fs.readFileSync(file), contentType });
    }
  }

  /** The compressed asset at a request path, or null when Next should answer it. */
  lookup(pathname: string): CompressedAsset | null {
    return this.assets.get(pathname) ?? null;
  }
}

/** GET /data/files/<name>: one of the open data's files, as made last (db/dumps.ts), streamed from disk. */
import fs from "node:fs";
import { Readable } from "node:stream";
import { dumpFilePath, readManifest } from "@/db/dumps";
import { apiError, apiHeaders, notModified, preflight, publicApi } from "@/app/_lib/api";

export const dynamic = "force-dynamic";

const TYPES: Record<string, string> = {
  gz: "application/gzip",
  ndjson: "application/x-ndjson; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

export const GET = publicApi(async (request: Request, { params }: { params: Promise<{ name: string }> }) => {
  const { name } = await params;
  const file = dumpFilePath(name);
  if (!file) return apiError(404, "not_found", "no such file; the list is at /data/files.json");
  const generatedAt = readManifest()?.generatedAt ?? "";
  const tag = `"${name}-${Date.parse(generatedAt) || 0}"`;
  const cached = notModified(request, tag);
  if (cached) return cached;
  const { size } = fs.statSync(file);
  const body = Readable.toWeb(fs.createReadStream(file)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    headers: apiHeaders({
      "Content-Type": TYPES[name.split(".").pop()!] ?? "application/octet-stream",
      "Content-Length": String(size),
      "Content-Disposition": `attachment; filename="mttq-${name}"`,
      "Cache-Control": "public, max-age=300",
      "Last-Modified": new Date(generatedAt).toUTCString(),
      ETag: tag,
    }),
  });
});

export const OPTIONS = preflight;

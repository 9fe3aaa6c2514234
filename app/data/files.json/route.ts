/** GET /data/files.json: the open data's files (db/dumps.ts) with their size, format and the time they were made. */
import { readManifest } from "@/db/dumps";
import { apiJson, baseUrl, preflight, publicApi } from "@/app/_lib/api";

export const dynamic = "force-dynamic";

export const GET = publicApi((request: Request) => {
  const manifest = readManifest();
  const base = baseUrl(request);
  return apiJson(request, {
    generatedAt: manifest?.generatedAt ?? null,
    files: (manifest?.files ?? []).map((file) => ({ ...file, url: new URL(`/data/files/${file.name}`, base).href })),
  });
});

export const OPTIONS = preflight;

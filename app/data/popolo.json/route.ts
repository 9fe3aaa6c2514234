/**
 * GET /data/popolo.json: the whole public directory as one Popolo JSON document,
 * streamed as it is read (db/queries/popolo.ts), so the first bytes go out at once
 * and the server holds one chunk at a time however large the directory. Its ETag
 * is the state of the data (db/queries/data-version.ts).
 */
import { getDb } from "@/db/client";
import { dataVersion } from "@/db/queries/data-version";
import { openPopoloReader } from "@/db/queries/popolo";
import { apiHeaders, notModified, photoUrlsFor, preflight, publicApi } from "@/app/_lib/api";

export const dynamic = "force-dynamic";

export const GET = publicApi(async (request: Request) => {
  const tag = `W/"popolo-${dataVersion(getDb()).id}"`;
  const cached = notModified(request, tag);
  if (cached) return cached;
  const reader = openPopoloReader(photoUrlsFor(request));
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = reader.chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    cancel() {
      reader.close();
    },
  });
  return new Response(body, {
    // no-transform: not compressed on the fly (that would cost the server seconds of CPU per request on a large
    // directory); the compressed copy to download is /data/files/popolo.json.gz, made once per change of the data.
    headers: apiHeaders({ "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-cache, no-transform", ETag: tag }),
  });
});

/** The headers alone (a HEAD would otherwise open a reader whose stream nobody reads). */
export const HEAD = publicApi(
  () => new Response(null, { headers: apiHeaders({ "Content-Type": "application/json; charset=utf-8", ETag: `W/"popolo-${dataVersion(getDb()).id}"` }) }),
);

export const OPTIONS = preflight;

import fs from "node:fs/promises";
import path from "node:path";
import { PHOTO_NAME, photosDir } from "@/db/mutations/photos";

export const dynamic = "force-dynamic";

/**
 * Serves a stored photo. Only names the upload step makes are accepted (hash
 * and extension), so no path can reach outside the photos folder.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!PHOTO_NAME.test(file)) return new Response("Not found", { status: 404 });
  try {
    const body = await fs.readFile(path.join(photosDir(), file));
    return new Response(new Uint8Array(body), {
      headers: {
        "Content-Type": "image/webp",
        // The name is the content's hash: the same name never holds another picture.
        "Cache-Control": "public, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch {
    return new Response("Not found", { status: 404 });
  }
}

/**
 * People's photos: re-encoded by sharp (which also drops EXIF, GPS and every
 * other metadata block by default), at most 800 px on a side, stored as WebP in
 * a `photos/` folder next to the database. The file is named by a hash of its
 * content, so a name says nothing about the person and never changes meaning.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { databasePath } from "../client";

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp"]);
export const PHOTO_NAME = /^[0-9a-f]{32}\.webp$/;

export function photosDir(): string {
  return path.join(path.dirname(databasePath()), "photos");
}

export type PhotoResult = { ok: true; fileName: string } | { ok: false; error: "photo_required" | "photo_too_large" | "photo_type" };

/** Checks, processes and stores an upload; the format is read from the bytes, never trusted from the browser. */
export async function storePhoto(file: File | null): Promise<PhotoResult> {
  if (!file || file.size === 0) return { ok: false, error: "photo_required" };
  if (file.size > MAX_PHOTO_BYTES) return { ok: false, error: "photo_too_large" };
  const input = Buffer.from(await file.arrayBuffer());
  let output: Buffer;
  try {
    const { format } = await sharp(input).metadata();
    if (!format || !ACCEPTED_FORMATS.has(format)) return { ok: false, error: "photo_type" };
    output = await sharp(input, { limitInputPixels: 50_000_000 })
      .rotate() // apply the camera's orientation before the EXIF that records it is dropped
      .resize(800, 800, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer();
  } catch {
    return { ok: false, error: "photo_type" };
  }
  const fileName = `${crypto.createHash("sha256").update(output).digest("hex").slice(0, 32)}.webp`;
  fs.mkdirSync(photosDir(), { recursive: true });
  const target = path.join(photosDir(), fileName);
  if (!fs.existsSync(target)) fs.writeFileSync(target, output);
  return { ok: true, fileName };
}

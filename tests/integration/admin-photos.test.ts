/** Photos: checked by their bytes, resized, stripped of metadata, stored next to the database. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_PHOTO_BYTES, photosDir, storePhoto } from "@/db/mutations/photos";

let dir: string;
const previous = process.env.DATABASE_PATH;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-photos-"));
  process.env.DATABASE_PATH = path.join(dir, "db", "test.db");
});
afterAll(() => {
  process.env.DATABASE_PATH = previous;
  fs.rmSync(dir, { recursive: true, force: true });
});

const file = (bytes: Buffer, name: string, type: string) => new File([new Uint8Array(bytes)], name, { type });

describe("storePhoto", () => {
  it("re-encodes a large JPEG with EXIF to a WebP of at most 800 px with no metadata, named by its content", async () => {
    const jpeg = await sharp({ create: { width: 2400, height: 1600, channels: 3, background: "#a33" } })
      .jpeg()
      .withExif({ IFD0: { Copyright: "secret", ImageDescription: "GPS somewhere" } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const stored = await storePhoto(file(jpeg, "chan-dung.jpg", "image/jpeg"));
    if (!stored.ok) expect.fail(stored.error);
    expect(stored.fileName).toMatch(/^[0-9a-f]{32}\.webp$/);
    const saved = path.join(photosDir(), stored.fileName);
    expect(path.dirname(photosDir())).toBe(path.join(dir, "db"));
    const metadata = await sharp(saved).metadata();
    expect(metadata).toMatchObject({ format: "webp", width: 800, height: 533 });
    expect(metadata.exif).toBeUndefined();
    expect(metadata.icc).toBeUndefined();
    expect(fs.readFileSync(saved).includes("secret")).toBe(false);
    // The same picture again gives the same file.
    expect(await storePhoto(file(jpeg, "again.jpg", "image/jpeg"))).toEqual(stored);
  });

  it("judges the format by the bytes, not the name or type the browser claims", async () => {
    expect(await storePhoto(file(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"), "x.png", "image/png"))).toEqual({
      ok: false,
      error: "photo_type",
    });
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#000" } })
      .gif()
      .toBuffer();
    expect(await storePhoto(file(gif, "x.jpg", "image/jpeg"))).toEqual({ ok: false, error: "photo_type" });
    const png = await sharp({ create: { width: 4, height: 4, channels: 4, background: "#fff0" } })
      .png()
      .toBuffer();
    expect((await storePhoto(file(png, "x.bin", "application/octet-stream"))).ok).toBe(true);
  });

  it("refuses an empty upload and anything over 5 MB", async () => {
    expect(await storePhoto(null)).toEqual({ ok: false, error: "photo_required" });
    expect(await storePhoto(file(Buffer.alloc(0), "x.jpg", "image/jpeg"))).toEqual({ ok: false, error: "photo_required" });
    expect(await storePhoto(file(Buffer.alloc(MAX_PHOTO_BYTES + 1), "x.jpg", "image/jpeg"))).toEqual({
      ok: false,
      error: "photo_too_large",
    });
  });
});

/**
 * The production server keeps the open data's files (db/dumps.ts) in step with
 * the data: at start and every DUMPS_CHECK_MINUTES it remakes them when the data
 * changed since they were made, never per request. A failure is logged and
 * tried again at the next check.
 */
import { getDb } from "../db/client";
import { dumpsAreStale, writeDumps } from "../db/dumps";
import { dataVersion } from "../db/queries/data-version";
import { env } from "../lib/env";

/** Photos' addresses in the files: SITE_URL's, else this server's own. */
export function dumpPhotoUrls(): (file: string) => string {
  const { SITE_URL, PORT } = env();
  const base = SITE_URL ?? `http://localhost:${PORT}`;
  return (file) => new URL(`/api/photos/${file}`, base).href;
}

export function scheduleDumps(): { stop: () => void } {
  const minutes = env().DUMPS_CHECK_MINUTES;
  if (minutes <= 0) return { stop: () => {} };
  let running = false;
  const check = async () => {
    if (running || !dumpsAreStale(dataVersion(getDb()))) return;
    running = true;
    const started = performance.now();
    try {
      const manifest = await writeDumps({ photoUrl: dumpPhotoUrls() });
      console.log(`[mttq] Open data files written: ${manifest.files.length} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (error) {
      console.error("[mttq] Open data files failed:", error);
    } finally {
      running = false;
    }
  };
  void check();
  const timer = setInterval(() => void check(), minutes * 60 * 1000);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

/**
 * The open data's files (listed at /data/): the Popolo document gzipped, NDJSON
 * per type and the CSV tables of lib/popolo/tables.ts, all written in one pass
 * over one snapshot, on a read-only connection of their own, yielding to the
 * event loop between chunks so a server stays responsive while they are made.
 * They are made again only when the data has changed since (the manifest keeps
 * the state they were made from, db/queries/data-version.ts), into a fresh
 * folder that replaces the old one when complete.
 */
import fs from "node:fs";
import path from "node:path";
import { once } from "node:events";
import zlib from "node:zlib";
import { stringify } from "csv-stringify/sync";
import { env } from "../lib/env";
import { POPOLO_SECTIONS, popoloText, type PopoloSection } from "../lib/popolo/document";
import { CSV_TABLES } from "../lib/popolo/tables";
import { databasePath, openDatabase } from "./client";
import { dataVersion, type DataVersion } from "./queries/data-version";
import { popoloSections } from "./queries/popolo";

export const MANIFEST = "manifest.json";

export interface DumpFile {
  name: string;
  format: "popolo-json-gzip" | "ndjson" | "csv";
  /** The Popolo section (NDJSON) or table (CSV) it holds. */
  holds: string;
  bytes: number;
  records: number;
}

export interface DumpManifest {
  generatedAt: string;
  dataVersion: DataVersion;
  files: DumpFile[];
}

/** Where the files live: DUMPS_DIR, else `open-data/` beside the database. */
export function dumpsDir(): string {
  return path.resolve(env().DUMPS_DIR ?? path.join(path.dirname(databasePath()), "open-data"));
}

/** The manifest of the files as last made, or null before the first. */
export function readManifest(dir = dumpsDir()): DumpManifest | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MANIFEST), "utf8")) as DumpManifest;
  } catch {
    return null;
  }
}

/** A file of the current dump by name, or null for a name the manifest does not list. */
export function dumpFilePath(name: string, dir = dumpsDir()): string | null {
  const listed = readManifest(dir)?.files.some((file) => file.name === name);
  return listed ? path.join(dir, name) : null;
}

class Output {
  bytes = 0;
  records = 0;
  private pending: string[] = [];
  private readonly stream: fs.WriteStream;
  private readonly gzip: zlib.Gzip | null;
  constructor(file: string, gzip: boolean) {
    this.stream = fs.createWriteStream(file);
    this.gzip = gzip ? zlib.createGzip() : null;
    this.gzip?.pipe(this.stream);
  }
  push(text: string) {
    this.pending.push(text);
  }
  async flush() {
    if (this.pending.length === 0) return;
    const chunk = this.pending.join("");
    this.pending = [];
    const target = this.gzip ?? this.stream;
    if (!target.write(chunk)) await once(target, "drain");
  }
  async close(): Promise<number> {
    await this.flush();
    const done = once(this.stream, "close");
    (this.gzip ?? this.stream).end();
    await done;
    return this.stream.bytesWritten;
  }
}

/** Records of a section passed on unchanged, written to its NDJSON file and its CSV tables on the way. */
function* tee(section: PopoloSection, records: Iterable<Record<string, unknown>>, outputs: Map<string, Output>) {
  const ndjson = outputs.get(`${section}.ndjson`)!;
  const tables = CSV_TABLES.filter((table) => table.section === section).map((table) => ({
    table,
    out: outputs.get(`${table.name}.csv`)!,
  }));
  for (const record of records) {
    ndjson.push(`${JSON.stringify(record)}\n`);
    ndjson.records += 1;
    for (const { table, out } of tables) {
      const rows = table.rows(record);
      if (rows.length > 0) out.push(stringify(rows));
      out.records += rows.length;
    }
    yield record;
  }
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Writes every file into `dir` (replacing what is there) and returns the manifest. */
export async function writeDumps(options: { dir?: string; database?: string; photoUrl: (file: string) => string }): Promise<DumpManifest> {
  const dir = options.dir ?? dumpsDir();
  const work = `${dir}.new-${process.pid}`;
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  const db = openDatabase(options.database ?? databasePath(), { readonly: true });
  try {
    db.$client.exec("BEGIN");
    const version = dataVersion(db);
    const outputs = new Map<string, Output>([["popolo.json.gz", new Output(path.join(work, "popolo.json.gz"), true)]]);
    for (const section of POPOLO_SECTIONS) outputs.set(`${section}.ndjson`, new Output(path.join(work, `${section}.ndjson`), false));
    for (const table of CSV_TABLES) {
      const out = new Output(path.join(work, `${table.name}.csv`), false);
      out.push(`\uFEFF${stringify([table.columns.map((column) => column.name)])}`);
      outputs.set(`${table.name}.csv`, out);
    }
    const popolo = outputs.get("popolo.json.gz")!;
    const sections = [...popoloSections(db, options.photoUrl)].map(
      ([section, records]) => [section, tee(section, records, outputs)] as [PopoloSection, Iterable<Record<string, unknown>>],
    );
    for (const chunk of popoloText(sections)) {
      popolo.push(chunk);
      for (const out of outputs.values()) await out.flush();
      await nextTurn();
    }
    const files: DumpFile[] = [];
    for (const [name, out] of outputs) {
      const bytes = await out.close();
      const csv = CSV_TABLES.find((table) => `${table.name}.csv` === name);
      files.push({
        name,
        format: name.endsWith(".gz") ? "popolo-json-gzip" : csv ? "csv" : "ndjson",
        holds: csv ? csv.name : name.endsWith(".gz") ? "popolo" : name.replace(".ndjson", ""),
        bytes,
        records: name.endsWith(".gz") ? 0 : out.records,
      });
    }
    const manifest: DumpManifest = { generatedAt: new Date().toISOString(), dataVersion: version, files };
    fs.writeFileSync(path.join(work, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    db.$client.exec("COMMIT");
    // The old folder goes only once the new one is complete; a download in progress keeps its open file.
    const old = `${dir}.old-${process.pid}`;
    if (fs.existsSync(dir)) fs.renameSync(dir, old);
    fs.renameSync(work, dir);
    fs.rmSync(old, { recursive: true, force: true });
    return manifest;
  } catch (error) {
    fs.rmSync(work, { recursive: true, force: true });
    throw error;
  } finally {
    db.$client.close();
  }
}

/** Whether the files are missing or were made from another state of the data than the database's now. */
export function dumpsAreStale(current: DataVersion, dir = dumpsDir()): boolean {
  const manifest = readManifest(dir);
  return !manifest || manifest.dataVersion.id !== current.id || manifest.dataVersion.at !== current.at;
}

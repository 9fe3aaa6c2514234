/** The Popolo JSON Schemas (tests/fixtures/popolo, draft-03) with the jsonschema package, and the export read whole. */
import fs from "node:fs";
import path from "node:path";
import { Validator, type Schema } from "jsonschema";
import type { Db } from "@/db/client";
import { popoloSections } from "@/db/queries/popolo";
import { popoloText } from "@/lib/popolo/document";

const SCHEMAS = path.join(import.meta.dirname, "..", "fixtures", "popolo");

const validator = new Validator();
const schemas = new Map<string, Schema>();
for (const file of fs.readdirSync(SCHEMAS).filter((name) => name.endsWith(".json"))) {
  const schema = JSON.parse(fs.readFileSync(path.join(SCHEMAS, file), "utf8")) as Schema;
  validator.addSchema(schema, schema.id);
  schemas.set(file.replace(/\.json$/, ""), schema);
}

export type PopoloKind = "person" | "organization" | "post" | "membership" | "area";

/** The schema's complaints about `record` as a `kind` (none: valid). */
export function popoloErrors(record: unknown, kind: PopoloKind): string[] {
  return validator.validate(record, schemas.get(kind)!).errors.map((error) => `${error.property} ${error.message}`);
}

export const SECTION_KINDS = {
  persons: "person",
  organizations: "organization",
  posts: "post",
  memberships: "membership",
  areas: "area",
} as const satisfies Record<string, PopoloKind>;

export type PopoloDocument = Record<keyof typeof SECTION_KINDS, Record<string, unknown>[]>;

export const PHOTO_BASE = "https://danhba.example/api/photos/";

/** The whole export of `db` as the stream writes it, parsed. */
export function exportDocument(db: Db): PopoloDocument {
  return JSON.parse([...popoloText(popoloSections(db, (file) => PHOTO_BASE + file))].join("")) as PopoloDocument;
}

/** Every schema complaint about every record of the document, with the record's id. */
export function documentErrors(document: PopoloDocument): string[] {
  return Object.entries(SECTION_KINDS).flatMap(([section, kind]) =>
    document[section as keyof PopoloDocument].flatMap((record) =>
      popoloErrors(record, kind).map((error) => `${String(record.id)}: ${error}`),
    ),
  );
}

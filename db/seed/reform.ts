/**
 * The country before 1 July 2025: the 63 provinces and centrally-run cities
 * then in force, each as a historic area (valid until 30 June 2025) with its
 * Front committee, and the one of today's 34 that each became part of, citing
 * a published report of Resolution 202/2025/QH15 (db/seed/reform-2025.json).
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "../client";
import { areaSuccessions, sources } from "../schema";
import { areaFullName, frontCommitteeNames } from "../../lib/places";
import { slugify } from "../../lib/fold";
import { REFORM_DATE } from "./provinces";
import { ensureArea, ensureOrganization } from "./ensure";
import reform from "./reform-2025.json";

interface HistoricUnit {
  name: string;
  kind: "province" | "city";
  successor: string;
  source: { title: string; publisher: string; publishedDate: string | null; url: string };
  quote: string;
}

/** The last day the historic units were in force. */
export const LAST_HISTORIC_DAY = reform.resolution.lastDayOfHistoricUnits;

/** Historic slugs end in "-cu" ("cũ", former): the province of the same name today keeps the plain slug. */
export const historicSlug = (name: string) => `${slugify(name)}-cu`;

function ensureReportSource(db: Db, source: HistoricUnit["source"]): number {
  const found = db.select({ id: sources.id }).from(sources).where(eq(sources.url, source.url)).get();
  if (found) return found.id;
  const date = source.publishedDate;
  return db
    .insert(sources)
    .values({
      title: source.title,
      publisher: source.publisher,
      url: source.url,
      publishedDate: date,
      publishedPrecision: !date ? null : date.length === 4 ? "year" : date.length === 7 ? "month" : "day",
    })
    .returning({ id: sources.id })
    .get().id;
}

export function seedHistoricUnits(
  db: Db,
  options: { countryId: number; centralId: number; successors: ReadonlyMap<string, { id: number }> },
): void {
  (reform.units as HistoricUnit[]).forEach((unit, index) => {
    const successor = options.successors.get(unit.successor);
    if (!successor) throw new Error(`reform-2025.json: ${unit.name} becomes ${unit.successor}, which is not one of today's provinces`);
    const area = ensureArea(db, {
      slug: historicSlug(unit.name),
      name: unit.name,
      fullName: areaFullName(unit.kind, unit.name),
      kind: unit.kind,
      parentId: options.countryId,
      validUntil: LAST_HISTORIC_DAY,
    });
    const names = frontCommitteeNames(unit.kind, unit.name);
    ensureOrganization(db, {
      slug: historicSlug(names.vi),
      name: names.vi,
      nameEn: names.en,
      kind: "front_committee",
      level: "province",
      areaId: area.id,
      parentId: options.centralId,
      sortOrder: 100 + index,
      validUntil: LAST_HISTORIC_DAY,
    });
    const recorded = db
      .select({ areaId: areaSuccessions.areaId })
      .from(areaSuccessions)
      .where(and(eq(areaSuccessions.areaId, area.id), eq(areaSuccessions.successorId, successor.id)))
      .get();
    if (!recorded)
      db.insert(areaSuccessions)
        .values({
          areaId: area.id,
          successorId: successor.id,
          effectiveDate: REFORM_DATE,
          sourceId: ensureReportSource(db, unit.source),
          quote: unit.quote,
        })
        .run();
  });
}

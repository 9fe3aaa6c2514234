/**
 * The organisations and areas an import is resolved against, read once per
 * import (a few thousand short rows) and indexed by folded name, parent and
 * area, so resolving an article's dozens of titles needs no further queries.
 */
import { foldWords } from "../../lib/fold";
import type { Db } from "../client";
import { notAfter } from "../mutations/terms";
import { areas, organizations, type Area, type Organization } from "../schema";

export type OrgRow = Pick<
  Organization,
  "id" | "slug" | "name" | "nameEn" | "shortName" | "kind" | "memberType" | "level" | "areaId" | "parentId" | "validFrom" | "validUntil"
>;
export type AreaRow = Pick<Area, "id" | "name" | "kind" | "parentId" | "validFrom" | "validUntil">;

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Whether a record with these validity bounds existed at `date` (partial dates compared at the coarser precision). */
export function validAt(record: { validFrom: string | null; validUntil: string | null }, date: string): boolean {
  return (!record.validFrom || notAfter(record.validFrom, date)) && (!record.validUntil || notAfter(date, record.validUntil));
}

/** Of several matches, the ones valid at the date, else all of them (a body since dissolved is still that body). */
function preferValid<T extends { validFrom: string | null; validUntil: string | null }>(rows: T[], date: string): T[] {
  const valid = rows.filter((row) => validAt(row, date));
  return valid.length > 0 ? valid : rows;
}

export class Directory {
  readonly organizations = new Map<number, OrgRow>();
  readonly areas = new Map<number, AreaRow>();
  private readonly orgsByName = new Map<string, OrgRow[]>();
  private readonly orgsByParent = new Map<number, OrgRow[]>();
  private readonly orgsByArea = new Map<number, OrgRow[]>();
  private readonly areasByName = new Map<string, AreaRow[]>();

  constructor(
    db: Db,
    readonly date: string,
  ) {
    const orgs: OrgRow[] = db.select().from(organizations).all();
    for (const org of orgs) {
      this.organizations.set(org.id, org);
      push(this.orgsByName, foldWords(org.name), org);
      if (org.shortName) push(this.orgsByName, foldWords(org.shortName), org);
      if (org.parentId !== null) push(this.orgsByParent, org.parentId, org);
      if (org.areaId !== null) push(this.orgsByArea, org.areaId, org);
    }
    const places: AreaRow[] = db.select().from(areas).all();
    for (const area of places) {
      this.areas.set(area.id, area);
      push(this.areasByName, foldWords(area.name), area);
    }
  }

  /** Organisations recorded under this name or short name, compared folded. */
  byName(name: string): OrgRow[] {
    return preferValid(this.orgsByName.get(foldWords(name)) ?? [], this.date);
  }

  children(parentId: number): OrgRow[] {
    return preferValid(this.orgsByParent.get(parentId) ?? [], this.date);
  }

  inArea(areaId: number): OrgRow[] {
    return preferValid(this.orgsByArea.get(areaId) ?? [], this.date);
  }

  find(predicate: (org: OrgRow) => boolean): OrgRow | undefined {
    return preferValid([...this.organizations.values()].filter(predicate), this.date)[0];
  }

  /** Areas of the given kinds with this folded name; those under `parentId` first. */
  areasNamed(nameKey: string, kinds: readonly string[], parentId?: number | null): AreaRow[] {
    const found = preferValid(
      (this.areasByName.get(nameKey) ?? []).filter((area) => kinds.includes(area.kind)),
      this.date,
    );
    return found.sort((a, b) => Number(b.parentId === parentId) - Number(a.parentId === parentId));
  }

  /** The organisation and every organisation above it, nearest first. */
  ancestry(id: number): OrgRow[] {
    const chain: OrgRow[] = [];
    for (
      let org = this.organizations.get(id);
      org && chain.length < 50;
      org = org.parentId ? this.organizations.get(org.parentId) : undefined
    )
      chain.push(org);
    return chain;
  }
}

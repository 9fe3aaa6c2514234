/**
 * Which organisation a title means: the OrgSpec read from the title, with the
 * places it leaves out taken from the editor's context (a committee, hence a
 * province and perhaps a commune) and the communes the article names. Found
 * by structure (kind, member type, area, parent) and by the full name the
 * directory records; an organisation not on record is proposed, hanging from
 * the parent it would have (itself perhaps proposed).
 */
import type { AreaKind, Level } from "../../lib/domain";
import type { ArticleReading } from "../../lib/import/article";
import { frontNames, memberNames, partyCentralNames, partyNames, unitNames, type Names } from "../../lib/import/names";
import type { OrgSpec, PlaceSpec } from "../../lib/import/organisation";
import type { OrgTarget, UnresolvedReason } from "../../lib/import/review";
import { foldWords } from "../../lib/fold";
import { validAt, type AreaRow, type Directory, type OrgRow } from "./directory";

export interface ImportContext {
  committee: OrgRow;
  province: AreaRow | null;
  commune: AreaRow | null;
  /** Communes, wards and special zones the article names. */
  communes: ArticleReading["communes"];
}

const PROVINCE_KINDS = ["province", "city"] as const;
const COMMUNE_KINDS = ["commune", "ward", "special_zone"] as const;

const levelOfArea = (kind: AreaKind): Level =>
  kind === "country"
    ? "central"
    : (PROVINCE_KINDS as readonly string[]).includes(kind)
      ? "province"
      : kind === "district"
        ? "district"
        : "commune";

/** The context of a Front committee: its province, and its commune when it is a commune's. */
export function contextOf(dir: Directory, committeeId: number, communes: ImportContext["communes"]): ImportContext | null {
  const committee = dir.organizations.get(committeeId);
  if (!committee || committee.kind !== "front_committee") return null;
  const area = committee.areaId ? (dir.areas.get(committee.areaId) ?? null) : null;
  const level = area ? levelOfArea(area.kind) : committee.level;
  const parent = area?.parentId ? (dir.areas.get(area.parentId) ?? null) : null;
  return {
    committee,
    province: level === "province" ? area : level === "commune" || level === "district" ? parent : null,
    commune: level === "commune" ? area : null,
    communes,
  };
}

type Resolved = { ok: true; target: OrgTarget } | { ok: false; reason: UnresolvedReason };

/** A resolved place: central, or a unit with its name (and its area when the directory has it). */
type Place =
  | { level: "central" }
  | { level: "province" | "district" | "commune"; kind: AreaKind; name: string; area: AreaRow | null; province: AreaRow | null };

type PlaceResult = { ok: true; place: Place } | { ok: false; reason: UnresolvedReason };

const fail = (reason: UnresolvedReason) => ({ ok: false, reason }) as const;

export class OrganizationResolver {
  /** Proposals by key, so that every row proposing one organisation shares the same object. */
  private readonly proposals = new Map<string, OrgTarget>();

  constructor(
    private readonly dir: Directory,
    private readonly ctx: ImportContext,
  ) {}

  private fromArea(area: AreaRow): Place {
    const level = levelOfArea(area.kind);
    if (level === "central") return { level: "central" };
    const parent = area.parentId ? (this.dir.areas.get(area.parentId) ?? null) : null;
    return { level, kind: area.kind, name: area.name, area, province: level === "province" ? area : parent };
  }

  /** A unit the directory lacks (a commune not yet recorded), placed in the context's province. */
  private unrecorded(level: "district" | "commune", kind: AreaKind, name: string): PlaceResult {
    if (!this.ctx.province) return fail("unknown_place");
    return { ok: true, place: { level, kind, name, area: null, province: this.ctx.province } };
  }

  private communeNamed(nameKey: string, name: string, kind: AreaKind | null): PlaceResult {
    const found = this.dir.areasNamed(nameKey, COMMUNE_KINDS, this.ctx.province?.id)[0];
    return found ? { ok: true, place: this.fromArea(found) } : this.unrecorded("commune", kind ?? "commune", name);
  }

  place(spec: PlaceSpec): PlaceResult {
    const { ctx, dir } = this;
    const level = spec.level ?? (spec.nameKey ? null : ctx.committee.level);
    if (level === "central") return { ok: true, place: { level: "central" } };
    if (spec.nameKey && spec.name) {
      if (level === "province" || level === null) {
        const province = dir.areasNamed(spec.nameKey, PROVINCE_KINDS)[0];
        if (province) return { ok: true, place: this.fromArea(province) };
        if (level === "province") return fail("unknown_place");
      }
      if (level === "commune" || level === null) {
        const commune = dir.areasNamed(spec.nameKey, COMMUNE_KINDS, ctx.province?.id)[0];
        if (commune || level === "commune") return this.communeNamed(spec.nameKey, spec.name, spec.kind);
      }
      const district = dir.areasNamed(spec.nameKey, ["district"], ctx.province?.id)[0];
      if (district) return { ok: true, place: this.fromArea(district) };
      return level === "district" ? this.unrecorded("district", "district", spec.name) : fail("unknown_place");
    }
    if (level === "province") {
      if (!ctx.province) return fail("which_province");
      // "Thành ủy", "thành phố" unnamed in a province's report: a city inside it, not the province itself
      if (spec.kind === "city" && ctx.province.kind !== "city") return fail("unknown_place");
      return { ok: true, place: this.fromArea(ctx.province) };
    }
    if (level === "commune") {
      if (ctx.commune) return { ok: true, place: this.fromArea(ctx.commune) };
      // "xã" alone in an article about one commune is that commune.
      if (ctx.communes.length === 1) return this.communeNamed(ctx.communes[0].nameKey, ctx.communes[0].name, ctx.communes[0].kind);
      return fail("which_commune");
    }
    return fail("unknown_place");
  }

  resolve(spec: OrgSpec): Resolved {
    switch (spec.type) {
      case "none": {
        const { committee } = this.ctx;
        return { ok: true, target: { id: committee.id, slug: committee.slug, name: committee.name } };
      }
      case "outside":
        return fail("outside_directory");
      case "unknown":
        return fail("unknown_organization");
      case "party_central":
        return this.partyCentral(spec.term);
      case "unit":
        return this.unit(spec);
      default: {
        const placed = this.place(spec.place);
        if (!placed.ok) return placed;
        if (spec.type === "front") return this.front(placed.place);
        if (spec.type === "member") return this.member(spec.memberType, placed.place);
        return this.party(placed.place);
      }
    }
  }

  private found(org: OrgRow | undefined): Resolved | null {
    return org ? { ok: true, target: { id: org.id, slug: org.slug, name: org.name } } : null;
  }

  private propose(
    names: Names & { shortName?: string | null },
    fields: { kind: OrgRow["kind"]; memberType?: OrgRow["memberType"]; level: Level; parent: OrgTarget | null },
  ): Resolved {
    const key = foldWords(names.vi);
    let target = this.proposals.get(key);
    if (!target) {
      target = {
        proposed: {
          key,
          name: names.vi,
          nameEn: names.en,
          shortName: names.shortName ?? null,
          kind: fields.kind,
          memberType: fields.memberType ?? null,
          level: fields.level,
          parent: fields.parent,
        },
      };
      this.proposals.set(key, target);
    }
    return { ok: true, target };
  }

  /** The organisation of this name, or the first one the structural test picks out. */
  private lookup(names: Names, structural: (org: OrgRow) => boolean, area: AreaRow | null): OrgRow | undefined {
    return this.dir.byName(names.vi).find(structural) ?? (area ? this.dir.inArea(area.id).find(structural) : undefined);
  }

  private front(place: Place): Resolved {
    const names = frontNames(place);
    const isFront = (org: OrgRow) => org.kind === "front_committee" && org.level === place.level;
    if (place.level === "central")
      return this.found(this.dir.find(isFront)) ?? this.propose(names, { kind: "front_committee", level: "central", parent: null });
    const existing = this.found(this.lookup(names, isFront, place.area));
    if (existing) return existing;
    const parent = place.level === "province" ? this.front({ level: "central" }) : this.provinceFront(place);
    if (!parent.ok) return parent;
    return this.propose(names, { kind: "front_committee", level: place.level, parent: parent.target });
  }

  private provinceFront(place: Extract<Place, { area: unknown }>): Resolved {
    return place.province ? this.front(this.fromArea(place.province)) : fail("which_province");
  }

  private member(type: NonNullable<OrgRow["memberType"]>, place: Place): Resolved {
    const names = memberNames(type, place);
    const isMember = (org: OrgRow) => org.kind === "member_organization" && org.memberType === type && org.level === place.level;
    const existing = place.level === "central" ? this.found(this.dir.find(isMember)) : this.found(this.lookup(names, isMember, place.area));
    if (existing) return existing;
    const front = this.front(place);
    if (!front.ok) return front;
    if ("id" in front.target) {
      const child = this.dir.children(front.target.id).find((org) => org.kind === "member_organization" && org.memberType === type);
      if (child) return this.found(child)!;
    }
    return this.propose(names, { kind: "member_organization", memberType: type, level: place.level, parent: front.target });
  }

  /** Territorial Party committees, told apart from the Party committee of a Front committee's agency by their parent. */
  private party(place: Place): Resolved {
    if (place.level === "central") return this.partyCentral(null);
    const names = partyNames(place)!;
    const isTerritorial = (org: OrgRow) => {
      if (org.kind !== "party_committee" || org.level !== place.level) return false;
      const parent = org.parentId ? this.dir.organizations.get(org.parentId) : undefined;
      return parent?.kind !== "front_committee";
    };
    const existing = this.found(this.lookup(names, isTerritorial, place.area));
    if (existing) return existing;
    const parent =
      place.level === "province"
        ? this.partyCentral(null, { asParent: true })
        : place.province
          ? this.party(this.fromArea(place.province))
          : fail("which_province");
    return this.propose(names, { kind: "party_committee", level: place.level, parent: parent.ok ? parent.target : null });
  }

  /**
   * The Party Central Committee of the term named, or the one in office at the
   * article's date: a seat in a term the directory does not record (an earlier
   * one) is not placed in a later term. As the parent of a provincial Party
   * committee, which outlasts the terms, any term on record will do.
   */
  private partyCentral(term: string | null, options: { asParent?: boolean } = {}): Resolved {
    const isCentral = (org: OrgRow) =>
      org.kind === "party_committee" && org.level === "central" && foldWords(org.name).startsWith("ban chap hanh trung uong dang");
    if (!term && options.asParent) return this.found(this.dir.find(isCentral)) ?? fail("unknown_organization");
    if (!term) return this.found(this.dir.find((org) => isCentral(org) && validAt(org, this.dir.date))) ?? fail("unknown_organization");
    const names = partyCentralNames(term);
    const termKey = ` khoa ${term.toLowerCase()}`;
    const existing = this.dir.byName(names.vi)[0] ?? this.dir.find((org) => isCentral(org) && foldWords(org.name).endsWith(termKey));
    return this.found(existing) ?? this.propose(names, { kind: "party_committee", level: "central", parent: null });
  }

  private unit(spec: Extract<OrgSpec, { type: "unit" }>): Resolved {
    const parent = this.resolve(spec.parent);
    if (!parent.ok) return parent;
    const parentNames: Names =
      "id" in parent.target
        ? { vi: parent.target.name, en: this.dir.organizations.get(parent.target.id)?.nameEn ?? null }
        : { vi: parent.target.proposed.name, en: parent.target.proposed.nameEn };
    const names = unitNames(spec.kind, spec.name, parentNames);
    if ("id" in parent.target) {
      const wanted = foldWords(names.shortName ?? names.vi);
      const child = this.dir.children(parent.target.id).find((org) => {
        if (org.kind !== spec.kind) return false;
        if (spec.kind !== "board") return true;
        return foldWords(org.shortName ?? "") === wanted || foldWords(org.name) === foldWords(names.vi);
      });
      if (child) return this.found(child)!;
    }
    const level = "id" in parent.target ? this.dir.organizations.get(parent.target.id)!.level : parent.target.proposed.level;
    return this.propose(names, { kind: spec.kind, level, parent: parent.target });
  }
}

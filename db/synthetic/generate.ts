/**
 * The synthetic directory, generated as rows for a sink (lib/synthetic/load.ts
 * writes them to SQLite). The same options and seed give the same rows.
 *
 * Phases: sources; structure (areas, organisations, posts); leadership (each
 * committee's officials with their concurrent seats and predecessors); committee
 * members, added until the requested number of people is reached.
 */
import { PROVINCES, REFORM_DATE, type ProvinceRecord } from "../seed/provinces";
import { areaFullName } from "../../lib/places";
import { apportion } from "./apportion";
import { dayOf } from "./calendar";
import { BIRTH_YEARS, leadershipOf, type Bundle } from "./leadership";
import { generateName } from "./names";
import { COMMUNE_LEVEL_UNITS, minorityShare } from "./places";
import { Random } from "./random";
import { Records, seat } from "./records";
import type { SyntheticSink } from "./rows";
import { AS_OF, SYNTHETIC_SOURCES } from "./sources";
import { buildStructure, type Committee, type CommitteeLevel } from "./structure";
import { TermPlanner, type TermDates, type TermWindow } from "./terms";

export interface SyntheticOptions {
  people: number;
  seed: number;
  /** Commune-level units; by default as many as `people` can staff, at most the real 3,321. */
  communes?: number;
}

/** Share of leadership seats with one or two predecessors on record. */
const LEADERSHIP_HISTORY_SHARE = 0.27;
/** Share of committee members who are former members (their one term has ended). */
const FORMER_MEMBER_SHARE = 0.15;
/** Women's share among officials (Standing Boards, heads, deputies) and among committee members at large. */
const FEMALE_SHARE = { leadership: 0.35, members: 0.45 };
/** How many more committee members a committee has than a commune's: the Central Committee has hundreds. */
const MEMBER_WEIGHTS: Record<CommitteeLevel, number> = { central: 10, province: 3, commune: 1 };

/**
 * About 2,200 people lead the centre and the provinces and about 25 each commune;
 * this leaves every commune room for committee members as well.
 */
export function defaultCommunes(people: number): number {
  return Math.max(0, Math.min(COMMUNE_LEVEL_UNITS, Math.floor((people - 2500) / 50)));
}

const latest = dayOf(AS_OF);
/** The centre and the provinces: current terms from the 2024 congresses on, history back to 2009. */
const LONG_STANDING: TermWindow = {
  earliest: dayOf("2009-01-01"),
  currentFrom: dayOf("2024-01-01"),
  onCurrentFrom: 0,
  latest,
  termDays: [365, 1825],
  gapDays: [1, 90],
};
const WINDOWS: Record<CommitteeLevel, TermWindow> = {
  central: LONG_STANDING,
  province: LONG_STANDING,
  // Commune-level committees date from the reform: many took office that day, and their history is months long.
  commune: {
    earliest: dayOf(REFORM_DATE),
    currentFrom: dayOf(REFORM_DATE),
    onCurrentFrom: 0.4,
    latest,
    termDays: [30, 120],
    gapDays: [1, 20],
  },
};

export function generateSynthetic(options: SyntheticOptions, sink: SyntheticSink): void {
  const random = new Random(options.seed);
  const records = new Records(sink);
  SYNTHETIC_SOURCES.forEach((source) => sink.source(source));
  const committees = buildStructure(records, random.fork(), options.communes ?? defaultCommunes(options.people));
  sink.phaseDone("structure");

  const staff = new Staffing(records, random.fork(), options.people);
  const leadershipRandom = random.fork();
  for (const committee of committees) {
    for (const bundle of leadershipOf(committee, leadershipRandom)) staff.appoint(committee, bundle);
  }
  sink.phaseDone("leadership");

  const remaining = options.people - records.peopleCount;
  const quotas = apportion(
    remaining,
    committees.map((committee) => MEMBER_WEIGHTS[committee.level]),
  );
  committees.forEach((committee, index) => staff.addMembers(committee, quotas[index]));
  sink.phaseDone("committee members");
}

/** Makes the people who hold seats, and their terms. */
class Staffing {
  private readonly terms: TermPlanner;
  private readonly hometowns: Map<ProvinceRecord, string>;

  constructor(
    private readonly records: Records,
    private readonly random: Random,
    private readonly maxPeople: number,
  ) {
    this.terms = new TermPlanner(random);
    this.hometowns = new Map(PROVINCES.map((province) => [province, areaFullName(province.kind, province.name)]));
  }

  /** The bundle's current holder and any predecessors, each holding every seat of it for the same dates. */
  appoint(committee: Committee, bundle: Bundle): void {
    const tenure = this.terms.tenure(WINDOWS[committee.level], LEADERSHIP_HISTORY_SHARE);
    for (const dates of [tenure.current, ...tenure.previous]) {
      const personId = this.person(committee, bundle, FEMALE_SHARE.leadership);
      for (const where of bundle.seats) this.records.term(personId, where, dates);
    }
  }

  addMembers(committee: Committee, count: number): void {
    const window = WINDOWS[committee.level];
    const where = seat(committee.front, "committee_member");
    for (let i = 0; i < count; i++) {
      const dates: TermDates = this.random.chance(FORMER_MEMBER_SHARE) ? this.terms.former(window) : this.terms.tenure(window, 0).current;
      this.records.term(this.person(committee, { born: BIRTH_YEARS.any }, FEMALE_SHARE.members), where, dates);
    }
  }

  private person(committee: Committee, holder: Pick<Bundle, "born" | "gender">, femaleShare: number): number {
    if (this.records.peopleCount >= this.maxPeople) {
      throw new Error(
        `${this.maxPeople} people are too few to staff the committees: the centre and the provinces need ` +
          "about 2,500 and each commune about 25 more; ask for more people or fewer communes",
      );
    }
    // Officials mostly serve where they come from; the centre draws on every province.
    const province = committee.province ?? this.random.pick(PROVINCES);
    const name = generateName(this.random, {
      gender: holder.gender,
      femaleShare,
      minorityShare: minorityShare(province.name),
    });
    return this.records.person({
      fullName: name.fullName,
      gender: name.gender,
      birthYear: this.random.int(holder.born[0], holder.born[1]),
      ethnicity: name.ethnicity,
      hometown: this.hometowns.get(province)!,
    });
  }
}

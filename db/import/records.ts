/**
 * What an import creates as it writes its rows: the organisations and posts
 * the review proposed and the new people, each created once however many rows
 * share it, and what the rows touched and how many of each were written. A
 * row refused in its savepoint is forgotten again (`checkpoint`). The article's
 * and the spreadsheet's writers both build on it.
 */
import { eq } from "drizzle-orm";
import { fold } from "../../lib/fold";
import type { OrgTarget, PersonCandidate, PostTarget } from "../../lib/import/review";
import type { Actor } from "../auth/sessions";
import type { Db } from "../client";
import { createOrganization, createPerson, createPost } from "../mutations";
import { posts } from "../schema";
import { pickPost } from "./posts";

export interface ImportCounts {
  newTerms: number;
  sourcedTerms: number;
  endedTerms: number;
  people: number;
  organizations: number;
  posts: number;
}

/** The editor's choice of person for a row: one on record, or a new one by name over the namesakes the page showed. */
export interface PersonChoice {
  person: number | "new";
  personName?: string;
  seen?: string;
}

export class ImportRecords {
  private organizations = new Map<string, number>();
  private people = new Map<string, number>();
  readonly touched = { people: new Set<number>(), organizations: new Set<number>(), terms: new Set<number>() };
  readonly counts: ImportCounts = { newTerms: 0, sourcedTerms: 0, endedTerms: 0, people: 0, organizations: 0, posts: 0 };

  constructor(
    protected readonly tx: Db,
    protected readonly actor: Actor,
  ) {}

  /** What a savepoint rollback must also forget: call the function returned to forget it. */
  checkpoint(): () => void {
    const saved = {
      organizations: new Map(this.organizations),
      people: new Map(this.people),
      touched: Object.fromEntries(Object.entries(this.touched).map(([name, set]) => [name, new Set(set)])),
      counts: { ...this.counts },
    };
    return () => {
      this.organizations = saved.organizations;
      this.people = saved.people;
      Object.assign(this.touched, saved.touched);
      Object.assign(this.counts, saved.counts);
    };
  }

  private organization(target: OrgTarget): number {
    if ("id" in target) return target.id;
    const { proposed } = target;
    const known = this.organizations.get(proposed.key);
    if (known) return known;
    const parentId = proposed.parent ? this.organization(proposed.parent) : undefined;
    const { id } = createOrganization(this.tx, this.actor, {
      parentId,
      name: proposed.name,
      nameEn: proposed.nameEn,
      shortName: proposed.shortName,
      kind: proposed.kind,
      memberType: proposed.memberType,
      level: proposed.level,
    });
    this.organizations.set(proposed.key, id);
    this.counts.organizations++;
    return id;
  }

  /** The post a row means, created (with its organisation) when the directory lacks it. */
  protected post(target: PostTarget): number {
    if (target.id !== null) return target.id;
    const organizationId = this.organization(target.organization);
    const existing = pickPost(this.tx.select().from(posts).where(eq(posts.organizationId, organizationId)).all(), target);
    if (existing) return existing.id;
    this.counts.posts++;
    return createPost(this.tx, this.actor, {
      organizationId,
      title: target.title,
      roleKey: target.roleKey,
      maxHolders: target.maxHolders ?? undefined,
    }).id;
  }

  /** The person a row is written for, created when the editor chose "new" (once for every row naming them). */
  protected person(candidates: PersonCandidate[], choice: PersonChoice, organizationId: number): number {
    if (choice.person !== "new") return choice.person;
    const fullName = choice.personName!;
    const seen = new Set((choice.seen ?? "").split(",").filter(Boolean).map(Number));
    const key = fold(fullName);
    const known = this.people.get(key);
    if (known) return known;
    const { id } = createPerson(this.tx, this.actor, {
      fullName,
      // Choosing "new" over namesakes the page showed answers the duplicate check; one recorded since was not seen, so it is asked.
      confirmNotDuplicate: candidates.length > 0 && candidates.every((candidate) => seen.has(candidate.id)),
      contextOrganizationId: organizationId,
    });
    this.people.set(key, id);
    this.counts.people++;
    return id;
  }
}

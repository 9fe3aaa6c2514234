/**
 * A spreadsheet of members turned into review rows, beside the article's
 * (review.ts): each row's post found in the organisation the file is for (by
 * its recorded title, or read like an article's title and resolved by the same
 * resolvers, proposing what the directory lacks), its person matched the same
 * way, and the term classified as new, already known, in conflict or
 * unresolved, against the row's own dates. Nothing is written here; the commit
 * runs it again inside its transaction.
 */
import { sql } from "drizzle-orm";
import { scopeChecker } from "../auth/scope";
import type { Actor } from "../auth/sessions";
import { foldWords } from "../../lib/fold";
import type { OrgTarget, PostOption, PostTarget, Review, ReviewRow, TermConflict, UnresolvedReason } from "../../lib/import/review";
import { rowWrites, type SheetRow } from "../../lib/import/sheet";
import { readTitle } from "../../lib/import/title";
import { roleTitle } from "../../lib/titles";
import type { Db } from "../client";
import type { OverlapConflict } from "../mutations/errors";
import { notAfter, termsOverlap } from "../mutations/terms";
import { Directory, type OrgRow } from "./directory";
import { contextOf, OrganizationResolver } from "./organizations";
import { matchPeople } from "./people";
import { PostResolver } from "./posts";

export interface SheetSource {
  title: string;
  url: string | null;
  /** ISO at its precision. */
  date: string | null;
}

/** What a row of the file says beyond what the shared review row carries. */
export interface SheetLine {
  line: number;
  start: string | null;
  end: string | null;
  attested: string | null;
  source: SheetSource;
  /**
   * For a term on record: what the row adds to it (the start it lacks, an end, one more source); nothing, and the
   * row has nothing to write.
   */
  adds: { start: boolean; end: boolean; source: boolean };
  /**
   * Dates the record gives otherwise than the file, shown and left as they are (a correction needs a reason, on the
   * term's page); `attested` when the file's start comes after the date a source already shows the post held.
   */
  recorded: { start?: string; end?: string; attested?: string };
}

export type SheetReviewRow = ReviewRow & { sheet: SheetLine };

export interface SheetReview extends Review {
  rows: SheetReviewRow[];
  organization: { id: number; slug: string; name: string };
}

export interface SheetReviewRequest {
  organizationId: number;
  rows: SheetRow[];
  /** For rows whose source cells are empty. */
  defaultSource: SheetSource | null;
  /** The date the directory is read at (organisations in being, people's current roles). */
  date: string;
}

/** A row's source: its own cells, else the upload's common source. */
export function rowSource(row: SheetRow, fallback: SheetSource | null): SheetSource | null {
  if (row.sourceTitle) return { title: row.sourceTitle, url: row.sourceUrl ?? null, date: row.sourceDate ?? null };
  return fallback;
}

const target = (org: OrgRow): OrgTarget => ({ id: org.id, slug: org.slug, name: org.name });

function anchorOf(target: OrgTarget): number | null {
  return "id" in target ? target.id : target.proposed.parent ? anchorOf(target.proposed.parent) : null;
}

/** Namesakes a row lists to choose from: a common name is shared by dozens at national scale. */
const NAMESAKES_SHOWN = 6;

type PostFound = { post: PostTarget; reason: null } | { post: null; reason: UnresolvedReason };

/** Finds the post each row means, relative to the organisation the file is for. */
class SheetPosts {
  readonly posts: PostResolver;
  private readonly resolver: OrganizationResolver | null;
  private readonly self: OrgTarget;

  constructor(
    db: Db,
    private readonly dir: Directory,
    private readonly organization: OrgRow,
  ) {
    this.posts = new PostResolver(db);
    this.self = target(organization);
    // Titles that name another body ("Chủ tịch Hội Nông dân tỉnh") are read in the context of the nearest Front committee.
    const front = dir.ancestry(organization.id).find((org) => org.kind === "front_committee");
    const ctx = front ? contextOf(dir, front.id, []) : null;
    this.resolver = ctx ? new OrganizationResolver(dir, ctx) : null;
  }

  /** An organisation named in the row's own cell: this one, one below it, or any of that name. */
  private named(name: string): OrgTarget | null {
    const found = this.dir.byName(name);
    if (found.length === 0) return null;
    const within = (org: OrgRow) => this.dir.ancestry(org.id).some((up) => up.id === this.organization.id);
    return target(found.find((org) => org.id === this.organization.id) ?? found.find(within) ?? found[0]);
  }

  find(row: SheetRow): PostFound {
    const named = row.organization ? this.named(row.organization) : null;
    const base = named ?? this.self;
    if ("id" in base) {
      const title = foldWords(row.title);
      const exact = this.posts.postsOf(base.id).find((post) => foldWords(post.title) === title);
      if (exact)
        return {
          post: {
            id: exact.id,
            title: exact.title,
            roleKey: exact.roleKey as PostTarget["roleKey"],
            maxHolders: exact.maxHolders,
            organization: base,
          },
          reason: null,
        };
    }
    // An organisation the directory does not know by that name is read as part of the title.
    const reading = readTitle(row.organization && !named ? `${row.title} ${row.organization}` : row.title);
    if (!reading.seat) return { post: null, reason: "no_role" };
    if (reading.former) return { post: null, reason: "former" };
    let organization = base;
    if (!named && reading.org.type !== "none") {
      const resolved = this.resolver?.resolve(reading.org) ?? { ok: false as const, reason: "unknown_organization" as const };
      if (!resolved.ok) return { post: null, reason: resolved.reason };
      organization = resolved.target;
    }
    return { post: this.posts.resolve(organization, reading.seat), reason: null };
  }

  /** Posts an unresolved row may be given: this organisation's and those of the bodies directly under it. */
  options(): Review["postOptions"] {
    const ids = [
      this.organization.id,
      ...this.dir
        .children(this.organization.id)
        .filter((org) => org.kind !== "front_committee")
        .map((org) => org.id),
    ];
    this.posts.preload(ids);
    return ids.map((id) => {
      const organization = this.dir.organizations.get(id)!;
      const posts = this.posts.postsOf(id).map((post): PostOption => ({ id: post.id, label: roleTitle(post, organization, "vi") }));
      return { organization: organization.name, posts };
    });
  }
}

/** A term on a post, with its holder's name: what a clash with another holder is told by. */
type TermOnPost = Omit<OverlapConflict, "membershipId" | "endable"> & { id: number };

export type SheetStanding = { status: "known"; term: TermOnPost } | { status: "conflict"; conflicts: TermConflict[] } | { status: "new" };

/**
 * The terms of posts, read once per post for a whole review; or, for a commit
 * (`fresh`), read again for every row, since earlier rows may have written to
 * the post, and then on a post without a holder limit only the person's own.
 */
export class TermsOnPosts {
  private readonly byPost = new Map<number, TermOnPost[]>();

  constructor(
    private readonly db: Db,
    private readonly fresh = false,
  ) {}

  of(postId: number, personId?: number | null): TermOnPost[] {
    const cached = this.fresh ? undefined : this.byPost.get(postId);
    if (cached) return cached;
    const whose = personId != null ? sql` AND m.person_id = ${personId}` : sql``;
    const terms = this.db.all<TermOnPost>(sql`
      SELECT m.id, m.version, m.person_id AS personId, p.full_name AS personName,
             m.start_date AS startDate, m.attested_date AS attestedDate, m.end_date AS endDate
      FROM memberships m JOIN people p ON p.id = m.person_id
      WHERE m.post_id = ${postId} AND m.retracted_at IS NULL${whose} ORDER BY m.id`);
    if (!this.fresh) this.byPost.set(postId, terms);
    return terms;
  }

  /**
   * How the row's term stands against the post's terms: the same person's
   * overlapping term is the one the row speaks of; on a post with a holder
   * limit, others' overlapping terms that fill it are conflicts.
   */
  standing(post: { id: number; maxHolders: number | null }, personId: number | null, row: SheetRow): SheetStanding {
    const dates = { startDate: row.start ?? null, attestedDate: row.attested ?? null, endDate: row.end ?? null };
    // Without a holder limit only the person's own terms matter: a commit reads just those.
    const terms = this.fresh && post.maxHolders === null ? (personId === null ? [] : this.of(post.id, personId)) : this.of(post.id);
    const overlapping = terms.filter((term) => termsOverlap(term, dates));
    const own = overlapping.find((term) => term.personId === personId);
    if (own) return { status: "known", term: own };
    if (post.maxHolders === null || overlapping.length < post.maxHolders) return { status: "new" };
    const from = row.start ?? row.attested!;
    return {
      status: "conflict",
      conflicts: overlapping.map((term) => {
        const known = term.startDate ?? term.attestedDate;
        return {
          membershipId: term.id,
          version: term.version,
          personName: term.personName,
          from: known,
          endable: term.endDate === null && known !== null && notAfter(known, from),
        };
      }),
    };
  }
}

/** Whether a term already cites a source like this one (the same address, or the same title and date). */
export function citesSource(cited: readonly SheetSource[], source: SheetSource): boolean {
  return cited.some(
    (c) => (source.url && c.url === source.url) || (c.title === source.title && (c.date ?? null) === (source.date ?? null)),
  );
}

/** The sources each of the terms cites, in one query per thousand terms. */
export function citedSources(db: Db, termIds: number[]): Map<number, SheetSource[]> {
  const cited = new Map<number, SheetSource[]>();
  for (let i = 0; i < termIds.length; i += 1000) {
    const rows = db.all<SheetSource & { termId: number }>(sql`
      SELECT ms.membership_id AS termId, s.title, s.url, s.published_date AS date
      FROM membership_sources ms JOIN sources s ON s.id = ms.source_id
      WHERE ms.membership_id IN (${sql.join(termIds.slice(i, i + 1000), sql`, `)})`);
    for (const { termId, ...source } of rows) cited.set(termId, [...(cited.get(termId) ?? []), source]);
  }
  return cited;
}

/** The people whose pages the rows link to, by slug. */
function peopleBySlug(db: Db, slugs: string[]): Map<string, number> {
  const found = new Map<string, number>();
  for (let i = 0; i < slugs.length; i += 500)
    for (const row of db.all<{ id: number; slug: string }>(sql`
      SELECT id, slug FROM people WHERE slug IN (${sql.join(slugs.slice(i, i + 500), sql`, `)})`))
      found.set(row.slug, row.id);
  return found;
}

export function buildSheetReview(db: Db, actor: Actor, request: SheetReviewRequest): SheetReview | null {
  const dir = new Directory(db, request.date);
  const organization = dir.organizations.get(request.organizationId);
  if (!organization) return null;
  const finder = new SheetPosts(db, dir, organization);
  const terms = new TermsOnPosts(db);
  const around = new Set(
    dir
      .ancestry(organization.id)
      .slice(0, 2)
      .map((org) => org.id),
  );
  const inScope = scopeChecker(db, actor);
  // First every row's post, then everyone's person in one batch, then how each term stands.
  const found = request.rows.map((row) => {
    const post = finder.find(row);
    const anchor = post.post ? anchorOf(post.post.organization) : null;
    const concerned = new Set(around);
    if (anchor !== null) dir.ancestry(anchor).forEach((org, depth) => depth < 2 && concerned.add(org.id));
    return { ...post, anchor, concerned };
  });
  const pins = peopleBySlug(db, [...new Set(request.rows.flatMap((row) => (row.profile ? [row.profile] : [])))]);
  const matches = matchPeople(
    db,
    request.rows.map((row, i) => ({ name: row.name, concerned: found[i].concerned, pin: row.profile ? pins.get(row.profile) : undefined })),
    request.date,
    NAMESAKES_SHOWN,
  );

  const rows: SheetReviewRow[] = request.rows.map((row, i) => {
    const { anchor, ...post } = found[i];
    const person = matches[i];
    const standing = post.post?.id != null ? terms.standing({ id: post.post.id, maxHolders: post.post.maxHolders }, person.id, row) : null;
    const status = !post.post ? "unresolved" : (standing?.status ?? "new");
    const rowInScope = post.post ? inScope(anchor) : true;
    return {
      key: String(row.line),
      personIndex: row.line,
      name: row.name,
      titles: [row.title],
      quote: "",
      status,
      reason: post.reason,
      person,
      post: post.post,
      termId: standing?.status === "known" ? standing.term.id : null,
      conflicts: standing?.status === "conflict" ? standing.conflicts : [],
      dateKind: row.start ? "start" : "attested",
      date: row.start ?? row.attested ?? request.date,
      inferred: false,
      inScope: rowInScope,
      accept: false,
      sheet: {
        line: row.line,
        start: row.start ?? null,
        end: row.end ?? null,
        attested: row.attested ?? null,
        source: rowSource(row, request.defaultSource)!,
        adds: { start: false, end: false, source: true },
        recorded: {},
      },
    };
  });

  // What each row on record adds, against the sources its term already cites.
  const cited = citedSources(db, [...new Set(rows.flatMap((row) => (row.termId ? [row.termId] : [])))]);
  for (const row of rows) {
    const line = row.sheet;
    if (row.termId !== null) {
      const term = terms.of(row.post!.id!).find((t) => t.id === row.termId)!;
      const startFits = line.start !== null && (term.attestedDate === null || notAfter(line.start, term.attestedDate));
      line.adds = {
        start: line.start !== null && term.startDate === null && startFits,
        end: line.end !== null && term.endDate === null,
        source: !citesSource(cited.get(term.id) ?? [], line.source),
      };
      if (line.start !== null && term.startDate !== null && term.startDate !== line.start) line.recorded.start = term.startDate;
      if (line.start !== null && term.startDate === null && !startFits) line.recorded.attested = term.attestedDate!;
      if (line.end !== null && term.endDate !== null && term.endDate !== line.end) line.recorded.end = term.endDate;
    }
    const writes = row.status !== "conflict" && row.status !== "unresolved" && rowWrites(row);
    // Ticked when nothing needs a decision: a term the file plainly adds or changes, for someone not confused with a namesake.
    row.accept = row.inScope && writes && row.person.confidence !== "low";
  }

  return {
    context: { id: organization.id, name: organization.name },
    organization: { id: organization.id, slug: organization.slug, name: organization.name },
    date: request.date,
    rows,
    postOptions: finder.options(),
  };
}

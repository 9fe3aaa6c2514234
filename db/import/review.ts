/**
 * An article turned into review rows: every title of every person, resolved
 * to a post in the directory (or a proposed one), the person matched, and the
 * term classified as new, already known, in conflict, or unresolved. Nothing
 * is written here; the commit runs the same analysis again inside its
 * transaction, so what it writes rests on the database as it is then.
 */
import { scopeChecker } from "../auth/scope";
import type { Actor } from "../auth/sessions";
import { readArticle, type ArticleTitle } from "../../lib/import/article";
import type { OrgTarget, PostOption, Review, ReviewRow } from "../../lib/import/review";
import { roleTitle } from "../../lib/titles";
import type { Db } from "../client";
import { Directory } from "./directory";
import { contextOf, OrganizationResolver, type ImportContext } from "./organizations";
import { matchPeople } from "./people";
import { PostResolver, termStanding } from "./posts";

export interface ReviewRequest {
  text: string;
  contextId: number;
  /** The article's date, ISO at its precision. */
  date: string;
}

/** The existing organisation a target is, or would hang from. */
function anchorOf(target: OrgTarget | null): number | null {
  if (!target) return null;
  return "id" in target ? target.id : anchorOf(target.proposed.parent);
}

type Draft = Omit<ReviewRow, "person" | "status" | "termId" | "conflicts" | "inScope" | "accept"> & { title: ArticleTitle };

const DATE_KIND = { start: "start", end: "end" } as const;

function draftRow(
  resolver: OrganizationResolver,
  postsOf: PostResolver,
  person: { index: number; name: string },
  title: ArticleTitle,
  date: string,
): Draft {
  const { index: personIndex, name } = person;
  const base = {
    key: title.key,
    personIndex,
    name,
    titles: [title.text],
    quote: title.quote,
    post: null,
    dateKind: title.change ? DATE_KIND[title.change] : ("attested" as const),
    date: title.date ?? date,
    inferred: title.inferred || title.org.type === "none",
    title,
  };
  if (!title.seat) return { ...base, reason: "no_role" };
  if (title.former) return { ...base, reason: "former" };
  const organization = resolver.resolve(title.org);
  if (!organization.ok) return { ...base, reason: organization.reason };
  return { ...base, reason: null, post: postsOf.resolve(organization.target, title.seat) };
}

/** Two titles meaning the same post ("Chủ tịch Ủy ban MTTQ xã", later "… xã Sìn Hồ") make one row. */
function postKey(draft: Draft): string | null {
  if (!draft.post) return null;
  const organization = draft.post.organization;
  const where = "id" in organization ? `#${organization.id}` : organization.proposed.key;
  return `${draft.personIndex}|${where}|${draft.post.id ?? draft.post.title}`;
}

function mergeSamePost(drafts: Draft[]): Draft[] {
  const byPost = new Map<string, Draft>();
  const merged: Draft[] = [];
  for (const draft of drafts) {
    const key = postKey(draft);
    const first = key ? byPost.get(key) : undefined;
    if (!first) {
      if (key) byPost.set(key, draft);
      merged.push(draft);
      continue;
    }
    first.titles.push(draft.title.text);
    if (draft.dateKind !== "attested" && first.dateKind === "attested")
      Object.assign(first, { dateKind: draft.dateKind, date: draft.date });
    first.inferred &&= draft.inferred;
  }
  return merged;
}

/** Posts a row may be moved to: those of the context committee, the bodies directly under it, and every organisation the rows found. */
function postOptions(db: Db, dir: Directory, ctx: ImportContext, posts: PostResolver, found: number[]): Review["postOptions"] {
  const around = dir
    .children(ctx.committee.id)
    .filter((org) => org.kind !== "front_committee")
    .map((org) => org.id);
  const ids = [...new Set([ctx.committee.id, ...around, ...found])];
  posts.preload(ids);
  return ids.map((id) => {
    const organization = dir.organizations.get(id)!;
    return {
      organization: organization.name,
      posts: posts.postsOf(id).map((post): PostOption => ({ id: post.id, label: roleTitle(post, organization, "vi") })),
    };
  });
}

export function buildReview(db: Db, actor: Actor, request: ReviewRequest): Review | null {
  const article = readArticle(request.text, request.date);
  const dir = new Directory(db, request.date);
  const ctx = contextOf(dir, request.contextId, article.communes);
  if (!ctx) return null;
  const resolver = new OrganizationResolver(dir, ctx);
  const posts = new PostResolver(db);
  const contextFamily = new Set(
    dir
      .children(ctx.committee.id)
      .map((org) => org.id)
      .concat(ctx.committee.id),
  );
  const inScope = scopeChecker(db, actor);

  const drafted = article.people.map((person) => {
    const drafts = mergeSamePost(person.titles.map((title) => draftRow(resolver, posts, person, title, request.date)));
    const concerned = new Set(contextFamily);
    for (const draft of drafts) {
      const anchor = anchorOf(draft.post?.organization ?? null);
      if (anchor !== null) dir.ancestry(anchor).forEach((org, depth) => depth < 2 && concerned.add(org.id));
    }
    return { person, drafts, concerned };
  });
  // Every name matched in one pass: a few queries for the whole report, not a few per person.
  const matches = matchPeople(
    db,
    drafted.map(({ person, concerned }) => ({ name: person.name, concerned })),
    request.date,
  );

  const rows: ReviewRow[] = [];
  for (const [i, { drafts }] of drafted.entries()) {
    const match = matches[i];
    for (const { title: _title, ...draft } of drafts) {
      const standing =
        draft.post?.id != null
          ? termStanding(db, { id: draft.post.id, maxHolders: draft.post.maxHolders }, match.id, draft.date, draft.dateKind)
          : null;
      const status = !draft.post ? "unresolved" : (standing?.status ?? "new");
      const termId = standing?.status === "known" ? standing.termId : null;
      // An unresolved row has no organisation yet: scope is checked on the post the editor picks for it.
      const rowInScope = draft.post ? inScope(anchorOf(draft.post.organization)) : true;
      rows.push({
        ...draft,
        status,
        person: match,
        termId,
        conflicts: standing?.status === "conflict" ? standing.conflicts : [],
        inScope: rowInScope,
        // Ticked when nothing needs a decision: a known term, or a new one that the text plainly states.
        accept: rowInScope && (status === "known" || (status === "new" && !draft.inferred && match.confidence !== "low")),
      });
    }
  }

  const found = [...new Set(rows.flatMap((row) => (row.post && "id" in row.post.organization ? [row.post.organization.id] : [])))];
  return {
    context: { id: ctx.committee.id, name: ctx.committee.name },
    date: request.date,
    rows,
    postOptions: postOptions(db, dir, ctx, posts, found),
  };
}

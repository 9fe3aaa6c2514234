/** Organisations and their posts: create and rename. Neither is ever deleted. */
import { and, eq, ne, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../auth/sessions";
import { standardPosts } from "../../lib/structure";
import { createOrganizationInput, createPostInput, renameOrganizationInput, updatePostInput } from "../../lib/validation/admin";
import type { Db } from "../client";
import { organizations, posts, type Post } from "../schema";
import { uniqueSlug } from "../slugs";
import { recordAudit } from "./audit";
import { MutationError, invalid } from "./errors";
import { nowIso, parseInput, requireActor, requireFound, requireOrganizationInScope, requireVersion, type Mutation } from "./guard";

function nextSortOrder(tx: Db, table: "organizations" | "posts", column: "parent_id" | "organization_id", parent: number | null) {
  const row = tx.get<{ next: number }>(
    sql`SELECT coalesce(max(sort_order), -1) + 1 AS next FROM ${sql.identifier(table)} WHERE ${sql.identifier(column)} IS ${parent}`,
  );
  return row?.next ?? 0;
}

function insertPost(tx: Db, actor: Actor, values: typeof posts.$inferInsert): Post {
  const post = tx.insert(posts).values(values).returning().get();
  recordAudit(tx, actor, { action: "post.create", entityType: "post", entityId: post.id, after: post });
  return post;
}

/**
 * Creates an organisation under a parent in scope (only admins may create one
 * at the top), with the standard seats of its kind.
 */
export const createOrganization: Mutation<z.input<typeof createOrganizationInput>, { id: number; slug: string }> = (tx, actor, raw) => {
  const signedIn = requireActor(actor);
  const input = parseInput(createOrganizationInput, raw);
  const parent = input.parentId ? tx.select().from(organizations).where(eq(organizations.id, input.parentId)).get() : undefined;
  if (input.parentId && !parent) throw invalid("parentId", "not_found");
  if (parent) requireOrganizationInScope(tx, signedIn, parent.id);
  else if (signedIn.role !== "admin") throw new MutationError("forbidden");
  if (input.kind === "member_organization" && !input.memberType) throw invalid("memberType", "required");
  const level = input.level ?? parent?.level;
  if (!level) throw invalid("level", "required");

  const organization = tx
    .insert(organizations)
    .values({
      slug: uniqueSlug(tx, "organizations", input.name),
      name: input.name,
      nameEn: input.nameEn ?? null,
      shortName: input.shortName ?? null,
      kind: input.kind,
      memberType: input.kind === "member_organization" ? input.memberType : null,
      level,
      areaId: parent?.areaId ?? null,
      parentId: parent?.id ?? null,
      sortOrder: nextSortOrder(tx, "organizations", "parent_id", parent?.id ?? null),
      // A body cannot outlast the one it belongs to: under a committee that ceased (or began) on a date, so does it.
      validFrom: parent?.validFrom ?? null,
      validUntil: parent?.validUntil ?? null,
    })
    .returning()
    .get();
  recordAudit(tx, signedIn, { action: "organization.create", entityType: "organization", entityId: organization.id, after: organization });
  standardPosts(organization.kind, organization.memberType).forEach((template, index) =>
    insertPost(tx, signedIn, { ...template, organizationId: organization.id, sortOrder: index }),
  );
  return { id: organization.id, slug: organization.slug };
};

/** Renames an organisation; its address (slug) stays, so links to it keep working. */
export const renameOrganization: Mutation<z.input<typeof renameOrganizationInput>, { id: number; slug: string; version: number }> = (
  tx,
  actor,
  raw,
) => {
  const signedIn = requireActor(actor);
  const input = parseInput(renameOrganizationInput, raw);
  const before = requireFound(tx.select().from(organizations).where(eq(organizations.id, input.id)).get());
  requireOrganizationInScope(tx, signedIn, before.id);
  requireVersion(tx, "organization", before, input.version);
  const after = tx
    .update(organizations)
    .set({
      name: input.name,
      nameEn: input.nameEn === undefined ? before.nameEn : input.nameEn,
      shortName: input.shortName === undefined ? before.shortName : input.shortName,
      version: before.version + 1,
      updatedAt: nowIso(),
    })
    .where(eq(organizations.id, before.id))
    .returning()
    .get();
  recordAudit(tx, signedIn, {
    action: "organization.rename",
    entityType: "organization",
    entityId: before.id,
    before,
    after,
    reason: input.reason,
  });
  return { id: after.id, slug: after.slug, version: after.version };
};

function requireUniqueTitle(tx: Db, organizationId: number, title: string, exceptId?: number) {
  const clash = tx
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.organizationId, organizationId), eq(posts.title, title), exceptId ? ne(posts.id, exceptId) : undefined))
    .get();
  if (clash) throw invalid("title", "post_exists");
}

export const createPost: Mutation<z.input<typeof createPostInput>, { id: number; organizationId: number }> = (tx, actor, raw) => {
  const signedIn = requireActor(actor);
  const input = parseInput(createPostInput, raw);
  const organization = tx.select().from(organizations).where(eq(organizations.id, input.organizationId)).get();
  if (!organization) throw invalid("organizationId", "not_found");
  requireOrganizationInScope(tx, signedIn, organization.id);
  requireUniqueTitle(tx, organization.id, input.title);
  const post = insertPost(tx, signedIn, {
    organizationId: organization.id,
    title: input.title,
    roleKey: input.roleKey,
    maxHolders: input.maxHolders ?? null,
    sortOrder: nextSortOrder(tx, "posts", "organization_id", organization.id),
  });
  return { id: post.id, organizationId: organization.id };
};

/** Renames a post or changes how many may hold it; a limit below today's holders is refused. */
export const updatePost: Mutation<z.input<typeof updatePostInput>, { id: number; organizationId: number; version: number }> = (
  tx,
  actor,
  raw,
) => {
  const signedIn = requireActor(actor);
  const input = parseInput(updatePostInput, raw);
  const before = requireFound(tx.select().from(posts).where(eq(posts.id, input.id)).get());
  requireOrganizationInScope(tx, signedIn, before.organizationId);
  requireVersion(tx, "post", before, input.version);
  requireUniqueTitle(tx, before.organizationId, input.title, before.id);
  const maxHolders = input.maxHolders === undefined ? before.maxHolders : input.maxHolders;
  if (maxHolders !== null) {
    const today = nowIso().slice(0, 10);
    const holders = tx.get<{ n: number }>(sql`
      SELECT count(*) AS n FROM memberships
      WHERE post_id = ${before.id} AND retracted_at IS NULL AND held_until >= ${today} AND held_from <= ${today}`);
    if ((holders?.n ?? 0) > maxHolders) throw invalid("maxHolders", "too_many_holders");
  }
  const after = tx
    .update(posts)
    .set({ title: input.title, roleKey: input.roleKey, maxHolders, version: before.version + 1, updatedAt: nowIso() })
    .where(eq(posts.id, before.id))
    .returning()
    .get();
  recordAudit(tx, signedIn, { action: "post.update", entityType: "post", entityId: before.id, before, after, reason: input.reason });
  return { id: after.id, organizationId: after.organizationId, version: after.version };
};

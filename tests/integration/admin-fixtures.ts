/**
 * A demo database with three accounts and a signed-in session for each: an
 * admin, an editor scoped to Lai Châu's Front committee ("inside"), and one
 * scoped to Hà Nội's ("outside", for anything in Lai Châu). Built once per file
 * and copied per test, so every test starts from the same state.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { eq, gt, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll } from "vitest";
import { inTransaction, openDatabase, type Db } from "@/db/client";
import { executeMutation, type Mutation } from "@/db/mutations";
import { insertUser } from "@/db/mutations/users";
import { auditLog, memberships, organizations, people, posts } from "@/db/schema";
import { FIRST_REPORT_ID, seedDemo } from "@/db/seed";
import { createSession } from "@/db/auth/sessions";

export const PASSWORD = "correct horse battery staple";
export const LAI_CHAU = "uy-ban-mttq-viet-nam-tinh-lai-chau";
export const HA_NOI = "uy-ban-mttq-viet-nam-thanh-pho-ha-noi";
export type Who = "anonymous" | "outside" | "inside" | "admin";
export const EVERYONE: Who[] = ["anonymous", "outside", "inside", "admin"];

interface Template {
  dir: string;
  file: string;
  tokens: Record<Who, string | undefined>;
  userIds: Record<Exclude<Who, "anonymous">, number>;
}

export function buildTemplate(): Template {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-admin-template-"));
  const file = path.join(dir, "template.db");
  const db = openDatabase(file);
  seedDemo(db, { onlyReports: [FIRST_REPORT_ID] });
  const scope = (slug: string) => db.select().from(organizations).where(eq(organizations.slug, slug)).get()!.id;
  const user = (username: string, role: "admin" | "editor", scopeOrganizationId?: number) =>
    inTransaction(db, (tx) => insertUser(tx, null, { username, displayName: username, password: PASSWORD, role, scopeOrganizationId })).id;
  const userIds = {
    admin: user("root", "admin"),
    inside: user("laichau", "editor", scope(LAI_CHAU)),
    outside: user("hanoi", "editor", scope(HA_NOI)),
  };
  const tokens = {
    anonymous: undefined,
    admin: createSession(db, userIds.admin).token,
    inside: createSession(db, userIds.inside).token,
    outside: createSession(db, userIds.outside).token,
  };
  db.$client.pragma("wal_checkpoint(TRUNCATE)");
  db.$client.close();
  return { dir, file, tokens, userIds };
}

export function removeTemplate(template: Template) {
  fs.rmSync(template.dir, { recursive: true, force: true });
}

/** A copy of the template to change freely. */
export function world(template: Template) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mttq-admin-"));
  const file = path.join(dir, "test.db");
  fs.copyFileSync(template.file, file);
  const db = openDatabase(file);
  // The seed's own import is audited too; a test reads only what it wrote after this mark.
  const seeded = db.get<{ id: number | null }>(sql`SELECT max(id) AS id FROM audit_log`)?.id ?? 0;
  const organization = (slug: string) => db.select().from(organizations).where(eq(organizations.slug, slug)).get()!;
  const person = (fullName: string) => db.select().from(people).where(eq(people.fullName, fullName)).get()!;
  const post = (organizationSlug: string, roleKey: string) =>
    db
      .select()
      .from(posts)
      .where(sql`${posts.organizationId} = ${organization(organizationSlug).id} AND ${posts.roleKey} = ${roleKey}`)
      .get()!;
  const term = (fullName: string, organizationSlug: string) =>
    db
      .select()
      .from(memberships)
      .where(sql`${memberships.personId} = ${person(fullName).id} AND ${memberships.organizationId} = ${organization(organizationSlug).id}`)
      .get()!;
  return {
    db,
    file,
    tokens: template.tokens,
    userIds: template.userIds,
    organization,
    person,
    post,
    term,
    /** Audit entries written since the world was made (not the seed's), oldest first. */
    audit: () => db.select().from(auditLog).where(gt(auditLog.id, seeded)).orderBy(auditLog.id).all(),
    run: <I, O>(who: Who, mutation: Mutation<I, O>, input: I) => executeMutation(db, template.tokens[who], mutation, input),
    close: () => {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
export type World = ReturnType<typeof world>;

/**
 * For a test file: one seeded template for all its tests (built before them, removed after), and `open()` for a
 * fresh copy in a test, closed after that test.
 */
export function worldPerTest(): { open: () => World; template: () => Template } {
  let template: Template | undefined;
  let opened: World | undefined;
  beforeAll(() => {
    template = buildTemplate();
  });
  afterEach(() => {
    opened?.close();
    opened = undefined;
  });
  afterAll(() => template && removeTemplate(template));
  return {
    open: () => (opened = world(template!)),
    template: () => template!,
  };
}

const TABLES = ["organizations", "posts", "people", "memberships", "membership_sources", "sources", "users", "audit_log"];

/**
 * Every row a write could touch (sessions aside, which signing in and out change
 * by design, and the audit's notes of refused writes, which a refusal adds).
 */
export function snapshot(db: Db) {
  return Object.fromEntries(
    TABLES.map((table) => [
      table,
      db.all(
        table === "audit_log"
          ? sql`SELECT * FROM audit_log WHERE action <> 'write.refused' ORDER BY 1`
          : sql`SELECT * FROM ${sql.identifier(table)} ORDER BY 1`,
      ),
    ]),
  );
}

/** The audit's notes of writes refused for lack of rights. */
export function refusals(db: Db) {
  return db.all<{ userId: number | null; after: string }>(
    sql`SELECT user_id AS userId, after FROM audit_log WHERE action = 'write.refused' ORDER BY id`,
  );
}

/**
 * The rows outside an organisation's subtree: organisations, their posts and
 * terms, and the people who hold no term inside it.
 */
export function outsideScope(db: Db, scopeId: number) {
  const subtree = sql`(WITH RECURSIVE down(id) AS (SELECT ${scopeId} UNION ALL SELECT o.id FROM organizations o JOIN down ON o.parent_id = down.id) SELECT id FROM down)`;
  return {
    organizations: db.all(sql`SELECT * FROM organizations WHERE id NOT IN ${subtree} ORDER BY id`),
    posts: db.all(sql`SELECT * FROM posts WHERE organization_id NOT IN ${subtree} ORDER BY id`),
    memberships: db.all(sql`SELECT * FROM memberships WHERE organization_id NOT IN ${subtree} ORDER BY id`),
    people: db.all(
      sql`SELECT * FROM people WHERE id NOT IN (SELECT person_id FROM memberships WHERE organization_id IN ${subtree}) ORDER BY id`,
    ),
  };
}

/**
 * Popolo-aligned schema: Area, Organization, Post, Person, Membership (a term in
 * a post), Source. Plus the admin side: users, sessions, sign-in attempts, audit.
 *
 * Dates are ISO strings at the precision they are known: "2026", "2026-01" or
 * "2026-01-22", with a precision column beside each. Memberships carry two
 * generated day-level bounds (heldFrom / heldUntil) so that "open at date D" is
 * one indexed range query.
 */
import { sql } from "drizzle-orm";
import {
  type AnySQLiteColumn,
  check,
  foreignKey,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { AREA_KINDS, DATE_PRECISIONS, GENDERS, LEVELS, MEMBER_ORGANIZATION_TYPES, ORGANIZATION_KINDS, USER_ROLES } from "../lib/domain";

const timestamps = {
  createdAt: text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  updatedAt: text("updated_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
};

/** SQL that is true when `col` is a date string matching `precisionCol`. */
function partialDateCheck(col: string, precisionCol: string) {
  return sql.raw(
    `(${col} IS NULL AND ${precisionCol} IS NULL) OR ` +
      `(${precisionCol} = 'year' AND ${col} GLOB '[0-9][0-9][0-9][0-9]') OR ` +
      `(${precisionCol} = 'month' AND ${col} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]') OR ` +
      `(${precisionCol} = 'day' AND ${col} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')`,
  );
}

/** SQL that is true when partial date `a` is not after `b`, compared at the coarser precision. */
function notAfter(a: string, b: string) {
  const common = `min(length(${a}), length(${b}))`;
  return `(${a} IS NULL OR ${b} IS NULL OR substr(${a}, 1, ${common}) <= substr(${b}, 1, ${common}))`;
}

export const areas = sqliteTable(
  "areas",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    fullName: text("full_name").notNull(),
    kind: text("kind", { enum: AREA_KINDS }).notNull(),
    parentId: integer("parent_id").references((): AnySQLiteColumn => areas.id),
    code: text("code"),
    validFrom: text("valid_from"),
    validUntil: text("valid_until"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("areas_slug_unique").on(t.slug),
    index("areas_parent_idx").on(t.parentId),
    check("areas_kind_check", sql.raw(`kind IN (${AREA_KINDS.map((k) => `'${k}'`).join(",")})`)),
  ],
);

export const organizations = sqliteTable(
  "organizations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    /** English name where one is recorded; otherwise pages show the Vietnamese name. */
    nameEn: text("name_en"),
    shortName: text("short_name"),
    kind: text("kind", { enum: ORGANIZATION_KINDS }).notNull(),
    memberType: text("member_type", { enum: MEMBER_ORGANIZATION_TYPES }),
    level: text("level", { enum: LEVELS }).notNull(),
    areaId: integer("area_id").references(() => areas.id),
    parentId: integer("parent_id").references((): AnySQLiteColumn => organizations.id),
    sortOrder: integer("sort_order").notNull().default(0),
    validFrom: text("valid_from"),
    validUntil: text("valid_until"),
    description: text("description"),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("organizations_slug_unique").on(t.slug),
    index("organizations_parent_idx").on(t.parentId, t.sortOrder),
    index("organizations_area_idx").on(t.areaId),
    index("organizations_kind_level_idx").on(t.kind, t.level),
    check("organizations_kind_check", sql.raw(`kind IN (${ORGANIZATION_KINDS.map((k) => `'${k}'`).join(",")})`)),
    check(
      "organizations_member_type_check",
      sql.raw(
        `(kind = 'member_organization') = (member_type IS NOT NULL) AND (member_type IS NULL OR member_type IN (${MEMBER_ORGANIZATION_TYPES.map((k) => `'${k}'`).join(",")}))`,
      ),
    ),
    check("organizations_level_check", sql.raw(`level IN (${LEVELS.map((k) => `'${k}'`).join(",")})`)),
    check("organizations_not_own_parent", sql`parent_id IS NULL OR parent_id <> id`),
  ],
);

export const posts = sqliteTable(
  "posts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    organizationId: integer("organization_id")
      .notNull()
      .references(() => organizations.id),
    /** Stable key that English (and other) titles are derived from; see lib/roles.ts. */
    roleKey: text("role_key").notNull(),
    /** The Vietnamese title as recorded, e.g. "Phó Chủ tịch Thường trực". */
    title: text("title").notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    /** How many people may hold the post at once; null means no fixed limit. */
    maxHolders: integer("max_holders"),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("posts_org_title_unique").on(t.organizationId, t.title),
    // Target of the memberships' composite key, which keeps a term's organisation equal to its post's.
    uniqueIndex("posts_id_org_unique").on(t.id, t.organizationId),
    index("posts_role_idx").on(t.roleKey),
    check("posts_max_holders_check", sql`max_holders IS NULL OR max_holders >= 1`),
  ],
);

export const people = sqliteTable(
  "people",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    fullName: text("full_name").notNull(),
    /** Lowercase, tone marks and đ folded: the form names are compared and searched in. */
    foldedName: text("folded_name").notNull(),
    gender: text("gender", { enum: GENDERS }),
    birthYear: integer("birth_year"),
    ethnicity: text("ethnicity"),
    hometown: text("hometown"),
    photoPath: text("photo_path"),
    biography: text("biography"),
    /** JSON array of other names the person is known by. */
    otherNames: text("other_names", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    retractedAt: text("retracted_at"),
    retractedReason: text("retracted_reason"),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("people_slug_unique").on(t.slug),
    index("people_folded_name_idx").on(t.foldedName),
    index("people_updated_idx").on(t.updatedAt),
    check("people_gender_check", sql`gender IS NULL OR gender IN ('female','male')`),
    check("people_birth_year_check", sql`birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100`),
    check("people_retraction_reason", sql`retracted_at IS NULL OR retracted_reason IS NOT NULL`),
  ],
);

export const sources = sqliteTable(
  "sources",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    publisher: text("publisher"),
    publishedDate: text("published_date"),
    publishedPrecision: text("published_precision", { enum: DATE_PRECISIONS }),
    url: text("url"),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("sources_url_unique").on(t.url),
    check("sources_published_date_check", partialDateCheck("published_date", "published_precision")),
  ],
);

/**
 * What became of an administrative unit that ceased: the unit it became part of
 * (the 63 provinces and cities before 1 July 2025, each into one of today's 34),
 * from when, and the source that states it. A committee's predecessors and
 * successor follow from its area's.
 */
export const areaSuccessions = sqliteTable(
  "area_successions",
  {
    areaId: integer("area_id")
      .primaryKey()
      .references(() => areas.id),
    successorId: integer("successor_id")
      .notNull()
      .references(() => areas.id),
    /** The first day of the successor (ISO day). */
    effectiveDate: text("effective_date").notNull(),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
    quote: text("quote").notNull(),
    ...timestamps,
  },
  (t) => [
    index("area_successions_successor_idx").on(t.successorId),
    check("area_successions_not_self", sql`successor_id <> area_id`),
    check("area_successions_date", sql.raw(`effective_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'`)),
  ],
);

export const memberships = sqliteTable(
  "memberships",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    personId: integer("person_id")
      .notNull()
      .references(() => people.id),
    postId: integer("post_id").notNull(),
    organizationId: integer("organization_id").notNull(),
    startDate: text("start_date"),
    startPrecision: text("start_precision", { enum: DATE_PRECISIONS }),
    endDate: text("end_date"),
    endPrecision: text("end_precision", { enum: DATE_PRECISIONS }),
    endReason: text("end_reason"),
    /**
     * A date on which a source shows the term held, when its start is unknown
     * ("as of 22 Jan 2026"). Before this date the holder is not known.
     */
    attestedDate: text("attested_date"),
    attestedPrecision: text("attested_precision", { enum: DATE_PRECISIONS }),
    /** First day the term is known to be held (start at its precision, else the attested date). */
    heldFrom: text("held_from").generatedAlwaysAs(
      sql`CASE
        WHEN start_date IS NOT NULL THEN CASE length(start_date) WHEN 4 THEN start_date || '-01-01' WHEN 7 THEN start_date || '-01' ELSE start_date END
        WHEN attested_date IS NOT NULL THEN CASE length(attested_date) WHEN 4 THEN attested_date || '-12-31' WHEN 7 THEN attested_date || '-31' ELSE attested_date END
        ELSE '9999-12-31' END`,
      { mode: "stored" },
    ),
    /** Last day the term may be held (end at its precision), or 9999-12-31 while open. */
    heldUntil: text("held_until").generatedAlwaysAs(
      sql`CASE
        WHEN end_date IS NULL THEN '9999-12-31'
        WHEN length(end_date) = 4 THEN end_date || '-12-31'
        WHEN length(end_date) = 7 THEN end_date || '-31'
        ELSE end_date END`,
      { mode: "stored" },
    ),
    retractedAt: text("retracted_at"),
    retractedReason: text("retracted_reason"),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    foreignKey({
      name: "memberships_post_org_fk",
      columns: [t.postId, t.organizationId],
      foreignColumns: [posts.id, posts.organizationId],
    }),
    // Concurrent roles of a person at a date, the org chart of a post, and a committee's terms.
    index("memberships_person_held_idx")
      .on(t.personId, t.heldUntil, t.heldFrom)
      .where(sql`retracted_at IS NULL`),
    index("memberships_post_held_idx")
      .on(t.postId, t.heldUntil, t.heldFrom)
      .where(sql`retracted_at IS NULL`),
    index("memberships_org_held_idx")
      .on(t.organizationId, t.heldUntil)
      .where(sql`retracted_at IS NULL`),
    check("memberships_start_date_check", partialDateCheck("start_date", "start_precision")),
    check("memberships_end_date_check", partialDateCheck("end_date", "end_precision")),
    check("memberships_attested_date_check", partialDateCheck("attested_date", "attested_precision")),
    check("memberships_known_when", sql`start_date IS NOT NULL OR attested_date IS NOT NULL`),
    check("memberships_end_not_before_start", sql.raw(notAfter("start_date", "end_date"))),
    check("memberships_end_not_before_attested", sql.raw(notAfter("attested_date", "end_date"))),
    check("memberships_retraction_reason", sql`retracted_at IS NULL OR retracted_reason IS NOT NULL`),
  ],
);

/** Which sources state a term, with the words they use. */
export const membershipSources = sqliteTable(
  "membership_sources",
  {
    membershipId: integer("membership_id")
      .notNull()
      .references(() => memberships.id),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
    quote: text("quote"),
    ...timestamps,
  },
  (t) => [primaryKey({ columns: [t.membershipId, t.sourceId] }), index("membership_sources_source_idx").on(t.sourceId)],
);

export const users = sqliteTable(
  "users",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: USER_ROLES }).notNull(),
    /** Editors may change only this organisation and everything under it. */
    scopeOrganizationId: integer("scope_organization_id").references(() => organizations.id),
    disabledAt: text("disabled_at"),
    /** The base32 TOTP secret once two-factor sign-in is set up; null while it is not. */
    totpSecret: text("totp_secret"),
    /** A secret shown for setting up, kept until a code from it confirms the setup. */
    totpPendingSecret: text("totp_pending_secret"),
    /** The last TOTP time step accepted, so that a code cannot be used twice. */
    totpLastStep: integer("totp_last_step"),
    /** An admin requires this account to sign in with a second factor. */
    totpRequired: integer("totp_required", { mode: "boolean" }).notNull().default(false),
    version: integer("version").notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex("users_username_unique").on(t.username),
    check("users_role_check", sql`role IN ('admin','editor')`),
    check("users_editor_scope", sql`role = 'admin' OR scope_organization_id IS NOT NULL`),
  ],
);

export const sessions = sqliteTable(
  "sessions",
  {
    /** SHA-256 of the session token; the token itself lives only in the cookie. */
    id: text("id").primaryKey(),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    expiresAt: text("expires_at").notNull(),
    /** When the session was last used; a session idle for longer than SESSION_IDLE_MINUTES ends. */
    lastSeenAt: text("last_seen_at"),
    /**
     * "full" once signed in; "second_factor" after the password, waiting for a code;
     * "enroll" after the password of an account that must set up a second factor first.
     */
    stage: text("stage", { enum: ["full", "second_factor", "enroll"] })
      .notNull()
      .default("full"),
    revokedAt: text("revoked_at"),
    userAgent: text("user_agent"),
    ...timestamps,
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/**
 * The counters of rate-limiter-flexible's SQLite store (db/auth/throttle.ts):
 * sign-in attempts per account and client, second-factor codes, password changes.
 * Its columns are the ones the library reads and writes.
 */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  points: integer("points").notNull().default(0),
  /** Milliseconds since the epoch when the counter lapses. */
  expire: integer("expire"),
});

/** One-time codes that stand in for a lost authenticator; only their SHA-256 is kept. */
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id")
      .notNull()
      .references(() => users.id),
    codeHash: text("code_hash").notNull(),
    usedAt: text("used_at"),
    ...timestamps,
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId), uniqueIndex("recovery_codes_hash_unique").on(t.codeHash)],
);

export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    userId: integer("user_id").references(() => users.id),
    at: text("at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    action: text("action").notNull(),
    entityType: text("entity_type").notNull(),
    entityId: integer("entity_id").notNull(),
    before: text("before", { mode: "json" }),
    after: text("after", { mode: "json" }),
    reason: text("reason"),
  },
  (t) => [
    index("audit_entity_idx").on(t.entityType, t.entityId, t.at),
    index("audit_at_idx").on(t.at),
    index("audit_user_idx").on(t.userId, t.at),
  ],
);

export type Area = typeof areas.$inferSelect;
export type Organization = typeof organizations.$inferSelect;
export type Post = typeof posts.$inferSelect;
export type Person = typeof people.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type Source = typeof sources.$inferSelect;
export type AreaSuccession = typeof areaSuccessions.$inferSelect;
export type User = typeof users.$inferSelect;

/**
 * One row counting the writes to the records public pages show (areas,
 * organisations, posts, people, sources, terms and their sources): triggers on
 * those tables add one in the writing transaction, whichever connection or
 * process writes. The production server's page cache (server/page-cache.ts)
 * keeps a page only while the count is the one it was rendered at, so every
 * process sees a write on its next request.
 */
export const publicDataVersion = sqliteTable("public_data_version", {
  id: integer("id").primaryKey(),
  version: integer("version").notNull().default(0),
});

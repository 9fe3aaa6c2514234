/** The organisation tree: Central Committee → provinces → communes, with each committee's boards and member organisations. */
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { organizationInForce } from "./validity";

export interface TreeNode {
  id: number;
  parentId: number | null;
  slug: string;
  name: string;
  nameEn: string | null;
  kind: string;
  level: string;
  childCount: number;
}

/** A node's columns, counting the children in force on `at`. */
const nodeColumns = (at: string) => sql`o.id, o.parent_id AS parentId, o.slug, o.name, o.name_en AS nameEn, o.kind, o.level,
  (SELECT count(*) FROM organizations c WHERE c.parent_id = o.id AND ${organizationInForce(at, "c")}) AS childCount`;

/** Within a committee: its boards and office, member organisations and Party body, then the committees below it. */
const childOrder = sql`CASE o.kind WHEN 'board' THEN 0 WHEN 'office' THEN 1 WHEN 'member_organization' THEN 2
  WHEN 'party_committee' THEN 3 ELSE 4 END, o.sort_order, o.name`;

/** The tops of the Front's tree: Front committees with no parent (the Central Committee). */
export function getTreeRoots(db: Db, at: string): TreeNode[] {
  return db.all<TreeNode>(sql`
    SELECT ${nodeColumns(at)} FROM organizations o
    WHERE o.parent_id IS NULL AND o.kind = 'front_committee' AND ${organizationInForce(at)}
    ORDER BY o.sort_order, o.name`);
}

/** The children in force on `at` of several nodes in one query, on the (parent_id, sort_order) index. */
export function getTreeChildren(db: Db, parentIds: number[], at: string): TreeNode[] {
  if (parentIds.length === 0) return [];
  return db.all<TreeNode>(sql`
    SELECT ${nodeColumns(at)} FROM organizations o
    WHERE o.parent_id IN (SELECT value FROM json_each(${JSON.stringify(parentIds)})) AND ${organizationInForce(at)}
    ORDER BY o.parent_id, ${childOrder}`);
}

export function getTreeNodeById(db: Db, id: number, at: string): TreeNode | undefined {
  return db.get<TreeNode>(sql`SELECT ${nodeColumns(at)} FROM organizations o WHERE o.id = ${id}`);
}

export interface Ancestor {
  id: number;
  slug: string;
  name: string;
  nameEn: string | null;
  level: string;
}

/** The chain of parents from the top down to (not including) the organisation. */
export function getAncestors(db: Db, organizationId: number): Ancestor[] {
  return db.all<Ancestor>(sql`
    WITH RECURSIVE chain(id, depth) AS (
      SELECT parent_id, 1 FROM organizations WHERE id = ${organizationId}
      UNION ALL
      SELECT o.parent_id, chain.depth + 1 FROM chain CROSS JOIN organizations o ON o.id = chain.id
      WHERE chain.depth < 20
    )
    -- CROSS JOIN keeps chain as the outer loop; otherwise SQLite scans every organisation (1 ms on 20,000).
    SELECT o.id, o.slug, o.name, o.name_en AS nameEn, o.level
    FROM chain CROSS JOIN organizations o ON o.id = chain.id
    ORDER BY chain.depth DESC`);
}

export interface TreeState {
  roots: TreeNode[];
  /** Children already loaded, by parent id. */
  children: Record<number, TreeNode[]>;
  /** Nodes shown open. */
  expanded: number[];
  /** The node the tree was opened at, if any. */
  selected: number | null;
}

/**
 * The tree as the server first renders it: the roots, opened down to the node
 * `openSlug` names (so that the page works as nested links without JavaScript),
 * or just the roots opened; the bodies in force on `at`. Three queries whatever the depth.
 */
export function getTreeState(db: Db, openSlug: string | null, at: string): TreeState {
  const roots = getTreeRoots(db, at);
  const target = openSlug ? db.get<{ id: number }>(sql`SELECT id FROM organizations WHERE slug = ${openSlug}`) : undefined;
  const expanded = target ? [...getAncestors(db, target.id).map((a) => a.id), target.id] : roots.map((root) => root.id);
  const children: Record<number, TreeNode[]> = {};
  for (const node of getTreeChildren(db, expanded, at)) (children[node.parentId!] ??= []).push(node);
  return { roots, children, expanded: expanded.filter((id) => children[id]), selected: target?.id ?? null };
}

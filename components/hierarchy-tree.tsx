"use client";

/**
 * The organisation tree. The server renders it as nested lists of links whose
 * "open" links reload the page with that branch open, so it works without
 * JavaScript. Once hydrated it becomes an ARIA tree (navigation treeview
 * pattern): one tab stop (roving tabindex), arrow keys, Home/End, Enter
 * follows the link, and branches load their children on demand.
 */
import { useCallback, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type MouseEvent } from "react";
import type { TreeNode } from "@/db/queries/hierarchy";
import type { Locale } from "@/lib/i18n/locales";
import { browse } from "@/lib/i18n/messages/browse";
import { organizationName } from "@/lib/titles";
import { kindLabel, organizationNameLang } from "./labels";
import { hierarchyHref, organizationHref } from "./links";

interface Props {
  locale: Locale;
  roots: TreeNode[];
  initialChildren: Record<number, TreeNode[]>;
  initialExpanded: number[];
  selected: number | null;
  /** The past date the tree shows (?at=), carried into the links and the branches loaded; null for today. */
  at: string | null;
}

interface Visible {
  node: TreeNode;
  parent: TreeNode | null;
}

const noSubscription = () => () => {};

export function HierarchyTree({ locale, roots, initialChildren, initialExpanded, selected, at }: Props) {
  const m = browse[locale];
  // False in the server HTML and while hydrating, true once scripts run: the tree roles need them.
  const enhanced = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [children, setChildren] = useState(initialChildren);
  const [expanded, setExpanded] = useState(() => new Set(initialExpanded));
  const [loading, setLoading] = useState<ReadonlySet<number>>(new Set());
  const [status, setStatus] = useState("");
  const [active, setActive] = useState<number | null>(selected ?? roots[0]?.id ?? null);
  const items = useRef(new Map<number, HTMLAnchorElement>());

  // Items in the order a reader sees them: what the arrow keys walk through.
  const visible = useMemo(() => {
    const list: Visible[] = [];
    const walk = (nodes: TreeNode[], parent: TreeNode | null) => {
      for (const node of nodes) {
        list.push({ node, parent });
        if (expanded.has(node.id) && children[node.id]) walk(children[node.id], node);
      }
    };
    walk(roots, null);
    return list;
  }, [roots, children, expanded]);

  const focusItem = useCallback((id: number | undefined) => {
    if (id === undefined) return;
    setActive(id);
    items.current.get(id)?.focus();
  }, []);

  const load = useCallback(
    async (node: TreeNode) => {
      setLoading((set) => new Set(set).add(node.id));
      setStatus(m.treeLoading);
      try {
        const response = await fetch(`/api/hierarchy/${node.id}${at ? `?at=${at}` : ""}`);
        if (!response.ok) throw new Error(String(response.status));
        const data = (await response.json()) as { nodes: TreeNode[] };
        setChildren((all) => ({ ...all, [node.id]: data.nodes }));
        setStatus("");
      } catch {
        setStatus(m.treeLoadFailed);
        setExpanded((set) => {
          const next = new Set(set);
          next.delete(node.id);
          return next;
        });
      } finally {
        setLoading((set) => {
          const next = new Set(set);
          next.delete(node.id);
          return next;
        });
      }
    },
    [m, at],
  );

  const expand = (node: TreeNode) => {
    if (node.childCount === 0 || expanded.has(node.id)) return;
    setExpanded((set) => new Set(set).add(node.id));
    if (!children[node.id] && !loading.has(node.id)) void load(node);
  };

  const collapse = (node: TreeNode) => {
    setExpanded((set) => {
      const next = new Set(set);
      next.delete(node.id);
      return next;
    });
    // Focus must not stay on an item that disappears.
    if (active !== null && active !== node.id && isDescendant(active, node.id, children)) setActive(node.id);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>, node: TreeNode, parent: TreeNode | null) => {
    const index = visible.findIndex((item) => item.node.id === node.id);
    const open = expanded.has(node.id);
    switch (event.key) {
      case "ArrowDown":
        focusItem(visible[index + 1]?.node.id);
        break;
      case "ArrowUp":
        focusItem(visible[index - 1]?.node.id);
        break;
      case "ArrowRight":
        if (node.childCount === 0) break;
        if (!open) expand(node);
        else focusItem(children[node.id]?.[0]?.id);
        break;
      case "ArrowLeft":
        if (open) collapse(node);
        else if (parent) focusItem(parent.id);
        break;
      case "Home":
        focusItem(visible[0]?.node.id);
        break;
      case "End":
        focusItem(visible[visible.length - 1]?.node.id);
        break;
      default:
        // Enter and everything else keep their native meaning (Enter follows the link).
        return;
    }
    event.preventDefault();
  };

  const onClick = (event: MouseEvent<HTMLAnchorElement>, node: TreeNode) => {
    // The chevron opens and closes the branch; the rest of the item is the link.
    if (!(event.target as Element).closest("[data-toggle]")) return;
    event.preventDefault();
    setActive(node.id);
    if (expanded.has(node.id)) collapse(node);
    else expand(node);
  };

  const renderNodes = (nodes: TreeNode[], level: number, parent: TreeNode | null) =>
    nodes.map((node, index) => {
      const open = expanded.has(node.id) && node.childCount > 0;
      const kids = children[node.id];
      const name = organizationName(node, locale);
      const badge = (
        <span className="tree-meta" aria-hidden="true">
          {/* Committees are most of the tree; only the other kinds are labelled. */}
          {[node.kind === "front_committee" ? null : kindLabel(node.kind, m), node.childCount > 0 ? m.childrenCount(node.childCount) : null]
            .filter(Boolean)
            .join(" · ")}
        </span>
      );
      const group =
        open && kids ? (
          <ul role={enhanced ? "group" : undefined} className="tree-group">
            {renderNodes(kids, level + 1, node)}
          </ul>
        ) : null;

      return (
        <li key={node.id} id={`node-${node.slug}`} role={enhanced ? "none" : undefined} className="tree-node">
          {/* Without JavaScript the chevron is a link that reloads the page with the branch open or closed.
              It sits over the chevron's place, so the tree keeps its shape when it is removed on hydration. */}
          {!enhanced && node.childCount > 0 ? (
            <a
              href={hierarchyHref(locale, open ? (parent?.slug ?? null) : node.slug, at)}
              className="tree-chevron tree-toggle"
              aria-label={open ? `${m.hideChildren}: ${name}` : `${m.showChildren(node.childCount)}: ${name}`}
            >
              <span aria-hidden="true">{open ? "▾" : "▸"}</span>
            </a>
          ) : null}
          {/* A plain link rather than next/link: dozens of them hydrate on this page, and following one is a page load anyway. */}
          <a
            href={organizationHref(locale, node.slug, at)}
            role={enhanced ? "treeitem" : undefined}
            ref={(element) => {
              if (element) items.current.set(node.id, element);
              else items.current.delete(node.id);
            }}
            tabIndex={enhanced ? (active === node.id ? 0 : -1) : undefined}
            aria-level={enhanced ? level : undefined}
            aria-setsize={enhanced ? nodes.length : undefined}
            aria-posinset={enhanced ? index + 1 : undefined}
            aria-expanded={enhanced && node.childCount > 0 ? open : undefined}
            aria-busy={(enhanced && loading.has(node.id)) || undefined}
            data-node={node.slug}
            onKeyDown={(event) => onKeyDown(event, node, parent)}
            onFocus={() => setActive(node.id)}
            onClick={(event) => onClick(event, node)}
            className={`tree-row tree-item${node.id === selected ? " tree-row-selected" : ""}`}
          >
            <span className="tree-chevron" data-toggle aria-hidden="true">
              {enhanced && node.childCount > 0 ? (open ? "▾" : "▸") : ""}
            </span>
            <span className="tree-label">
              <span className="tree-link" lang={organizationNameLang(node, locale)}>
                {name}
              </span>
              {badge}
            </span>
          </a>
          {group}
        </li>
      );
    });

  if (roots.length === 0) return <p className="text-stone-600">{m.treeEmpty}</p>;
  return (
    <div>
      <ul role={enhanced ? "tree" : undefined} aria-label={enhanced ? m.treeLabel : undefined} className="tree">
        {renderNodes(roots, 1, null)}
      </ul>
      <p role="status" aria-live="polite" className={status ? "mt-3 text-sm text-stone-700" : "sr-only"}>
        {status}
      </p>
    </div>
  );
}

function isDescendant(id: number, ancestorId: number, children: Record<number, TreeNode[]>): boolean {
  const stack = [...(children[ancestorId] ?? [])];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.id === id) return true;
    stack.push(...(children[node.id] ?? []));
  }
  return false;
}

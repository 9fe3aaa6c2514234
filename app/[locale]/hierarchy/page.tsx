import type { Metadata } from "next";
import { z } from "zod";
import { HierarchyTree } from "@/components/hierarchy-tree";
import { getDb } from "@/db/client";
import { getTreeState } from "@/db/queries/hierarchy";
import { pageMetadata } from "@/app/_lib/metadata";
import { resolveLocale } from "@/app/_lib/locale";
import { resolveAtDate } from "@/app/_lib/params";
import { TimeTravel } from "@/components/time-travel";
import { localePath } from "@/lib/i18n";

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** ?open=<slug>: the branch to show open (what the tree's links use when JavaScript is off). */
const openSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(200)
  .nullable()
  .catch(null);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, m } = await resolveLocale(params);
  return pageMetadata({
    locale,
    path: "/hierarchy",
    title: m.browse.hierarchyTitle,
    description: m.browse.hierarchyIntro,
    siteName: m.common.siteName,
  });
}

export default async function HierarchyPage({ params, searchParams }: Props) {
  const { locale, m } = await resolveLocale(params);
  const query = await searchParams;
  const { at, historical } = resolveAtDate(query.at);
  const state = getTreeState(getDb(), openSchema.parse(typeof query.open === "string" ? query.open : null), at);
  return (
    <div>
      <h1 className="text-2xl font-bold sm:text-3xl">{m.browse.hierarchyTitle}</h1>
      <p className="mt-2 max-w-3xl text-stone-700">{m.browse.hierarchyIntro}</p>
      <p className="no-print mt-2 max-w-3xl text-sm text-stone-700">{m.browse.hierarchyKeyboardHint}</p>
      <TimeTravel locale={locale} at={at} historical={historical} path={localePath(locale, "/hierarchy")} />
      <div className="mt-6">
        <HierarchyTree
          locale={locale}
          roots={state.roots}
          initialChildren={state.children}
          initialExpanded={state.expanded}
          selected={state.selected}
          at={historical ? at : null}
        />
      </div>
    </div>
  );
}

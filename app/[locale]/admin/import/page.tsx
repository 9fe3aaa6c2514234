import type { Metadata } from "next";
import { ImportWizard } from "@/components/import/import-wizard";
import { getDb } from "@/db/client";
import { contextChoices, defaultContext } from "@/db/import/context";
import { resolveLocale } from "@/app/_lib/locale";
import { requireUser } from "../_lib/session";
import { analyseImportAction, commitImportAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { m } = await resolveLocale(params);
  return { title: m.import.title };
}

/** Import from a news article: paste it, give its context and source, review the rows, commit them. */
export default async function ImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, m } = await resolveLocale(params);
  const user = await requireUser(locale);
  const db = getDb();
  return (
    <div className="max-w-6xl">
      <h1 className="text-2xl font-bold">{m.import.title}</h1>
      <p className="mt-1 mb-4 max-w-3xl text-stone-600">{m.import.intro}</p>
      <ImportWizard
        locale={locale}
        contexts={contextChoices(db)}
        defaultContextId={defaultContext(db, user)}
        analyse={analyseImportAction.bind(null, locale)}
        commit={commitImportAction.bind(null, locale)}
      />
    </div>
  );
}

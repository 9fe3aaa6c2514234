import type { Metadata } from "next";
import { PopoloWizard } from "@/components/import/popolo-wizard";
import { resolveLocale } from "@/app/_lib/locale";
import { requireUser } from "../../_lib/session";
import { commitPopoloAction, readPopoloAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { m } = await resolveLocale(params);
  return { title: m.openData.importTitle };
}

/** Import a Popolo JSON file: upload it, see how it compares with the directory, write its new records. */
export default async function PopoloImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale, m } = await resolveLocale(params);
  await requireUser(locale);
  return (
    <div className="max-w-6xl">
      <h1 className="text-2xl font-bold">{m.openData.importTitle}</h1>
      <p className="mt-1 mb-4 max-w-3xl text-stone-600">{m.openData.importIntro}</p>
      <PopoloWizard locale={locale} read={readPopoloAction.bind(null, locale)} commit={commitPopoloAction.bind(null, locale)} />
    </div>
  );
}

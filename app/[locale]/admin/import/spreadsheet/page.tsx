import type { Metadata } from "next";
import { z } from "zod";
import { SheetWizard } from "@/components/import/sheet-wizard";
import { getDb } from "@/db/client";
import { organizationInScope } from "@/db/auth/scope";
import { getOrganization } from "@/db/queries/admin";
import { resolveLocale } from "@/app/_lib/locale";
import { id } from "@/lib/validation/fields";
import { requireUser } from "../../_lib/session";
import { commitSheetAction, readSheetAction } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { m } = await resolveLocale(params);
  return { title: m.spreadsheet.title };
}

interface Props {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

/** Import a committee's members from a spreadsheet: upload it, review the rows, commit them. ?organization=<id> chooses the organisation. */
export default async function SheetImportPage({ params, searchParams }: Props) {
  const { locale, m } = await resolveLocale(params);
  const user = await requireUser(locale);
  const db = getDb();
  const wanted = z.object({ organization: id }).safeParse(await searchParams);
  const found = wanted.success ? getOrganization(db, wanted.data.organization)?.organization : undefined;
  const organization = found && organizationInScope(db, user, found.id) ? { id: found.id, label: found.name } : null;
  return (
    <div className="max-w-6xl">
      <h1 className="text-2xl font-bold">{m.spreadsheet.title}</h1>
      <p className="mt-1 mb-4 max-w-3xl text-stone-600">{m.spreadsheet.intro}</p>
      <SheetWizard
        locale={locale}
        organization={organization}
        read={readSheetAction.bind(null, locale)}
        commit={commitSheetAction.bind(null, locale)}
      />
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { AdminMessages } from "@/lib/i18n/messages/admin";
import { resolveLocale } from "@/app/_lib/locale";

/** The props of an admin page; `P` adds its own route parameters, such as `{ id: string }`. */
export interface AdminPageProps<P extends Record<string, string> = Record<never, string>> {
  params: Promise<{ locale: string } & P>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

type TitleKey = { [K in keyof AdminMessages]: AdminMessages[K] extends string ? K : never }[keyof AdminMessages];

/** `generateMetadata` for a page whose title is one of the admin messages. */
export function adminTitle(key: TitleKey) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const { m } = await resolveLocale(params);
    return { title: m.admin[key] };
  };
}

/** The record an `[id]` route names; anything that is not a known positive id is a 404. */
export async function recordFromParams<T>(params: Promise<{ id: string }>, load: (id: number) => T | undefined): Promise<T> {
  const id = Number((await params).id);
  const record = Number.isInteger(id) && id > 0 ? load(id) : undefined;
  if (record === undefined) notFound();
  return record;
}

import { notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/app/_lib/session";
import type { Actor } from "@/db/auth/sessions";
import { localePath, type Locale } from "@/lib/i18n";

/** The signed-in user of an admin page; anyone else is sent to sign in. The actions check again on their own. */
export async function requireUser(locale: Locale): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect(localePath(locale, "/admin/login"));
  return user;
}

/** Pages only admins may see are simply not there for editors. */
export async function requireAdmin(locale: Locale): Promise<Actor> {
  const user = await requireUser(locale);
  if (user.role !== "admin") notFound();
  return user;
}

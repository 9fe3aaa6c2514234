import type { Metadata } from "next";
import type { ReactNode } from "react";
import "@/components/admin/admin.css";
import { AdminNav } from "@/components/admin/admin-nav";
import { getCurrentUser } from "@/app/_lib/session";
import { resolveLocale } from "@/app/_lib/locale";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { m } = await resolveLocale(params);
  return { title: { default: m.admin.title, template: `%s · ${m.admin.title}` }, robots: { index: false, follow: false } };
}

/** Every admin page reads the session; the pages themselves send anyone not signed in to the sign-in page. */
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await resolveLocale(params);
  const user = await getCurrentUser();
  return (
    <div data-admin>
      {user ? <AdminNav locale={locale} user={user} /> : null}
      {children}
    </div>
  );
}

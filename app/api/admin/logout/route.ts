import { clearSessionCookie, sessionToken } from "@/app/_lib/session";
import { getDb } from "@/db/client";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { revokeSession } from "@/db/auth/sessions";
import { localePath, isLocale } from "@/lib/i18n";

/**
 * Signing out: a plain form POST, so it works without JavaScript. Route handlers
 * get no CSRF check from Next, hence the same-origin test before anything.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const token = await sessionToken();
  if (token) revokeSession(getDb(), token);
  await clearSessionCookie();
  const form = await request.formData().catch(() => null);
  const locale = String(form?.get("locale") ?? "vi");
  const target = localePath(isLocale(locale) ? locale : "vi", "/admin/login?signedOut=1");
  return new Response(null, { status: 303, headers: { Location: target, "Cache-Control": "no-store" } });
}

export const dynamic = "force-dynamic";

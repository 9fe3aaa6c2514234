/**
 * The session of the request being served (server components, actions, route
 * handlers). Reading it is cheap: one indexed lookup, cached per request.
 *
 * In production the cookie is `Secure` with the `__Host-` prefix (only this host,
 * path /, never over plain HTTP); COOKIE_SECURE=false turns that off for plain
 * HTTP on a local network.
 */
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { secureCookies } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/security-headers";
import { getDb } from "../../db/client";
import { resolveSession, type Actor } from "../../db/auth/sessions";

const cookieName = (name: string) => (secureCookies() ? `__Host-${name}` : name);

/** The signed-in session, and the one waiting for a second factor between the two steps of signing in. */
export const sessionCookieName = () => cookieName("mttq_session");
const pendingCookieName = () => cookieName("mttq_pending");

export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(sessionCookieName())?.value;
}

export async function pendingToken(): Promise<string | undefined> {
  return (await cookies()).get(pendingCookieName())?.value;
}

export const getCurrentUser = cache(async (): Promise<Actor | null> => resolveSession(getDb(), await sessionToken()));

const cookieOptions = () => ({ httpOnly: true, sameSite: "lax" as const, secure: secureCookies(), path: "/" });

export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  const jar = await cookies();
  jar.set(sessionCookieName(), token, { ...cookieOptions(), expires: expiresAt });
  jar.set(pendingCookieName(), "", { ...cookieOptions(), maxAge: 0 });
}

export async function setPendingCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(pendingCookieName(), token, { ...cookieOptions(), expires: expiresAt });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(sessionCookieName(), "", { ...cookieOptions(), maxAge: 0 });
}

/**
 * Who the client is, for throttling and the audit: the address the production
 * server (server/main.ts) resolved from the connection and the trusted proxies
 * and put in its own header, which it overwrites on every request. Without that
 * server (next dev) every client is one.
 */
export async function clientKey(): Promise<string> {
  return (await headers()).get(CLIENT_ADDRESS_HEADER) ?? "unknown";
}

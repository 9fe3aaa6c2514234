/**
 * The session of the request being served (server components, actions, route
 * handlers). Reading it is cheap: one indexed lookup, cached per request.
 */
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { env } from "@/lib/env";
import { getDb } from "../../db/client";
import { resolveSession, type Actor } from "../../db/auth/sessions";

export const SESSION_COOKIE = "mttq_session";

export async function sessionToken(): Promise<string | undefined> {
  return (await cookies()).get(SESSION_COOKIE)?.value;
}

export const getCurrentUser = cache(async (): Promise<Actor | null> => resolveSession(getDb(), await sessionToken()));

/** Secure cookies whenever the request came over HTTPS (directly, or through a proxy that says so). */
async function isHttps(): Promise<boolean> {
  const forwarded = (await headers()).get("x-forwarded-proto");
  return forwarded?.split(",")[0].trim() === "https" || env().COOKIE_SECURE;
}

export async function setSessionCookie(token: string, expiresAt: Date): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: await isHttps(),
    path: "/",
    expires: expiresAt,
  });
}

export async function clearSessionCookie(): Promise<void> {
  (await cookies()).set(SESSION_COOKIE, "", { httpOnly: true, sameSite: "lax", secure: await isHttps(), path: "/", maxAge: 0 });
}

/**
 * Who the client is, for throttling sign-ins. The address nearest the server in
 * X-Forwarded-For is the one the closest proxy saw (Next sets the header from
 * the socket when no proxy does); anything further left the client could forge.
 */
export async function clientKey(): Promise<string> {
  const forwarded = (await headers()).get("x-forwarded-for") ?? "";
  const hops = forwarded
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops.at(-1) ?? "unknown";
}

/**
 * CSRF defence for route handlers that write. Server actions get Next's own
 * Origin check; route handlers do not, so they call this. A browser always sends
 * Origin on a cross-site POST, so a missing Origin is treated as a failure too.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return host !== null && new URL(origin).host === host.split(",")[0].trim();
  } catch {
    return false;
  }
}

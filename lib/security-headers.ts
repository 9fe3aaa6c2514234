/**
 * The security headers of every response: next.config.ts sets them on what Next
 * serves, and server/main.ts on what it answers itself (GET /api/search).
 */
import { env } from "./env";

const isDev = env().NODE_ENV === "development";

/**
 * Scripts and styles come only from this site. Next's own inline scripts (the
 * streamed page data) need 'unsafe-inline' unless a per-request nonce is set in
 * the proxy; the pages are rendered per request anyway, so a nonce is the next
 * step if inline scripts ever need tighter control. Development adds what
 * React's tooling and hot reload use ('unsafe-eval', websockets).
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "manifest-src 'self'",
].join("; ");

export const securityHeaders: { key: string; value: string }[] = [
  { key: "Content-Security-Policy", value: contentSecurityPolicy },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // For browsers that predate frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/**
 * HSTS, sent by the production server on every response (browsers ignore it over
 * plain HTTP, so a local `npm start` on http://localhost is not affected; behind
 * HTTPS it keeps browsers from ever downgrading).
 */
export const strictTransportSecurity = { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" };

/** Whether responses carry HSTS: in production. */
export const sendsStrictTransportSecurity = () => env().NODE_ENV === "production";

/**
 * The header in which server/main.ts hands the app the client's address, resolved
 * from the connection and the trusted proxies; it replaces whatever a client sent.
 */
export const CLIENT_ADDRESS_HEADER = "x-mttq-client-address";

/**
 * Two-factor sign-in: time-based one-time codes (RFC 6238, as every authenticator
 * app reads them, via otpauth) and one-time recovery codes for a lost device.
 */
import crypto from "node:crypto";
import { Secret, TOTP } from "otpauth";

const ISSUER = "Danh bạ MTTQ";
const PERIOD_SECONDS = 30;

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totp(secret: string, username: string): TOTP {
  return new TOTP({ issuer: ISSUER, label: username, secret: Secret.fromBase32(secret), period: PERIOD_SECONDS, digits: 6 });
}

/** The otpauth:// address an authenticator app reads from the QR code. */
export function totpUri(secret: string, username: string): string {
  return totp(secret, username).toString();
}

/** The code an authenticator shows at `now` (for tests and scripts that act as one). */
export function currentTotp(secret: string, now = Date.now()): string {
  return totp(secret, "").generate({ timestamp: now });
}

/**
 * The time step of a code that is right now (or one step either side, for a
 * clock that is off or a code typed slowly), or null. Callers refuse a step at or
 * before the last one accepted, so that no code is used twice.
 */
export function totpStep(secret: string, code: string, now = Date.now()): number | null {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(secret, "").validate({ token, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD_SECONDS) + delta;
}

export const RECOVERY_CODE_COUNT = 10;
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

/** Ten codes like "k7m2p-qx9ta", each good for one sign-in. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from(crypto.randomBytes(10), (byte) => RECOVERY_ALPHABET[byte % RECOVERY_ALPHABET.length]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** Recovery codes are random enough that a plain SHA-256 of the normalised code is safe to store. */
export function hashRecoveryCode(code: string): string {
  return crypto.createHash("sha256").update(code.trim().toLowerCase().replace(/[\s-]/g, "")).digest("hex");
}

/** Whether what was typed looks like a recovery code rather than an authenticator's six digits. */
export const looksLikeRecoveryCode = (code: string) => /^[a-z0-9]{5}-?[a-z0-9]{5}$/i.test(code.trim());

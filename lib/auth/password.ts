/**
 * Password hashing: the library's defaults are argon2id at OWASP's minimum cost
 * (19 MiB, 2 passes); the encoded hash names its parameters, so raising them later
 * still verifies old hashes.
 */
import crypto from "node:crypto";
import { hashSync, verify } from "@node-rs/argon2";

export function hashPassword(password: string): string {
  return hashSync(password);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash of nothing anyone knows, checked against when the account does not exist, so that both cases take as long. */
let dummyHash: string | undefined;
export function dummyPasswordHash(): string {
  return (dummyHash ??= hashPassword(crypto.randomBytes(16).toString("hex")));
}

/** A random password that is easy to copy: 20 characters of letters and digits. */
export function randomPassword(): string {
  const alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const bytes = crypto.randomBytes(20);
  return Array.from(bytes, (byte) => alphabet[byte % alphabet.length]).join("");
}

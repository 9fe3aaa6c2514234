/**
 * The common-password check: the 49,000 most used passwords of zxcvbn-ts's common
 * list (@zxcvbn-ts/language-common, maintained with zxcvbn-ts), compared without
 * case. Loaded on first use, on the server only.
 */
import { dictionary } from "@zxcvbn-ts/language-common";

let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary["passwords-common"].map((entry) => entry.toLowerCase()));
  return common.has(password.trim().toLowerCase());
}

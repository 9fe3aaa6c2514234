import { describe, expect, it } from "vitest";
import { randomPassword } from "@/lib/auth/password";
import { isSameOrigin } from "@/lib/auth/same-origin";
import { hashToken } from "@/db/auth/sessions";

const post = (headers: Record<string, string>) => new Request("http://example.test/api/admin/logout", { method: "POST", headers });

describe("same-origin check for route handlers that write", () => {
  it("accepts a request whose Origin is the host it was sent to", () => {
    expect(isSameOrigin(post({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(true);
    expect(isSameOrigin(post({ origin: "https://danhba.example", host: "127.0.0.1:3000", "x-forwarded-host": "danhba.example" }))).toBe(
      true,
    );
  });

  it("refuses another origin, a missing Origin, and garbage", () => {
    expect(isSameOrigin(post({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "http://localhost:3001", host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(post({ host: "localhost:3000" }))).toBe(false);
    expect(isSameOrigin(post({ origin: "null", host: "localhost:3000" }))).toBe(false);
  });
});

describe("secrets", () => {
  it("hashes tokens with SHA-256 and makes distinct, unambiguous random passwords", () => {
    expect(hashToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const passwords = new Set(Array.from({ length: 50 }, randomPassword));
    expect(passwords.size).toBe(50);
    for (const password of passwords) expect(password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{20}$/);
  });
});

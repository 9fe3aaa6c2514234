import { describe, expect, it } from "vitest";
import { env, secureCookies } from "@/lib/env";

describe("the environment module", () => {
  it("gives every variable its default", () => {
    const values = env({});
    expect(values.DATABASE_PATH).toBe("data/mttq.db");
    expect(values.PORT).toBe(3000);
    expect(values.COOKIE_SECURE).toBeUndefined();
    expect(values.TRUSTED_PROXIES).toEqual([]);
    expect(values.E2E_PORT).toBe(3100);
    expect(values.SEARCH_WORKERS).toBeUndefined();
    expect(values.SITE_URL).toBeUndefined();
  });

  it("reads and converts what is set", () => {
    const values = env({ PORT: "8080", COOKIE_SECURE: "true", SEARCH_WORKERS: "3", SITE_URL: "https://mttq.example.vn" });
    expect(values).toMatchObject({ PORT: 8080, COOKIE_SECURE: true, SEARCH_WORKERS: 3, SITE_URL: "https://mttq.example.vn" });
  });

  it("makes session cookies Secure in production unless told otherwise, and reads the trusted proxies", () => {
    expect(secureCookies(env({ NODE_ENV: "production" }))).toBe(true);
    expect(secureCookies(env({ NODE_ENV: "production", COOKIE_SECURE: "false" }))).toBe(false);
    expect(secureCookies(env({ NODE_ENV: "development" }))).toBe(false);
    expect(env({ TRUSTED_PROXIES: " 127.0.0.1, 10.0.0.0/8 ,::1" }).TRUSTED_PROXIES).toEqual(["127.0.0.1", "10.0.0.0/8", "::1"]);
    expect(() => env({ TRUSTED_PROXIES: "proxy.example" })).toThrow(/TRUSTED_PROXIES/);
  });

  it("treats an empty optional value as unset", () => {
    expect(env({ ADMIN_INITIAL_PASSWORD: "", CHROMIUM_PATH: "" })).toMatchObject({
      ADMIN_INITIAL_PASSWORD: undefined,
      CHROMIUM_PATH: undefined,
    });
  });

  it("names every bad variable in one error", () => {
    expect(() => env({ PORT: "eighty", COOKIE_SECURE: "yes", SITE_URL: "not a url", ADMIN_INITIAL_PASSWORD: "short" })).toThrow(
      /^Invalid environment: (?=.*PORT)(?=.*COOKIE_SECURE)(?=.*SITE_URL)(?=.*ADMIN_INITIAL_PASSWORD)/,
    );
  });
});

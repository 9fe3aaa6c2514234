import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";

describe("the environment module", () => {
  it("gives every variable its default", () => {
    const values = env({});
    expect(values.DATABASE_PATH).toBe("data/mttq.db");
    expect(values.PORT).toBe(3000);
    expect(values.COOKIE_SECURE).toBe(false);
    expect(values.E2E_PORT).toBe(3100);
    expect(values.SEARCH_WORKERS).toBeUndefined();
    expect(values.SITE_URL).toBeUndefined();
  });

  it("reads and converts what is set", () => {
    const values = env({ PORT: "8080", COOKIE_SECURE: "true", SEARCH_WORKERS: "3", SITE_URL: "https://mttq.example.vn" });
    expect(values).toMatchObject({ PORT: 8080, COOKIE_SECURE: true, SEARCH_WORKERS: 3, SITE_URL: "https://mttq.example.vn" });
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

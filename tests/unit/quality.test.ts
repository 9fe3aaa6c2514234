import { describe, expect, it } from "vitest";
import { isStale, KEY_POSTS, rolesExclusive, staleBefore } from "@/lib/quality";

describe("data quality rules", () => {
  it("names the committee's three leadership posts and the heads of the five member organisations", () => {
    expect(KEY_POSTS.map((post) => post.key)).toEqual([
      "chair",
      "standing_vice_chair",
      "vice_chair",
      "trade_union",
      "farmers_union",
      "youth_union",
      "womens_union",
      "veterans_association",
    ]);
    expect(KEY_POSTS.find((post) => post.key === "youth_union")?.roleKey).toBe("secretary");
  });

  it("calls a confirmation stale after twelve months, counting a month or a year from its last day", () => {
    expect(staleBefore("2026-12-04")).toBe("2025-12-04");
    expect(isStale("2025-12-04", "2026-12-04")).toBe(false);
    expect(isStale("2025-12-03", "2026-12-04")).toBe(true);
    expect(isStale("2025-12", "2026-12-04")).toBe(false);
    expect(isStale("2025-11", "2026-12-04")).toBe(true);
    expect(isStale("2025", "2026-12-04")).toBe(false);
    expect(isStale("2024", "2026-12-04")).toBe(true);
    expect(isStale(null, "2026-12-04")).toBe(true);
  });

  it("forbids a Chair being Vice Chair of the same body, allows a Vice Chair to sit on a board", () => {
    expect(rolesExclusive("chair", "vice_chair")).toBe(true);
    expect(rolesExclusive("standing_vice_chair", "vice_chair")).toBe(true);
    expect(rolesExclusive("secretary", "deputy_secretary")).toBe(true);
    expect(rolesExclusive("vice_chair", "standing_board_member")).toBe(false);
    expect(rolesExclusive("vice_chair", "vice_chair")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { appointInput, correctTermInput, createUserInput, updatePersonInput } from "@/lib/validation/admin";
import { fieldErrorsOf, readPartialDate } from "@/lib/validation/fields";

describe("partial dates as editors type them", () => {
  it.each([
    ["2026", { value: "2026", precision: "year" }],
    ["2026-01", { value: "2026-01", precision: "month" }],
    ["2026-01-22", { value: "2026-01-22", precision: "day" }],
    ["01/2026", { value: "2026-01", precision: "month" }],
    ["1/2026", { value: "2026-01", precision: "month" }],
    ["22/01/2026", { value: "2026-01-22", precision: "day" }],
    [" 2/9/1945 ", { value: "1945-09-02", precision: "day" }],
  ])("%s", (text, expected) => expect(readPartialDate(text)).toEqual(expected));

  it.each(["", "26", "2026-13", "31/02/2026", "2026/01/22", "hôm qua"])("refuses %j", (text) => expect(readPartialDate(text)).toBeNull());
});

describe("form input", () => {
  const appoint = { postId: "12", personId: "3", startDate: "03/2026", sourceId: "1" };

  it("turns empty fields into nothing and numbers from text", () => {
    const parsed = appointInput.parse({ ...appoint, attestedDate: "", endDate: "", sourceQuote: "  ", confirmNotDuplicate: "on" });
    expect(parsed).toMatchObject({
      postId: 12,
      personId: 3,
      startDate: { value: "2026-03", precision: "month" },
      confirmNotDuplicate: true,
    });
    expect(parsed.attestedDate).toBeUndefined();
    expect(parsed.sourceQuote).toBeUndefined();
  });

  it("reports every field's error at once, as message keys", () => {
    const result = appointInput.safeParse({ postId: "", startDate: "soon" });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({
      postId: ["required"],
      startDate: ["invalid_date"],
      personName: ["person_required"],
      sourceTitle: ["source_required"],
    });
  });

  it("tells clearing a field (empty) from leaving it alone (absent) in a correction", () => {
    const parsed = correctTermInput.parse({ id: 1, version: 2, reason: "Theo quyết định", endDate: "" });
    expect(parsed.endDate).toBeNull();
    expect(parsed.startDate).toBeUndefined();
  });

  it("checks names, years and lists of other names", () => {
    const result = updatePersonInput.safeParse({ id: 1, version: 1, fullName: " ", birthYear: "1850", otherNames: "Bình\nTống Bình; " });
    expect(fieldErrorsOf(result.error!)).toEqual({ fullName: ["required"], birthYear: ["invalid_year"] });
    expect(updatePersonInput.parse({ id: 1, version: 1, fullName: "A", otherNames: "Bình\nTống Bình; " }).otherNames).toEqual([
      "Bình",
      "Tống Bình",
    ]);
  });

  it("needs a scope for an editor and a long enough password", () => {
    const result = createUserInput.safeParse({ username: "Bad Name", displayName: "X", password: "short", role: "editor" });
    expect(fieldErrorsOf(result.error!)).toEqual({
      username: ["invalid_username"],
      password: ["password_too_short"],
      scopeOrganizationId: ["scope_required"],
    });
  });
});

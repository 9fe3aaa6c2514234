import { describe, expect, it } from "vitest";
import { englishTitle, localPart, popoloText, toMembership, toPerson, UNLINKED_SOURCE_URL } from "@/lib/popolo/document";

describe("the Popolo document's text", () => {
  it("is written a chunk at a time, reading records only as the chunks are taken", () => {
    let read = 0;
    function* records() {
      for (let i = 0; i < 10_000; i++) {
        read += 1;
        yield { id: `person/p-${i}`, name: "Tống Thanh Bình" };
      }
    }
    const chunks = popoloText(
      [
        ["persons", records()],
        ["areas", []],
      ],
      1024,
    );
    const first = chunks.next();
    expect(first.done).toBe(false);
    expect(read).toBeLessThan(100);
    const text = first.value + [...chunks].join("");
    expect(read).toBe(10_000);
    const document = JSON.parse(text) as { persons: unknown[]; areas: unknown[] };
    expect(document.persons).toHaveLength(10_000);
    expect(document.areas).toEqual([]);
  });
});

describe("records", () => {
  const person = {
    slug: "tong-thanh-binh",
    full_name: "Tống Thanh Bình",
    gender: "male",
    birth_year: null,
    ethnicity: null,
    hometown: null,
    photo_path: "abc.webp",
    biography: null,
    other_names: '["Tong Thanh Binh"]',
  };

  it("a person: other names as Popolo's, unknown fields left out, the photo's full address", () => {
    expect(toPerson(person, (file) => `https://danhba.example/api/photos/${file}`)).toEqual({
      id: "person/tong-thanh-binh",
      name: "Tống Thanh Bình",
      other_names: [{ name: "Tong Thanh Binh" }],
      gender: "male",
      image: "https://danhba.example/api/photos/abc.webp",
    });
  });

  it("a membership: dates as known, a source without an address gets the placeholder, English from the role key", () => {
    const row = {
      id: 7,
      person_slug: "tong-thanh-binh",
      organization_slug: "uy-ban-mttq-viet-nam-tinh-lai-chau",
      post_id: 12,
      role_key: "standing_vice_chair",
      title: "Phó Chủ tịch Thường trực",
      level: "province",
      start_date: null,
      end_date: null,
      end_reason: null,
      attested_date: "2026-01-22",
    };
    const source = { url: null, title: "Báo cáo tổng kết", publisher: null, published_date: "2026-01", quote: "đồng chí Tống Thanh Bình" };
    expect(toMembership(row, [source])).toEqual({
      id: "membership/7",
      label: "Phó Chủ tịch Thường trực",
      role: "Standing Vice Chair",
      role_key: "standing_vice_chair",
      person_id: "person/tong-thanh-binh",
      organization_id: "organization/uy-ban-mttq-viet-nam-tinh-lai-chau",
      post_id: "post/12",
      attested_date: "2026-01-22",
      sources: [
        {
          url: UNLINKED_SOURCE_URL,
          note: "Báo cáo tổng kết",
          title: "Báo cáo tổng kết",
          date: "2026-01",
          quote: "đồng chí Tống Thanh Bình",
        },
      ],
    });
    expect(englishTitle("chair", "central")).toBe("President");
    expect(englishTitle("chair", "province")).toBe("Chair");
    expect(englishTitle("other", "province")).toBeNull();
  });

  it("ids read back only in their own form", () => {
    expect(localPart("person/tong-thanh-binh", "person")).toBe("tong-thanh-binh");
    expect(localPart("organization/x", "person")).toBeNull();
    expect(localPart("person/", "person")).toBeNull();
  });
});

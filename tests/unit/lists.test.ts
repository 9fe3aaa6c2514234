import { describe, expect, it } from "vitest";
import { firstHolders } from "@/lib/lists";

const post = (id: number, holders: string[]) => ({ id, holders });

describe("firstHolders", () => {
  const posts = [post(1, ["a", "b"]), post(2, []), post(3, ["c", "d", "e"]), post(4, ["f"])];

  it("keeps the posts' order and cuts the list after `limit` holders, counting them all", () => {
    expect(firstHolders(posts, 3)).toEqual({ shown: [post(1, ["a", "b"]), post(3, ["c"])], total: 6 });
  });

  it("leaves out posts with no holder, and posts past the limit", () => {
    expect(firstHolders(posts, 2)).toEqual({ shown: [post(1, ["a", "b"])], total: 6 });
  });

  it("shows everything without a limit, and leaves the posts it was given unchanged", () => {
    expect(firstHolders(posts, Infinity).shown.flatMap((p) => p.holders)).toEqual(["a", "b", "c", "d", "e", "f"]);
    expect(posts[2].holders).toHaveLength(3);
  });

  it("shows nothing with a limit of zero", () => {
    expect(firstHolders(posts, 0)).toEqual({ shown: [], total: 6 });
  });
});

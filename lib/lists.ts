/**
 * The first `limit` holders of a list of posts, in order, leaving out posts
 * with none left, and how many holders there are in all: for lists that show
 * part of a long membership and link to the rest.
 */
export function firstHolders<T extends { holders: readonly unknown[] }>(posts: readonly T[], limit: number): { shown: T[]; total: number } {
  let room = limit;
  const shown: T[] = [];
  let total = 0;
  for (const post of posts) {
    total += post.holders.length;
    if (room <= 0 || post.holders.length === 0) continue;
    const holders = post.holders.slice(0, room);
    room -= holders.length;
    shown.push({ ...post, holders });
  }
  return { shown, total };
}

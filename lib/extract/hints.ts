/**
 * titleRoleHints: split an extracted title into its role and the organisation
 * phrase, so that resolution (done elsewhere, against the directory) can look
 * up the organisation and the post separately:
 *   "Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam tỉnh"
 *     → role "standing_vice_chair", organisation "Ủy ban MTTQ Việt Nam tỉnh".
 * Only the surface is used; nothing here knows which province is meant.
 */
import { keyOf, tokenize, type Token } from "./tokens";

export interface TitleRoleHints {
  /** A role key, or null when the title starts with no known role. */
  role: string | null;
  /** The role words as written ("Phó Chủ tịch Thường trực"). */
  roleText: string;
  /** The rest, naming the organisation ("Ủy ban MTTQ Việt Nam tỉnh"); may be empty. */
  organisation: string;
  /** "nguyên …", "cựu …": a post held in the past. */
  former: boolean;
  /** "Quyền …": acting. */
  acting: boolean;
}

/**
 * [role words, role key, how many of the role words also begin the
 * organisation]: in "Trưởng Ban Dân vận Tỉnh ủy" the organisation is
 * "Ban Dân vận Tỉnh ủy", so "Trưởng ban" gives 1 word to it.
 */
const ROLES: [string, string, number][] = [
  ["phó chủ tịch thường trực", "standing_vice_chair", 0],
  ["phó chủ tịch", "vice_chair", 0],
  ["chủ tịch", "chair", 0],
  ["tổng bí thư", "general_secretary", 0],
  ["phó bí thư thường trực", "standing_deputy_secretary", 0],
  ["phó bí thư", "deputy_secretary", 0],
  ["bí thư thứ nhất", "secretary", 0],
  ["bí thư", "secretary", 0],
  ["ủy viên dự khuyết", "alternate_member", 0],
  ["ủy viên", "member", 0],
  ["thành viên", "member", 0],
  ["phó trưởng ban thường trực", "standing_deputy_head", 0],
  ["phó trưởng ban", "deputy_head", 1],
  ["phó ban", "deputy_head", 1],
  ["trưởng ban", "head", 1],
  ["chủ nhiệm", "head", 0],
  ["phó chủ nhiệm", "deputy_head", 0],
  ["chánh văn phòng", "chief_of_office", 2],
  ["phó chánh văn phòng", "deputy_chief_of_office", 2],
  ["giám đốc", "director", 0],
  ["phó giám đốc", "deputy_director", 0],
  ["trưởng đoàn", "delegation_head", 1],
  ["phó trưởng đoàn", "delegation_deputy_head", 1],
  ["đại biểu quốc hội", "national_assembly_deputy", 2],
  ["đại biểu hđnd", "council_deputy", 1],
  ["đại biểu hội đồng nhân dân", "council_deputy", 4],
  ["trưởng thôn", "village_head", 1],
  ["trưởng bản", "village_head", 1],
  ["trưởng ấp", "village_head", 1],
  ["trưởng khu phố", "village_head", 2],
  ["trưởng công an", "police_chief", 2],
  ["hiệu trưởng", "principal", 0],
  ["trụ trì", "abbot", 0],
];

const PAST = new Set(["nguyên", "cựu"]);

/**
 * A member of a territorial Party committee written as one word with it
 * ("Tỉnh ủy viên", "ĐUV"): the role and the committee it names.
 */
const COMMITTEE_MEMBERS: Record<string, string> = {
  "tỉnh ủy viên": "Tỉnh ủy",
  "thành ủy viên": "Thành ủy",
  "huyện ủy viên": "Huyện ủy",
  "quận ủy viên": "Quận ủy",
  "thị ủy viên": "Thị ủy",
  "đảng ủy viên": "Đảng ủy",
  tuv: "Tỉnh ủy",
  huv: "Huyện ủy",
  đuv: "Đảng ủy",
};

/** "UVBTV Tỉnh ủy", "UV BTV Huyện ủy": a member of the Standing Committee. */
const STANDING_MEMBER = /^(?:uvbtv|uvtv|uv\.? ?btv)\s+/u;

function matchRole(tokens: Token[], i: number): [string, string, number] | null {
  let best: [string, string, number] | null = null;
  for (const entry of ROLES) {
    const keys = entry[0].split(" ");
    if (keys.every((k, n) => tokens[i + n]?.key === k) && (!best || keys.length > best[0].split(" ").length)) best = entry;
  }
  return best;
}

export function titleRoleHints(title: string): TitleRoleHints {
  const tokens = tokenize(title);
  let i = 0;
  const former = PAST.has(tokens[0]?.key);
  const acting = tokens[0]?.key === "quyền";
  if (former || acting) i = 1;
  const rest = title.slice(tokens[i]?.start ?? 0).trim();
  const committee = COMMITTEE_MEMBERS[keyOf(rest)];
  if (committee) return { role: "member", roleText: rest, organisation: committee, former, acting };
  const standing = STANDING_MEMBER.exec(keyOf(rest));
  if (standing) {
    const organisation = `Ban Thường vụ ${rest.slice(standing[0].length)}`;
    return { role: "member", roleText: rest.slice(0, standing[0].length).trim(), organisation, former, acting };
  }
  const role = matchRole(tokens, i);
  if (!role) return { role: null, roleText: "", organisation: title.slice(tokens[i]?.start ?? 0).trim(), former, acting };
  const roleEnd = i + role[0].split(" ").length;
  const orgStart = roleEnd - role[2];
  return {
    role: role[1],
    roleText: title.slice(tokens[i].start, tokens[roleEnd - 1].end),
    organisation: orgStart < tokens.length ? title.slice(tokens[orgStart].start).trim() : "",
    former,
    acting,
  };
}

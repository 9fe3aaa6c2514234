import type { Messages } from "@/lib/i18n";
import type { KeyPostKey } from "@/lib/quality";

const LABELS: Record<KeyPostKey, keyof Messages["quality"]> = {
  chair: "keyPostChair",
  standing_vice_chair: "keyPostStandingViceChair",
  vice_chair: "keyPostViceChair",
  trade_union: "keyPostTradeUnion",
  farmers_union: "keyPostFarmersUnion",
  youth_union: "keyPostYouthUnion",
  womens_union: "keyPostWomensUnion",
  veterans_association: "keyPostVeterans",
};

/** A key post's name in the reader's language. */
export function keyPostLabel(key: KeyPostKey, m: Messages["quality"]): string {
  return m[LABELS[key]] as string;
}

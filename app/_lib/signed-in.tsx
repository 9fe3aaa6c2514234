import type { ReactNode } from "react";
import { getCurrentUser } from "./session";

/** Renders its children for signed-in users only; readers get nothing, not even an empty heading. */
export async function SignedInOnly({ children }: { children: ReactNode }) {
  return (await getCurrentUser()) ? children : null;
}

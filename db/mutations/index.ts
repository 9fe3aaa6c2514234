/**
 * The write path. Every function takes (tx, actor, input), checks the actor's
 * rights and the input on the server, keeps the data rules, bumps versions, and
 * writes its audit entry in the caller's transaction. Run them with
 * `inTransaction(db, tx => …)` or, for a session token, `executeMutation`.
 */
export { MutationError, isBusy, type MutationErrorCode, type MutationErrorDetails } from "./errors";
export type { Mutation } from "./guard";
export { executeMutation, type MutationOutcome } from "./run";
export { createPerson, updatePerson, setPersonPhoto, retractPerson } from "./people";
export { appointToPost, endTerm, transferTerm, correctTerm, retractTerm, addSourceToTerm } from "./terms";
export { createOrganization, renameOrganization, createPost, updatePost } from "./organizations";
export { createSource } from "./sources";
export {
  createUser,
  updateUser,
  resetUserPassword,
  revokeSessionsOf,
  changeOwnPassword,
  resetSecondFactorOf,
  startOwnSecondFactor,
  confirmOwnSecondFactor,
  disableOwnSecondFactor,
} from "./users";
export { revertChange, mayOfferRevert } from "./revert";

/**
 * Pure extraction of people and their titles from Vietnamese news text.
 * No database access: matching the results against the directory is done elsewhere.
 */
export { extractPeople, type ExtractedPerson, type ExtractedTitle } from "./people";
export { titleRoleHints, type TitleRoleHints } from "./hints";

/**
 * The directory's data as spreadsheet tables: an organisation's members, the
 * results of a search, and the empty template with its instructions. Dates are
 * written as the directory knows them, at their precision ("2026", "2026-01",
 * "2026-01-22"), never widened to a day they do not have.
 */
import { getMessages } from "../i18n";
import type { Locale } from "../i18n/locales";
import { postTitle } from "../roles";
import { organizationName } from "../titles";
import { columnHeader, downloadColumns, MEMBER_COLUMNS, SHEET_COLUMNS, type ColumnKey } from "./columns";
import type { SheetTable } from "./workbook";

/** A term as a row shows it (db/queries/exports.ts reads them). */
export interface TermLike {
  personName: string;
  personSlug: string;
  postTitle: string;
  roleKey: string;
  organizationName: string;
  organizationNameEn: string | null;
  level: string;
  startDate: string | null;
  endDate: string | null;
  attestedDate: string | null;
  sourceTitle: string | null;
  sourceUrl: string | null;
  sourceDate: string | null;
}

type Cells = Partial<Record<ColumnKey, string | null>>;

const WIDTHS: Partial<Record<ColumnKey, number>> = {
  kind: 12,
  name: 28,
  title: 30,
  titleEn: 30,
  organization: 44,
  organizationEn: 44,
  sourceTitle: 44,
  sourceUrl: 40,
  profile: 40,
};
const DATE_COLUMNS: readonly ColumnKey[] = ["start", "end", "attested", "sourceDate"];

function table(name: string, columns: ColumnKey[], rows: Cells[], locale: Locale): SheetTable {
  return {
    name,
    header: columns.map((key) => columnHeader(key, locale)),
    rows: rows.map((cells) => columns.map((key) => cells[key] ?? null)),
    widths: columns.map((key) => WIDTHS[key] ?? 18),
    textColumns: columns.flatMap((key, i) => (DATE_COLUMNS.includes(key) ? [i] : [])),
  };
}

function termCells(term: TermLike, profile: string): Cells {
  const organization = { name: term.organizationName, nameEn: term.organizationNameEn, level: term.level };
  return {
    name: term.personName,
    title: term.postTitle,
    titleEn: postTitle({ roleKey: term.roleKey, title: term.postTitle }, "en", term.level),
    organization: term.organizationName,
    organizationEn: organizationName(organization, "en"),
    start: term.startDate,
    end: term.endDate,
    attested: term.attestedDate,
    sourceTitle: term.sourceTitle,
    sourceUrl: term.sourceUrl,
    sourceDate: term.sourceDate,
    profile,
  };
}

/** Where a person's page is, absolute so that the link works outside the site. */
export const profileUrl = (siteUrl: string, slug: string) => `${siteUrl}/people/${slug}`;

/** An organisation's members on a date: a row per term, in the order of its page; the file the import reads back. */
export function memberTable(terms: TermLike[], locale: Locale, siteUrl: string): SheetTable {
  const m = getMessages(locale).spreadsheet;
  const rows = terms.map((term) => termCells(term, profileUrl(siteUrl, term.personSlug)));
  return table(m.sheetMembers, downloadColumns(locale), rows, locale);
}

export interface FoundPerson {
  name: string;
  url: string;
  roles: TermLike[];
}

export interface FoundOrganization {
  name: string;
  url: string;
}

/** The results of a search: a row per role of each person found (one row for someone with none), then the organisations. */
export function searchTable(found: { people: FoundPerson[]; organizations: FoundOrganization[] }, locale: Locale): SheetTable {
  const m = getMessages(locale).spreadsheet;
  const rows: Cells[] = [
    ...found.people.flatMap((person) =>
      person.roles.length > 0
        ? person.roles.map((role) => ({ ...termCells(role, person.url), kind: m.kindPerson }))
        : [{ kind: m.kindPerson, name: person.name, profile: person.url }],
    ),
    ...found.organizations.map((organization) => ({
      kind: m.kindOrganization,
      organization: organization.name,
      profile: organization.url,
    })),
  ];
  return table(m.sheetSearch, downloadColumns(locale, true), rows, locale);
}

/** The import template: the members sheet with no rows, and a sheet that says what goes in each column. */
export function templateTables(locale: Locale): SheetTable[] {
  const m = getMessages(locale).spreadsheet;
  const columns = [...MEMBER_COLUMNS];
  const guide: SheetTable = {
    name: m.sheetGuide,
    header: [m.guideColumn, m.guideRequired, m.guideMeaning],
    rows: [
      ...columns.map((key) => [SHEET_COLUMNS[key][locale], m[`required_${key}`], m[`meaning_${key}`]]),
      [],
      [m.guideDates],
      [m.guideOneRow],
      [m.guideHeaders],
    ],
    widths: [30, 14, 100],
  };
  return [table(m.sheetMembers, columns, [], locale), guide];
}

/**
 * The leadership chart laid out for the downloads (SVG, PNG, PDF): the same
 * data and order as the HTML chart, as fixed-size cards joined by connectors,
 * in pixels. The layout is drawn by each format's renderer, so the three files
 * show the same chart. Neither SVG nor PDF wrap text, so lines are broken here:
 * by the font's real widths when the font is at hand, else by an estimate.
 */
import type { ChartPost, OrgChart } from "@/db/queries/organizations";
import { formatPartialDate } from "@/lib/dates";
import { getMessages, type Locale } from "@/lib/i18n";
import { postTitle } from "@/lib/roles";
import { organizationName, roleTitle, type NamedOrganization } from "@/lib/titles";
import { initials } from "./avatar";
import { termDates } from "./term-dates";

const CARD_WIDTH = 280;
const GAP = 24;
const MARGIN = 32;
const PER_ROW = 4;
const PADDING = 14;
export const AVATAR = 44;
const TEXT_X = PADDING + AVATAR + 12;
const TEXT_WIDTH = CARD_WIDTH - TEXT_X - PADDING;
const TIER_GAP = 40;
/** Average advance of Be Vietnam Pro, in ems; a little generous so that lines never overflow. */
const EM_PER_CHAR = 0.53;

export const CHART_WIDTH = MARGIN * 2 + PER_ROW * CARD_WIDTH + (PER_ROW - 1) * GAP;

/** Width of a text in pixels at a size and weight. */
export type Measure = (text: string, size: number, weight: 400 | 700) => number;

const estimate: Measure = (text, size) => text.length * size * EM_PER_CHAR;

export type Shape =
  | { kind: "text"; x: number; y: number; size: number; weight: 400 | 700; color: string; text: string }
  | { kind: "card"; x: number; y: number; width: number; height: number; empty: boolean }
  /** A holder's photo, else their initials; neither: the dashed circle of a seat no one is known to hold. */
  | { kind: "avatar"; cx: number; cy: number; r: number; photoPath: string | null; initials: string | null }
  | { kind: "connector"; d: string };

export interface Scene {
  width: number;
  height: number;
  title: string;
  shapes: Shape[];
  /** The vertical extent of each row of cards (and of the heading), where a paged format may break. */
  bands: { top: number; bottom: number }[];
}

interface Line {
  text: string;
  size: number;
  weight: 400 | 700;
  color: string;
}

interface Card {
  photoPath: string | null;
  initials: string | null;
  lines: Line[];
  height: number;
  empty: boolean;
}

/** Breaks text into lines no wider than `width` pixels at font size `size`; a word longer than a line stays whole. */
export function wrapText(text: string, size: number, width: number, measure: Measure = estimate, weight: 400 | 700 = 400): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || measure(candidate, size, weight) <= width) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export const lineHeight = (line: { size: number }) => Math.round(line.size * 1.35);

class Layout {
  constructor(
    private readonly measure: Measure,
    private readonly locale: Locale,
    private readonly organization: NamedOrganization,
  ) {}

  block(text: string, size: number, weight: 400 | 700, color: string, width = TEXT_WIDTH): Line[] {
    return wrapText(text, size, width, this.measure, weight).map((part) => ({ text: part, size, weight, color }));
  }

  cards(post: ChartPost): Card[] {
    const { locale, organization } = this;
    const m = getMessages(locale).browse;
    const title = postTitle(post, locale, organization.level);
    const cards: Card[] = post.holders.map((holder) => {
      const lines = [
        ...this.block(title, 12, 700, "#991b1b"),
        ...this.block(holder.name, 15, 700, "#1c1917"),
        ...this.block(termDates(holder, locale), 11, 400, "#57534e"),
      ];
      if (holder.otherRoles.length > 0) {
        lines.push(...this.block(`${m.alsoHolds}:`, 12, 700, "#44403c"));
        for (const role of holder.otherRoles) {
          const named = { name: role.organizationName, nameEn: role.organizationNameEn, level: role.level };
          lines.push(...this.block(`• ${roleTitle(role, named, locale)}`, 12, 400, "#44403c"));
        }
      }
      return { photoPath: holder.photoPath, initials: initials(holder.name), lines, height: 0, empty: false };
    });
    if (post.holders.length === 0 || post.notKnown > 0) {
      const text = post.holders.length > 0 ? m.moreNotKnown(post.notKnown) : post.notKnown > 0 ? m.notKnownAtDate : m.notRecorded;
      cards.push({
        photoPath: null,
        initials: null,
        lines: [...this.block(title, 12, 700, "#991b1b"), ...this.block(text, 13, 400, "#57534e")],
        height: 0,
        empty: true,
      });
    }
    for (const card of cards) {
      const text = card.lines.reduce((sum, line) => sum + lineHeight(line), 0);
      card.height = Math.max(AVATAR, text) + PADDING * 2;
    }
    return cards;
  }
}

/** Lines as text shapes, each on its baseline, from the top `y`. */
function textShapes(lines: Line[], x: number, y: number): Shape[] {
  let top = y;
  return lines.map((line) => {
    top += lineHeight(line);
    return {
      kind: "text",
      x,
      y: top - Math.round(line.size * 0.3),
      size: line.size,
      weight: line.weight,
      color: line.color,
      text: line.text,
    };
  });
}

export interface ChartSceneInput {
  chart: OrgChart;
  organization: NamedOrganization;
  locale: Locale;
  at: string;
}

export function chartScene({ chart, organization, locale, at }: ChartSceneInput, measure: Measure = estimate): Scene {
  const m = getMessages(locale).browse;
  const layout = new Layout(measure, locale, organization);
  const width = CHART_WIDTH;
  const heading = [
    ...layout.block(organizationName(organization, locale), 22, 700, "#1c1917", width - MARGIN * 2),
    ...layout.block(`${m.orgChartCaption} · ${formatPartialDate(at, locale)}`, 14, 400, "#57534e", width - MARGIN * 2),
  ];
  const shapes: Shape[] = textShapes(heading, MARGIN, MARGIN - 8);
  let y = MARGIN + heading.reduce((sum, line) => sum + lineHeight(line), 0) + 16;
  const bands = [{ top: 0, bottom: y }];
  let previousBottom: number | null = null;

  for (const tier of chart.tiers) {
    const cards = tier.flatMap((post) => layout.cards(post));
    for (let start = 0; start < cards.length; start += PER_ROW) {
      const row = cards.slice(start, start + PER_ROW);
      const rowWidth = row.length * CARD_WIDTH + (row.length - 1) * GAP;
      const left = (width - rowWidth) / 2;
      const centres = row.map((_, i) => left + i * (CARD_WIDTH + GAP) + CARD_WIDTH / 2);
      if (previousBottom !== null) {
        // Down from the row above, across this row, down into each card.
        const bar = y - TIER_GAP / 2;
        const across = `M${Math.min(width / 2, centres[0])} ${bar}H${Math.max(width / 2, centres[centres.length - 1])}`;
        shapes.push({
          kind: "connector",
          d: `M${width / 2} ${previousBottom}V${bar}${across}${centres.map((c) => `M${c} ${bar}V${y}`).join("")}`,
        });
      }
      row.forEach((card, i) => {
        const x = left + i * (CARD_WIDTH + GAP);
        shapes.push({ kind: "card", x, y, width: CARD_WIDTH, height: card.height, empty: card.empty });
        shapes.push({
          kind: "avatar",
          cx: x + PADDING + AVATAR / 2,
          cy: y + PADDING + AVATAR / 2,
          r: AVATAR / 2,
          photoPath: card.photoPath,
          initials: card.initials,
        });
        shapes.push(...textShapes(card.lines, x + TEXT_X, y + PADDING));
      });
      const rowHeight = Math.max(...row.map((card) => card.height));
      bands.push({ top: y - TIER_GAP / 2, bottom: y + rowHeight });
      previousBottom = y + rowHeight;
      y += rowHeight + TIER_GAP;
    }
  }
  if (chart.tiers.length === 0) {
    shapes.push(...textShapes(layout.block(m.notRecorded, 14, 400, "#57534e"), MARGIN, y));
    y += 40;
  }
  return {
    width,
    height: Math.round(y - TIER_GAP + MARGIN),
    title: `${organizationName(organization, locale)} · ${m.orgChartCaption}`,
    shapes,
    bands,
  };
}

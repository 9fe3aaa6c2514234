/**
 * The leadership chart as a standalone SVG file (the chart's download): the
 * same data and order as the HTML chart, laid out with fixed-size cards. SVG
 * does not wrap text, so lines are broken here by an estimate of text width.
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
const AVATAR = 44;
const TEXT_X = PADDING + AVATAR + 12;
const TEXT_WIDTH = CARD_WIDTH - TEXT_X - PADDING;
const TIER_GAP = 40;
/** Average advance of Be Vietnam Pro, in ems; a little generous so that lines never overflow. */
const EM_PER_CHAR = 0.53;

interface Line {
  text: string;
  size: number;
  weight: 400 | 700;
  color: string;
}

interface Card {
  initials: string | null;
  lines: Line[];
  height: number;
  empty: boolean;
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Breaks text into lines no wider than `width` pixels at font size `size`. */
export function wrapText(text: string, size: number, width: number): string[] {
  const maxChars = Math.max(4, Math.floor(width / (size * EM_PER_CHAR)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

const lineHeight = (line: Line) => Math.round(line.size * 1.35);

function block(text: string, size: number, weight: 400 | 700, color: string, width = TEXT_WIDTH): Line[] {
  return wrapText(text, size, width).map((part) => ({ text: part, size, weight, color }));
}

function cardsOf(post: ChartPost, organization: NamedOrganization, locale: Locale): Card[] {
  const m = getMessages(locale).browse;
  const title = postTitle(post, locale, organization.level);
  const cards: Card[] = post.holders.map((holder) => {
    const lines = [
      ...block(title, 12, 700, "#991b1b"),
      ...block(holder.name, 15, 700, "#1c1917"),
      ...block(termDates(holder, locale), 11, 400, "#57534e"),
    ];
    if (holder.otherRoles.length > 0) {
      lines.push(...block(`${m.alsoHolds}:`, 12, 700, "#44403c"));
      for (const role of holder.otherRoles) {
        const named = { name: role.organizationName, nameEn: role.organizationNameEn, level: role.level };
        lines.push(...block(`• ${roleTitle(role, named, locale)}`, 12, 400, "#44403c"));
      }
    }
    return { initials: initials(holder.name), lines, height: 0, empty: false };
  });
  if (post.holders.length === 0 || post.notKnown > 0) {
    const text = post.holders.length > 0 ? m.moreNotKnown(post.notKnown) : post.notKnown > 0 ? m.notKnownAtDate : m.notRecorded;
    cards.push({
      initials: null,
      lines: [...block(title, 12, 700, "#991b1b"), ...block(text, 13, 400, "#57534e")],
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

function renderLines(lines: Line[], x: number, y: number): string {
  let baseline = y;
  return lines
    .map((line) => {
      baseline += lineHeight(line);
      return `<text x="${x}" y="${baseline - Math.round(line.size * 0.3)}" font-size="${line.size}" font-weight="${line.weight}" fill="${line.color}">${escapeXml(line.text)}</text>`;
    })
    .join("");
}

function renderCard(card: Card, x: number, y: number): string {
  const border = card.empty ? ' stroke-dasharray="6 4"' : "";
  const avatar = card.initials
    ? `<circle cx="${x + PADDING + AVATAR / 2}" cy="${y + PADDING + AVATAR / 2}" r="${AVATAR / 2}" fill="#fee2e2"/>` +
      `<text x="${x + PADDING + AVATAR / 2}" y="${y + PADDING + AVATAR / 2 + 6}" font-size="16" font-weight="700" fill="#7f1d1d" text-anchor="middle">${escapeXml(card.initials)}</text>`
    : `<circle cx="${x + PADDING + AVATAR / 2}" cy="${y + PADDING + AVATAR / 2}" r="${AVATAR / 2}" fill="none" stroke="#d6d3d1" stroke-dasharray="4 3"/>`;
  return (
    `<g><rect x="${x}" y="${y}" width="${CARD_WIDTH}" height="${card.height}" rx="10" fill="#ffffff" stroke="#d6d3d1"${border}/>` +
    avatar +
    renderLines(card.lines, x + TEXT_X, y + PADDING) +
    "</g>"
  );
}

export interface ChartSvgInput {
  chart: OrgChart;
  organization: NamedOrganization;
  locale: Locale;
  at: string;
  /** @font-face rules embedded in the file so that Vietnamese renders the same everywhere. */
  fontCss?: string;
}

export function renderOrgChartSvg({ chart, organization, locale, at, fontCss = "" }: ChartSvgInput): string {
  const m = getMessages(locale).browse;
  const width = MARGIN * 2 + PER_ROW * CARD_WIDTH + (PER_ROW - 1) * GAP;
  const heading = [
    ...block(organizationName(organization, locale), 22, 700, "#1c1917", width - MARGIN * 2),
    ...block(`${m.orgChartCaption} · ${formatPartialDate(at, locale)}`, 14, 400, "#57534e", width - MARGIN * 2),
  ];
  const parts: string[] = [renderLines(heading, MARGIN, MARGIN - 8)];
  let y = MARGIN + heading.reduce((sum, line) => sum + lineHeight(line), 0) + 16;
  let previousBottom: number | null = null;

  for (const tier of chart.tiers) {
    const cards = tier.flatMap((post) => cardsOf(post, organization, locale));
    for (let start = 0; start < cards.length; start += PER_ROW) {
      const row = cards.slice(start, start + PER_ROW);
      const rowWidth = row.length * CARD_WIDTH + (row.length - 1) * GAP;
      const left = (width - rowWidth) / 2;
      const centres = row.map((_, i) => left + i * (CARD_WIDTH + GAP) + CARD_WIDTH / 2);
      if (previousBottom !== null) {
        // Connector: down from the row above, across this row, down into each card.
        const bar = y - TIER_GAP / 2;
        parts.push(
          `<path d="M${width / 2} ${previousBottom}V${bar}M${Math.min(width / 2, centres[0])} ${bar}H${Math.max(width / 2, centres[centres.length - 1])}${centres
            .map((c) => `M${c} ${bar}V${y}`)
            .join("")}" stroke="#a8a29e" stroke-width="2" fill="none"/>`,
        );
      }
      row.forEach((card, i) => parts.push(renderCard(card, left + i * (CARD_WIDTH + GAP), y)));
      const rowHeight = Math.max(...row.map((card) => card.height));
      previousBottom = y + rowHeight;
      y += rowHeight + TIER_GAP;
    }
  }
  if (chart.tiers.length === 0) {
    parts.push(renderLines(block(m.notRecorded, 14, 400, "#57534e"), MARGIN, y));
    y += 40;
  }
  const height = Math.round(y - TIER_GAP + MARGIN);
  const title = `${organizationName(organization, locale)} · ${m.orgChartCaption}`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title" xml:lang="${locale}">` +
    `<title id="chart-title">${escapeXml(title)}</title>` +
    `<style>${fontCss}text{font-family:"Be Vietnam Pro","Noto Sans","DejaVu Sans",Arial,sans-serif}</style>` +
    `<rect width="100%" height="100%" fill="#fafaf9"/>` +
    parts.join("") +
    `</svg>`
  );
}

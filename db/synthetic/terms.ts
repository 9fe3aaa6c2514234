/**
 * Dates of terms: a current term that began at some precision (or is only
 * attested by a report), and before it up to two ended terms of predecessors,
 * each over before the next one begins, all citing a source published after the
 * event they report.
 */
import type { DatePrecision, PartialDate } from "../../lib/dates";
import { firstDay, partialWithin } from "./calendar";
import { Random, Weighted } from "./random";
import { SourceIndex } from "./sources";

export interface TermDates {
  start: PartialDate | null;
  end: PartialDate | null;
  endReason: string | null;
  attested: PartialDate | null;
  sourceId: number;
}

export interface Tenure {
  current: TermDates;
  /** Predecessors' terms, newest first. */
  previous: TermDates[];
}

/** When the terms of one level of organisation fall (all days as in calendar.ts). */
export interface TermWindow {
  /** No term of this level begins earlier (communes date from the 2025 reform). */
  earliest: number;
  /** Current terms begin from this day on. */
  currentFrom: number;
  /** Share of current terms beginning exactly on `currentFrom` (the reform day, for communes). */
  onCurrentFrom: number;
  /** The "as of" day of the data; nothing is dated later. */
  latest: number;
  /** Length of an ended term, in days. */
  termDays: readonly [number, number];
  /** Days between a predecessor's end and the next holder's start. */
  gapDays: readonly [number, number];
}

type StartKind = DatePrecision | "attested";
/** Most reports give a day; some only a month or year; some only show the post held on their date. */
const CURRENT_STARTS = new Weighted<StartKind>([
  ["day", 55],
  ["month", 22],
  ["year", 8],
  ["attested", 15],
]);
const PRECISIONS = new Weighted<DatePrecision>([
  ["day", 60],
  ["month", 30],
  ["year", 10],
]);
const END_REASONS = [
  "Nghỉ hưu theo chế độ",
  "Được điều động, phân công công tác khác",
  "Hết nhiệm kỳ",
  "Sắp xếp tổ chức bộ máy",
  "Thôi giữ chức theo nguyện vọng cá nhân",
];

export class TermPlanner {
  constructor(
    private readonly random: Random,
    private readonly sources = new SourceIndex(),
  ) {}

  /** The current term of a seat and, for about `historyShare` of seats, one or two predecessors' terms. */
  tenure(window: TermWindow, historyShare: number): Tenure {
    const random = this.random;
    const wanted = random.chance(historyShare) ? (random.chance(0.3) ? 2 : 1) : 0;
    const latestStart = window.latest - 14;
    // Leave room before the current start for the predecessors' terms.
    const room = wanted * (window.gapDays[1] + window.termDays[0]);
    const earliestStart = Math.min(Math.max(window.currentFrom, window.earliest + room), latestStart);
    const startDay = wanted === 0 && random.chance(window.onCurrentFrom) ? window.currentFrom : random.int(earliestStart, latestStart);
    const { current, bound } = this.currentTerm(window, startDay);
    const previous: TermDates[] = [];
    let before = bound;
    for (let i = 0; i < wanted; i++) {
      const term = this.endedBefore(window, before);
      if (!term) break;
      previous.push(term.dates);
      before = term.startsOn;
    }
    return { current, previous };
  }

  /** One ended term anywhere in the window (a former committee member). */
  former(window: TermWindow): TermDates {
    const low = Math.min(window.earliest + window.termDays[0] + window.gapDays[1], window.latest);
    const term = this.endedBefore(window, this.random.int(low, window.latest));
    if (!term) throw new Error("term window too short for an ended term");
    return term.dates;
  }

  /** The current term begun on `startDay`, and the first day it is known held (predecessors end before it). */
  private currentTerm(window: TermWindow, startDay: number): { current: TermDates; bound: number } {
    const kind = CURRENT_STARTS.draw(this.random);
    if (kind === "attested") {
      const source = this.sources.anyFrom(this.random, startDay);
      const current = { start: null, end: null, endReason: null, attested: source.published, sourceId: source.id };
      return { current, bound: startDay };
    }
    const start = partialWithin(startDay, kind, window.earliest, window.latest);
    const current = { start, end: null, endReason: null, attested: null, sourceId: this.sources.onOrAfter(startDay).id };
    return { current, bound: firstDay(start) };
  }

  /** A term that ended before day `before`, or null when the window leaves no room for one. */
  private endedBefore(window: TermWindow, before: number): { dates: TermDates; startsOn: number } | null {
    const random = this.random;
    const endDay = before - random.int(window.gapDays[0], window.gapDays[1]);
    if (endDay - window.termDays[0] < window.earliest) return null;
    const startDay = Math.max(window.earliest, endDay - random.int(window.termDays[0], window.termDays[1]));
    const end = partialWithin(endDay, PRECISIONS.draw(random), startDay, before - 1);
    const start = partialWithin(startDay, PRECISIONS.draw(random), window.earliest, endDay);
    const dates = {
      start,
      end,
      endReason: random.pick(END_REASONS),
      attested: null,
      sourceId: this.sources.onOrAfter(endDay).id,
    };
    return { dates, startsOn: firstDay(start) };
  }
}

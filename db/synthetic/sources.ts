/**
 * The handful of sources every synthetic term cites. The newspapers are invented
 * and every title says the data is synthetic, so nothing here can pass for a real report.
 */
import { dayOf } from "./calendar";
import type { Random } from "./random";
import type { SourceRow } from "./rows";

const PUBLISHERS = ["Báo Đồng Tâm", "Báo Tiếng Nói Cơ Sở", "Báo Quê Hương Mới", "Báo Ánh Sáng Làng", "Báo Tin Mặt Trận"];

/** Publication dates, oldest first; history reaches back to 2009, the last one is the "as of" date. */
const DATES = [
  "2010-03-15",
  "2012-06-20",
  "2014-09-10",
  "2016-05-18",
  "2017-11",
  "2019-09-25",
  "2020-10-14",
  "2021-12-08",
  "2023-04-19",
  "2024-10-17",
  "2025-03-05",
  "2025-07-01",
  "2025-09-12",
  "2025-11-20",
  "2026-01-22",
];

export const AS_OF = DATES[DATES.length - 1];

function displayDate(iso: string): string {
  return iso.split("-").reverse().join("/");
}

export const SYNTHETIC_SOURCES: readonly SourceRow[] = DATES.map((date, index) => ({
  id: index + 1,
  title: `Tin nhân sự Mặt trận Tổ quốc và các đoàn thể (dữ liệu giả lập) ngày ${displayDate(date)}`,
  publisher: PUBLISHERS[index % PUBLISHERS.length],
  published: { value: date, precision: date.length === 7 ? "month" : "day" },
}));

/** Finds the source that reports an event on a given day. */
export class SourceIndex {
  private readonly days: number[];

  constructor(private readonly sources: readonly SourceRow[] = SYNTHETIC_SOURCES) {
    this.days = sources.map((source) => dayOf(source.published.value));
  }

  /** The first source published on or after `day` (a report follows the event); the newest if none. */
  onOrAfter(day: number): SourceRow {
    const index = this.days.findIndex((published) => published >= day);
    return this.sources[index === -1 ? this.sources.length - 1 : index];
  }

  /** Any source published from `day` on: one that could show a term begun that day as held. */
  anyFrom(random: Random, day: number): SourceRow {
    const first = this.sources.indexOf(this.onOrAfter(day));
    return this.sources[random.int(first, this.sources.length - 1)];
  }
}

/** What a citation of one view needs; all plain strings, so this runs in the browser as is. */
export type CitationInput = {
  title: string;
  /** The patrol's date, YYYY-MM-DD. */
  patrolDate: string;
  /** The data's last revision, YYYY-MM-DD, or null when it has none. */
  revisionDate: string | null;
  /** The view's address, which reproduces what the reader saw. */
  url: string;
  /** When the reader looked. */
  accessed: Date;
};

export type Citation = { style: "APA" | "Chicago"; text: string };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/**
 * "Cite this view" in two styles: APA-like (author, year, title, [Data set], retrieved date and
 * URL) and Chicago-like (author, title in quotes, dates, URL, accessed date). The data revision
 * is named so a reader can tell which version of the data a citation saw.
 */
export function citeView(input: CitationInput): Citation[] {
  const patrol = longDate(input.patrolDate, "day-month");
  // The reader's own calendar day: that is the day they looked.
  const accessed = input.accessed;
  const accessedDay = `${accessed.getFullYear()}-${String(accessed.getMonth() + 1).padStart(2, "0")}-${String(accessed.getDate()).padStart(2, "0")}`;
  const revision = input.revisionDate ? `data revision of ${longDate(input.revisionDate, "day-month")}` : "data as first published";
  const year = (input.revisionDate ?? accessedDay).slice(0, 4);
  return [
    {
      style: "APA",
      text: `Sortie. (${year}). ${input.title} (patrol of ${patrol}; ${revision}) [Data set and interactive map]. Retrieved ${longDate(accessedDay, "month-day")}, from ${input.url}`,
    },
    {
      style: "Chicago",
      text: `Sortie. “${input.title}.” Patrol of ${patrol}. Interactive map, ${revision}. ${input.url} (accessed ${longDate(accessedDay, "month-day")}).`,
    },
  ];
}

/** "22 December 2020" or "December 22, 2020" from YYYY-MM-DD, without the reader's time zone shifting the day. */
function longDate(day: string, order: "day-month" | "month-day"): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const monthName = MONTHS[month - 1] ?? "";
  return order === "day-month" ? `${date} ${monthName} ${year}` : `${monthName} ${date}, ${year}`;
}

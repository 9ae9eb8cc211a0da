import type { EventTime, Source } from "@/lib/data/schema";
import { escapeHtml } from "./escape-html";
import { localIsoTime, timeQualifier } from "./export-times";

/**
 * A placemark's description as the small HTML Google Earth shows in its balloon: every data
 * string escaped, then the sources with publisher, title, date and link, so they travel with it.
 */
export function describe(lines: readonly string[], sourceIds: readonly string[], sources: ReadonlyMap<string, Source>): string {
  const body = lines.filter((line) => line !== "").map(escapeHtml);
  const cited = sourceIds.map((id) => {
    const source = sources.get(id);
    if (!source) return escapeHtml(id);
    const date = source.published ? `published ${source.published}` : `accessed ${source.accessed ?? "?"}`;
    return `${escapeHtml(id)}: ${escapeHtml(source.publisher)}, “${escapeHtml(source.title)}”${source.note ? ` (${escapeHtml(source.note)})` : ""} (${date}) <a href="${escapeHtml(source.url)}">${escapeHtml(source.url)}</a>`;
  });
  return [...body, `Sources: ${sourceIds.map(escapeHtml).join(", ")}`, ...cited].join("<br/>");
}

/** One time as a line of text: local and UTC, marked est. or about, with the source's words. */
export function describeTime(time: EventTime, offsetMinutes: number, zoneLabel: string): string {
  const qualifier = timeQualifier(time);
  const words = time.asReported ? `; as reported: “${time.asReported}”` : "";
  const flag = time.estimated ? " (estimated: no source gives this time)" : time.approximate ? " (approximate)" : "";
  return `${qualifier ? `${qualifier} ` : ""}${localIsoTime(time.utc, offsetMinutes)} ${zoneLabel} = ${time.utc}${flag}${words}`;
}

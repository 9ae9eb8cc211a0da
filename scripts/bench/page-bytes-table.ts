// The per-page data table `npm run bench` and `npm run bench:bytes` print.
import { formatKb } from "./first-load";
import { textTable } from "./text-table";
import type { PageBytes } from "./types";

function budgetCell(basemap: PageBytes["basemap"]): string {
  if (basemap === null) return "—";
  return `${basemap.withinBudget ? "within" : "OVER"} ${formatKb(basemap.limitBytes)}`;
}

function otherEventsCell(page: PageBytes): string {
  if (page.foreignEventIds === null || page.ownFeatureIds === null) return "not checked";
  const { found, of } = page.ownFeatureIds;
  if (page.foreignEventIds.length > 0) return `FOUND: ${page.foreignEventIds.join(", ")}`;
  // When the page's own ids are not found either, the check cannot see track ids in this page.
  return found === 0 ? `none, but own ids 0/${of} seen: check blind` : `none (own ids ${found}/${of} seen)`;
}

const kbOrDash = (bytes: number) => (bytes === 0 ? "—" : formatKb(bytes));

export function pageBytesTable(pages: PageBytes[]): string {
  const rows = pages.map((page) => {
    const fetched = page.fetchedData.reduce((total, file) => total + file.gzipBytes, 0);
    return [
      page.route,
      page.eventId ?? "—",
      formatKb(page.html.bytes),
      formatKb(page.html.gzipBytes),
      formatKb(page.html.inlinePayloadGzipBytes),
      page.basemap === null ? "—" : `${page.basemap.region} ${formatKb(page.basemap.gzipBytes)}`,
      budgetCell(page.basemap),
      kbOrDash(fetched),
      formatKb(page.totalGzipBytes),
      otherEventsCell(page),
    ];
  });
  const header = ["page", "event", "HTML raw", "HTML", "of which payload", "basemap", "basemap budget", "fetched data", "total", "other events' track ids"];
  const notes = [
    "payload: what the inline RSC payload (the event's data for the map, timeline and panel) adds to the gzipped HTML.",
    "basemap: the region's files the map style loads, summed; budget: budgets.json initialBasemapData. fetched data: files fetched after load (a map page: its event's /map-data/<id>.json, and with the panel its /panel-data/<id>.json; /compare: its two default events).",
    "total: HTML + basemap + fetched data. Not counted: JS, CSS, fonts (links do not prefetch other pages).",
  ];
  return `${textTable([header, ...rows])}\n${notes.join("\n")}`;
}

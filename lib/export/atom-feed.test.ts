import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { loadAllEvents } from "@/lib/data/load-all-events";
import { ATOM_NAMESPACE, atomFeed } from "./atom-feed";
import { dataUpdatedDate } from "./data-revision";
import { HOSTILE_TEXT } from "./hostile-bundle-for-tests";
import { siteUrl } from "./site-url";

const events = loadAllEvents().map((bundle) => bundle.event);

function parseFeed(text: string) {
  const document = new DOMParser({ onError: (level, message) => { if (level !== "warning") throw new Error(`${level}: ${message}`); } }).parseFromString(text, "text/xml");
  const feed = document.documentElement;
  if (!feed) throw new Error("no root element");
  const entries = Array.from(feed.getElementsByTagNameNS(ATOM_NAMESPACE, "entry"));
  const child = (element: (typeof entries)[number], name: string) => element.getElementsByTagNameNS(ATOM_NAMESPACE, name)[0]?.textContent ?? null;
  return { feed, entries, child };
}

describe("the Atom feed", () => {
  it("is Atom with one entry per patrol, each updated at its data's last change", () => {
    const { feed, entries, child } = parseFeed(atomFeed(events, siteUrl("https://sortie.example.org")));
    expect(feed.namespaceURI).toBe(ATOM_NAMESPACE);
    expect(feed.localName).toBe("feed");
    expect(entries).toHaveLength(events.length);
    for (const event of events) {
      const entry = entries.find((candidate) => child(candidate, "id") === `https://sortie.example.org/events/${event.id}`);
      expect(entry, event.id).toBeDefined();
      if (!entry) continue;
      expect(child(entry, "title")).toBe(event.title);
      expect(child(entry, "updated")).toBe(`${dataUpdatedDate(event)}T00:00:00Z`);
      const links = Array.from(entry.getElementsByTagNameNS(ATOM_NAMESPACE, "link")).map((link) => link.getAttribute("href"));
      expect(links).toEqual(expect.arrayContaining([`https://sortie.example.org/events/${event.id}`, `https://sortie.example.org/data/${event.id}.kml`, `https://sortie.example.org/data/${event.id}.csv`]));
    }
    // RFC 4287: a feed has an id, a title, an updated time and an author.
    for (const name of ["id", "title", "updated", "author"]) expect(feed.getElementsByTagNameNS(ATOM_NAMESPACE, name).length, name).toBeGreaterThan(0);
  });

  it("keeps a site path prefix in every link", () => {
    const { entries } = parseFeed(atomFeed(events, siteUrl("https://example.org/sortie")));
    const hrefs = entries.flatMap((entry) => Array.from(entry.getElementsByTagNameNS(ATOM_NAMESPACE, "link")).map((link) => link.getAttribute("href") ?? ""));
    expect(hrefs.every((href) => href.startsWith("https://example.org/sortie/"))).toBe(true);
  });

  it("moves a patrol up when its data is revised", () => {
    const revised = events.map((event, index) => (index === 0 ? { ...event, revisions: [...event.revisions, { date: "2099-01-02", change: "moved", reason: "test", sources: [] }] } : event));
    const { entries, child } = parseFeed(atomFeed(revised));
    expect(child(entries[0] as (typeof entries)[number], "updated")).toBe("2099-01-02T00:00:00Z");
    expect(child(entries[0] as (typeof entries)[number], "title")).toBe(events[0]?.title);
  });

  it("carries hostile titles as text", () => {
    const hostile = events.map((event) => ({ ...event, title: HOSTILE_TEXT, summary: HOSTILE_TEXT }));
    const { entries, child } = parseFeed(atomFeed(hostile));
    expect(child(entries[0] as (typeof entries)[number], "title")).toBe(HOSTILE_TEXT.replace("\u0007", "\uFFFD"));
  });
});

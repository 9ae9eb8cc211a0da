import { describe, expect, it } from "vitest";
import { basemapUrls, eventShownBy, foreignEventData, htmlBytes, routeOf, splitInlinePayload } from "./page-bytes";
import { pageBytesTable } from "./page-bytes-table";
import type { PageBytes } from "./types";
import { gzipSize } from "./first-load";

// Varied enough that gzip cannot fold it away: stands in for an event's serialised tracks.
const coordinates = Array.from({ length: 400 }, (_, index) => `[${(122 + Math.sin(index) * 7).toFixed(5)},${(31 + Math.cos(index * 1.3) * 5).toFixed(5)}]`).join(",");
const payloadChunk = JSON.stringify([1, `2f:{"tracks":[{"id":"h6-pair-joint-leg","coordinates":[${coordinates}]}]}\n`]);

// Shaped like a prerendered Next.js 16 page: markup, a theme script, a chunk script, then the payload.
const MARKUP_HEAD = `<!DOCTYPE html><html lang="en"><head><script>try{document.documentElement.dataset.theme="dark"}catch(e){}</script>
<script src="/_next/static/chunks/main.js" async=""></script></head><body><main><h1>Joint patrol over the Sea of Japan</h1></main>`;
const PAGE = `${MARKUP_HEAD}<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push(${payloadChunk})</script><script nonce="abc">self.__next_f.push([1,"30:\\"$Sreact.fragment\\"\\n"])</script></body></html>`;

describe("splitInlinePayload", () => {
  it("removes the payload scripts, keeps every other script, and decodes the payload text", () => {
    const { markup, payloadText } = splitInlinePayload(PAGE);
    expect(markup).toBe(`${MARKUP_HEAD}</body></html>`);
    expect(payloadText).toBe(`2f:{"tracks":[{"id":"h6-pair-joint-leg","coordinates":[${coordinates}]}]}\n30:"$Sreact.fragment"\n`);
  });

  it("refuses a page whose payload it does not recognise rather than report it as empty", () => {
    expect(() => splitInlinePayload(`${MARKUP_HEAD}<script>self.__next_f.unshift([1,"x"])</script>`)).toThrow(/self\.__next_f/);
  });
});

describe("htmlBytes", () => {
  it("attributes to the payload what it adds to the gzipped page", () => {
    const bytes = htmlBytes(PAGE);
    expect(bytes.bytes).toBe(Buffer.byteLength(PAGE));
    expect(bytes.gzipBytes).toBe(gzipSize(PAGE));
    expect(bytes.inlinePayloadGzipBytes).toBe(gzipSize(PAGE) - gzipSize(`${MARKUP_HEAD}</body></html>`));
    // Most of the synthetic page is its coordinates, so most of the gzip bytes are payload.
    expect(bytes.inlinePayloadGzipBytes).toBeGreaterThan(bytes.gzipBytes / 2);
  });

  it("attributes nothing to a page without a payload", () => {
    expect(htmlBytes(`${MARKUP_HEAD}</body></html>`).inlinePayloadGzipBytes).toBe(0);
  });
});

describe("foreignEventData", () => {
  const trackIds = new Map([
    ["2019-07-23", ["tu95-pair-joint-leg", "a50-dokdo-takeshima-incursions", "h6-pair-to-join"]],
    ["2022-05-24", ["tu95-pair-joint-leg-with-pair-a", "il20-rebun-to-noto"]],
    ["2023-06-06", ["h6-pair-to-join", "h6-pair-day2-miyako"]],
  ]);

  it("finds another event's track id in the payload text and names that event", () => {
    const text = `2f:{"id":"il20-rebun-to-noto"}\n3a:{"id":"a50-dokdo-takeshima-incursions"}`;
    expect(foreignEventData(text, "2022-05-24", trackIds)).toEqual({
      foreignEventIds: ["2019-07-23"],
      foreignFeatureIds: ["a50-dokdo-takeshima-incursions"],
      ownFeatureIds: { found: 1, of: 2 },
    });
  });

  it("does not take an id inside a longer id for a foreign one", () => {
    const text = `<li data-id="tu95-pair-joint-leg-with-pair-a">{"id":"il20-rebun-to-noto"}</li>`;
    expect(foreignEventData(text, "2022-05-24", trackIds).foreignFeatureIds).toEqual([]);
  });

  it("does not count an id the page's own event shares with another event", () => {
    expect(foreignEventData(`{"id":"h6-pair-to-join"}`, "2023-06-06", trackIds).foreignEventIds).toEqual([]);
  });

  it("reports when the page's own ids are not in its text, so an empty result is not trusted blindly", () => {
    expect(foreignEventData("<main>no ids here</main>", "2023-06-06", trackIds).ownFeatureIds).toEqual({ found: 0, of: 2 });
  });
});

describe("routes and events", () => {
  it("maps exported files to the routes they serve", () => {
    expect(["index.html", "events.html", "events/index.html", "events/2019-07-23.html", "404.html"].map(routeOf)).toEqual(["/", "/events", "/events", "/events/2019-07-23", "/404"]);
  });

  it("knows which event a page shows", () => {
    const ids = ["2019-07-23", "2024-07-24"];
    expect(eventShownBy("/events/2024-07-24", ids)).toBe("2024-07-24");
    expect(eventShownBy("/embed/2019-07-23", ids)).toBe("2019-07-23");
    expect(eventShownBy("/events/1999-01-01", ids)).toBeNull();
    expect(eventShownBy("/compare", ids)).toBeNull();
  });

  it("lists the basemap files the style of a region loads, all from that region", () => {
    const urls = basemapUrls("bering-sea");
    expect(urls).toContain("/basemap/bering-sea/land.geojson");
    expect(urls.every((url) => url.startsWith("/basemap/bering-sea/") && url.endsWith(".geojson"))).toBe(true);
  });
});

describe("pageBytesTable", () => {
  const page = (basemapGzipBytes: number, foreignEventIds: string[]): PageBytes => ({
    route: "/events/2024-07-24",
    file: "out/events/2024-07-24.html",
    eventId: "2024-07-24",
    html: { bytes: 100_000, gzipBytes: 20_000, inlinePayloadGzipBytes: 12_000 },
    basemap: { region: "bering-sea", files: [], gzipBytes: basemapGzipBytes, limitBytes: 358_400, withinBudget: basemapGzipBytes <= 358_400 },
    fetchedData: [],
    totalGzipBytes: 20_000 + basemapGzipBytes,
    foreignEventIds,
    foreignFeatureIds: foreignEventIds.length > 0 ? ["a50-dokdo-takeshima-incursions"] : [],
    ownFeatureIds: { found: 4, of: 4 },
  });

  it("marks a basemap over its budget and another event's data found", () => {
    const table = pageBytesTable([page(358_401, ["2019-07-23"])]);
    expect(table).toContain("OVER 350.0 KB");
    expect(table).toContain("FOUND: 2019-07-23");
  });

  it("marks a basemap within its budget and no foreign data", () => {
    const table = pageBytesTable([page(358_400, [])]);
    expect(table).toContain("within 350.0 KB");
    expect(table).toContain("none (own ids 4/4 seen)");
  });
});

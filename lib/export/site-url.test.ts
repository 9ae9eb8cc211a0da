import { describe, expect, it } from "vitest";
import { absoluteUrl, SITE_URL_FALLBACK, siteUrl } from "./site-url";

describe("siteUrl", () => {
  it("falls back to the local server when SORTIE_SITE_URL is unset or blank", () => {
    expect(siteUrl(undefined).toString()).toBe(`${SITE_URL_FALLBACK}/`);
    expect(siteUrl("  ").toString()).toBe(`${SITE_URL_FALLBACK}/`);
  });

  it("keeps a path prefix and drops a query", () => {
    expect(absoluteUrl("/feed.xml", siteUrl("https://example.org/sortie?x=1#y"))).toBe("https://example.org/sortie/feed.xml");
  });

  it("refuses what is not an http(s) URL, naming the variable", () => {
    expect(() => siteUrl("sortie.example.org")).toThrow(/SORTIE_SITE_URL/);
    expect(() => siteUrl("javascript:alert(1)")).toThrow(/SORTIE_SITE_URL/);
  });
});

import { renderToStaticMarkup } from "react-dom/server";
import { NextIntlClientProvider } from "next-intl";
import { describe, expect, it } from "vitest";
import { SourcesSection } from "@/components/panel/sources-section";
import { loadEvent } from "@/lib/data/load-event";
import messages from "@/messages/ja.json";

/** The lang each source title carries, by source id, as a Japanese reader's page renders it. */
function titleLanguages(eventId: string): Map<string, string | null> {
  const html = renderToStaticMarkup(
    <NextIntlClientProvider locale="ja" messages={messages} timeZone="UTC">
      <SourcesSection bundle={loadEvent(eventId)} />
    </NextIntlClientProvider>,
  );
  // Each <li id="source-…"> and the span inside its link, which holds the title.
  const titles = new Map<string, string | null>();
  for (const match of html.matchAll(/<li id="source-([^"]+)"><a [^>]*><span(?: lang="([^"]*)")?>/g)) titles.set(match[1]!, match[2] ?? null);
  return titles;
}

describe("SourcesSection", () => {
  it("marks the English renderings of Japanese and Korean titles as English, not as the source's language", () => {
    const languages = titleLanguages("2019-07-23");
    expect(languages.size).toBeGreaterThan(10);
    // asahi-2019-07-23 is a Japanese article, pressian-2019-07-23 a Korean one; both titles are our English.
    expect(languages.get("asahi-2019-07-23")).toBe("en");
    expect(languages.get("pressian-2019-07-23")).toBe("en");
    expect([...new Set(languages.values())]).toEqual(["en"]);
  });
});

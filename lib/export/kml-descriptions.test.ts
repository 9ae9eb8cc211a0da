import { describe as group, expect, it } from "vitest";
import type { Source } from "@/lib/data/schema";
import { describe } from "./kml-descriptions";

const source: Source = { id: "s", publisher: "P & Co", title: "防空識別圏", titleLanguage: "ja", note: "full text of <Directive> 36", url: "https://example.org/a", language: "ja", kind: "reference", published: "2020-01-01" };

group("a placemark's description", () => {
  it("gives a source's note after its quoted title, escaped, never inside the quotation marks", () => {
    const text = describe(["Line"], ["s"], new Map([["s", source]]));
    expect(text).toContain("s: P &amp; Co, “防空識別圏” (full text of &lt;Directive&gt; 36) (published 2020-01-01)");
  });
});

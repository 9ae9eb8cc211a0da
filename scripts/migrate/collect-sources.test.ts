import { describe, expect, it } from "vitest";
import { collectSources, type SourceRecord } from "./collect-sources";

const record = (overrides: Partial<SourceRecord>): SourceRecord => ({
  id: "kbs-report",
  publisher: "KBS",
  title: "Report",
  url: "https://example.org/report",
  published: "2020-12-22",
  language: "ko",
  kind: "news",
  ...overrides,
});

describe("collectSources", () => {
  it("merges one source cited by two events into one record", () => {
    const result = collectSources([], [{ file: "a/event.json", sources: [record({})] }, { file: "b/event.json", sources: [record({})] }]);
    expect(result.records).toHaveLength(1);
    expect(result.conflicts).toEqual([]);
  });

  it("reports records with one id that disagree instead of merging them", () => {
    const result = collectSources([], [{ file: "a/event.json", sources: [record({})] }, { file: "b/event.json", sources: [record({ title: "Another report" })] }]);
    expect(result.conflicts).toEqual(['  "kbs-report": title "Report" in a/event.json vs "Another report" in b/event.json']);
  });

  it("dates a reference page by when it was read, not by the event that cites it", () => {
    const result = collectSources([], [{ file: "a/event.json", sources: [record({ id: "natural-earth", kind: "reference", published: "2019-07-23" }), record({ id: "natural-earth", kind: "reference", published: "2022-11-30" })] }]);
    expect(result.conflicts).toEqual([]);
    expect(result.records[0]?.published).toBeUndefined();
    expect(result.records[0]?.accessed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("dates the J-Wing scramble figures by the page's own date", () => {
    const result = collectSources([], [{ file: "a/event.json", sources: [record({ id: "jwing-fy2020-q3-scrambles", published: "2020-12-22" })] }]);
    expect(result.records[0]?.published).toBe("2021-01-26");
    expect(result.changesByFile.get("a/event.json")?.[0]).toContain("jwing-fy2020-q3-scrambles published 2021-01-26 (was 2020-12-22)");
  });
});

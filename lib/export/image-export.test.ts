import { describe, expect, it } from "vitest";
import { clockLine, footerLines, imageFileName, sourcesLine, videoFileName } from "./image-export";

const facts = { eventId: "2020-12-22", date: "2020-12-22", offsetMinutes: 540, zoneLabel: "KST/JST", time: Date.UTC(2020, 11, 21, 23, 40) };

describe("imageFileName", () => {
  it("names the file after the patrol's local date and clock time", () => {
    expect(imageFileName(facts, 1)).toBe("sortie-2020-12-22-0840KST.png");
    expect(imageFileName(facts, 2)).toBe("sortie-2020-12-22-0840KST@2x.png");
  });
  it("uses the next local day for a time past midnight, and says whole day without a time", () => {
    expect(imageFileName({ ...facts, time: Date.UTC(2020, 11, 22, 15, 5) }, 1)).toBe("sortie-2020-12-23-0005KST.png");
    expect(imageFileName({ ...facts, time: null }, 1)).toBe("sortie-2020-12-22-whole-day.png");
  });
});

describe("clockLine", () => {
  it("marks interpolated positions as estimated, not reported moments", () => {
    expect(clockLine(facts, [])).toBe("08:40 KST/JST (23:40 UTC) · positions est. between reported times");
    expect(clockLine(facts, [facts.time])).toBe("08:40 KST/JST (23:40 UTC)");
    expect(clockLine({ ...facts, time: null }, [])).toContain("Whole day");
  });
});

describe("sourcesLine and footerLines", () => {
  it("lists each publisher once", () => {
    expect(sourcesLine(["Japan MoD", "Yonhap", "Japan MoD"], 100)).toBe("Sources: Japan MoD, Yonhap");
  });
  it("cuts a long list to fit and counts what it left out", () => {
    const line = sourcesLine(["Japan Ministry of Defense", "Yonhap", "TASS", "Xinhua", "Kyodo"], 45);
    expect(line).toBe("Sources: Japan Ministry of Defense and 4 more");
    expect(line.length).toBeLessThanOrEqual(45);
    expect(sourcesLine(["A very long publisher name indeed", "B"], 20)).toBe("Sources: 2 (listed at the link)");
  });
  it("keeps a short link whole and shortens a long one visibly", () => {
    expect(footerLines("https://x.org/events/a?t=1", ["TASS"], 80)).toEqual(["https://x.org/events/a?t=1", "Sources: TASS"]);
    const [link] = footerLines(`https://x.org/${"a".repeat(100)}`, [], 40);
    expect(link).toHaveLength(40);
    expect(link.endsWith("…")).toBe(true);
  });
});

describe("videoFileName", () => {
  it("names the span by its local start and end", () => {
    expect(videoFileName(facts, Date.UTC(2020, 11, 21, 23, 40), Date.UTC(2020, 11, 22, 3, 0))).toBe("sortie-2020-12-22-0840KST-1200KST.webm");
  });
  it("writes the end's date when the span passes local midnight", () => {
    expect(videoFileName(facts, Date.UTC(2020, 11, 22, 14, 30), Date.UTC(2020, 11, 22, 15, 15))).toBe("sortie-2020-12-22-2330KST-2020-12-23-0015KST.webm");
  });
});

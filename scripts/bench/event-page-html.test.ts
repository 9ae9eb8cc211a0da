import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { eventPageHtmlFiles } from "./event-page-html";

describe("eventPageHtmlFiles", () => {
  it("lists the landing page first, then each event page, leaving other files out", () => {
    // A scratch build folder, removed afterwards.
    const app = mkdtempSync(path.join(tmpdir(), "sortie-app-"));
    mkdirSync(path.join(app, "events"));
    for (const file of ["2024-07-24.html", "2019-07-23.html", "2019-07-23.rsc", "2019-07-23.meta"]) writeFileSync(path.join(app, "events", file), "");
    writeFileSync(path.join(app, "events.html"), "");
    try {
      expect(eventPageHtmlFiles(app)).toEqual(["index.html", path.join("events", "2019-07-23.html"), path.join("events", "2024-07-24.html")]);
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });

  it("lists a language's copies under its prefix", () => {
    const app = mkdtempSync(path.join(tmpdir(), "sortie-app-"));
    mkdirSync(path.join(app, "ja", "events"), { recursive: true });
    for (const file of ["2020-12-22.html", "2020-12-22.rsc"]) writeFileSync(path.join(app, "ja", "events", file), "");
    try {
      expect(eventPageHtmlFiles(app, "ja")).toEqual(["ja.html", path.join("ja", "events", "2020-12-22.html")]);
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });
});

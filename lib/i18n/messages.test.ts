import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";
import { EVENT_CLIENT_PARTS, PANEL_CLIENT_PARTS, PANEL_KEYS_IN_PAGE, clientMessages, loadMessages, panelWords } from "./messages";
import { panelWordsPath } from "./panel-words-path";

describe("clientMessages", () => {
  it("sends whole parts, and of the parts given with keys only those keys", () => {
    const { Client } = clientMessages("ja", ["Theme"], { Share: ["button"] });
    expect(Client).toEqual({ Theme: loadMessages("ja").Client.Theme, Share: { button: loadMessages("ja").Client.Share.button } });
  });

  it("leaves the panels' other words out of an event page", () => {
    const { Client } = clientMessages("en", EVENT_CLIENT_PARTS, PANEL_KEYS_IN_PAGE);
    expect(Object.keys(Client.Share ?? {})).toEqual(["button", "openFullView"]);
    expect(Object.keys(Client.Selection ?? {})).toEqual(["prompt", "loading", "failed"]);
    for (const part of ["LinkNotice", "Legend", "Confidence", "Quote"] as const) expect(Client[part]).toBeUndefined();
  });
});

describe("panelWords", () => {
  it.each(LOCALES)("holds every panel part whole in %s, for the file panelWordsPath names", (locale) => {
    const client = loadMessages(locale).Client;
    expect(panelWords(locale).Client).toEqual(Object.fromEntries(PANEL_CLIENT_PARTS.map((part) => [part, client[part]])));
    expect(panelWordsPath(locale)).toBe(`/panel-words/${locale}.json`);
  });

  it("overlaps the page's parts in no part: a page sends each part whole once, or in part and then whole from the file", () => {
    expect(EVENT_CLIENT_PARTS.filter((part) => (PANEL_CLIENT_PARTS as readonly string[]).includes(part))).toEqual([]);
  });
});

import { expect, test, type Page } from "@playwright/test";

/**
 * CJK characters a page shows outside its own language's font, each covered by a web font in its
 * element's font stack: the test machines have no CJK system font, so a character no @font-face
 * covers is drawn as a box (the statistics page's Japanese publishers were). Checked against the
 * page's own @font-face rules, whatever the machine has installed.
 */
async function uncoveredCjk(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faces = [...document.fonts].map((face) => ({
      family: face.family.replace(/^["']|["']$/g, ""),
      ranges: face.unicodeRange.split(",").map((part) => {
        const [first, last] = part.trim().replace(/^U\+/i, "").split("-");
        const start = Number.parseInt(first ?? "0", 16);
        return [start, last === undefined ? start : Number.parseInt(last, 16)] as const;
      }),
    }));
    const missing = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest("script, style, [hidden]")) continue;
      const stack = getComputedStyle(element).fontFamily.split(",").map((family) => family.trim().replace(/^["']|["']$/g, ""));
      for (const character of node.textContent ?? "") {
        const point = character.codePointAt(0) ?? 0;
        if (point < 0x2e80) continue;
        const covered = faces.some((face) => stack.includes(face.family) && face.ranges.some(([first, last]) => point >= first && point <= last));
        if (!covered) missing.add(`${character} in “${(node.textContent ?? "").trim().slice(0, 40)}”`);
      }
    }
    return [...missing];
  });
}

// The pages that show CJK words from the data, in English and in a language whose own font lacks
// some of them (Hangul on a Japanese page, kana on a Korean one).
for (const path of ["/statistics", "/methodology", "/events/2019-07-23", "/ja/events/2019-07-23", "/ko/statistics"]) {
  test(`${path}: every CJK character shown has a font that draws it`, async ({ page }) => {
    await page.goto(path);
    // The deferred panel sections (statements, context) bring text of their own.
    if (path.includes("/events/")) await expect(page.locator('section[id] > p[role="status"]')).toHaveCount(0);
    expect(await uncoveredCjk(page)).toEqual([]);
  });
}

test("the landing page does not link the data's CJK faces, which it does not show", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator('section[id] > p[role="status"]')).toHaveCount(0);
  expect(await uncoveredCjk(page)).toEqual([]);
  await expect(page.locator('link[href="/fonts/extras/data.css"]')).toHaveCount(0);
});

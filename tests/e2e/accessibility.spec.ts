import { expect, test } from "@playwright/test";
import { seriousAccessibilityViolations } from "./driver";

const PAGES = ["/", "/?sel=tu95-pair&t=0945", "/events", "/events/2024-07-24", "/events/2026-06-27", "/compare?a=2019-07-23&b=2020-12-22", "/methodology", "/statistics", "/embed"];

for (const path of PAGES) {
  test(`${path} has no serious or critical accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.locator("h1, header p").first()).toBeVisible();
    if (path.startsWith("/compare")) await expect(page.locator("table caption")).toHaveCount(2);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
}

test.describe("dark theme", () => {
  test.use({ colorScheme: "dark" });
  for (const path of ["/?sel=tu95-pair", "/events", "/methodology", "/statistics"]) {
    test(`${path} follows the system's dark theme with no serious or critical violations`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
      await expect(page.locator("h1").first()).toBeVisible();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);
    });
  }

  test("the toggle overrides the system and is remembered", async ({ page }) => {
    await page.goto("/events");
    await page.getByTestId("theme-toggle").click();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await expect(page.getByTestId("theme-toggle")).toHaveText("Theme: light");
  });
});

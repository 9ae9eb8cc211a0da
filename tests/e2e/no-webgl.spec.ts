import { expect, test } from "@playwright/test";
import { CHROMIUM_ARGS } from "../../playwright.config";

// A real browser with WebGL switched off, not a mocked context.
test.use({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: [...CHROMIUM_ARGS, "--disable-3d-apis", "--disable-gpu"] } });

test("without WebGL the page keeps the panel and explains why there is no map", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("map-unavailable")).toContainText("WebGL");
  await expect(page.getByRole("heading", { name: "Reported moments" })).toBeVisible();
  await page.locator('[data-item-id="tu95-pair"]').click();
  await expect(page.getByTestId("selection-details")).toContainText("Tu-95MS");
});

test("without WebGL the page says why before its own scripts have run or the map library has loaded", async ({ page }) => {
  // Neither React (so no hydration) nor the 300 KB map library: the notice comes from the server's
  // HTML, shown by the small map-start module's check.
  await page.route("**/_next/static/chunks/*.js", (route) => route.abort());
  await page.route(/\/maplibre\/maplibre-gl-\d[^/]*\.mjs$/, (route) => route.abort());
  await page.goto("/");
  await expect(page.getByText("This browser has WebGL switched off or unavailable")).toBeVisible();
  await expect(page.getByTestId("map-loading")).toBeHidden();
});

import { expect, test } from "@playwright/test";
import { waitForMapIdle } from "./driver";

test.use({ viewport: { width: 800, height: 500 } });

test("an 800×500 embed shows the map, a compact timeline, the legend on demand and a way to the full view; nothing else", async ({ page }) => {
  await page.goto("/embed?t=0945");
  await waitForMapIdle(page);
  await expect(page.getByText("Open GeoJSON…")).toHaveCount(0);
  await expect(page.getByTestId("geojson-input")).toHaveCount(0);
  await expect(page.getByTestId("panel")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Next reported moment" })).toBeHidden();
  // Nothing covers the zoom control.
  const zoomIn = page.getByRole("button", { name: "Zoom in" });
  const box = (await zoomIn.boundingBox())!;
  expect(await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest("button")?.getAttribute("aria-label"), { x: box.x + box.width / 2, y: box.y + box.height / 2 })).toBe("Zoom in");
  // The timeline is one row.
  expect((await page.getByTestId("timeline").boundingBox())!.height).toBeLessThanOrEqual(56);
  await expect(page.getByTestId("scrubber")).toBeVisible();
  // The legend starts closed and opens on demand.
  const legend = page.getByTestId("legend");
  await expect(legend).not.toHaveAttribute("open");
  await legend.locator("summary").click();
  await expect(legend.getByText("Chinese aircraft")).toBeVisible();
  // The full view keeps the embed's state.
  const fullView = page.getByRole("link", { name: /Open the full view/ });
  await fullView.focus();
  await expect(fullView).toHaveAttribute("href", /^\/\?.*t=0945/);
  await page.screenshot({ path: "test-results/screenshots/embed-800x500.png" });
});

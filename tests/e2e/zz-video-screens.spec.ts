import { expect, test } from "@playwright/test";
import { waitForMapIdle } from "./driver";

const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 360, height: 740 } } as const;
for (const path of process.env.SHOT_PATHS ? process.env.SHOT_PATHS.split(",") : ["/", "/events/2024-07-24"]) {
  for (const [sizeName, size] of Object.entries(sizes)) {
    for (const theme of ["light", "dark"] as const) {
      test(`screens ${path} ${sizeName} ${theme}`, async ({ page }) => {
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme: theme });
        await page.setViewportSize(size);
        await page.goto(path);
        await waitForMapIdle(page);
        const name = `${path === "/" ? "landing" : "bering"}-${sizeName}-${theme}`;
        if (sizeName === "phone") await page.getByRole("button", { name: "Raise the panel to read more" }).click();
        const exportButton = page.getByRole("button", { name: "Export", exact: true });
        await exportButton.scrollIntoViewIfNeeded();
        await exportButton.click();
        const panel = page.getByTestId("export-panel");
        await expect(panel.getByRole("button", { name: "Record video" })).toBeVisible();
        await page.screenshot({ path: `/tmp/video-probe/shots/${name}-1-menu.png` });
        await panel.getByRole("button", { name: "Record video" }).click();
        await expect(panel.getByTestId("video-progress")).toContainText(/^[3-9]\d* \/ \d+|^\d\d+ \/ \d+/, { timeout: 60_000 });
        await page.screenshot({ path: `/tmp/video-probe/shots/${name}-2-progress.png` });
        await panel.getByRole("button", { name: "Cancel" }).click();
        await expect(panel.getByTestId("video-message")).toContainText("Recording cancelled");
        await page.screenshot({ path: `/tmp/video-probe/shots/${name}-3-cancelled.png` });
        await panel.getByLabel("Start").fill("03:00");
        await panel.getByRole("button", { name: "Record video" }).click();
        await expect(panel.getByRole("alert")).toBeVisible();
        await page.screenshot({ path: `/tmp/video-probe/shots/${name}-4-invalid.png` });
      });
    }
  }
}

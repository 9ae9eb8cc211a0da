import { expect, test, type Page } from "@playwright/test";
import { featureState, openLandingPage, resizeWindowAndSettle, waitForMapIdle } from "./driver";

const camera = (page: Page) =>
  page.evaluate(() => {
    const map = window.__SORTIE_MAP__!;
    return { zoom: map.getZoom(), center: map.getCenter().toArray() };
  });

test("a view built by interaction reopens identically from its link in a fresh browser", async ({ page, browser }) => {
  await openLandingPage(page);
  await waitForMapIdle(page);
  // Select a formation, scrub the time, move the camera, hide a layer.
  await page.locator('[data-item-id="h6k-pair-b"]').click();
  await waitForMapIdle(page);
  await page.getByTestId("scrubber").focus();
  await page.keyboard.press("Home");
  for (let step = 0; step < 200; step += 1) await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("clock")).toContainText("10:50 KST/JST");
  await page.getByTestId("map").hover();
  await page.mouse.wheel(0, -300);
  await waitForMapIdle(page);
  await page.locator("summary", { hasText: "Legend" }).click({ trial: true });
  await page.locator('[data-layer-group="zones"]').uncheck();
  await expect(page).toHaveURL(/hide=zones/);
  await expect(page).toHaveURL(/t=1050/);
  await expect(page).toHaveURL(/sel=h6k-pair-b/);
  // Camera writes are throttled: wait until the link holds the camera on screen.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const map = window.__SORTIE_MAP__!;
        const linked = new URL(window.location.href).searchParams.get("map");
        const center = map.getCenter();
        return linked === `${map.getZoom().toFixed(2)}/${center.lat.toFixed(2)}/${center.lng.toFixed(2)}`;
      }),
    )
    .toBe(true);
  const link = page.url();
  const before = await camera(page);

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const fresh = await context.newPage();
  await fresh.goto(link);
  await waitForMapIdle(fresh);
  await expect(fresh.getByTestId("selection-details")).toContainText("H-6K pair B");
  await expect(fresh.getByTestId("clock")).toContainText("10:50 KST/JST");
  await expect(fresh.locator('[data-layer-group="zones"]')).not.toBeChecked();
  expect(await fresh.evaluate(() => window.__SORTIE_MAP__!.getLayoutProperty("zone-fill", "visibility"))).toBe("none");
  const leg = await fresh.evaluate(
    () => window.__SORTIE_MAP__!.querySourceFeatures("tracks").find((feature) => feature.properties.formation === "h6k-pair-b")?.properties.id as string,
  );
  expect(await featureState(fresh, "tracks", leg)).toMatchObject({ selected: true });
  const after = await camera(fresh);
  expect(Math.abs(after.zoom - before.zoom)).toBeLessThan(0.02);
  expect(Math.abs(after.center[0]! - before.center[0]!)).toBeLessThan(0.02);
  expect(Math.abs(after.center[1]! - before.center[1]!)).toBeLessThan(0.02);
  await context.close();
});

test("a window resize puts no camera into the link; the reader's own move does @server-only", async ({ page }) => {
  await page.goto("/events/2024-07-24");
  await waitForMapIdle(page);
  await expect(page).not.toHaveURL(/map=/);
  await resizeWindowAndSettle(page, { width: 1180, height: 760 });
  await expect(page).not.toHaveURL(/map=/);
  await page.getByRole("button", { name: "Zoom in" }).click();
  await expect(page).toHaveURL(/map=/);
});

test("Back and Forward walk through three deliberate steps", async ({ page }) => {
  await openLandingPage(page);
  await waitForMapIdle(page);
  for (const id of ["tu95-pair", "dokdo-takeshima", "h6k-pair-a"]) {
    await page.locator(`[data-item-id="${id}"]`).click();
    await expect(page).toHaveURL(new RegExp(`sel=${id}`));
  }
  await page.goBack();
  await expect(page).toHaveURL(/sel=dokdo-takeshima/);
  await expect(page.getByTestId("selection-details")).toContainText("Dokdo / Takeshima");
  await page.goBack();
  await expect(page).toHaveURL(/sel=tu95-pair/);
  await expect(page.getByTestId("selection-details")).toContainText("Tu-95MS");
  await page.goForward();
  await expect(page).toHaveURL(/sel=dokdo-takeshima/);
  await expect(page.locator('[data-item-id="dokdo-takeshima"]')).toHaveAttribute("aria-pressed", "true");
});

test("the share panel copies the link with a visible confirmation and offers an embed snippet", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await openLandingPage(page, "?sel=tu95-pair");
  await page.getByRole("button", { name: "Share" }).click();
  await page.getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByTestId("share-confirmation")).toHaveText("Link copied");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("sel=tu95-pair");
  await expect(page.getByLabel("Embed code")).toHaveValue(/<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\?[^"]*sel=tu95-pair/);
});

test("each parameter of a hostile link falls back on its own, with one notice naming them", async ({ page }) => {
  await openLandingPage(page, `?sel=tu95-pair&t=9999&speed=7&map=nonsense&zzz=${"x".repeat(5000)}&hide=zones`);
  const notice = page.getByTestId("url-notice");
  await expect(notice).toContainText("time “9999”");
  await expect(notice).toContainText("speed “7”");
  await expect(notice).toContainText("camera “nonsense”");
  // The good parameters still apply.
  await expect(page.getByTestId("selection-details")).toContainText("Tu-95MS");
  await expect(page.locator('[data-layer-group="zones"]')).not.toBeChecked();
  await expect(page).not.toHaveURL(/speed=7/);
});

test("only /embed may be framed, and it keeps a link back to the full view", async ({ request, page }) => {
  const main = await request.get("/");
  expect(main.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(main.headers()["x-frame-options"]).toBe("DENY");
  const embed = await request.get("/embed?sel=tu95-pair");
  expect(embed.headers()["content-security-policy"]).toContain("frame-ancestors *");
  expect(embed.headers()["x-frame-options"]).toBeUndefined();
  await page.goto("/embed?sel=tu95-pair");
  await expect(page.getByTestId("timeline")).toBeVisible();
  await expect(page.getByRole("link", { name: /Open the full view/ })).toHaveAttribute("href", "/");
});

import { expect, test, type Page } from "@playwright/test";

/**
 * What the reader sees of the compare page's clock: each moment's colour against the chart's
 * surface (WCAG's 3:1 for a graphic), and each shown hour label, whole and apart from the others.
 */
async function readClock(page: Page) {
  return page.evaluate(() => {
    // The browser turns any CSS colour (oklch, var() resolved) into sRGB bytes by painting it.
    const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
    const rgb = (colour: string) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = colour;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    };
    const luminance = (colour: string) => {
      const [red, green, blue] = rgb(colour).map((byte) => {
        const channel = byte / 255;
        return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
    };
    const chart = document.querySelector('[data-testid="clock-chart"]')!;
    const section = chart.closest("section")!;
    const surface = luminance(getComputedStyle(section).backgroundColor);
    const contrasts = [...chart.querySelectorAll("circle")].map((circle) => {
      const stroke = luminance(getComputedStyle(circle).stroke);
      return { kind: circle.dataset.kind, contrast: (Math.max(stroke, surface) + 0.05) / (Math.min(stroke, surface) + 0.05) };
    });
    const box = section.getBoundingClientRect();
    const labels = [...chart.querySelectorAll("text")]
      .filter((label) => getComputedStyle(label).display !== "none")
      .map((label) => {
        const { left, right } = label.getBoundingClientRect();
        return { text: label.textContent, left, right };
      });
    return { contrasts, labels, box: { left: box.left, right: Math.min(box.right, document.documentElement.clientWidth) } };
  });
}

for (const { theme, width } of [
  { theme: "light", width: 360 },
  { theme: "dark", width: 360 },
  { theme: "dark", width: 1280 },
] as const) {
  test(`compare clock, ${theme} theme at ${width} px: every moment stands out from the chart, every label is whole`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.emulateMedia({ colorScheme: theme });
    await page.goto("/compare?a=2019-07-23&b=2020-12-22");
    await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
    await expect(page.locator('[data-testid="clock-chart"] circle')).toHaveCount(41);
    const { contrasts, labels, box } = await readClock(page);
    expect(new Set(contrasts.map((mark) => mark.kind))).toContain("join");
    expect(contrasts.filter((mark) => mark.contrast < 3)).toEqual([]);
    expect(labels.length).toBeGreaterThanOrEqual(5);
    expect(labels.filter((label) => label.left < box.left || label.right > box.right)).toEqual([]);
    const overlapping = labels.slice(1).filter((label, index) => label.left < labels[index]!.right + 4);
    expect(overlapping).toEqual([]);
  });
}

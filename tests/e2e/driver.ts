import AxeBuilder from "@axe-core/playwright";
import { expect, type BrowserContext, type Page } from "@playwright/test";

/**
 * A small driver so tests read as what a user does. It talks to the map only through the page
 * and, where a pixel is needed, through the map's own projection (window.__SORTIE_MAP__).
 */
export async function openLandingPage(page: Page, query = ""): Promise<void> {
  await page.goto(`/${query}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

export async function waitForMapIdle(page: Page): Promise<void> {
  await expect(page.getByTestId("map-loading")).toHaveCount(0, { timeout: 45_000 });
  await expect(page.locator('[data-testid="map"][data-map-idle="true"]')).toHaveCount(1, { timeout: 45_000 });
}

/** Pixel of a vertex of the given formation's route where it is the topmost clickable feature. */
/**
 * Resizes the window and waits until the map has resized, and then as long as a link write takes
 * to land (nuqs writes the address a moment after the view changes), so a test can then check that
 * the resize wrote nothing.
 */
export async function resizeWindowAndSettle(page: Page, size: { width: number; height: number }): Promise<void> {
  // Listening before the window changes, and told by an attribute once the map has resized.
  await page.evaluate(() => void window.__SORTIE_MAP__!.once("resize", () => document.body.setAttribute("data-test-map-resized", "")));
  await page.setViewportSize(size);
  await expect(page.locator("body[data-test-map-resized]")).toHaveCount(1);
  await page.waitForTimeout(500);
}

export async function pointOnFormation(page: Page, formationId: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((formation) => {
    const map = window.__SORTIE_MAP__;
    if (!map) return null;
    const canvas = map.getCanvas().getBoundingClientRect();
    const rendered = map.queryRenderedFeatures({ layers: ["track-hit-area"] }).filter((feature) => feature.properties.formation === formation);
    for (const feature of rendered) {
      if (feature.geometry.type !== "LineString") continue;
      for (const coordinate of feature.geometry.coordinates) {
        const pixel = map.project([coordinate[0]!, coordinate[1]!]);
        // Stay clear of the edges, where controls and the legend sit.
        if (pixel.x < 280 || pixel.y < 60 || pixel.x > canvas.width - 80 || pixel.y > canvas.height - 80) continue;
        const [top] = map.queryRenderedFeatures(pixel, {
          layers: ["moment-points", "base-points", "place-points", "track-hit-area", "response-lines"],
        });
        const others = map
          .queryRenderedFeatures(pixel, { layers: ["track-hit-area"] })
          .filter((candidate) => candidate.properties.formation !== formation);
        if (top?.properties.formation === formation && others.length === 0) {
          return { x: canvas.left + pixel.x, y: canvas.top + pixel.y };
        }
      }
    }
    return null;
  }, formationId);
  if (!point) throw new Error(`No clickable point found on formation ${formationId}`);
  return point;
}

/** The id of one of a formation's route legs, as the map holds it. */
export async function trackOfFormation(page: Page, formationId: string): Promise<string> {
  const id = await page.evaluate(
    (formation) => window.__SORTIE_MAP__?.querySourceFeatures("tracks").find((feature) => feature.properties.formation === formation)?.properties.id,
    formationId,
  );
  if (typeof id !== "string") throw new Error(`No route leg of formation ${formationId} on the map`);
  return id;
}

export async function featureState(page: Page, source: string, id: string): Promise<Record<string, unknown>> {
  return page.evaluate(([sourceId, featureId]) => window.__SORTIE_MAP__?.getFeatureState({ source: sourceId!, id: featureId! }) ?? {}, [source, id]);
}

/** Where e2e screenshots go: an artifact of the run, never the README's images (gitignored). */
export const SCREENSHOT_DIRECTORY = "test-results/screenshots";

/**
 * Saves a screenshot as an artifact of the run. `readme` names one of the README's images
 * (docs/screenshots/), rewritten only by an explicit `npm run screenshots`.
 */
export async function saveScreenshot(page: Page, name: string, options: { readme?: boolean } = {}): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOT_DIRECTORY}/${name}.png` });
  if (options.readme && process.env.SORTIE_UPDATE_README_SCREENSHOTS === "1") await page.screenshot({ path: `docs/screenshots/${name}.png` });
}

/**
 * The share of the screen where the map is what a reader sees and touches: a grid of points, each
 * counted when the topmost element there is the map's canvas.
 */
export async function unobstructedMapShare(page: Page, step = 10): Promise<number> {
  return page.evaluate((gap) => {
    let onMap = 0;
    let total = 0;
    for (let y = gap / 2; y < window.innerHeight; y += gap) {
      for (let x = gap / 2; x < window.innerWidth; x += gap) {
        total += 1;
        if (document.elementFromPoint(x, y)?.classList.contains("maplibregl-canvas")) onMap += 1;
      }
    }
    return onMap / total;
  }, step);
}

/**
 * Page coordinates of what the event's map draws: every vertex of its routes and scrambles, its
 * bases, located moments and places.
 */
export async function eventFeaturePoints(page: Page): Promise<{ x: number; y: number; source: string }[]> {
  return page.evaluate(() => {
    const map = window.__SORTIE_MAP__!;
    const canvas = map.getCanvas().getBoundingClientRect();
    const centre = map.getCenter().lng;
    return (["tracks", "responses", "bases", "moments", "places"] as const).flatMap((source) =>
      map.querySourceFeatures(source).flatMap((feature) => {
        const coordinates = feature.geometry.type === "LineString" ? feature.geometry.coordinates : feature.geometry.type === "Point" ? [feature.geometry.coordinates] : [];
        return coordinates.map(([longitude, latitude]) => {
          // The world copy nearest the camera, as drawn over the antimeridian.
          const { x, y } = map.project([longitude! + 360 * Math.round((centre - longitude!) / 360), latitude!]);
          return { x: canvas.left + x, y: canvas.top + y, source };
        });
      }),
    );
  });
}

/** The colours the map drew within `radius` pixels of a longitude/latitude, read in the frame it was drawn. */
export async function mapColoursAround(page: Page, position: [number, number], radius = 4): Promise<[number, number, number][]> {
  return page.evaluate(
    ([longitude, latitude, size]) =>
      new Promise<[number, number, number][]>((resolve, reject) => {
        const map = window.__SORTIE_MAP__;
        if (!map) return reject(new Error("no map"));
        map.once("render", () => {
          // The drawing buffer is only readable in the task that drew it.
          const canvas = map.getCanvas();
          const copy = document.createElement("canvas");
          copy.width = canvas.width;
          copy.height = canvas.height;
          const context = copy.getContext("2d")!;
          context.drawImage(canvas, 0, 0);
          const pixel = map.project([longitude!, latitude!]);
          const ratio = canvas.width / canvas.clientWidth;
          const side = 2 * size! + 1;
          const data = context.getImageData(Math.round(pixel.x * ratio) - size!, Math.round(pixel.y * ratio) - size!, side, side).data;
          const colours: [number, number, number][] = [];
          for (let index = 0; index < data.length; index += 4) colours.push([data[index]!, data[index + 1]!, data[index + 2]!]);
          resolve(colours);
        });
        map.triggerRepaint();
      }),
    [...position, radius] as const,
  );
}

/**
 * How many pixels a map layer draws, over the whole map or within `radius` CSS pixels of a
 * longitude/latitude: the map is read with the layer and again without it. For layers drawn by
 * the GPU, which the map cannot query. Counted in the page: a whole map is millions of values.
 */
export async function pixelsDrawnByLayer(page: Page, layerId: string, around?: { position: [number, number]; radius: number }): Promise<number> {
  return page.evaluate(
    async ([id, area]) => {
      const map = window.__SORTIE_MAP__;
      if (!map) throw new Error("no map");
      const capture = (visible: boolean) =>
        new Promise<Uint8ClampedArray>((resolve) => {
          // Read once the map is still: a fade or transition in progress would differ between reads.
          // "idle" fires in the task of the last render, while the drawing buffer is readable.
          map.once("idle", () => {
            const canvas = map.getCanvas();
            const copy = document.createElement("canvas");
            copy.width = canvas.width;
            copy.height = canvas.height;
            const context = copy.getContext("2d")!;
            context.drawImage(canvas, 0, 0);
            if (!area) return resolve(context.getImageData(0, 0, copy.width, copy.height).data);
            const ratio = canvas.width / canvas.clientWidth;
            const pixel = map.project(area.position);
            const size = Math.round(area.radius * ratio);
            resolve(context.getImageData(Math.round(pixel.x * ratio) - size, Math.round(pixel.y * ratio) - size, 2 * size + 1, 2 * size + 1).data);
          });
          map.setLayoutProperty(id, "visibility", visible ? "visible" : "none");
          map.triggerRepaint();
        });
      const drawn = await capture(true);
      const hidden = await capture(false);
      map.setLayoutProperty(id, "visibility", "visible");
      let count = 0;
      for (let index = 0; index < drawn.length; index += 4) {
        const difference = Math.max(...[0, 1, 2].map((channel) => Math.abs(drawn[index + channel]! - hidden[index + channel]!)));
        if (difference > 24) count += 1;
      }
      return count;
    },
    [layerId, around ?? null] as const,
  );
}

/** Page coordinates of a longitude/latitude on the map. */
export async function pagePointOf(page: Page, position: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((lngLat) => {
    const map = window.__SORTIE_MAP__!;
    const canvas = map.getCanvas().getBoundingClientRect();
    const { x, y } = map.project(lngLat);
    return { x: canvas.left + x, y: canvas.top + y };
  }, position);
}

/**
 * The colour the map draws for its basemap alone (water, land) at each longitude/latitude, after
 * framing `bounds`: every other layer is hidden first, so routes, zones, labels and graticule
 * cannot stand over a point. Read in the frame the map drew, as mapColoursAround does.
 */
export async function basemapColoursAt(page: Page, bounds: readonly [number, number, number, number], positions: [number, number][]): Promise<[number, number, number][]> {
  return page.evaluate(
    ([[west, south, east, north], points]) =>
      new Promise<[number, number, number][]>((resolve, reject) => {
        const map = window.__SORTIE_MAP__;
        if (!map) return reject(new Error("no map"));
        for (const layer of map.getStyle().layers) {
          if (!["water", "land", "outer-land"].includes(layer.id)) map.setLayoutProperty(layer.id, "visibility", "none");
        }
        map.once("idle", () => {
          const canvas = map.getCanvas();
          const copy = document.createElement("canvas");
          copy.width = canvas.width;
          copy.height = canvas.height;
          const context = copy.getContext("2d")!;
          context.drawImage(canvas, 0, 0);
          const ratio = canvas.width / canvas.clientWidth;
          // MapLibre keeps its centre within ±180°: take each point's world copy nearest to it.
          const centre = map.getCenter().lng;
          resolve(
            points.map(([longitude, latitude]) => {
              const pixel = map.project([longitude + 360 * Math.round((centre - longitude) / 360), latitude]);
              const [red, green, blue] = context.getImageData(Math.round(pixel.x * ratio), Math.round(pixel.y * ratio), 1, 1).data;
              return [red!, green!, blue!];
            }),
          );
        });
        map.fitBounds([west!, south!, east!, north!], { animate: false, padding: 10 });
        map.triggerRepaint();
      }),
    [bounds, positions] as const,
  );
}

// One blank page per browser context decodes every PNG of a test; it closes with the context.
const decoders = new WeakMap<BrowserContext, Promise<Page>>();

/**
 * The share of a PNG's pixels (within `box`, if given) that are within `tolerance` of `colour`
 * on every channel. Decoded by the browser in a blank page of the same context, out of reach of
 * the app's content security policy.
 */
export async function colourShareOfPng(
  page: Page,
  png: Buffer,
  colour: string,
  { box, tolerance = 10 }: { box?: { x: number; y: number; width: number; height: number }; tolerance?: number } = {},
): Promise<number> {
  const context = page.context();
  if (!decoders.has(context)) decoders.set(context, context.newPage());
  const blank = await decoders.get(context)!;
  return blank.evaluate(
    async ([base64, hex, area, within]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const { x, y, width, height } = area ?? { x: 0, y: 0, width: canvas.width, height: canvas.height };
      const data = context.getImageData(x, y, width, height).data;
      const target = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16));
      let matching = 0;
      for (let index = 0; index < data.length; index += 4) {
        if (target.every((value, channel) => Math.abs(data[index + channel]! - value) <= within)) matching += 1;
      }
      return matching / (data.length / 4);
    },
    [png.toString("base64"), colour, box ?? null, tolerance] as const,
  );
}

/** Axe's serious and critical violations on the page as it is now, one short line each (empty when clean). */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
  return serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).slice(0, 3).join(", ")}`);
}

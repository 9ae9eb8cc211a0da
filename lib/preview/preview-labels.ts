import type { BasemapRegionId } from "@/lib/basemap/regions";

/** `id` names the label in messages (Client.Compare.labels) for pages in other languages; `name` is the English. */
export type PreviewLabel = { id: string; name: string; position: [longitude: number, latitude: number] };

/**
 * Land names a preview may show, most telling first, each placed inland so it sits on land at any
 * framing. Countries only: seas carry disputed names (Sea of Japan / East Sea) too long for a
 * thumbnail. Longitudes in the region's range (207 = 153° W).
 */
const LABELS: Record<BasemapRegionId, PreviewLabel[]> = {
  "east-asia": [
    { id: "japan", name: "Japan", position: [138.6, 36.4] },
    { id: "south-korea", name: "South Korea", position: [128.1, 36.3] },
    { id: "china", name: "China", position: [117.0, 34.5] },
    { id: "russia", name: "Russia", position: [134.5, 46.5] },
    { id: "taiwan", name: "Taiwan", position: [121.0, 23.6] },
  ],
  "bering-sea": [
    { id: "russia", name: "Russia", position: [172.0, 66.8] },
    { id: "alaska", name: "Alaska (US)", position: [200.5, 65.8] },
  ],
};

/**
 * Up to `count` labels whose anchor falls inside a width × height picture, `inset` pixels clear of
 * its edges, projected with `project`.
 */
export function labelsInFrame(
  region: BasemapRegionId,
  project: (position: [number, number]) => [number, number],
  width: number,
  height: number,
  { count = 2, inset = 24 } = {},
): { id: string; name: string; x: number; y: number }[] {
  return LABELS[region]
    .map((label) => {
      const [x, y] = project(label.position);
      return { id: label.id, name: label.name, x, y };
    })
    .filter(({ x, y }) => x >= inset && x <= width - inset && y >= inset / 2 && y <= height - inset / 2)
    .slice(0, count);
}

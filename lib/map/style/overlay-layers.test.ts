import type { LayerSpecification } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { LAYER_IDS } from "../ids";
import { OVERLAY_LAYERS } from "./overlay-layers";

const symbolLayers = OVERLAY_LAYERS.filter((layer): layer is Extract<LayerSpecification, { type: "symbol" }> => layer.type === "symbol");

describe("map labels", () => {
  it("never overlap: every text label takes part in MapLibre's collision detection", () => {
    for (const layer of symbolLayers) {
      expect(layer.layout?.["text-allow-overlap"] ?? false, layer.id).not.toBe(true);
      expect(layer.layout?.["text-ignore-placement"] ?? false, layer.id).not.toBe(true);
    }
  });

  it("give way in order: places over seas over zones (MapLibre places the layers drawn last first)", () => {
    const order = (id: string) => OVERLAY_LAYERS.findIndex((layer) => layer.id === id);
    expect(order(LAYER_IDS.placeLabels)).toBeGreaterThan(order(LAYER_IDS.seaLabels));
    expect(order(LAYER_IDS.seaLabels)).toBeGreaterThan(order(LAYER_IDS.zoneLabels));
  });
});

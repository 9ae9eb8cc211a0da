import type { LayerGroup } from "@/lib/url-state/view-state";
import { LAYER_IDS } from "../ids";

/** The map layers behind each group a reader can hide. */
export const LAYER_GROUP_LAYERS: Record<LayerGroup, string[]> = {
  zones: [LAYER_IDS.zoneFill, LAYER_IDS.zoneEdgesSourced, LAYER_IDS.zoneEdgesApproximate, LAYER_IDS.zoneLabels],
  scrambles: [LAYER_IDS.responseLines, LAYER_IDS.basePoints, LAYER_IDS.baseLabels],
  places: [LAYER_IDS.placePoints, LAYER_IDS.placeLabels, LAYER_IDS.seaLabels],
  moments: [LAYER_IDS.momentPoints],
};


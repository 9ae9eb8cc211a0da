import type { ExpressionSpecification, LayerSpecification, SymbolLayerSpecification } from "maplibre-gl";
import { COUNTRIES } from "@/lib/data/countries";
import { ARROW_IMAGE_ID, GLOBAL_STATE, LABEL_FONT, LAYER_IDS, SOURCE_IDS } from "../ids";
import { BASEMAP_COLOURS, COUNTRY_COLOURS } from "../palette";

// One branch per country in lib/data/countries.ts, so a country added there is coloured here too.
const [firstCountry, ...otherCountries] = COUNTRIES;
const countryColour: ExpressionSpecification = [
  "match",
  ["get", "country"],
  firstCountry,
  COUNTRY_COLOURS[firstCountry],
  ...otherCountries.flatMap((country) => [country, COUNTRY_COLOURS[country]]),
  "#555555",
];

const isSelected: ExpressionSpecification = ["boolean", ["feature-state", "selected"], false];
const isHovered: ExpressionSpecification = ["boolean", ["feature-state", "hovered"], false];
const isDimmed: ExpressionSpecification = ["boolean", ["feature-state", "dimmed"], false];
const emphasised = (normal: number, hovered: number, selected: number): ExpressionSpecification => [
  "case",
  isSelected,
  selected,
  isHovered,
  hovered,
  normal,
];
const inTimeMode: ExpressionSpecification = ["==", ["global-state", GLOBAL_STATE.timeMode], true];
// While a time is chosen the full routes fade so the flown trail stands out.
const dimmedOpacity = (normal: number): ExpressionSpecification => ["*", ["case", isDimmed, 0.25, normal], ["case", inTimeMode, 0.3, 1]];

const approximate: ExpressionSpecification = ["==", ["get", "approximate"], true];
const sourced: ExpressionSpecification = ["!=", ["get", "approximate"], true];

/** A moment's outline; an approximate one is only an outline, so it takes the theme's label colour to stay visible. */
export const momentStrokeColour = (label: string): ExpressionSpecification => ["case", ["==", ["get", "kind"], "join"], "#1f2933", approximate, label, "#ffffff"];

// The name in the page's language where the data has one (`name_ja` ...), else the English.
const localisedName: ExpressionSpecification = ["coalesce", ["get", ["concat", "name_", ["global-state", GLOBAL_STATE.locale]]], ["get", "name"]];

const labelLayout = (size: number): SymbolLayerSpecification["layout"] & object => ({
  "text-field": localisedName,
  "text-font": [LABEL_FONT],
  "text-size": size,
  "text-max-width": 9,
});

/**
 * Event layers drawn above the basemap, bottom to top. The flown trail (trail-layer.ts) goes in below
 * the track hit area, the aircraft (aircraft-layer.ts) below the base points.
 */
export const OVERLAY_LAYERS: LayerSpecification[] = [
  {
    id: LAYER_IDS.zoneFill,
    type: "fill",
    source: SOURCE_IDS.zones,
    paint: { "fill-color": countryColour, "fill-opacity": 0.04 },
  },
  {
    id: LAYER_IDS.zoneEdgesSourced,
    type: "line",
    source: SOURCE_IDS.zoneEdges,
    filter: sourced,
    paint: { "line-color": countryColour, "line-width": 1.2, "line-opacity": 0.55 },
  },
  {
    // Zone edges resting on an approximate vertex: dashed, like reconstructed routes.
    id: LAYER_IDS.zoneEdgesApproximate,
    type: "line",
    source: SOURCE_IDS.zoneEdges,
    filter: approximate,
    paint: { "line-color": countryColour, "line-width": 1.2, "line-opacity": 0.55, "line-dasharray": [4, 3] },
  },
  {
    id: LAYER_IDS.zoneLabels,
    type: "symbol",
    source: SOURCE_IDS.zoneEdges,
    filter: sourced,
    layout: {
      "symbol-placement": "line",
      "symbol-spacing": 400,
      "text-field": ["get", "label"],
      "text-font": [LABEL_FONT],
      "text-size": 10,
      "text-offset": [0, -0.7],
    },
    paint: { "text-color": countryColour, "text-halo-color": BASEMAP_COLOURS.halo, "text-halo-width": 1.2 },
  },
  {
    id: LAYER_IDS.seaLabels,
    type: "symbol",
    source: SOURCE_IDS.places,
    filter: ["==", ["get", "kind"], "sea"],
    // Seas give way to places (drawn later, so placed first) and may shift to find room; zone
    // labels, drawn before, give way to both. No label may overlap another.
    layout: { ...labelLayout(14), "text-letter-spacing": 0.15, "text-max-width": 7, "text-variable-anchor": ["center", "top", "bottom"], "text-radial-offset": 0.8 },
    paint: { "text-color": BASEMAP_COLOURS.seaLabel, "text-halo-color": BASEMAP_COLOURS.water, "text-halo-width": 1.5 },
  },
  {
    id: LAYER_IDS.responseLines,
    type: "line",
    source: SOURCE_IDS.responses,
    layout: { "line-cap": "round" },
    paint: {
      "line-color": countryColour,
      "line-width": emphasised(2, 3, 4),
      "line-dasharray": [1, 2],
      "line-opacity": dimmedOpacity(0.9),
    },
  },
  {
    id: LAYER_IDS.trackCasing,
    type: "line",
    source: SOURCE_IDS.tracks,
    layout: { "line-cap": "round", "line-join": "round" },
    paint: { "line-color": "#ffffff", "line-width": emphasised(5, 7, 9), "line-opacity": dimmedOpacity(0.85) },
  },
  {
    id: LAYER_IDS.trackLinesSourced,
    type: "line",
    source: SOURCE_IDS.tracks,
    filter: sourced,
    layout: { "line-cap": "round", "line-join": "round" },
    paint: { "line-color": countryColour, "line-width": emphasised(3, 4, 5), "line-opacity": dimmedOpacity(1) },
  },
  {
    // Reconstructed legs are dashed: the line says where the aircraft probably flew, not where
    // a source put them.
    id: LAYER_IDS.trackLinesReconstructed,
    type: "line",
    source: SOURCE_IDS.tracks,
    filter: approximate,
    layout: { "line-join": "round" },
    paint: {
      "line-color": countryColour,
      "line-width": emphasised(3, 4, 5),
      "line-dasharray": [2, 1.5],
      "line-opacity": dimmedOpacity(1),
    },
  },
  {
    id: LAYER_IDS.trackArrows,
    type: "symbol",
    source: SOURCE_IDS.tracks,
    layout: {
      "symbol-placement": "line",
      "symbol-spacing": 120,
      "icon-image": ARROW_IMAGE_ID,
      "icon-size": 0.6,
      "icon-rotation-alignment": "map",
      "icon-allow-overlap": true,
      "icon-ignore-placement": true,
    },
    paint: { "icon-color": countryColour, "icon-opacity": dimmedOpacity(1) },
  },
  {
    // Invisible and wide, so a route is easy to tap on a phone.
    id: LAYER_IDS.trackHitArea,
    type: "line",
    source: SOURCE_IDS.tracks,
    paint: { "line-color": "#000000", "line-width": 18, "line-opacity": 0 },
  },
  {
    // Joins are the story's key moments: large rings. Other located moments (zone entries and
    // exits, turns) are small dots on the route.
    id: LAYER_IDS.momentPoints,
    type: "circle",
    source: SOURCE_IDS.moments,
    paint: {
      "circle-radius": ["case", ["==", ["get", "kind"], "join"], emphasised(6, 7, 9), emphasised(3.5, 5, 7)],
      "circle-color": ["case", ["==", ["get", "kind"], "join"], "#ffffff", "#1f2933"],
      "circle-stroke-color": momentStrokeColour(BASEMAP_COLOURS.label),
      "circle-stroke-width": ["case", ["==", ["get", "kind"], "join"], 2.5, approximate, 2, 1.5],
      // A position nobody reported is a hollow ring, like the dashed legs it sits on: the time may be
      // confirmed, the place is ours.
      "circle-opacity": ["case", approximate, 0, dimmedOpacity(1)],
      "circle-stroke-opacity": dimmedOpacity(1),
    },
  },
  {
    id: LAYER_IDS.basePoints,
    type: "circle",
    source: SOURCE_IDS.bases,
    paint: {
      "circle-radius": emphasised(5, 6, 8),
      "circle-color": countryColour,
      "circle-stroke-color": "#ffffff",
      "circle-stroke-width": 2,
      "circle-opacity": dimmedOpacity(1),
    },
  },
  {
    id: LAYER_IDS.baseLabels,
    type: "symbol",
    source: SOURCE_IDS.bases,
    minzoom: 5,
    layout: { ...labelLayout(11), "text-offset": [0, 1.1], "text-anchor": "top", "text-optional": true },
    paint: { "text-color": countryColour, "text-halo-color": BASEMAP_COLOURS.halo, "text-halo-width": 1.5 },
  },
  {
    id: LAYER_IDS.placePoints,
    type: "circle",
    source: SOURCE_IDS.places,
    filter: ["!=", ["get", "kind"], "sea"],
    paint: {
      "circle-radius": emphasised(3.5, 5, 6),
      "circle-color": BASEMAP_COLOURS.label,
      "circle-stroke-color": "#ffffff",
      "circle-stroke-width": 1.5,
    },
  },
  {
    id: LAYER_IDS.placeLabels,
    type: "symbol",
    source: SOURCE_IDS.places,
    filter: ["!=", ["get", "kind"], "sea"],
    layout: {
      ...labelLayout(12),
      "text-variable-anchor": ["left", "right", "top", "bottom"],
      "text-radial-offset": 0.6,
      "text-justify": "auto",
    },
    paint: { "text-color": BASEMAP_COLOURS.label, "text-halo-color": BASEMAP_COLOURS.halo, "text-halo-width": 1.6 },
  },
];

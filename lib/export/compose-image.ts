import { COUNTRY_COLOURS } from "@/lib/map/palette";
import { ENGLISH_LEGEND_WORDS, legendEntryLabel, type LegendEntry, type LegendWords } from "@/lib/map/style/legend-entries";
import { footerLines, type ImageWords } from "./image-export";

/** Everything drawn around and over the map in an exported image (browser only: a 2D canvas). */
export type ImageComposition = {
  map: HTMLCanvasElement;
  /** The map's size on screen in CSS pixels: `map` may be smaller than that times `scale` where MapLibre capped its canvas size. */
  mapSize: { width: number; height: number };
  /** Image pixels per CSS pixel. */
  scale: number;
  title: string;
  /** "22 December 2020 · 08:40 KST/JST (23:40 UTC) · positions est. …" */
  subtitle: string;
  legend: readonly LegendEntry[];
  /** The legend's words in the page's language. */
  legendWords?: LegendWords;
  /** The footer's words in the page's language. */
  imageWords?: ImageWords;
  /** The map's own scale bars as they read now (nautical miles, kilometres): label and length in CSS pixels. */
  scaleBars: readonly { label: string; width: number }[];
  attribution: string;
  url: string;
  publishers: readonly string[];
  dark: boolean;
};

const HEADER = 58;
const FOOTER = 44;
const FONT = '"Noto Sans", system-ui, sans-serif';

/** The composed image's size in canvas pixels. */
export function composedSize(mapSize: ImageComposition["mapSize"], scale: number): { width: number; height: number } {
  return { width: Math.round(mapSize.width * scale), height: Math.round((HEADER + mapSize.height + FOOTER) * scale) };
}

/**
 * Header (title, date and clock), the map with legend, scale bar and attribution drawn over it,
 * and a footer with the view's link and its sources. The image is the map's CSS width and its
 * height plus HEADER and FOOTER, all times `scale`. A video draws each frame into one `canvas`.
 */
export function composeImage(input: ImageComposition, canvas = document.createElement("canvas")): HTMLCanvasElement {
  const { map, scale, dark } = input;
  const { width, height: mapHeight } = input.mapSize;
  const size = composedSize(input.mapSize, scale);
  if (canvas.width !== size.width) canvas.width = size.width;
  if (canvas.height !== size.height) canvas.height = size.height;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("This browser gave no canvas to draw the image on.");
  context.setTransform(scale, 0, 0, scale, 0, 0);
  const ink = dark ? "#e2e8f0" : "#0f172a";
  const quiet = dark ? "#94a3b8" : "#475569";
  context.fillStyle = dark ? "#0f172a" : "#ffffff";
  context.fillRect(0, 0, width, HEADER + mapHeight + FOOTER);

  context.fillStyle = ink;
  context.font = `600 18px ${FONT}`;
  context.fillText(fit(context, input.title, width - 24), 12, 25);
  context.fillStyle = quiet;
  context.font = `13px ${FONT}`;
  context.fillText(fit(context, input.subtitle, width - 24), 12, 46);

  context.drawImage(map, 0, HEADER, width, mapHeight);
  drawLegend(context, input.legend, input.legendWords ?? ENGLISH_LEGEND_WORDS, dark, HEADER + 10);
  drawMapCorners(context, input, width, HEADER + mapHeight, dark);

  const [link, sources] = footerLines(input.url, input.publishers, Math.floor((width - 24) / 6.5), input.imageWords);
  context.font = `12px ${FONT}`;
  context.fillStyle = ink;
  context.fillText(fit(context, link, width - 24), 12, HEADER + mapHeight + 18);
  context.fillStyle = quiet;
  context.fillText(fit(context, sources, width - 24), 12, HEADER + mapHeight + 36);
  return canvas;
}

/** Shortens `text` with an ellipsis until it fits `maxWidth`; the font decides, not a guess. */
function fit(context: CanvasRenderingContext2D, text: string, maxWidth: number): string {
  if (context.measureText(text).width <= maxWidth) return text;
  let end = text.length;
  while (end > 1 && context.measureText(`${text.slice(0, end)}…`).width > maxWidth) end -= 1;
  return `${text.slice(0, end)}…`;
}

function drawLegend(context: CanvasRenderingContext2D, entries: readonly LegendEntry[], legendWords: LegendWords, dark: boolean, top: number): void {
  const rows = [...entries.map((entry) => ({ entry, label: legendEntryLabel(entry, legendWords) })), { entry: null, label: legendWords.zoneEdge }];
  context.font = `11px ${FONT}`;
  const boxWidth = Math.max(...rows.map((row) => context.measureText(row.label).width)) + 58;
  const boxHeight = rows.length * 17 + 10;
  context.fillStyle = dark ? "rgba(15, 23, 42, 0.92)" : "rgba(255, 255, 255, 0.92)";
  context.fillRect(10, top, boxWidth, boxHeight);
  rows.forEach(({ entry, label }, index) => {
    const y = top + 14 + index * 17;
    drawSymbol(context, entry, 18, y - 4, dark);
    context.fillStyle = dark ? "#e2e8f0" : "#1e293b";
    context.fillText(label, 52, y);
  });
}

/** The legend's symbols as the map draws them: solid sourced routes, dashed reconstructed ones. */
function drawSymbol(context: CanvasRenderingContext2D, entry: LegendEntry | null, x: number, y: number, dark: boolean): void {
  context.save();
  context.lineWidth = 3;
  const line = (colour: string, dash: number[]) => {
    context.strokeStyle = colour;
    context.setLineDash(dash);
    context.beginPath();
    context.moveTo(x, y);
    context.lineTo(x + 24, y);
    context.stroke();
  };
  if (entry === null) {
    context.lineWidth = 1.5;
    line("#0f766e", [4, 3]);
  } else if (entry.kind === "route") line(COUNTRY_COLOURS[entry.country], entry.approximate ? [6, 4] : []);
  else if (entry.kind === "scramble") line(COUNTRY_COLOURS[entry.country], [2, 4]);
  else if (entry.kind === "join") {
    context.fillStyle = "#ffffff";
    context.strokeStyle = "#1f2933";
    context.lineWidth = 2.5;
    context.beginPath();
    context.arc(x + 12, y, 5, 0, 2 * Math.PI);
    context.fill();
    context.stroke();
  } else if (entry.kind === "bases") {
    entry.countries.forEach((country, index) => {
      context.fillStyle = COUNTRY_COLOURS[country];
      context.strokeStyle = "#ffffff";
      context.lineWidth = 2;
      context.beginPath();
      context.arc(x + (entry.countries.length === 1 ? 12 : 8 + index * 10), y, 4.5, 0, 2 * Math.PI);
      context.fill();
      context.stroke();
    });
  } else {
    context.strokeStyle = dark ? "#e2e8f0" : "#1e293b";
    context.lineWidth = 2;
    context.beginPath();
    context.moveTo(x + 6, y - 4);
    context.lineTo(x + 16, y);
    context.lineTo(x + 6, y + 4);
    context.stroke();
  }
  context.restore();
}

/** Scale bar bottom left, attribution bottom right, each on a pale plate like the map's controls. */
function drawMapCorners(context: CanvasRenderingContext2D, input: ImageComposition, width: number, bottom: number, dark: boolean): void {
  context.font = `11px ${FONT}`;
  const plate = dark ? "rgba(15, 23, 42, 0.85)" : "rgba(255, 255, 255, 0.85)";
  const ink = dark ? "#e2e8f0" : "#1e293b";
  input.scaleBars.forEach(({ label, width: barWidth }, index) => {
    // Stacked upwards from the bottom, the last bar lowest, as the map's controls sit.
    const base = bottom - 8 - (input.scaleBars.length - 1 - index) * 22;
    context.fillStyle = plate;
    context.fillRect(10, base - 20, Math.max(barWidth, context.measureText(label).width + 8) + 4, 20);
    context.strokeStyle = ink;
    context.lineWidth = 1.5;
    context.beginPath();
    context.moveTo(12, base - 14);
    context.lineTo(12, base - 4);
    context.lineTo(12 + barWidth, base - 4);
    context.lineTo(12 + barWidth, base - 14);
    context.stroke();
    context.fillStyle = ink;
    context.fillText(label, 16, base - 7);
  });
  const text = `© ${input.attribution}`;
  const textWidth = context.measureText(text).width;
  context.fillStyle = plate;
  context.fillRect(width - textWidth - 18, bottom - 22, textWidth + 12, 18);
  context.fillStyle = ink;
  context.fillText(text, width - textWidth - 12, bottom - 9);
}

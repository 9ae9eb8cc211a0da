import type { FigureMarker } from "@/lib/statistics/schema";

/** Which chart colour token (app/globals.css, --chart-*) draws each category. */
const CATEGORY_TOKENS: Record<string, string> = { china: "china", russia: "russia", other: "other" };
export const CHART_TOKENS = ["china", "russia", "other", "force"] as const;

export function categoryToken(key: string): string {
  return CATEGORY_TOKENS[key] ?? "force";
}

/**
 * How a figure is filled: official figures solid, secondary-report figures hatched, our own
 * arithmetic dotted with a dashed outline. The patterns live in <ChartPatterns>.
 */
export function figureFill(chartId: string, token: string, marker: FigureMarker): { fill: string; strokeDasharray?: string } {
  if (marker === "confirmed") return { fill: `var(--chart-${token})` };
  if (marker === "reported") return { fill: `url(#${chartId}-hatch-${token})` };
  return { fill: `url(#${chartId}-dots-${token})`, strokeDasharray: "3 2" };
}

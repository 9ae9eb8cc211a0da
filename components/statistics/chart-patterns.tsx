import { CHART_TOKENS } from "./chart-colours";

/** The hatch (secondary report) and dot (derived) fills of one chart, in every chart colour. */
export function ChartPatterns({ chartId }: { chartId: string }) {
  return (
    <defs>
      {CHART_TOKENS.map((token) => (
        <g key={token}>
          <pattern id={`${chartId}-hatch-${token}`} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="5" height="5" style={{ fill: "var(--chart-surface)" }} />
            <line x1="0" y1="0" x2="0" y2="5" strokeWidth="3" style={{ stroke: `var(--chart-${token})` }} />
          </pattern>
          <pattern id={`${chartId}-dots-${token}`} width="5" height="5" patternUnits="userSpaceOnUse">
            <rect width="5" height="5" style={{ fill: "var(--chart-surface)" }} />
            <circle cx="2.5" cy="2.5" r="1.1" style={{ fill: `var(--chart-${token})` }} />
          </pattern>
        </g>
      ))}
    </defs>
  );
}

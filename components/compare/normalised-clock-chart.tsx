import { useTranslations } from "next-intl";
import type { ClockOrigin, NormalisedMoment } from "@/lib/compare/normalised-clock";

type Row = { id: string; title: string; origin: ClockOrigin | null; moments: NormalisedMoment[] };

const KIND_COLOURS: Record<string, string> = {
  "zone-entry": "#0f766e",
  "zone-exit": "#b45309",
  join: "#1f2933",
  turn: "#6d28d9",
  scramble: "#1d4ed8",
  statement: "#64748b",
  other: "#94a3b8",
};

/** Both patrols' reported moments on one axis: hours since each one's first zone entry. */
export function NormalisedClockChart({ rows }: { rows: Row[] }) {
  const t = useTranslations("Client.Compare");
  if (rows.length === 0) return null;
  const hours = rows.flatMap((row) => row.moments.map((moment) => moment.hours));
  const from = Math.floor(Math.min(0, ...hours));
  const to = Math.ceil(Math.max(1, ...hours));
  const width = 900;
  const rowHeight = 56;
  const left = 12;
  const x = (value: number) => left + ((value - from) / (to - from)) * (width - 2 * left);
  return (
    <section aria-labelledby="clock-heading" className="mt-6 rounded-lg border border-line-soft bg-surface p-3">
      <h2 id="clock-heading" className="font-semibold text-ink">
        {t("clockHeading")}
      </h2>
      <svg viewBox={`0 0 ${width} ${rows.length * rowHeight + 30}`} className="mt-2 h-auto w-full" role="img" aria-label={t("clockLabel")}>
        {Array.from({ length: to - from + 1 }, (_, index) => from + index).map((hour) => (
          <g key={hour}>
            {/* Theme tokens, not fixed colours: the chart is read in both themes. */}
            <line x1={x(hour)} x2={x(hour)} y1={0} y2={rows.length * rowHeight} className={hour === 0 ? "stroke-line-strong" : "stroke-line-soft"} />
            <text x={x(hour)} y={rows.length * rowHeight + 16} fontSize="12" textAnchor="middle" className="fill-muted">
              {t("hours", { hours: hour > 0 ? `+${hour}` : String(hour) })}
            </text>
          </g>
        ))}
        {rows.map((row, rowIndex) => (
          <g key={row.id} transform={`translate(0 ${rowIndex * rowHeight})`}>
            <text x={left} y={14} fontSize="12" className="fill-ink" lang="en">
              {row.title}
            </text>
            {row.moments.map((moment) => (
              <circle
                key={moment.id}
                cx={x(moment.hours)}
                cy={34}
                r={6}
                fill={moment.estimated ? "var(--color-surface)" : KIND_COLOURS[moment.kind]}
                stroke={KIND_COLOURS[moment.kind]}
                strokeWidth={2}
              >
                <title>{`${t("hours", { hours: `${moment.hours >= 0 ? "+" : ""}${moment.hours.toFixed(1)}` })}${moment.estimated ? ` (${t("estimated")})` : ""}: ${moment.description}`}</title>
              </circle>
            ))}
          </g>
        ))}
      </svg>
      <p className="mt-1 text-xs text-muted">
        {t("clockKey")}
      </p>
      <div className="mt-3 grid grid-cols-1 gap-4 md:grid-cols-2">
        {rows.map((row) => (
          <table key={row.id} className="w-full text-left text-xs">
            <caption className="text-left font-semibold text-body">
              <span lang="en">{row.title}</span> <span className="font-normal text-muted">({t("zero", { origin: row.origin ? t(`origins.${row.origin}`) : "" })})</span>
            </caption>
            <tbody>
              {row.moments.map((moment) => (
                <tr key={moment.id} className="border-t border-line-faint align-top">
                  <td className="py-0.5 pr-2 whitespace-nowrap tabular-nums">
                    {moment.hours >= 0 ? "+" : "−"}
                    {Math.floor(Math.abs(moment.hours))}:{String(Math.round((Math.abs(moment.hours) % 1) * 60)).padStart(2, "0")}
                    {moment.estimated ? ` ${t("estimated")}` : ""}
                  </td>
                  <td className="py-0.5" lang="en">{moment.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  );
}

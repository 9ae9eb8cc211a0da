import { useTranslations } from "next-intl";
import { clockTicks } from "@/lib/compare/clock-axis";
import type { ClockOrigin, NormalisedMoment } from "@/lib/compare/normalised-clock";

type Row = { id: string; title: string; origin: ClockOrigin | null; moments: NormalisedMoment[] };

/** Each kind's colour: a token per theme (app/globals.css, --chart-moment-*), never a fixed one. */
const KIND_COLOURS: Record<NormalisedMoment["kind"], string> = {
  "zone-entry": "var(--chart-moment-zone-entry)",
  "zone-exit": "var(--chart-moment-zone-exit)",
  join: "var(--chart-moment-join)",
  turn: "var(--chart-moment-turn)",
  scramble: "var(--chart-moment-scramble)",
  statement: "var(--chart-moment-statement)",
  other: "var(--chart-moment-other)",
};

const STRIP_HEIGHT = 28;

/**
 * Both patrols' reported moments on one axis: hours since each one's first zone entry. Positions
 * are percentages and the titles HTML, so the chart takes any width with its text at full size
 * (a scaled viewBox shrank 12 px labels to 4 px on a phone); the wrapper's padding leaves room for
 * the end labels and dots, which sit centred on the first and last hour lines.
 */
export function NormalisedClockChart({ rows }: { rows: Row[] }) {
  const t = useTranslations("Client.Compare");
  if (rows.length === 0) return null;
  const hours = rows.flatMap((row) => row.moments.map((moment) => moment.hours));
  const from = Math.floor(Math.min(0, ...hours));
  const to = Math.ceil(Math.max(1, ...hours));
  const ticks = clockTicks(from, to);
  const x = (value: number) => `${((value - from) / (to - from)) * 100}%`;
  const gridLines = ticks.map(({ hour }) => (
    // Theme tokens, not fixed colours: the chart is read in both themes.
    <line key={hour} x1={x(hour)} x2={x(hour)} y1={0} y2={STRIP_HEIGHT} className={hour === 0 ? "stroke-line-strong" : "stroke-line-soft"} />
  ));
  return (
    <section aria-labelledby="clock-heading" className="mt-6 rounded-lg border border-line-soft bg-surface p-3">
      <h2 id="clock-heading" className="font-semibold text-ink">
        {t("clockHeading")}
      </h2>
      <div role="img" aria-label={t("clockLabel")} className="mt-2 px-5" data-testid="clock-chart">
        {rows.map((row) => (
          <div key={row.id}>
            <p className="text-xs text-ink" lang="en">
              {row.title}
            </p>
            <svg width="100%" height={STRIP_HEIGHT} className="block overflow-visible">
              {gridLines}
              {row.moments.map((moment) => (
                <circle
                  key={moment.id}
                  cx={x(moment.hours)}
                  cy={STRIP_HEIGHT / 2}
                  r={6}
                  fill={moment.estimated ? "var(--color-surface)" : KIND_COLOURS[moment.kind]}
                  stroke={KIND_COLOURS[moment.kind]}
                  strokeWidth={2}
                  data-kind={moment.kind}
                >
                  <title>{`${t("hours", { hours: `${moment.hours >= 0 ? "+" : ""}${moment.hours.toFixed(1)}` })}${moment.estimated ? ` (${t("estimated")})` : ""}: ${moment.description}`}</title>
                </circle>
              ))}
            </svg>
          </div>
        ))}
        <svg width="100%" height={20} className="block overflow-visible">
          {ticks.map(({ hour, label }) =>
            label.wide || label.narrow ? (
              // Fewer labels on a phone (clock-axis.ts), so that none overlaps its neighbour; a minus sign, as in the tables below.
              <text key={hour} x={x(hour)} y={14} fontSize="12" textAnchor="middle" className={`fill-muted ${label.narrow ? "" : "max-sm:hidden"} ${label.wide ? "" : "sm:hidden"}`}>
                {t("hours", { hours: hour > 0 ? `+${hour}` : hour < 0 ? `−${-hour}` : "0" })}
              </text>
            ) : null,
          )}
        </svg>
      </div>
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

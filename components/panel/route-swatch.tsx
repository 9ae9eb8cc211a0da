import type { Country } from "@/lib/data/schema";
import { COUNTRY_COLOURS } from "@/lib/map/palette";

/** A short sample of the line style the map uses: solid when sourced, dashed when reconstructed. */
export function RouteSwatch({ country, approximate, dotted = false }: { country: Country; approximate: boolean; dotted?: boolean }) {
  const colour = COUNTRY_COLOURS[country];
  const dash = dotted ? "2 4" : approximate ? "6 4" : undefined;
  return (
    <svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true" className="shrink-0">
      <line x1="2" y1="5" x2="26" y2="5" stroke={colour} strokeWidth="3" strokeDasharray={dash} strokeLinecap={dotted ? "round" : "butt"} />
    </svg>
  );
}

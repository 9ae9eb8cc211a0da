import { RouteSwatch } from "@/components/panel/route-swatch";
import { COUNTRY_COLOURS } from "@/lib/map/palette";
import { LayerToggles } from "./layer-toggles";
import { LegendDisclosure } from "./legend-disclosure";

/** Explains the map's colours and line styles. Collapsible so it never hides the routes on a phone. */
export function MapLegend() {
  return (
    <LegendDisclosure className="group absolute top-3 left-3 z-10 max-w-[15rem] rounded-md bg-white/95 text-xs text-slate-800 shadow-md">
      <summary className="cursor-pointer list-none px-3 py-2 font-semibold select-none focus-visible:outline-2 focus-visible:outline-blue-700">
        Legend and layers <span className="font-normal text-slate-600 group-open:hidden">(show)</span>
      </summary>
      <ul className="space-y-1 px-3 pb-3">
        <li className="flex items-center gap-2"><RouteSwatch country="china" approximate={false} /> Chinese aircraft</li>
        <li className="flex items-center gap-2"><RouteSwatch country="russia" approximate={false} /> Russian aircraft</li>
        <li className="flex items-center gap-2"><RouteSwatch country="russia" approximate /> Dashed: reconstructed, approximate</li>
        <li className="flex items-center gap-2"><RouteSwatch country="japan" approximate dotted /> Japanese scramble (base inferred)</li>
        <li className="flex items-center gap-2"><RouteSwatch country="south-korea" approximate dotted /> Korean scramble (base inferred)</li>
        <li className="flex items-center gap-2">
          <svg width="28" height="14" aria-hidden="true"><circle cx="14" cy="7" r="5" fill="#fff" stroke="#1f2933" strokeWidth="2.5" /></svg>
          Formations join
        </li>
        <li className="flex items-center gap-2">
          <svg width="28" height="14" aria-hidden="true"><circle cx="10" cy="7" r="4.5" fill={COUNTRY_COLOURS.japan} stroke="#fff" strokeWidth="2" /><circle cx="20" cy="7" r="4.5" fill={COUNTRY_COLOURS["south-korea"]} stroke="#fff" strokeWidth="2" /></svg>
          Air base
        </li>
        <li className="flex items-center gap-2">
          <svg width="28" height="14" aria-hidden="true"><path d="M8 3 L18 7 L8 11" fill="none" stroke="#334155" strokeWidth="2" /></svg>
          Direction of flight
        </li>
        <li className="flex items-center gap-2">
          <svg width="28" height="10" aria-hidden="true"><line x1="2" y1="5" x2="26" y2="5" stroke="#0f766e" strokeWidth="1.5" strokeDasharray="4 3" /></svg>
          ADIZ edge (dashed where approximate)
        </li>
      </ul>
      <LayerToggles />
    </LegendDisclosure>
  );
}

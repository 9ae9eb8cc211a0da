import { OpenGeojsonButton } from "@/components/import/open-geojson-button";
import { RouteSwatch } from "@/components/panel/route-swatch";
import { legendEntryLabel, type LegendEntry, type LegendWords } from "@/lib/map/style/legend-entries";
import { useTranslations } from "next-intl";
import { COUNTRY_COLOURS } from "@/lib/map/palette";
import { LayerToggles } from "./layer-toggles";
import { LegendDisclosure } from "./legend-disclosure";


function EntryRow({ entry, words }: { entry: LegendEntry; words: LegendWords }) {
  switch (entry.kind) {
    case "route":
      return entry.approximate ? (
        <><RouteSwatch country={entry.country} approximate /> {legendEntryLabel(entry, words)}</>
      ) : (
        <><RouteSwatch country={entry.country} approximate={false} /> {legendEntryLabel(entry, words)}</>
      );
    case "scramble":
      return <><RouteSwatch country={entry.country} approximate dotted /> {legendEntryLabel(entry, words)}</>;
    case "join":
      return (
        <>
          <svg width="28" height="14" aria-hidden="true"><circle cx="14" cy="7" r="5" fill="#fff" stroke="#1f2933" strokeWidth="2.5" /></svg>
          {legendEntryLabel(entry, words)}
        </>
      );
    case "bases":
      return (
        <>
          <svg width="28" height="14" aria-hidden="true">
            {entry.countries.map((country, index) => (
              <circle key={country} cx={entry.countries.length === 1 ? 14 : 10 + index * 10} cy="7" r="4.5" fill={COUNTRY_COLOURS[country]} stroke="#fff" strokeWidth="2" />
            ))}
          </svg>
          {legendEntryLabel(entry, words)}
        </>
      );
    case "direction":
      return (
        <>
          <svg width="28" height="14" aria-hidden="true"><path d="M8 3 L18 7 L8 11" fill="none" stroke="currentColor" strokeWidth="2" /></svg>
          {legendEntryLabel(entry, words)}
        </>
      );
  }
}

/**
 * Explains the symbols this event's map draws, with the layer switches and, on the full page, the
 * way to open a GeoJSON file: one compact control over the map, closed until asked for on phones
 * and in embeds. `importInputId` is the file input of the drop zone (components/import).
 */
export function MapLegend({ entries, importInputId, openOnWideScreens }: { entries: LegendEntry[]; importInputId?: string; openOnWideScreens: boolean }) {
  const t = useTranslations("Client");
  const words = t.raw("Legend") as LegendWords;
  return (
    <LegendDisclosure
      openOnWideScreens={openOnWideScreens}
      className="group absolute top-3 left-3 z-10 max-h-[calc(100%-1.5rem)] max-w-[15rem] overflow-y-auto rounded-md bg-surface/95 text-xs text-body shadow-md"
    >
      <summary className="cursor-pointer list-none px-3 py-2 font-semibold select-none focus-visible:outline-2 focus-visible:outline-focus">
        {importInputId ? t("LegendControl.withFile") : t("LegendControl.title")} <span className="font-normal text-muted group-open:hidden">{t("LegendControl.show")}</span>
      </summary>
      <ul className="space-y-1 px-3 pb-3">
        {entries.map((entry) => (
          <li key={`${entry.kind}-${"country" in entry ? entry.country : ""}-${"approximate" in entry ? entry.approximate : ""}`} className="flex items-center gap-2">
            <EntryRow entry={entry} words={words} />
          </li>
        ))}
        <li className="flex items-center gap-2">
          <svg width="28" height="10" aria-hidden="true"><line x1="2" y1="5" x2="26" y2="5" stroke="#0f766e" strokeWidth="1.5" strokeDasharray="4 3" /></svg>
          {words.zoneEdge}
        </li>
      </ul>
      <LayerToggles />
      {importInputId && (
        <div className="border-t border-line-soft px-3 pt-2 pb-3">
          <OpenGeojsonButton inputId={importInputId} />
          <p className="mt-1 text-muted">{t("LegendControl.neverUploaded")}</p>
        </div>
      )}
    </LegendDisclosure>
  );
}

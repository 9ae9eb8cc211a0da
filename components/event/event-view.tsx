import { MapLegend } from "@/components/map/map-legend";
import { SortieMap } from "@/components/map/sortie-map";
import { CaveatsSection } from "@/components/panel/caveats-section";
import { FormationsSection } from "@/components/panel/formations-section";
import { MomentsSection } from "@/components/panel/moments-section";
import { PanelHeader } from "@/components/panel/panel-header";
import { PanelSheet } from "@/components/panel/panel-sheet";
import { PlacesSection } from "@/components/panel/places-section";
import { ResponsesSection } from "@/components/panel/responses-section";
import { SelectionDetails } from "@/components/panel/selection-details";
import { SourcesSection } from "@/components/panel/sources-section";
import { ViewStoreProvider } from "@/components/view-state/view-store-provider";
import { DeferredSection } from "@/components/panel/deferred-section";
import { crossedZones } from "@/lib/details/panel-sections";
import { FullViewLink } from "@/components/share/full-view-link";
import { GEOJSON_INPUT_ID, GeojsonDropZone } from "@/components/import/geojson-drop-zone";
import { legendEntries } from "@/lib/map/style/legend-entries";
import { buildMapData } from "@/lib/map/content/map-data";
import type { EventBundle } from "@/lib/data/event-bundle";
import type { ZoneFile } from "@/lib/data/schema";
import { MAP_START_PATH } from "@/lib/map/start/library-paths";
import { mapSketchPath } from "@/lib/map/sketch/map-sketch-size";
import { preinitModule, preload } from "react-dom";
import { eventMapContentPath } from "@/lib/map/content/event-map-content";
import { FRAME_OBSTACLE_ATTRIBUTE } from "@/lib/map/controller/frame-padding";
import { eventIndexOf } from "@/lib/data/event-index";
import { panelDetailsPath } from "@/lib/details/panel-details";
import { formationSpans } from "@/lib/timeline/formation-spans";
import { packCrossing } from "@/lib/timeline/packed-crossings";
import { Timeline } from "@/components/timeline/timeline";
import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { timeWords } from "@/lib/i18n/time-words";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EVENT_CLIENT_PARTS, PANEL_KEYS_IN_PAGE } from "@/lib/i18n/messages";
import { DataFontStylesheet } from "@/components/fonts/data-font-stylesheet";
import { eventShowsDataCjk } from "@/lib/fonts/data-font";

/**
 * One event: the map and its panel, or for /embed the map, a one-row timeline, the legend on
 * demand and a link to the full view, nothing else. Rendered on the server into static HTML.
 */
export function EventView({ bundle, zones, locale, path, variant = "full", fullViewPath = "/" }: { bundle: EventBundle; zones: ZoneFile; locale: Locale; path: string; variant?: "full" | "embed"; fullViewPath?: string }) {
  const t = useTranslations("Event");
  // Rendered on the server into the map container's attribute, so the words never travel as messages.
  const mapWords = locale === "en" ? undefined : { map: t("mapControls.map"), zoomIn: t("mapControls.zoomIn"), zoomOut: t("mapControls.zoomOut"), toggleAttribution: t("mapControls.toggleAttribution"), attribution: t("mapControls.attribution") };
  // Every relation, the playback model and the panel's strings: built once per event (lib/data/event-index.ts).
  const index = eventIndexOf(bundle, zones);
  const { playback, crossings } = index;
  const itemFormations = Object.fromEntries(Object.values(index.items).flatMap((item) => (item.formations.length > 0 ? [[item.id, item.formations]] : [])));
  const contentPath = eventMapContentPath(bundle.event.id);
  const { localTimeZone } = bundle.event;
  const legend = legendEntries(buildMapData(bundle));
  const embed = variant === "embed";
  const zoneLabel = localTimeZone.label.split(" ")[0] ?? "local";
  const detailsPath = panelDetailsPath(bundle.event.id, locale);
  const panel = useTranslations("Panel");
  // The long, secondary sections: heading and count in the HTML, text from the details file.
  const deferred = { path: detailsPath, eventId: bundle.event.id, offsetMinutes: localTimeZone.offsetMinutes, zoneLabel };
  const zoneCount = crossedZones(zones, crossings).length;
  // The map library is not preloaded: map-start asks for it once it knows the browser has WebGL, so
  // a reader without WebGL never downloads it (lib/map/start/map-start.ts says why).
  // A <script type="module" async> that starts the map's worker and the map itself before hydration (lib/map/start/map-start.ts).
  preinitModule(MAP_START_PATH, { as: "script" });
  // The route sketch every reader sees first in the map's place (and, without WebGL, instead of it),
  // asked for from the <head> rather than where the parser meets its <img> after the panel, so it is
  // more often there for the first paint. Lighthouse, mobile, WebGL off, landing page, 20
  // interleaved pairs: median LCP 2.44 s with this, 2.59 s without.
  preload(mapSketchPath(bundle.event.id), { as: "image", fetchPriority: "high" });
  // What the map draws is a static file of its own, fetched by that module once it knows the browser
  // has WebGL (not preloaded here: lib/map/start/map-start.ts says why), so the HTML does not carry it.
  return (
    <ClientMessages parts={EVENT_CLIENT_PARTS} keys={PANEL_KEYS_IN_PAGE}>
    {eventShowsDataCjk(bundle) && <DataFontStylesheet />}
    <ViewStoreProvider
      itemFormations={itemFormations}
      otherIds={Object.keys(index.items).filter((id) => !(id in itemFormations))}
      clock={{ eventId: bundle.event.id, date: bundle.event.date, offsetMinutes: localTimeZone.offsetMinutes, start: playback.start, end: playback.end }}
    >
      <div className="flex h-dvh w-full flex-col-reverse overflow-hidden md:flex-row">
        {embed ? (
          // Under the legend control, in the margin the default framing keeps clear of routes
          // (lib/map/controller/frame-padding.ts) and away from the zoom buttons; the title is for screen
          // readers only, as the article around an embed gives it.
          <header className="absolute top-14 left-3 z-10">
            <h1 className="sr-only" lang="en">
              {bundle.event.title}
            </h1>
            <FullViewLink path={fullViewPath} />
          </header>
        ) : (
        <PanelSheet title={bundle.event.title}>
          <PanelHeader bundle={bundle} locale={locale} path={path} legend={legend} reportedTimes={playback.ticks.filter((tick) => !tick.estimated).map((tick) => tick.time)} />
          <SelectionDetails path={detailsPath} eventId={bundle.event.id} />
          <FormationsSection bundle={bundle} />
          <ResponsesSection bundle={bundle} />
          <MomentsSection bundle={bundle} words={timeWords(locale)} />
          {zoneCount > 0 && <DeferredSection section="zones" title={panel("zones")} count={panel("zoneCount", { count: zoneCount })} {...deferred} />}
          {bundle.event.statements.length > 0 && (
            <DeferredSection section="statements" title={panel("statements")} count={panel("statementCount", { count: bundle.event.statements.length })} {...deferred} />
          )}
          {bundle.event.context.length > 0 && <DeferredSection section="context" title={panel("context")} count={panel("contextCount", { count: bundle.event.context.length })} {...deferred} />}
          <PlacesSection bundle={bundle} locale={locale} />
          <CaveatsSection bundle={bundle} />
          <SourcesSection bundle={bundle} />
        </PanelSheet>
        )}
        <main className="relative min-h-0 flex-1" aria-label={t("map")}>
          {embed ? (
            <SortieMap bounds={bundle.event.bounds} region={bundle.event.region} contentPath={contentPath} words={mapWords} />
          ) : (
            <GeojsonDropZone>
              <SortieMap bounds={bundle.event.bounds} region={bundle.event.region} contentPath={contentPath} words={mapWords} />
            </GeojsonDropZone>
          )}
          <MapLegend entries={legend} importInputId={embed ? undefined : GEOJSON_INPUT_ID} openOnWideScreens={!embed} />
          <div
            // Framing keeps routes above the timeline's measured height (lib/map/controller/frame-padding.ts).
            // On wide screens it stops short of the right edge, where the two scale bars (up to 100 px) sit.
            {...{ [FRAME_OBSTACLE_ATTRIBUTE]: "" }}
            className={
              embed
                ? "pointer-events-none absolute right-48 bottom-2 left-2 z-10"
                : "pointer-events-none fixed inset-x-2 bottom-[calc(var(--sheet-height)+0.5rem)] z-10 md:absolute md:inset-x-4 md:bottom-8 md:left-4 md:right-32"
            }
          >
            <Timeline
              start={playback.start}
              end={playback.end}
              ticks={playback.ticks}
              crossings={crossings.map(packCrossing)}
              zones={index.zones}
              formations={formationSpans(bundle.event.formations, playback)}
              offsetMinutes={localTimeZone.offsetMinutes}
              zoneLabel={zoneLabel}
              compact={embed ? "always" : "phone"}
            />
          </div>
        </main>
      </div>
    </ViewStoreProvider>
    </ClientMessages>
  );
}


import { useTranslations } from "next-intl";
export type MapStatus = "loading" | "ready" | "no-webgl" | "error";

/**
 * What stands in for the map while it loads or when it cannot be drawn: never a blank area.
 * `alternative` says where the map's content can be read instead (the event panel's, by default).
 * `sketchPath` is a static sketch of the routes (lib/map/sketch/map-sketch-svg.ts) shown meanwhile.
 */
export function MapStatusMessage({ status, alternative, sketchPath }: { status: MapStatus; alternative?: string; sketchPath?: string }) {
  const t = useTranslations("Client.Map");
  if (status === "ready") return null;
  // Over the sketch, the covers let it show through; without one they are the area's colour. (A space
  // before each ${…}: Tailwind finds class names only where they stand apart in the source.)
  const cover = sketchPath ? "" : "bg-info-surface-strong ";
  if (status === "loading") {
    return (
      <>
        {sketchPath && <MapSketch path={sketchPath} />}
        {/* Hidden by CSS as soon as the map container says the event is drawn (MAP_DRAWN_ATTRIBUTE in
            lib/map/ids.ts), or that there is no WebGL, which can be before React hydrates and removes it. */}
        <div className={`pointer-events-none absolute inset-0 flex items-center justify-center ${cover}peer-data-map-drawn:hidden peer-data-map-no-webgl:hidden`} data-testid="map-loading">
          <p className="rounded-md bg-surface/85 px-4 py-2 text-sm text-subtle shadow-sm">{t("loading")}</p>
        </div>
        {/* Shown by CSS when the map-start module finds no WebGL (MAP_NO_WEBGL_ATTRIBUTE), before the map
            library has loaded and before hydration; React then renders the same notice in its place. */}
        <UnavailableNotice reason="no-webgl" className={`hidden peer-data-map-no-webgl:flex ${sketchPath ? "" : "bg-surface-strong"}`} alternative={alternative} />
      </>
    );
  }
  return (
    <>
      {sketchPath && <MapSketch path={sketchPath} />}
      <UnavailableNotice reason={status} className={`flex ${sketchPath ? "" : "bg-surface-strong"}`} testId="map-unavailable" role="alert" alternative={alternative} />
    </>
  );
}

/**
 * The event's routes as a static picture in the map's place, labelled as a sketch so nobody takes
 * it for the map; hidden by CSS once the map is drawn (so it need not let pointers through to the
 * map beneath). Decorative: the panel lists the routes.
 */
function MapSketch({ path }: { path: string }) {
  const t = useTranslations("Client.Map");
  return (
    <div className="absolute inset-0 bg-info-surface-strong peer-data-map-drawn:hidden">
      {/* A plain image in a <picture>: an SVG built at build time needs none of next/image's
          resizing, whose client code would add to every event page's first-load JavaScript. */}
      <picture>
        <img src={path} alt="" className="size-full object-contain" />
      </picture>
      <p className="absolute right-2 top-14 rounded-md bg-surface/85 px-4 py-2 text-sm text-subtle shadow-sm">{t("sketch")}</p>
    </div>
  );
}

function UnavailableNotice({ reason, className, testId, role, alternative }: { reason: "no-webgl" | "error"; className: string; testId?: string; role?: "alert"; alternative?: string }) {
  const t = useTranslations("Client.Map");
  return (
    // Placed by CSS (map-notice, app/globals.css): clear of the route sketch when there is one.
    <div className={`map-notice ${className}`} data-testid={testId} role={role}>
      {/* Above the legend (z-10), which has no map to explain here. */}
      <div className="relative z-20 max-w-md rounded-lg border border-line bg-surface p-5 text-sm text-body shadow-sm">
        <h2 className="mb-2 text-base font-semibold">{t("unavailable")}</h2>
        <p>
          {reason === "no-webgl" ? t("noWebgl") : t("failed")} {alternative ?? t("inPanel")}
        </p>
      </div>
    </div>
  );
}

import { useTranslations } from "next-intl";
export type MapStatus = "loading" | "ready" | "no-webgl" | "error";

/**
 * What stands in for the map while it loads or when it cannot be drawn: never a blank area.
 * `alternative` says where the map's content can be read instead (the event panel's, by default).
 */
export function MapStatusMessage({ status, alternative }: { status: MapStatus; alternative?: string }) {
  const t = useTranslations("Client.Map");
  if (status === "ready") return null;
  if (status === "loading") {
    return (
      <>
        {/* Hidden by CSS as soon as the map container says the event is drawn (MAP_DRAWN_ATTRIBUTE in
            lib/map/ids.ts), or that there is no WebGL, which can be before React hydrates and removes it. */}
        <div className="pointer-events-none absolute inset-0 flex items-center justify-center bg-info-surface-strong peer-data-map-drawn:hidden peer-data-map-no-webgl:hidden" data-testid="map-loading">
          <p className="rounded-md bg-surface/85 px-4 py-2 text-sm text-subtle shadow-sm">{t("loading")}</p>
        </div>
        {/* Shown by CSS when the map-start module finds no WebGL (MAP_NO_WEBGL_ATTRIBUTE), before the map
            library has loaded and before hydration; React then renders the same notice in its place. */}
        <UnavailableNotice reason="no-webgl" className="hidden peer-data-map-no-webgl:flex" alternative={alternative} />
      </>
    );
  }
  return <UnavailableNotice reason={status} className="flex" testId="map-unavailable" role="alert" alternative={alternative} />;
}

function UnavailableNotice({ reason, className, testId, role, alternative }: { reason: "no-webgl" | "error"; className: string; testId?: string; role?: "alert"; alternative?: string }) {
  const t = useTranslations("Client.Map");
  return (
    <div className={`absolute inset-0 items-center justify-center bg-surface-strong p-6 ${className}`} data-testid={testId} role={role}>
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

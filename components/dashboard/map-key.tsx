"use client";

import { useTranslations } from "next-intl";
import { useThemeState } from "@/components/theme/use-theme";
import type { ColourMode, MapMode } from "@/lib/dashboard/dashboard-url";
import { COUNTRY_COLOURS, DENSITY_COLOURS, YEAR_COLOURS, yearColour, FIRST_COLOURED_YEAR } from "@/lib/map/palette";

/** What the map's colours and dashes mean, for the mode shown. */
export function MapKey({ colour, mode }: { colour: ColourMode; mode: MapMode }) {
  const t = useTranslations("Client.Dashboard");
  const { theme } = useThemeState();
  if (mode === "density") {
    return (
      <p className="flex flex-wrap items-center gap-2 text-xs text-subtle" data-testid="map-key">
        {t("key.density")}
        {DENSITY_COLOURS[theme].slice(1).map((swatch) => (
          <span key={swatch} aria-hidden="true" className="inline-block h-3 w-5 rounded-sm" style={{ backgroundColor: swatch }} />
        ))}
        {t("key.more")}
      </p>
    );
  }
  return (
    <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-subtle" data-testid="map-key">
      {colour === "year"
        ? YEAR_COLOURS.map((_, index) => (
            <span key={index} className="inline-flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-2.5 w-4 rounded-sm" style={{ backgroundColor: yearColour(FIRST_COLOURED_YEAR + index, theme) }} />
              {FIRST_COLOURED_YEAR + index}
            </span>
          ))
        : (["china", "russia"] as const).map((country) => (
            <span key={country} className="inline-flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-2.5 w-4 rounded-sm" style={{ backgroundColor: COUNTRY_COLOURS[country] }} />
              {t(`countries.${country}`)}
            </span>
          ))}
      <span className="inline-flex items-center gap-1">
        <svg width="20" height="6" aria-hidden="true">
          <line x1="0" x2="20" y1="3" y2="3" stroke="currentColor" strokeWidth="2" strokeDasharray="4 3" />
        </svg>
        {t("key.reconstruction")}
      </span>
    </p>
  );
}

"use client";

import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/lib/i18n/locales";

import { parseAsString, useQueryStates } from "nuqs";
import { useEffect, useRef, useState } from "react";
import { RouteThumbnailSvg } from "@/components/events/route-thumbnail-svg";
import type { BasemapRegionId } from "@/lib/basemap/regions";
import type { Formation, Moment, TrackFeature } from "@/lib/data/schema";
import { normalisedClock } from "@/lib/compare/normalised-clock";
import { NormalisedClockChart } from "./normalised-clock-chart";

type EventSummary = { id: string; title: string };
type Download = { event: { id: string; title: string; region: BasemapRegionId }; formations: Formation[]; moments: Moment[]; features: (TrackFeature & { properties: { layer: string } })[] };

/**
 * Two patrols side by side: their routes, and their reported moments on one clock that starts at
 * each one's first zone entry. Only the two events' own data files are fetched.
 */
export function CompareView({ events, defaults }: { events: EventSummary[]; defaults: [string, string] }) {
  // Read as text and checked against the list, so any value that is not a patrol (`<script>`, a
  // malformed date) is named in the notice rather than dropped silently.
  const [{ a, b }, setIds] = useQueryStates({ a: parseAsString, b: parseAsString }, { history: "push" });
  const t = useTranslations("Client.Compare");
  const locale = useLocale();
  const known = new Set(events.map((event) => event.id));
  const first = a && known.has(a) ? a : defaults[0];
  const second = b && known.has(b) ? b : defaults[1];
  const invalid = [a, b].filter((id): id is string => id !== null && !known.has(id));
  const [loaded, setLoaded] = useState<Record<string, Download | "error">>({});
  // Each file is fetched once, even while an earlier fetch is still on its way.
  const requestedRef = useRef(new Set<string>());

  useEffect(() => {
    for (const id of [first, second]) {
      if (requestedRef.current.has(id)) continue;
      requestedRef.current.add(id);
      fetch(`/data/${id}.geojson`)
        .then((response) => (response.ok ? (response.json() as Promise<Download>) : Promise.reject(new Error(String(response.status)))))
        .then((download) => setLoaded((current) => ({ ...current, [id]: download })))
        .catch(() => setLoaded((current) => ({ ...current, [id]: "error" })));
    }
  }, [first, second]);

  return (
    <div>
      {invalid.length > 0 && (
        <p role="status" className="mb-3 rounded-md border border-notice-line bg-notice-surface px-3 py-2 text-sm text-notice-ink-strong" data-testid="url-notice">
          {t("invalid", { count: invalid.length, ids: invalid.map((id) => `“${id.slice(0, 40)}${id.length > 40 ? "…" : ""}”`).join(t("and")) })}
        </p>
      )}
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        {[
          { key: "a" as const, id: first },
          { key: "b" as const, id: second },
        ].map(({ key, id }) => {
          const download = loaded[id];
          return (
            <section key={key} aria-label={key === "a" ? t("patrolOne") : t("patrolTwo")} className="rounded-lg border border-line-soft bg-surface p-3">
              <label className="block text-sm text-subtle">
                {t("patrol")}
                <select
                  value={id}
                  onChange={(event) => void setIds({ [key]: event.target.value })}
                  className="mt-1 block w-full rounded border border-line bg-surface px-2 py-1 text-ink focus-visible:outline-2 focus-visible:outline-focus"
                >
                  {events.map((event) => (
                    <option key={event.id} value={event.id} lang="en">
                      {event.title}
                    </option>
                  ))}
                </select>
              </label>
              <div className="mt-3">
                {download === undefined && <p className="text-sm text-muted">{t("loading")}</p>}
                {download === "error" && <p className="text-sm text-danger">{t("failed")}</p>}
                {download && download !== "error" && (
                  <>
                    <RouteThumbnailSvg
                      tracks={download.features.filter((feature) => feature.properties.layer === "track")}
                      formations={download.formations}
                      region={download.event.region}
                      label={t("routesOf", { title: download.event.title })}
                      labelName={(labelId) => t(`labels.${labelId}`)}
                      width={480}
                      height={300}
                    />
                    <p className="mt-1 text-xs">
                      <a href={localePath(locale, `/events/${id}`)} className="underline underline-offset-2">
                        {t("open")}
                      </a>
                    </p>
                  </>
                )}
              </div>
            </section>
          );
        })}
      </div>
      <NormalisedClockChart
        rows={[first, second].flatMap((id) => {
          const download = loaded[id];
          return download && download !== "error" ? [{ id, title: download.event.title, ...normalisedClock(download.moments) }] : [];
        })}
      />
    </div>
  );
}

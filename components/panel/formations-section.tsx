import type { EventBundle } from "@/lib/data/event-bundle";
import { useTranslations } from "next-intl";
import { ConfidenceBadge } from "./confidence-badge";
import { PanelSection } from "./panel-section";
import { RouteSwatch } from "./route-swatch";
import { ItemName } from "./item-name";
import { SelectableItem } from "./selectable-item";

export function FormationsSection({ bundle }: { bundle: EventBundle }) {
  const { formations } = bundle.event;
  const t = useTranslations("Panel");
  return (
    <PanelSection id="formations" title={t("formations")}>
      <ul className="space-y-1">
        {formations.map((formation) => {
          const legs = bundle.tracks.features.filter((track) => track.properties.formation === formation.id);
          const reconstructed = legs.some((track) => track.properties.confidence === "inferred");
          const aircraft = formation.aircraft.map((entry) => (entry.count === null ? t("countNotReported", { type: entry.type }) : `${entry.count} × ${entry.type}`)).join(", ");
          return (
            <li key={formation.id}>
              <SelectableItem id={formation.id}>
                <span className="flex items-center gap-2">
                  <RouteSwatch country={formation.country} approximate={reconstructed} />
                  <ItemName itemId={formation.id} action={t("showOnMap")} className="flex-1 font-medium text-ink">{formation.name}</ItemName>
                  <ConfidenceBadge confidence={formation.confidence} />
                </span>
                <span className="mt-0.5 block pl-9 text-xs text-muted">
                  {t(`countries.${formation.country}`)} · {aircraft}
                  {legs.length === 0 ? ` · ${t("routeNotDocumented")}` : reconstructed ? ` · ${t("routePartlyReconstructed")}` : ""}
                </span>
              </SelectableItem>
            </li>
          );
        })}
      </ul>
    </PanelSection>
  );
}

import type { EventBundle } from "@/lib/data/event-bundle";
import { ConfidenceBadge } from "./confidence-badge";
import { PanelSection } from "./panel-section";
import { RouteSwatch } from "./route-swatch";
import { ItemName } from "./item-name";
import { SelectableItem } from "./selectable-item";
import { useLocale, useTranslations } from "next-intl";
import { placeName } from "@/lib/i18n/place-names";

export function ResponsesSection({ bundle }: { bundle: EventBundle }) {
  const t = useTranslations("Panel");
  const locale = useLocale();
  if (bundle.responses.features.length === 0) return null;
  const baseName = new Map(bundle.bases.features.map((base) => [base.properties.id, placeName(base.properties.name, locale)]));
  return (
    <PanelSection id="responses" title={t("responses")}>
      <p className="mb-2 text-sm text-subtle">
        {t("responsesIntro")}
      </p>
      <ul className="space-y-1">
        {bundle.responses.features.map((response) => {
          const { id, name, country, confidence, aircraft, base } = response.properties;
          return (
            <li key={id}>
              <SelectableItem id={id}>
                <span className="flex items-center gap-2">
                  <RouteSwatch country={country} approximate dotted />
                  <ItemName itemId={id} action={t("showOnMap")} className="flex-1 font-medium text-ink">{name}</ItemName>
                  <ConfidenceBadge confidence={confidence} />
                </span>
                <span className="mt-0.5 block pl-9 text-xs text-muted">
                  {baseName.get(base) ?? base} · {aircraft}
                </span>
              </SelectableItem>
            </li>
          );
        })}
      </ul>
    </PanelSection>
  );
}

import type { EventBundle } from "@/lib/data/event-bundle";
import { ConfidenceBadge } from "./confidence-badge";
import { PanelSection } from "./panel-section";
import { ItemName } from "./item-name";
import { SelectableItem } from "./selectable-item";
import { useTranslations } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
import { placeName } from "@/lib/i18n/place-names";

export function PlacesSection({ bundle, locale }: { bundle: EventBundle; locale: Locale }) {
  const t = useTranslations("Panel");
  return (
    <PanelSection id="places" title={t("places")}>
      <p className="mb-2 text-xs text-muted">
        {t("placesIntro", { dokdo: placeName("Dokdo / Takeshima", locale), sea: placeName("Sea of Japan / East Sea", locale) })}
      </p>
      <ul className="grid grid-cols-1 gap-1 sm:grid-cols-2">
        {bundle.places.features.map((place) => {
          const { id, confidence } = place.properties;
          const name = placeName(place.properties.name, locale);
          return (
            <li key={id}>
              <SelectableItem id={id}>
                <span className="flex items-center justify-between gap-2 text-sm">
                  <ItemName itemId={id} action={t("showOnMap")} className="text-ink">{name}</ItemName>
                  {confidence !== "confirmed" && <ConfidenceBadge confidence={confidence} />}
                </span>
              </SelectableItem>
            </li>
          );
        })}
      </ul>
    </PanelSection>
  );
}

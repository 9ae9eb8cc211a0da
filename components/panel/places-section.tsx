import type { EventBundle } from "@/lib/data/event-bundle";
import { ConfidenceBadge } from "./confidence-badge";
import { PanelSection } from "./panel-section";
import { ItemName } from "./item-name";
import { SelectableItem } from "./selectable-item";

export function PlacesSection({ bundle }: { bundle: EventBundle }) {
  return (
    <PanelSection id="places" title="Places">
      <p className="mb-2 text-xs text-muted">
        Disputed places and seas carry both names, with no side’s name implied as correct: Dokdo / Takeshima, Sea of
        Japan / East Sea.
      </p>
      <ul className="grid grid-cols-1 gap-1 sm:grid-cols-2">
        {bundle.places.features.map((place) => {
          const { id, name, confidence } = place.properties;
          return (
            <li key={id}>
              <SelectableItem id={id}>
                <span className="flex items-center justify-between gap-2 text-sm">
                  <ItemName itemId={id} action="show on the map" className="text-ink">{name}</ItemName>
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

import type { EventBundle } from "@/lib/data/event-bundle";
import { PanelSection } from "./panel-section";

export function CaveatsSection({ bundle }: { bundle: EventBundle }) {
  return (
    <PanelSection id="caveats" title="What is not known">
      <ul className="list-disc space-y-1 pl-5 text-sm text-body">
        {bundle.event.caveats.map((caveat) => (
          <li key={caveat}>{caveat}</li>
        ))}
      </ul>
    </PanelSection>
  );
}

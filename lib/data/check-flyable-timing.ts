import { routeLengthKilometres } from "@/lib/geo/route-length";
import { plausibleFormationSpeed } from "./aircraft-speeds";
import type { DataProblem } from "./data-error";
import type { EventBundle } from "./event-bundle";

/**
 * Checks that every track's times could be flown: time never runs backwards from one timed vertex
 * to the next, and where either time is our estimate, the distance between them along the line
 * needs no more than the formation's plausible speed (lib/data/aircraft-speeds.ts). Two sourced
 * times are left alone: if the sources disagree with geometry, that belongs in a caveat.
 */
export function checkFlyableTiming(folder: string, bundle: EventBundle): DataProblem[] {
  const file = `${folder}/tracks.geojson`;
  const formations = new Map(bundle.event.formations.map((formation) => [formation.id, formation]));
  const problems: DataProblem[] = [];
  for (const track of bundle.tracks.features) {
    const { id, formation, times } = track.properties;
    const coordinates = track.geometry.coordinates;
    const formationRecord = formations.get(formation);
    const limit = formationRecord ? plausibleFormationSpeed(formationRecord) : Infinity;
    let previousIndex = -1;
    times.forEach((time, index) => {
      if (time === null || index >= coordinates.length) return;
      const previous = previousIndex >= 0 ? times[previousIndex] : null;
      const from = previousIndex;
      previousIndex = index;
      if (!previous) return;
      const field = `properties.times.${index}.utc`;
      const hours = (Date.parse(time.utc) - Date.parse(previous.utc)) / 3_600_000;
      if (hours < 0) {
        problems.push({ file, feature: id, field, message: `vertex ${index}: time goes back (${time.utc} is before ${previous.utc} at vertex ${from})` });
        return;
      }
      if (!time.estimated && !previous.estimated) return;
      const kilometres = routeLengthKilometres(coordinates.slice(from, index + 1));
      if (kilometres <= 0.5) return;
      const speed = hours === 0 ? Infinity : kilometres / hours;
      if (speed <= limit) return;
      const shown = Number.isFinite(speed) ? `${Math.round(speed).toLocaleString("en-GB")} km/h` : "no time at all";
      problems.push({
        file,
        feature: id,
        field,
        message: `vertex ${index}: an estimated time needs ${shown} for ${Math.round(kilometres)} km from vertex ${from} (${previous.utc} → ${time.utc}); the formation "${formation}" can plausibly fly ${limit.toLocaleString("en-GB")} km/h at most`,
      });
    });
  }
  return problems;
}

import type { DataProblem } from "./data-error";
import type { EventBundle } from "./event-bundle";

/**
 * Checks what a schema cannot: that every id points at something that exists, that ids are
 * unique (they are what links and selections refer to), and that each track has one time entry
 * per vertex (their order and speed: check-flyable-timing.ts).
 */
export function checkEventReferences(folder: string, bundle: EventBundle): DataProblem[] {
  const { event, tracks, responses, bases, places } = bundle;
  const problems: DataProblem[] = [];
  const sourceIds = new Set(event.sources.map((source) => source.id));
  const formationIds = new Set(event.formations.map((formation) => formation.id));
  const baseIds = new Set(bases.features.map((base) => base.properties.id));

  const requireSources = (file: string, feature: string, field: string, ids: readonly string[]) => {
    for (const id of ids) {
      if (!sourceIds.has(id)) problems.push({ file, feature, field, message: `unknown source id "${id}"` });
    }
  };
  const requireFormations = (file: string, feature: string, field: string, ids: readonly string[]) => {
    for (const id of ids) {
      if (!formationIds.has(id)) problems.push({ file, feature, field, message: `unknown formation id "${id}"` });
    }
  };

  const eventFile = `${folder}/event.json`;
  if (!sourceIds.has(event.headlineSource)) {
    problems.push({ file: eventFile, field: "headlineSource", message: `unknown source id "${event.headlineSource}"` });
  }
  for (const item of [...event.formations, ...event.moments, ...event.statements, ...event.context]) {
    requireSources(eventFile, item.id, "sources", item.sources);
  }
  for (const moment of event.moments) requireFormations(eventFile, moment.id, "formations", moment.formations);
  event.revisions.forEach((revision, index) => requireSources(eventFile, `revisions[${index}]`, "sources", revision.sources));

  const tracksFile = `${folder}/tracks.geojson`;
  for (const track of tracks.features) {
    const { id, formation, times, sources } = track.properties;
    requireSources(tracksFile, id, "properties.sources", sources);
    requireFormations(tracksFile, id, "properties.formation", [formation]);
    const vertexCount = track.geometry.coordinates.length;
    if (times.length !== vertexCount) {
      problems.push({
        file: tracksFile,
        feature: id,
        field: "properties.times",
        message: `has ${times.length} entries but the line has ${vertexCount} vertices`,
      });
    }
  }

  const responsesFile = `${folder}/responses.geojson`;
  for (const response of responses.features) {
    const { id, base, met, sources } = response.properties;
    requireSources(responsesFile, id, "properties.sources", sources);
    requireFormations(responsesFile, id, "properties.met", met);
    if (!baseIds.has(base)) {
      problems.push({ file: responsesFile, feature: id, field: "properties.base", message: `unknown base id "${base}"` });
    }
  }
  for (const base of bases.features) {
    requireSources(`${folder}/bases.geojson`, base.properties.id, "properties.sources", base.properties.sources);
  }
  for (const place of places.features) {
    requireSources(`${folder}/places.geojson`, place.properties.id, "properties.sources", place.properties.sources);
  }

  // Every id a user can select or link to must be unique within the event.
  const seen = new Map<string, string>();
  const claim = (file: string, id: string) => {
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problems.push({ file, feature: id, field: "id", message: `id is already used in ${earlier}` });
    } else {
      seen.set(id, file);
    }
  };
  for (const formation of event.formations) claim(eventFile, formation.id);
  for (const moment of event.moments) claim(eventFile, moment.id);
  for (const track of tracks.features) claim(tracksFile, track.properties.id);
  for (const response of responses.features) claim(responsesFile, response.properties.id);
  for (const base of bases.features) claim(`${folder}/bases.geojson`, base.properties.id);
  for (const place of places.features) claim(`${folder}/places.geojson`, place.properties.id);
  return problems;
}

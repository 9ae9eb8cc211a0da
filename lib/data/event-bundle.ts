import type {
  BaseCollection,
  PlaceCollection,
  ResponseCollection,
  SortieEvent,
  TrackCollection,
} from "./schema";

/** Everything known about one event, parsed and cross-checked. */
export type EventBundle = {
  event: SortieEvent;
  tracks: TrackCollection;
  responses: ResponseCollection;
  bases: BaseCollection;
  places: PlaceCollection;
};

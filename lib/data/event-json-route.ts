import { eventIdOrNotFound } from "./event-id-or-not-found";
import { listEventIds } from "./load-event";

/** One `<event id>.json` file per event, prerendered at build time. */
export function eventJsonStaticParams(): { file: string }[] {
  return listEventIds().map((id) => ({ file: `${id}.json` }));
}

/**
 * The GET handler of a route that serves one JSON file per event (`[file]` is `<event id>.json`),
 * built by `build` from the event's id; an unknown id is a 404 before any file path is made.
 */
export function eventJsonRoute(build: (eventId: string) => unknown) {
  return async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
    const { file } = await params;
    const id = eventIdOrNotFound(file.endsWith(".json") ? file.slice(0, -".json".length) : "");
    return new Response(JSON.stringify(build(id)), { headers: { "Content-Type": "application/json; charset=utf-8" } });
  };
}

import { eventIdOrNotFound } from "./event-id-or-not-found";
import { listEventIds } from "./load-event";

/** One `<event id>.<extension>` file per event, prerendered at build time. */
export function eventFileStaticParams(extension: string): { file: string }[] {
  return listEventIds().map((id) => ({ file: `${id}.${extension}` }));
}

/** One `<event id>.json` file per event, prerendered at build time. */
export function eventJsonStaticParams(): { file: string }[] {
  return eventFileStaticParams("json");
}

/**
 * The GET handler of a route that serves one file per event (`[file]` is `<event id>.<extension>`),
 * its body built by `build` from the event's id; an unknown id is a 404 before any file path is made.
 */
export function eventFileRoute(extension: string, contentType: string, build: (eventId: string) => string) {
  return async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
    const { file } = await params;
    const suffix = `.${extension}`;
    const id = eventIdOrNotFound(file.endsWith(suffix) ? file.slice(0, -suffix.length) : "");
    return new Response(build(id), { headers: { "Content-Type": contentType } });
  };
}

/** eventFileRoute for a JSON file: `build` gives the value to serialise. */
export function eventJsonRoute(build: (eventId: string) => unknown) {
  return eventFileRoute("json", "application/json; charset=utf-8", (id) => JSON.stringify(build(id)));
}

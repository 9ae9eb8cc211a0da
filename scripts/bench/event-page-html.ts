import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * The prerendered HTML of every page that shows one event with its panel: the landing page and
 * each /events/<id> page, which share components/event/event-view.tsx. Paths are relative to the
 * build's `server/app` folder. The landing page comes first.
 */
export function eventPageHtmlFiles(appDirectory: string): string[] {
  const eventsDirectory = path.join(appDirectory, "events");
  const events = existsSync(eventsDirectory)
    ? readdirSync(eventsDirectory)
        .filter((file) => /^\d{4}-\d{2}-\d{2}\.html$/.test(file))
        .sort()
        .map((file) => path.join("events", file))
    : [];
  return ["index.html", ...events];
}

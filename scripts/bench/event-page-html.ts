import { existsSync, readdirSync } from "node:fs";
import path from "node:path";

/**
 * The prerendered HTML of every page that shows one event with its panel: the landing page and
 * each /events/<id> page, which share components/event/event-view.tsx. Paths are relative to the
 * build's `server/app` folder. The landing page comes first. With `prefix` (a language's path
 * prefix, "ja"), that language's copies: `ja.html`, then `ja/events/<id>.html`.
 */
export function eventPageHtmlFiles(appDirectory: string, prefix = ""): string[] {
  const eventsFolder = path.join(prefix, "events");
  const eventsDirectory = path.join(appDirectory, eventsFolder);
  const events = existsSync(eventsDirectory)
    ? readdirSync(eventsDirectory)
        .filter((file) => /^\d{4}-\d{2}-\d{2}\.html$/.test(file))
        .sort()
        .map((file) => path.join(eventsFolder, file))
    : [];
  return [prefix ? `${prefix}.html` : "index.html", ...events];
}

import { useTranslations } from "next-intl";
import { DOWNLOAD_FORMATS, downloadPath } from "@/lib/export/download-formats";

const LABELS = { geojson: "GeoJSON", kml: "KML", csv: "CSV" } as const;

/** "Download GeoJSON · KML · CSV": the event's data in each format, every one with its sources. */
export function DownloadLinks({ eventId }: { eventId: string }) {
  const t = useTranslations("Client.Downloads");
  return (
    <span className="inline-flex flex-wrap gap-x-1.5">
      <span className="text-muted">{t("download")}</span>
      {DOWNLOAD_FORMATS.map((format, index) => (
        <span key={format}>
          <a href={downloadPath(eventId, format)} download title={t(format)} className="text-subtle underline underline-offset-2">
            {LABELS[format]}
          </a>
          {index < DOWNLOAD_FORMATS.length - 1 ? <span aria-hidden="true" className="ml-1.5 text-faint">·</span> : null}
        </span>
      ))}
    </span>
  );
}

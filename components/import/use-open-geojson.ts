"use client";

import { useCallback, useState } from "react";
import { useViewState } from "@/components/view-state/view-state-provider";
import { MAX_UPLOAD_BYTES, parseGeojsonUpload } from "@/lib/import/parse-geojson-upload";

/** Reads a file the reader picked or dropped, checks it, and overlays it; errors become a message. */
export function useOpenGeojson() {
  const { setImported } = useViewState();
  const [error, setError] = useState<string | null>(null);
  const open = useCallback(
    async (file: File) => {
      // Check the size before reading a byte: a huge file must not freeze the page.
      const result = file.size > MAX_UPLOAD_BYTES ? parseGeojsonUpload("", file.size) : parseGeojsonUpload(await file.text(), file.size);
      if (!result.ok) {
        setError(`${file.name.slice(0, 80)}: ${result.message} Nothing on the map was changed.`);
        return;
      }
      setError(null);
      setImported({ name: file.name.slice(0, 80), collection: result.collection, featureCount: result.featureCount });
    },
    [setImported],
  );
  return { open, error, clearError: () => setError(null) };
}

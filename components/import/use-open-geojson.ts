"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { useViewActions } from "@/components/view-state/view-store-provider";
import type { ImportReply, ImportRequest } from "@/lib/import/geojson-worker-messages";
import { IMPORT_WORKER_PATH } from "@/lib/import/import-worker-path";
import type { UploadProblem } from "@/lib/import/parse-geojson-upload";

/** A file being read: its name, whether it is large enough to show progress for, and how much of it has been read (0–1). */
export type ImportProgress = { name: string; large: boolean; fraction: number };

/**
 * Why a file was not drawn, or what was left out of it: facts, worded where the import's
 * messages are (components/import/geojson-drop-zone.tsx, inside the panels' words).
 */
export type ImportError = { name: string; problem: UploadProblem | "unreadable" };
export type ImportNotice = { name: string; leftOut: number };

/** Files from this size up show a progress bar with Cancel; smaller ones are read before it would be seen. */
const LARGE_FILE_BYTES = 1024 * 1024;

/**
 * Reads a file the reader picked or dropped in a worker, checks it, and overlays it; errors
 * become a message (worded in the reader's language where it is shown). Only the last file chosen counts: choosing another (or Cancel) stops the
 * worker still reading the previous one, so a slow large file can never replace a newer one.
 */
export function useOpenGeojson() {
  const { setImported } = useViewActions();
  const [error, setError] = useState<ImportError | null>(null);
  const [notice, setNotice] = useState<ImportNotice | null>(null);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const workerRef = useRef<Worker | null>(null);

  const stop = useCallback(() => {
    workerRef.current?.terminate();
    workerRef.current = null;
    setProgress(null);
  }, []);
  useEffect(() => stop, [stop]);

  const open = useCallback(
    (file: File) => {
      stop();
      const name = file.name.slice(0, 80);
      const worker = new Worker(IMPORT_WORKER_PATH);
      workerRef.current = worker;
      const large = file.size >= LARGE_FILE_BYTES;
      setProgress({ name, large, fraction: 0 });
      worker.onmessage = (event: MessageEvent<ImportReply>) => {
        if (workerRef.current !== worker) return;
        const reply = event.data;
        if (reply.kind === "progress") {
          setProgress({ name, large, fraction: reply.fraction });
          return;
        }
        stop();
        const { result } = reply;
        if (!result.ok) {
          setError({ name, problem: result.problem });
          return;
        }
        setError(null);
        setNotice(result.leftOut > 0 ? { name, leftOut: result.leftOut } : null);
        setImported({ name, collection: result.collection, featureCount: result.featureCount });
      };
      worker.onerror = () => {
        if (workerRef.current !== worker) return;
        stop();
        setError({ name, problem: "unreadable" });
      };
      worker.postMessage({ file } satisfies ImportRequest);
    },
    [setImported, stop],
  );
  return { open, cancel: stop, progress, error, clearError: () => setError(null), notice, clearNotice: () => setNotice(null) };
}

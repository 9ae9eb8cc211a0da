"use client";

import { useEffect, useState } from "react";
import { isPanelDetails, type PanelDetails } from "@/lib/details/panel-details";

export type PanelDetailsState = { status: "loading" } | { status: "ready"; file: PanelDetails } | { status: "failed"; reason: string };

// One request per file for the page's life, however often the panel mounts.
const requests = new Map<string, Promise<PanelDetailsState>>();

function request(path: string, eventId: string): Promise<PanelDetailsState> {
  const pending = requests.get(path);
  if (pending) return pending;
  const started = fetch(path)
    .then(async (response): Promise<PanelDetailsState> => {
      if (!response.ok) return { status: "failed", reason: `the server answered ${response.status}` };
      const value: unknown = await response.json();
      return isPanelDetails(value, eventId) ? { status: "ready", file: value } : { status: "failed", reason: "the file is not this patrol's" };
    })
    .catch((error: unknown): PanelDetailsState => ({ status: "failed", reason: error instanceof Error ? error.message : String(error) }));
  requests.set(path, started);
  return started;
}

/**
 * The event's panel details (lib/details/panel-details.ts), fetched once after hydration: the
 * page's HTML does not carry them, as they show only once something is selected.
 */
export function usePanelDetails(path: string, eventId: string): PanelDetailsState {
  const [state, setState] = useState<PanelDetailsState>({ status: "loading" });
  useEffect(() => {
    let current = true;
    void request(path, eventId).then((result) => {
      if (current) setState(result);
    });
    return () => {
      current = false;
    };
  }, [path, eventId]);
  return state;
}

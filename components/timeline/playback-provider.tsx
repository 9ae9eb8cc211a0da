"use client";

import { createContext, use, useEffect, useState, type ReactNode } from "react";
import { createPlaybackStore, type PlaybackStore } from "@/lib/timeline/playback-store";

const PlaybackContext = createContext<PlaybackStore | null>(null);

/** Provides one playback clock per event page. The store object never changes identity. */
export function PlaybackProvider({ start, end, children }: { start: number; end: number; children: ReactNode }) {
  const [store] = useState(() => createPlaybackStore({ start, end }));
  useEffect(() => () => store.destroy(), [store]);
  return <PlaybackContext value={store}>{children}</PlaybackContext>;
}

export function usePlaybackStore(): PlaybackStore {
  const store = use(PlaybackContext);
  if (!store) throw new Error("usePlaybackStore must be used inside PlaybackProvider");
  return store;
}

"use client";

import { useQueryState } from "nuqs";
import { useEffect, useState, type RefObject } from "react";
import { viewStateParsers } from "@/lib/url-state/view-state";
import { UrlNotice } from "./url-notice";

type Props = {
  knownIds: readonly string[];
  onUrlSelection: (id: string | null) => void;
  writeToUrlRef: RefObject<((id: string | null) => void) | null>;
};

/**
 * Reads the selection from the URL and writes it back. A selection is a deliberate step, so it
 * pushes a history entry; Back walks through what the user picked. A value that is not an item of
 * this event falls back to "nothing selected", is removed from the URL, and is named in a notice.
 */
export function UrlSelectionBridge({ knownIds, onUrlSelection, writeToUrlRef }: Props) {
  const [rawSelection, setRawSelection] = useQueryState("sel", { history: "push", scroll: false });
  const [rejected, setRejected] = useState<string | null>(null);
  const parsed = rawSelection === null ? null : viewStateParsers.sel.parse(rawSelection);
  const valid = parsed !== null && knownIds.includes(parsed) ? parsed : null;
  const invalid = rawSelection !== null && valid === null;

  useEffect(() => {
    onUrlSelection(valid);
  }, [valid, onUrlSelection]);

  useEffect(() => {
    writeToUrlRef.current = (id) => void setRawSelection(id);
    return () => {
      writeToUrlRef.current = null;
    };
  }, [setRawSelection, writeToUrlRef]);

  // Remember the rejected value (during render, so the notice shows at once) before the URL is cleaned.
  if (invalid && rawSelection !== null && rejected !== rawSelection) setRejected(rawSelection);

  useEffect(() => {
    if (invalid) void setRawSelection(null, { history: "replace" });
  }, [invalid, setRawSelection]);

  if (rejected === null) return null;
  return (
    <UrlNotice onDismiss={() => setRejected(null)}>
      The link asked to select <q className="font-mono break-all">{rejected.slice(0, 60)}</q>, which is not part of this
      event, so nothing is selected.
    </UrlNotice>
  );
}

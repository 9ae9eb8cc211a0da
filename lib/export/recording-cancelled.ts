import { exportMessageKey, type ExportMessage } from "./export-message";

/** A recording stopped on purpose (Cancel, or the view changed under it); `words` says why, for the reader. */
export class RecordingCancelled extends Error {
  constructor(readonly words: ExportMessage) {
    super(exportMessageKey(words));
  }
}

/** A recording stopped on purpose (Cancel, or the view changed under it); `message` says why, for the reader. */
export class RecordingCancelled extends Error {}

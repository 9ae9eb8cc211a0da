import type { UploadResult } from "./parse-geojson-upload";

/** What the page sends the import worker: the file itself (a File is copied by reference, not read). */
export type ImportRequest = { file: File };

/** What the import worker sends back: how much it has read, then the checked result. */
export type ImportReply = { kind: "progress"; fraction: number } | { kind: "result"; result: UploadResult };

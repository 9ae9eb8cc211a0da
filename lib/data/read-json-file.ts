import { readFileSync } from "node:fs";
import path from "node:path";
import { DataError } from "./data-error";

/**
 * Reads one data file as JSON. A missing or malformed file becomes a DataError naming it, so a
 * broken file stops the build with a message instead of a stack trace. Server and build scripts only.
 */
export function readJsonFile(root: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(path.join(/*turbopackIgnore: true*/ root, file), "utf8");
  } catch {
    throw new DataError([{ file, field: "(file)", message: "is missing" }]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new DataError([{ file, field: "(file)", message: `is not valid JSON: ${(error as Error).message}` }]);
  }
}

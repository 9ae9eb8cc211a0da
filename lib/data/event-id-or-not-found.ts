import { notFound } from "next/navigation";
import { isKnownEventId } from "./load-event";

/** A route's event id segment, or the 404 page: unknown ids never reach the file system. */
export function eventIdOrNotFound(value: string): string {
  if (!isKnownEventId(value)) notFound();
  return value;
}

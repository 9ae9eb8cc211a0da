import type { EventBundle } from "@/lib/data/event-bundle";

/** Strings that break naive XML, HTML or CSV writers. */
export const HOSTILE_TEXT = `<script>alert("x")</script> & &amp; &lt;b&gt; ]]> 'quote' "double" , comma\nnewline \u0007bell =HYPERLINK("http://evil")`;

/** A copy of a real event with hostile text in the names, descriptions and notes that exports write. */
export function hostileCopy(bundle: EventBundle): EventBundle {
  const copy = structuredClone(bundle);
  copy.event.title = HOSTILE_TEXT;
  copy.event.summary = HOSTILE_TEXT;
  for (const moment of copy.event.moments) moment.description = HOSTILE_TEXT;
  for (const track of copy.tracks.features) {
    track.properties.name = HOSTILE_TEXT;
    track.properties.note = HOSTILE_TEXT;
    for (const time of track.properties.times) if (time) time.asReported = HOSTILE_TEXT;
  }
  for (const base of copy.bases.features) base.properties.units = HOSTILE_TEXT;
  for (const place of copy.places.features) place.properties.name = HOSTILE_TEXT;
  return copy;
}

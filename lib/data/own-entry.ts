/**
 * record[key], but only when key is the record's own: an id from outside (a link's `sel`, a
 * file's member) named "constructor", "toString" or "__proto__" must never resolve to what every
 * object inherits. The records are plain objects because they cross from server to client as props.
 */
export function ownEntry<Value>(record: Readonly<Record<string, Value>>, key: string | null): Value | undefined {
  return key !== null && Object.hasOwn(record, key) ? record[key] : undefined;
}

/**
 * A message of Client.Export with its values: lib code says what went wrong or what to fix, and
 * the page words it in the reader's language. `Error.message` carries the key, for the console.
 */
export type ExportMessage = { key: string; values?: Record<string, string | number> };

export function exportMessageKey(words: ExportMessage): string {
  return words.values ? `${words.key} ${JSON.stringify(words.values)}` : words.key;
}

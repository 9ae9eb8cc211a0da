/** "2 h 35 min", rounded to five minutes: the data is never more precise than that. */
export function formatDuration(milliseconds: number): string {
  const minutes = Math.round(milliseconds / 300_000) * 5;
  if (minutes === 0) return "under 5 min";
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

import type { Formation } from "./schema";

type Role = Formation["aircraft"][number]["role"];

/**
 * The fastest an aircraft of each role can plausibly fly, in km/h, used to reject estimated times
 * no aircraft could meet. Each figure rounds up the published maximum speed of the types these
 * patrols use, as given in the specification sections of their English Wikipedia articles
 * (read November 2026): H-6K about 1,050 km/h and Tu-95MS about 920 km/h; A-50 about 900 km/h;
 * Il-20 about 675 km/h; Il-78 about 850 km/h; Su-35 Mach 2.25 (about 2,400 km/h) and J-16 about
 * Mach 2. Bombers, AEW&C and other large aircraft are held to about 1,000 km/h, the figure;
 * the bomber figure allows the H-6K's 1,050 because a formation is only as fast as its slowest type.
 * Checked for the fastest large type, the H-6: 1,050 km/h maximum in Wikipedia's specification table
 * (Portuguese edition), 1,056 km/h in aerocorner.com/aircraft/xian-h-6; the others are as read there.
 */
export const PLAUSIBLE_SPEED_KILOMETRES_PER_HOUR: Record<Role, number> = {
  bomber: 1_050,
  aew: 1_000,
  reconnaissance: 1_000,
  tanker: 1_000,
  transport: 1_000,
  fighter: 2_500,
};

/** A formation flies together, so the slowest type's limit holds for the whole formation. */
export function plausibleFormationSpeed(formation: { aircraft: readonly { role: Role }[] }): number {
  return Math.min(...formation.aircraft.map((aircraft) => PLAUSIBLE_SPEED_KILOMETRES_PER_HOUR[aircraft.role]));
}

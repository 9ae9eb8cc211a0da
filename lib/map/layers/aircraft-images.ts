import type { Country } from "@/lib/data/schema";
import type { AircraftRole } from "@/lib/data/playback-model";
import { COUNTRY_COLOURS } from "../palette";

const SIZE = 64;
const PIXEL_RATIO = 2;

export function aircraftImageId(role: AircraftRole, country: Country): string {
  return `aircraft-${role}-${country}`;
}

/**
 * Top-down aircraft symbols pointing north, one per role and country, drawn in code so the style
 * needs no sprite sheet. Bombers are broad and swept, AEW&C aircraft carry a radome disc, fighters
 * are small deltas: distinct at a glance, not to scale.
 */
export function drawAircraftImages(): { id: string; image: ImageData; pixelRatio: number }[] {
  const images: { id: string; image: ImageData; pixelRatio: number }[] = [];
  for (const role of ["bomber", "aew", "fighter"] as const) {
    for (const country of Object.keys(COUNTRY_COLOURS) as Country[]) {
      const canvas = document.createElement("canvas");
      canvas.width = SIZE;
      canvas.height = SIZE;
      const context = canvas.getContext("2d");
      if (!context) continue;
      context.fillStyle = COUNTRY_COLOURS[country];
      context.strokeStyle = "#ffffff";
      context.lineWidth = 3;
      context.lineJoin = "round";
      context.beginPath();
      OUTLINES[role](context);
      context.closePath();
      context.stroke();
      context.fill();
      if (role === "aew") {
        context.beginPath();
        context.arc(32, 34, 9, 0, Math.PI * 2);
        context.stroke();
        context.fill();
      }
      images.push({ id: aircraftImageId(role, country), image: context.getImageData(0, 0, SIZE, SIZE), pixelRatio: PIXEL_RATIO });
    }
  }
  return images;
}

type Outline = (context: CanvasRenderingContext2D) => void;

const polygon = (points: number[][]): Outline => (context) => {
  points.forEach(([x, y], index) => (index === 0 ? context.moveTo(x!, y!) : context.lineTo(x!, y!)));
};

const OUTLINES: Record<AircraftRole, Outline> = {
  // Long fuselage, wide swept wings, small tailplane.
  bomber: polygon([
    [32, 4], [35, 12], [35, 24], [60, 40], [60, 44], [35, 36], [35, 50], [44, 56], [44, 59], [32, 56],
    [20, 59], [20, 56], [29, 50], [29, 36], [4, 44], [4, 40], [29, 24], [29, 12],
  ]),
  // Straight wings and a radome (drawn separately).
  aew: polygon([
    [32, 6], [35, 12], [35, 24], [58, 30], [58, 34], [35, 34], [35, 50], [43, 55], [43, 58], [32, 56],
    [21, 58], [21, 55], [29, 50], [29, 34], [6, 34], [6, 30], [29, 24], [29, 12],
  ]),
  // Small delta.
  fighter: polygon([
    [32, 10], [36, 22], [50, 44], [36, 44], [38, 52], [32, 50], [26, 52], [28, 44], [14, 44], [28, 22],
  ]),
};

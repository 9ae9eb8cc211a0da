import { describe, expect, it } from "vitest";
import { Decoder, type EBMLElementDetail } from "ts-ebml";
import { writeWebmDuration } from "./webm-duration";

// A WebM header as a live recording writes it, byte by byte (EBML ids and sizes as the Matroska
// specification gives them); a separate parser, ts-ebml, reads the result.
const element = (id: string, payload: Buffer) => Buffer.concat([Buffer.from(id, "hex"), Buffer.from([0x80 | payload.length]), payload]);
const float64 = (value: number) => {
  const bytes = Buffer.alloc(8);
  bytes.writeDoubleBE(value);
  return bytes;
};

function webm(info: { duration?: number }): Uint8Array {
  const header = element("1a45dfa3", element("4282", Buffer.from("webm")));
  const infoElement = element(
    "1549a966",
    Buffer.concat([element("2ad7b1", Buffer.from([0x0f, 0x42, 0x40])), ...(info.duration === undefined ? [] : [element("4489", float64(info.duration))]), element("4d80", Buffer.from("test"))]),
  );
  const cluster = element("1f43b675", element("e7", Buffer.from([0])));
  return Uint8Array.from(Buffer.concat([header, element("18538067", Buffer.concat([infoElement, cluster]))]));
}

function durationOf(bytes: Uint8Array): number | undefined {
  const elements: EBMLElementDetail[] = new Decoder().decode(bytes.slice().buffer);
  const duration = elements.find((element) => element.name === "Duration");
  return duration && "value" in duration && typeof duration.value === "number" ? duration.value : undefined;
}

describe("writeWebmDuration", () => {
  it("writes the Duration a live recording left out", () => {
    const recorded = webm({});
    expect(durationOf(recorded)).toBeUndefined();
    const { bytes, written } = writeWebmDuration(recorded, 3000);
    expect(written).toBe(true);
    expect(durationOf(bytes)).toBe(3000);
  });
  it("leaves a Duration the recorder wrote", () => {
    const recorded = webm({ duration: 2966.5 });
    const { bytes, written } = writeWebmDuration(recorded, 3000);
    expect(written).toBe(false);
    expect(durationOf(bytes)).toBe(2966.5);
  });
});

import type { FoundValue, UploadProblem } from "./parse-geojson-upload";

/** A translator over messages Client.Import (next-intl's `t`): key and ICU values in, text out. */
export type ImportTranslate = (key: string, values?: Record<string, string | number>) => string;

/**
 * Why a file was refused, in the reader's language: the problem's code picks the message
 * (Client.Import.problems) and its facts fill it, so each still names the feature, field and value.
 */
export function uploadProblemText(problem: UploadProblem, t: ImportTranslate): string {
  const value = (found: FoundValue) => (found.kind === "text" ? t("found.text", { text: found.text }) : t(`found.${found.kind}`));
  switch (problem.code) {
    case "tooLarge":
      return t("problems.tooLarge", { size: problem.megabytes.toFixed(1), limit: problem.limitMegabytes });
    case "wrongType":
      return t("problems.wrongType", { found: value(problem.found), types: problem.types });
    case "noGeometry":
      return t("problems.noGeometry", { feature: problem.feature });
    case "undrawable":
      return t("problems.undrawable", { feature: problem.feature, found: value(problem.found) });
    case "badCoordinates":
      return t("problems.badCoordinates", { feature: problem.feature, geometry: problem.geometry });
    case "tooManyVertices":
      return t("problems.tooManyVertices", { limit: problem.limit });
    default:
      return t(`problems.${problem.code}`);
  }
}

/** A data file that does not meet the standard. The message names file, feature and field. */
export class DataError extends Error {
  constructor(readonly problems: readonly DataProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "DataError";
  }
}

export type DataProblem = {
  file: string;
  /** The id of the feature or item at fault, when the fault lies inside one. */
  feature?: string;
  /** Dotted path to the field, e.g. properties.times.3.utc */
  field: string;
  message: string;
};

export function formatProblem(problem: DataProblem): string {
  const where = problem.feature === undefined ? "" : ` feature "${problem.feature}"`;
  return `${problem.file}:${where} field "${problem.field}": ${problem.message}`;
}

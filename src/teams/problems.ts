/** One thing wrong with the Teams app package: the file, the place inside it (JSON pointer or pixel), the problem. */
export interface PackageProblem {
  file: string;
  path: string;
  message: string;
}

/** `file › path: message`, the way operators see every problem. */
export function formatProblem(problem: PackageProblem): string {
  return `${problem.file} › ${problem.path || '(whole file)'}: ${problem.message}`;
}

/** Thrown when the package would not be valid; `problems` lists every finding, not just the first. */
export class PackageError extends Error {
  constructor(readonly problems: PackageProblem[]) {
    super(`The Teams app package is not valid:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'PackageError';
  }
}

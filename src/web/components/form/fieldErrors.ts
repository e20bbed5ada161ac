import { ApiError } from "../../api/client";

/**
 * Field problems of a refused write. Each message stands under its full path
 * ("consultations.1.role") and, joined with the others, under the top-level name
 * ("recommendationIds.0" → "recommendationIds").
 */
export function fieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const issue of error.problem?.errors ?? []) {
    const top = issue.path.split(".")[0] ?? "";
    const joined = out[top];
    out[top] =
      joined && !joined.includes(issue.message) ? `${joined} ${issue.message}` : issue.message;
    if (issue.path !== top) out[issue.path] ??= issue.message;
  }
  return out;
}

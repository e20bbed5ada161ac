import { useCallback, useState } from "react";
import { ApiError } from "../../api/client";

/** What went wrong with one submit: a title, messages per field, and messages for no field. */
export interface FormErrors {
  title: string;
  fields: Partial<Record<string, string>>;
  general: string[];
}

/**
 * Turns a problem+json answer into form errors under the form's own title ("Die Anmeldung hat
 * nicht geklappt"; the server's titles are generic). Issues whose path names one of `fields` go
 * to that field; every other issue, or the detail when there is none, goes to the summary.
 */
export function formErrorsFromProblem(
  error: unknown,
  fields: readonly string[],
  texts: { title: string; network: string },
): FormErrors {
  const problem = error instanceof ApiError ? error.problem : null;
  if (!problem) return { title: texts.title, fields: {}, general: [texts.network] };
  const byField: Partial<Record<string, string>> = {};
  const general: string[] = [];
  for (const issue of problem.errors ?? []) {
    if (fields.includes(issue.path) && !byField[issue.path]) byField[issue.path] = issue.message;
    else general.push(issue.message);
  }
  if (Object.keys(byField).length === 0 && general.length === 0 && problem.detail) {
    general.push(problem.detail);
  }
  return { title: texts.title, fields: byField, general };
}

export function hasErrors(errors: FormErrors): boolean {
  return Object.keys(errors.fields).length > 0 || errors.general.length > 0;
}

/**
 * The error state of one form. `attempt` grows with every failed submit, so the summary can be
 * re-mounted (and focused) even when the same error comes back.
 */
export function useFormErrors() {
  const [errors, setErrors] = useState<FormErrors | null>(null);
  const [attempt, setAttempt] = useState(0);
  const show = useCallback((next: FormErrors) => {
    setErrors(next);
    setAttempt((n) => n + 1);
  }, []);
  const clear = useCallback(() => setErrors(null), []);
  const field = (name: string): string | undefined => errors?.fields[name];
  return { errors, attempt, show, clear, field };
}

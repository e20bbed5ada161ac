import { problemSchema } from "../../../contract/common";

/**
 * The problem+json answers a route that writes may give: bad input (400), not found (404),
 * conflict (409), a rule refused (422). Routes list them beside their success answer.
 */
export const writeProblems = {
  400: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
};

/** The same where the reader's role or organisation can forbid the write (403). */
export const scopedWriteProblems = { ...writeProblems, 403: problemSchema };

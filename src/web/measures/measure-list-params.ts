import { measureListQuerySchema } from "../../contract/measures";

/**
 * The measure list's own URL parameters, in the contract's order: the ones that go to the API
 * (the URL may carry others, e.g. ?lang=; the page size is the server's).
 */
export const measureListParams = Object.keys(measureListQuerySchema.shape).filter(
  (key) => key !== "pageSize",
);

/**
 * The ones the filter form edits: a recommendation is set only by a link to the list, and applying
 * the filters starts again at page 1.
 */
export const measureFilterParams = measureListParams.filter(
  (key) => key !== "recommendation" && key !== "page",
);

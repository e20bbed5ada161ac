/**
 * How many measures a committee report tells in full (the rest it counts) when the county has
 * not set its own number (tenant setting `reportFullMeasures`). The report's measure section and
 * the county's settings page read it.
 */
export const defaultFullMeasures = 20;

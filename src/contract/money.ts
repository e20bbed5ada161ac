import { z } from "zod";
import { maxCents } from "../domain/money";

/**
 * Amounts in the API: integer cents within the bound of src/domain/money (10^13 cents). A float
 * (12.5) or an amount beyond the bound is refused by validation (400), never rounded or stored.
 */
export const positiveCentsSchema = z.int().positive().max(maxCents, "moneyTooLarge");
export const nonNegativeCentsSchema = z.int().min(0).max(maxCents, "moneyTooLarge");

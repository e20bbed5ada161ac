/** What other features read of the deadlines: the county's Vorlagenfrist as stored. */
export { countyPaperDeadlineDays } from "./queries";

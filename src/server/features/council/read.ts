/**
 * The council's face for other features (docs/ARCHITECTURE.md, "The fence"): committees,
 * meetings, papers and their consultations as the resolutions, the calendar, the committee
 * reports, the council pages and the paper drafts read them; by when a paper must be in for a
 * fund whose money would lapse (`lapseDecisionReader`, for the ledger and the overview).
 * Recording a resolution's outcome and storing a drafted paper are council/service.ts.
 */
export { lapseDecisionReader } from "./lapse-decision";
export {
  findCommittee,
  findConsultation,
  findMeeting,
  findPaper,
  listConsultations,
  listMeetings,
  listPapers,
} from "./queries";

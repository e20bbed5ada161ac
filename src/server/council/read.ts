/**
 * The council's face for other features (docs/ARCHITECTURE.md, "The fence"): committees,
 * meetings, papers and their consultations as the resolutions, the calendar, the deadlines and
 * the committee reports read them. Recording a resolution's outcome is council/service.ts.
 */
export {
  findCommittee,
  findConsultation,
  findMeeting,
  findPaper,
  listConsultations,
  listMeetings,
} from "./queries";

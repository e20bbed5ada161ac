/** The grants' face for other features (docs/ARCHITECTURE.md, "The fence"): applications, proofs. */
export { openProofsOfUse, overdueProofsOfUse, proofOverdue } from "./common";
export { grantedFigures } from "./pipeline";
export { listApplications, listProofs } from "./queries";

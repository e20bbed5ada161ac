/** The grants' face for other features (docs/ARCHITECTURE.md, "The fence"): applications, proofs. */
export { listApplications, listProofs } from "./queries";

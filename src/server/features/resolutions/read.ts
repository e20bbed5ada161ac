/** The resolutions' face for other features (docs/ARCHITECTURE.md, "The fence"). */

export { decisionsByMeeting } from "./meeting-decisions";
export { findResolution, listResolutions, type ResolutionRow } from "./queries";

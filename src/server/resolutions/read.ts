/** The resolutions' face for other features (docs/ARCHITECTURE.md, "The fence"). */
export { findResolution, listResolutions, type ResolutionRow } from "./queries";

/** Staff capacity's face for other features (docs/ARCHITECTURE.md, "The fence"). */
export { assignmentsBetween, listPositions } from "./queries";

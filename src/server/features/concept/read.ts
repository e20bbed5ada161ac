/**
 * The concept's face for other features (docs/ARCHITECTURE.md, "The fence"): what they may read
 * of the concept's versions, their tree, the action fields of a version, the focus entries and
 * the changes of a version (for the paper that adopts a draft).
 */
export { diffVersion } from "./diff-service";
export {
  findAdoption,
  listFieldsOfVersion,
  listFocus,
  listVersions,
  loadVersionTree,
} from "./queries";

/**
 * The concept's face for other features (docs/ARCHITECTURE.md, "The fence"): what they may read
 * of the concept's versions, their tree, the action fields of a version and the focus entries.
 */
export {
  findAdoption,
  listFieldsOfVersion,
  listFocus,
  listVersions,
  loadVersionTree,
} from "./queries";

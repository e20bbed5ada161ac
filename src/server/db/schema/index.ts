export * from "./accounts";
export * from "./audit";
export * from "./capacity";
export * from "./concept";
export * from "./council";
export * from "./funds";
export * from "./measures";
export * from "./tenant";

export * from "./accounts";
export * from "./audit";
export * from "./concept";
export * from "./council";
export * from "./funds";
export * from "./tenant";

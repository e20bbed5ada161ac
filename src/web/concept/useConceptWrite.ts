import { useWriteRefreshingAll } from "../api/route-write";

/**
 * One write to a concept draft, given as a call of the route table (callRoute with the language);
 * afterwards the concept, the version and its diff are refetched.
 */
export const useConceptWrite = <T = unknown>() =>
  useWriteRefreshingAll((send: (language: string) => Promise<T>, language) => send(language));

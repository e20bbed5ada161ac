import { QueryClient } from "@tanstack/react-query";
import { ApiError } from "./client";

/** The one query cache of the web app (App provides it; main.tsx fills it before the first paint). */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // A 4xx will not fix itself; retry only what may be passing trouble.
      retry: (failureCount, error) =>
        failureCount < 2 && !(error instanceof ApiError && error.status < 500),
    },
  },
});

import { councilPaperRoutes as api } from "../../contract/routes/council-papers";
import { useRouteWrite } from "../api/route-write";

/** Edit an undecided paper (PATCH); every cached query is refreshed. */
export const useUpdatePaper = (paperId: string) =>
  useRouteWrite(api.updatePaper, { params: { id: paperId } });

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Municipality, MunicipalityInput } from "../../contract/municipalities";
import { getJson, sendJson } from "../api/client";
import { useLanguage } from "../auth/session";
import type { FileUpload } from "../components/form";

/** The county's municipalities, retired ones included (they carry retiredAt). */
export function useMunicipalityList() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["municipalities", language],
    queryFn: () => getJson<Municipality[]>("/municipalities", language),
  });
}

/** Adds (id null) or edits a municipality. */
export function useSaveMunicipality(id: string | null) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MunicipalityInput) =>
      id
        ? sendJson<Municipality>("PUT", `/municipalities/${id}`, input, language)
        : sendJson<Municipality>("POST", "/municipalities", input, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useRetireMunicipality() {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, retired }: { id: string; retired: boolean }) =>
      sendJson<Municipality>("PUT", `/municipalities/${id}/retired`, { retired }, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useImportMunicipalities() {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (upload: FileUpload) =>
      sendJson<{ imported: number }>("POST", "/municipalities/import", upload, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

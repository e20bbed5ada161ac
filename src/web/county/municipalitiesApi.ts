import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Municipality, MunicipalityInput } from "../../contract/municipalities";
import { getJson } from "../api/client";
import { sendJson } from "../auth/sendJson";
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
        ? sendJson<Municipality>("PUT", `/municipalities/${id}`, language, input)
        : sendJson<Municipality>("POST", "/municipalities", language, input),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useRetireMunicipality() {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, retired }: { id: string; retired: boolean }) =>
      sendJson<Municipality>("PUT", `/municipalities/${id}/retired`, language, { retired }),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useImportMunicipalities() {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (upload: FileUpload) =>
      sendJson<{ imported: number }>("POST", "/municipalities/import", language, upload),
    onSuccess: () => client.invalidateQueries(),
  });
}

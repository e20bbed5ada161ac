import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { MunicipalityInput } from "../../contract/municipalities";
import { tenancyRoutes as api } from "../../contract/routes/tenancy";
import { callRoute } from "../api/call";
import { useLanguage } from "../auth/session";
import type { FileUpload } from "../components/form";

/** The county's municipalities, retired ones included (they carry retiredAt). */
export function useMunicipalityList() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["municipalities", language],
    queryFn: () => callRoute(api.listMunicipalities, {}, language),
  });
}

/** Adds (id null) or edits a municipality. */
export function useSaveMunicipality(id: string | null) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MunicipalityInput) =>
      id
        ? callRoute(api.updateMunicipality, { params: { id }, body: input }, language)
        : callRoute(api.createMunicipality, { body: input }, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useRetireMunicipality() {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, retired }: { id: string; retired: boolean }) =>
      callRoute(api.setMunicipalityRetired, { params: { id }, body: { retired } }, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useImportMunicipalities() {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (upload: FileUpload) =>
      callRoute(api.importMunicipalities, { body: upload }, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

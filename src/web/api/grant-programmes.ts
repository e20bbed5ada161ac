import { useMutation, useQueryClient } from "@tanstack/react-query";
import type {
  ApplicationLink,
  ApplicationLinkInput,
  CreatedApplicationLink,
} from "../../contract/grant-applications";
import type { ApplicationList, Programme, ProgrammeInput } from "../../contract/grants";
import { useLanguage } from "../i18n/useFormat";
import { type ApiError, sendJson, sendWrite } from "./client";
import { useApiQuery } from "./queries";

type Numbers =
  | "maxShareBasisPoints"
  | "paymentWithinMonths"
  | "proofDueMonths"
  | "overspendAllowancePercent";

/**
 * The request body. A number that cannot be read goes as the text typed, so that the server
 * refuses it at its field with its sentence (never dropped, never guessed).
 */
export type ProgrammeBody = Omit<ProgrammeInput, Numbers> & {
  maxShareBasisPoints: number | string;
  paymentWithinMonths: number | string | null;
  proofDueMonths: number | string;
  overspendAllowancePercent: number | string;
};

/** One grant programme (Förderaufruf); "" waits. */
export const useGrantProgramme = (id: string) =>
  useApiQuery<Programme>(id ? `/grant-programmes/${id}` : null);

/** The applications of one programme (whether a grant fixes its terms). */
export const useProgrammeApplications = (id: string) =>
  useApiQuery<ApplicationList>(id ? `/grant-applications?programmeId=${id}` : null);

/**
 * Creates (POST, with the client's Idempotency-Key: a double click creates one programme) or
 * edits (PUT) a programme; every cached query is refreshed.
 */
export function useSaveProgramme(id: string | null) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<Programme, ApiError, ProgrammeBody>({
    mutationFn: (input) =>
      id
        ? sendJson<Programme>("PUT", `/grant-programmes/${id}`, input, language)
        : sendJson<Programme>("POST", "/grant-programmes", input, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** The application links of a programme (office). */
export const useProgrammeLinks = (programmeId: string) =>
  useApiQuery<{ items: ApplicationLink[] }>(`/grant-programmes/${programmeId}/links`);

/**
 * Creates a link: the answer carries the token once. The route keeps no idempotency record (the
 * secret must not be stored for a replay), so the form's disabled button is the guard.
 */
export function useCreateProgrammeLink(programmeId: string) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<CreatedApplicationLink, ApiError, ApplicationLinkInput>({
    mutationFn: (input) =>
      sendJson<CreatedApplicationLink>(
        "POST",
        `/grant-programmes/${programmeId}/links`,
        input,
        language,
      ),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useRevokeProgrammeLink(programmeId: string) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<unknown, ApiError, string>({
    mutationFn: (linkId) =>
      sendWrite("POST", `/grant-programmes/${programmeId}/links/${linkId}/revoke`, language, {}),
    onSuccess: () => client.invalidateQueries(),
  });
}

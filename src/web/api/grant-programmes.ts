import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { RouteArgs } from "../../contract/api-route";
import type {
  ApplicationLinkInput,
  CreatedApplicationLink,
} from "../../contract/grant-applications";
import type { Programme, ProgrammeInput } from "../../contract/grants";
import { grantRoutes as api } from "../../contract/routes/grants";
import { useLanguage } from "../i18n/useFormat";
import { callRoute } from "./call";
import type { ApiError } from "./client";
import { useRouteQuery } from "./queries";

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

/** The body as the route types it; a number typed wrong still goes as its text (see above). */
const sent = (body: ProgrammeBody) =>
  body as unknown as RouteArgs<typeof api.createGrantProgramme>["body"];

/** One grant programme (Förderaufruf); "" waits. */
export const useGrantProgramme = (id: string) =>
  useRouteQuery(api.getGrantProgramme, id ? { params: { id } } : null);

/** The applications of one programme (whether a grant fixes its terms). */
export const useProgrammeApplications = (id: string) =>
  useRouteQuery(api.listGrantApplications, id ? { query: { programmeId: id } } : null);

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
        ? callRoute(api.updateGrantProgramme, { params: { id }, body: sent(input) }, language)
        : callRoute(api.createGrantProgramme, { body: sent(input) }, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

/** The application links of a programme (office). */
export const useProgrammeLinks = (programmeId: string) =>
  useRouteQuery(api.listProgrammeLinks, { params: { id: programmeId } });

/**
 * Creates a link: the answer carries the token once. The route keeps no idempotency record (the
 * secret must not be stored for a replay), so the form's disabled button is the guard.
 */
export function useCreateProgrammeLink(programmeId: string) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<CreatedApplicationLink, ApiError, ApplicationLinkInput>({
    mutationFn: (input) =>
      callRoute(api.createProgrammeLink, { params: { id: programmeId }, body: input }, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

export function useRevokeProgrammeLink(programmeId: string) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<unknown, ApiError, string>({
    mutationFn: (linkId) =>
      callRoute(api.revokeProgrammeLink, { params: { id: programmeId, linkId } }, language),
    onSuccess: () => client.invalidateQueries(),
  });
}

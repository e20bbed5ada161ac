import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Booking, BookingInput, FundSource, FundSourceInput } from "../../contract/ledger";
import { ledgerRoutes as api } from "../../contract/routes/ledger";
import { useLanguage } from "../i18n/useFormat";
import { callRoute } from "./call";
import type { ApiError } from "./client";

export function useFunds() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/funds", language],
    queryFn: () => callRoute(api.listFunds, {}, language),
  });
}

export function useFund(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/funds", id, language],
    queryFn: () => callRoute(api.getFund, { params: { fundId: id } }, language),
  });
}

export function useFundBookings(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/funds", id, "bookings", language],
    queryFn: () => callRoute(api.listFundBookings, { params: { fundId: id } }, language),
  });
}

/**
 * Books one entry. The caller passes the idempotency key: it stays the same while the typed
 * values stay the same, so a retry after a lost answer books nothing twice.
 */
export function useBook(fundId: string) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<Booking, ApiError, { input: BookingInput; key: string }>({
    mutationFn: ({ input, key }) =>
      callRoute(api.bookOnFund, { params: { fundId }, body: input }, language, {
        "idempotency-key": key,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["/funds"] }),
  });
}

export function useFundOutlook(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/funds", id, "outlook", language],
    queryFn: () => callRoute(api.getFundOutlook, { params: { fundId: id } }, language),
  });
}

export function useFieldBudgets() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/funds", "by-action-field", language],
    queryFn: () => callRoute(api.listFieldBudgets, {}, language),
  });
}

export function useFundSources(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/funds", id, "sources", language],
    queryFn: () => callRoute(api.listFundSources, { params: { fundId: id } }, language),
  });
}

export function useAddSource(fundId: string) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<FundSource, ApiError, FundSourceInput>({
    mutationFn: (input) =>
      callRoute(api.addFundSource, { params: { fundId }, body: input }, language),
    onSuccess: () => client.invalidateQueries({ queryKey: ["/funds"] }),
  });
}

export function useMeasureBookings(measureId: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/funds", "measure", measureId, language],
    queryFn: () => callRoute(api.listMeasureBookings, { params: { measureId } }, language),
  });
}

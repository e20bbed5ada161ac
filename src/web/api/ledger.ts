import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Booking,
  BookingInput,
  BookingList,
  FieldBudgetList,
  Fund,
  FundList,
  FundOutlook,
  FundSource,
  FundSourceInput,
  FundSourceList,
  MeasureBookingList,
} from "../../contract/ledger";
import { useLanguage } from "../i18n/useFormat";
import { type ApiError, getJson, sendJson } from "./client";

export function useFunds() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/funds", language],
    queryFn: () => getJson<FundList>("/funds", language),
  });
}

export function useFund(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/funds", id, language],
    queryFn: () => getJson<Fund>(`/funds/${id}`, language),
  });
}

export function useFundBookings(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/funds", id, "bookings", language],
    queryFn: () => getJson<BookingList>(`/funds/${id}/bookings`, language),
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
      sendJson<Booking>("POST", `/funds/${fundId}/bookings`, input, language, {
        "idempotency-key": key,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["/funds"] }),
  });
}

export function useFundOutlook(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/funds", id, "outlook", language],
    queryFn: () => getJson<FundOutlook>(`/funds/${id}/outlook`, language),
  });
}

export function useFieldBudgets() {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/funds", "by-action-field", language],
    queryFn: () => getJson<FieldBudgetList>("/funds/by-action-field", language),
  });
}

export function useFundSources(id: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/funds", id, "sources", language],
    queryFn: () => getJson<FundSourceList>(`/funds/${id}/sources`, language),
  });
}

export function useAddSource(fundId: string) {
  const language = useLanguage();
  const client = useQueryClient();
  return useMutation<FundSource, ApiError, FundSourceInput>({
    mutationFn: (input) =>
      sendJson<FundSource>("POST", `/funds/${fundId}/sources`, input, language),
    onSuccess: () => client.invalidateQueries({ queryKey: ["/funds"] }),
  });
}

export function useMeasureBookings(measureId: string) {
  const language = useLanguage();
  return useQuery({
    queryKey: ["/funds", "measure", measureId, language],
    queryFn: () => getJson<MeasureBookingList>(`/measures/${measureId}/bookings`, language),
  });
}

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Booking, BookingInput, BookingList, Fund, FundList } from "../../contract/ledger";
import { type ApiError, getJson, sendJson } from "./client";

function useLanguage() {
  const { i18n } = useTranslation();
  return i18n.resolvedLanguage ?? i18n.language;
}

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

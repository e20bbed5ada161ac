/** How each state of a reporting duty is shown (badge tone), on the reports page, the committee page and the overview. */
export const dutyStateTone = {
  open: "info",
  updatesOverdue: "warning",
  paperOverdue: "danger",
  reported: "success",
} as const;

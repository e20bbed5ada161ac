/**
 * Messages of the application side of grants (links to apply without an account, attachments,
 * a new measure proposed with the application). Merged into the one catalogue in messages.ts.
 */
export const grantApplicationMessages = {
  de: {
    "grant.linkNotFound": "Diesen Antragslink gibt es nicht.",
    "grant.linkNotUsable": "Dieser Antragslink ist ungültig, abgelaufen oder widerrufen.",
    "grant.linkExpiryPast": "Das Ablaufdatum liegt in der Vergangenheit.",
  },
  en: {
    "grant.linkNotFound": "This application link does not exist.",
    "grant.linkNotUsable": "This application link is invalid, expired or revoked.",
    "grant.linkExpiryPast": "The expiry date lies in the past.",
  },
} as const;

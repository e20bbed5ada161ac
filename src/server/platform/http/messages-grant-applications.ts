/**
 * Messages of the application side of grants (links to apply without an account, attachments,
 * a new measure proposed with the application). Merged into the one catalogue in messages.ts.
 */
export const grantApplicationMessages = {
  de: {
    "grant.linkNotFound": "Diesen Antragslink gibt es nicht.",
    "grant.linkNotUsable": "Dieser Antragslink ist ungültig, abgelaufen oder widerrufen.",
    "grant.linkExpiryPast": "Das Ablaufdatum liegt in der Vergangenheit.",
    "grant.measureEitherOr":
      "Bitte entweder eine bestehende Maßnahme wählen oder eine neue vorschlagen, nicht beides.",
    "grant.measureTypeUnknown": "Diese Maßnahmenart gibt es nicht.",
    "grant.recommendationUnknown": "Diese Handlungsempfehlung gibt es nicht.",
  },
  en: {
    "grant.linkNotFound": "This application link does not exist.",
    "grant.linkNotUsable": "This application link is invalid, expired or revoked.",
    "grant.linkExpiryPast": "The expiry date lies in the past.",
    "grant.measureEitherOr": "Please choose an existing measure or propose a new one, not both.",
    "grant.measureTypeUnknown": "There is no such measure type.",
    "grant.recommendationUnknown": "There is no such recommendation.",
  },
} as const;

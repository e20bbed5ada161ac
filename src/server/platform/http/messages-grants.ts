/**
 * Messages of grants to course providers: the codes of domain/grants.ts and
 * domain/grant-money.ts and the grant services. Merged into the one catalogue in messages.ts.
 * Amounts arrive as cents ({restCents}) and formatted ({rest}).
 */
export const grantMessages = {
  de: {
    "grant.amountInvalid": "Bitte einen Betrag in Euro und Cent angeben.",
    "grant.amountNegative": "Der Betrag darf nicht negativ sein.",
    "grant.amountZero": "Der Betrag muss größer als 0 € sein.",
    "grant.costPlanEmpty": "Der Kostenplan braucht mindestens eine Kostenart mit Betrag.",
    "grant.costKindTwice": "Diese Kostenart steht schon im Plan.",
    "grant.costKindNotEligible": "Diese Kostenart ist in diesem Förderaufruf nicht förderfähig.",
    "grant.costKindNotPlanned": "Diese Kostenart steht nicht im bewilligten Kostenplan.",
    "grant.planNotBalanced":
      "Der Finanzierungsplan geht nicht auf: Eigenanteil, Drittmittel und beantragter Betrag ergeben {financed}, die Gesamtkosten sind {total} (Differenz {difference}).",
    "grant.shareExceeded":
      "Beantragt werden können höchstens {max} (Höchstanteil dieses Förderaufrufs an den Gesamtkosten).",
    "grant.periodReversed": "Das Ende des Bewilligungszeitraums liegt vor seinem Beginn.",
    "grant.deadlinePassed": "Die Antragsfrist dieses Förderaufrufs endete am {deadline}.",
    "grant.grantAboveRequest":
      "Bewilligt werden kann höchstens der beantragte Betrag ({requested}).",
    "grant.paymentAboveRest":
      "Abgerufen werden können höchstens noch {rest} (Rest der Zuwendung nach Zahlungen und offenen Abrufen).",
    "grant.paymentBeforePeriod":
      "Mittel können erst für den Bewilligungszeitraum abgerufen werden (ab {from}).",
    "grant.paymentAfterPeriod": "Der Bewilligungszeitraum endet am {to}.",
    "grant.paymentTooEarly":
      "Abgerufen werden darf nur, was binnen {months} Monaten gebraucht wird (bis {latest}).",
    "grant.programmeNotFound": "Diesen Förderaufruf gibt es nicht.",
    "grant.termsFixed":
      "Dieser Förderaufruf hat schon eine Bewilligung: Haushaltsmittel, Finanzierungsart, Höchstanteil, förderfähige Kostenarten und zulässige Überschreitung bleiben, wie sie im Bescheid stehen. Für andere Bedingungen bitte einen neuen Förderaufruf anlegen.",
    "grant.applicationNotFound": "Diesen Antrag gibt es nicht.",
    "grant.paymentRequestNotFound": "Diesen Mittelabruf gibt es nicht.",
    "grant.fundUnknown": "Dieses Haushaltsmittel gibt es nicht.",
    "grant.partnerUnknown": "Diese Organisation gibt es nicht.",
    "grant.partnerRequired": "Bitte die antragstellende Organisation wählen.",
    "grant.measureUnknown": "Diese Maßnahme gibt es nicht.",
    "grant.measureRequired":
      "Für die Bewilligung braucht es die Maßnahme, für die die Mittel gebunden werden.",
    "grant.notEditable": "Der Antrag ist eingereicht und kann nicht mehr geändert werden.",
    "grant.stateChange": "Ein Antrag im Stand „{from}“ kann nicht „{to}“ werden.",
    "grant.notGranted": "Der Antrag ist nicht bewilligt.",
    "grant.paymentDecided": "Über diesen Mittelabruf ist schon entschieden.",
    "grant.proofExists": "Für diesen Antrag liegt schon ein Verwendungsnachweis vor.",
    "grant.proofMissing": "Es liegt noch kein Verwendungsnachweis vor.",
    "grant.proofConfirmed": "Der Verwendungsnachweis ist schon bestätigt.",
    "grant.proofNotConfirmed":
      "Das Abrechnungsschreiben gibt es, sobald das Amt den Verwendungsnachweis bestätigt hat.",
    "grant.noticeReferenceTaken": "Dieses Aktenzeichen trägt schon ein anderer Bescheid.",
    "grant.paymentsOpen":
      "Erst über die offenen Mittelabrufe entscheiden, dann den Verwendungsnachweis prüfen.",
  },
  en: {
    "grant.amountInvalid": "Please give an amount in euros and cents.",
    "grant.amountNegative": "The amount must not be negative.",
    "grant.amountZero": "The amount must be more than €0.",
    "grant.costPlanEmpty": "The cost plan needs at least one cost kind with an amount.",
    "grant.costKindTwice": "This cost kind is already in the plan.",
    "grant.costKindNotEligible": "This cost kind is not eligible in this programme.",
    "grant.costKindNotPlanned": "This cost kind is not in the granted cost plan.",
    "grant.planNotBalanced":
      "The financing plan does not add up: own share, third-party money and the amount asked make {financed}; the total cost is {total} (difference {difference}).",
    "grant.shareExceeded":
      "At most {max} can be asked for (this programme's maximum share of the total cost).",
    "grant.periodReversed": "The grant period ends before it begins.",
    "grant.deadlinePassed": "This programme's deadline ended on {deadline}.",
    "grant.grantAboveRequest": "At most the amount asked ({requested}) can be granted.",
    "grant.paymentAboveRest":
      "At most {rest} can still be requested (the rest of the grant after payments and open requests).",
    "grant.paymentBeforePeriod": "Money can only be requested for the grant period (from {from}).",
    "grant.paymentAfterPeriod": "The grant period ends on {to}.",
    "grant.paymentTooEarly":
      "Only what is needed within {months} months may be requested (until {latest}).",
    "grant.programmeNotFound": "There is no such programme.",
    "grant.termsFixed":
      "This programme already has a grant: fund, financing type, maximum share, eligible cost kinds and overspend allowance stay as the notice states them. For other terms, please open a new programme.",
    "grant.applicationNotFound": "There is no such application.",
    "grant.paymentRequestNotFound": "There is no such payment request.",
    "grant.fundUnknown": "There is no such fund.",
    "grant.partnerUnknown": "There is no such organisation.",
    "grant.partnerRequired": "Please choose the applying organisation.",
    "grant.measureUnknown": "There is no such measure.",
    "grant.measureRequired": "Granting needs the measure the money is committed for.",
    "grant.notEditable": "The application has been submitted and can no longer be changed.",
    "grant.stateChange": "An application that is “{from}” cannot become “{to}”.",
    "grant.notGranted": "The application is not granted.",
    "grant.paymentDecided": "This payment request has already been decided.",
    "grant.proofExists": "A proof of use for this application exists already.",
    "grant.proofMissing": "There is no proof of use yet.",
    "grant.proofConfirmed": "The proof of use has already been confirmed.",
    "grant.proofNotConfirmed":
      "The settlement letter exists once the office has confirmed the proof of use.",
    "grant.noticeReferenceTaken": "Another notice already has this reference.",
    "grant.paymentsOpen": "Decide the open payment requests first, then check the proof of use.",
  },
};

/** The states of an application as named in messages (the web has its own in i18n). */
export const stateNames = {
  de: {
    draft: "Entwurf",
    submitted: "eingereicht",
    underReview: "in Prüfung",
    granted: "bewilligt",
    partlyGranted: "teilweise bewilligt",
    refused: "abgelehnt",
    withdrawn: "zurückgezogen",
  },
  en: {
    draft: "draft",
    submitted: "submitted",
    underReview: "under review",
    granted: "granted",
    partlyGranted: "partly granted",
    refused: "refused",
    withdrawn: "withdrawn",
  },
} as const;

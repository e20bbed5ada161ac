import { germanDate } from "../../../domain/dates";
import type { Language } from "./language";
import { countyMessages } from "./messages-county";
import { grantApplicationMessages } from "./messages-grant-applications";
import { grantMessages } from "./messages-grants";

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

type Catalogue = Record<string, string>;

/** Titles and rule messages of problem responses, in both languages. {name} fills params. */
const messages: Record<Language, Catalogue> = {
  de: {
    "problem.validation": "Die Eingabe ist ungültig.",
    "problem.validation.detail": "Bitte korrigieren Sie die markierten Felder.",
    "problem.notFound": "Nicht gefunden.",
    "problem.routeNotFound": "Diese Adresse gibt es nicht: {method} {url}",
    "problem.conflict": "Konflikt mit dem aktuellen Stand.",
    "problem.unprocessable": "Die Anfrage verletzt eine fachliche Regel.",
    "problem.unsupportedMediaType": "Dieses Format wird nicht angenommen: {contentType}",
    "problem.payloadTooLarge": "Die Anfrage ist zu groß.",
    "problem.badRequest": "Die Anfrage ist fehlerhaft.",
    "problem.uriTooLong": "Die Adresse ist zu lang.",
    "problem.requestTimeout": "Die Anfrage kam nicht rechtzeitig vollständig an.",
    "problem.headersTooLarge": "Die Kopfzeilen der Anfrage sind zu groß.",
    "problem.invalidJson": "Der Inhalt ist kein gültiges JSON.",
    "problem.methodNotAllowed": "Diese Methode ist hier nicht erlaubt.",
    "problem.tooManyRequests": "Zu viele Anfragen. Bitte warten Sie einen Moment.",
    "problem.internal":
      "Ein unerwarteter Fehler ist aufgetreten. Bitte nennen Sie der Administration die Fehlernummer.",
    "problem.unavailable": "Der Dienst ist vorübergehend nicht verfügbar.",
    "problem.unauthenticated": "Bitte melden Sie sich an.",
    "problem.forbidden": "Dafür fehlt Ihnen die Berechtigung.",
    "auth.required": "Für diese Aktion müssen Sie angemeldet sein.",
    "auth.invalidCredentials": "E-Mail-Adresse oder Passwort ist falsch.",
    "auth.locked":
      "Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in {minutes} Minuten erneut.",
    "auth.secondFactorRequired": "Bitte geben Sie den Code Ihrer Authenticator-App ein.",
    "auth.secondFactorInvalid": "Der Code ist falsch oder abgelaufen.",
    "auth.secondFactorNeeded":
      "Für Verwaltungsaufgaben brauchen Administratorinnen und Administratoren einen zweiten Faktor (TOTP). Richten Sie ihn unter „Konto“ ein.",
    "auth.forbidden": "Ihre Rolle erlaubt diese Aktion nicht.",
    "auth.tokenInvalid":
      "Das Zugangstoken ist unbekannt, widerrufen oder abgelaufen, oder sein Konto ist gesperrt.",
    "auth.tokenReadOnly": "Dieses Zugangstoken darf nur lesen.",
    "auth.tokenForbidden":
      "Mit einem Zugangstoken ist das nicht erlaubt (Administration und das eigene Konto nur nach Anmeldung).",
    "accessToken.notFound": "Dieses Zugangstoken gibt es nicht.",
    "auth.oidcOff":
      "Die Anmeldung über den Identitätsdienst des Landkreises ist nicht eingerichtet.",
    "auth.oidcFailed":
      "Die Anmeldung über den Identitätsdienst ist fehlgeschlagen oder abgelaufen. Bitte beginnen Sie sie erneut.",
    "auth.oidcNoGroup":
      "Ihr Landkreis-Konto ist keiner Kurs-Gruppe zugeordnet. Bitte wenden Sie sich an die IT oder die Kurs-Administration, damit Sie einer Gruppe zugeordnet werden.",
    "auth.oidcLocked":
      "Ihr Kurs-Konto ist gesperrt. Bitte wenden Sie sich an die Kurs-Administration.",
    "auth.oidcNoEmail":
      "Der Identitätsdienst hat keine E-Mail-Adresse übermittelt; ohne sie kann Kurs kein Konto anlegen.",
    "auth.oidcEmailTaken":
      "Ein anderes Kurs-Konto nutzt bereits diese E-Mail-Adresse. Bitte wenden Sie sich an die Kurs-Administration.",
    "auth.csrf": "Anfrage abgelehnt: Sie kam nicht von Kurs selbst (Origin fehlt oder ist fremd).",
    "auth.totpNotStarted": "Bitte starten Sie die Einrichtung des zweiten Faktors zuerst.",
    "password.tooShort": "Das Passwort muss mindestens 12 Zeichen lang sein.",
    "password.tooLong": "Das Passwort darf höchstens 256 Zeichen lang sein.",
    "password.common": "Dieses Passwort ist zu verbreitet. Bitte wählen Sie ein anderes.",
    "password.wrongCurrent": "Das bisherige Passwort ist falsch.",
    "user.emailTaken": "Es gibt bereits ein Konto mit dieser E-Mail-Adresse.",
    "user.notFound": "Dieses Konto gibt es nicht.",
    "user.selfChange":
      "Die eigene Rolle und die eigene Sperre ändert eine andere Administratorin oder ein anderer Administrator.",
    "user.lastAdmin":
      "Das ist das letzte aktive Administrationskonto. Legen Sie zuerst ein weiteres an.",
    "reset.invalid": "Dieser Link ist ungültig, abgelaufen oder wurde schon benutzt.",
    "conceptVersion.notFound": "Diese Konzeptversion gibt es nicht.",
    "conceptVersion.notDraft":
      "Diese Konzeptversion ist beschlossen und kann nicht mehr geändert werden. Legen Sie einen Entwurf an.",
    "conceptVersion.noAdopted": "Es gibt noch keine beschlossene Konzeptversion.",
    "actionField.notInVersion": "Dieses Handlungsfeld gehört nicht zu dieser Konzeptversion.",
    "fund.notFound": "Diese Haushaltsmittel gibt es nicht.",
    "ledger.amountNotCents": "Beträge sind ganze Cent.",
    "ledger.amountTooLarge": "Der Betrag liegt über der Obergrenze von 100.000.000.000,00 €.",
    "ledger.fundTooLarge":
      "Mit dieser Buchung läge das Haushaltsmittel über der Obergrenze von 100.000.000.000,00 €.",
    "ledger.yearClosed":
      "Das Haushaltsjahr {year} ist abgeschlossen: Buchungen mit Datum in {year} sind nicht mehr möglich (Nachbuchungen waren bis {until} möglich).",
    "ledger.yearClosedLateBookingPossible":
      "Das Haushaltsjahr {year} ist abgeschlossen: eine Buchung mit Datum in {year} ist nur noch als Nachbuchung mit Begründung möglich, bis {until}.",
    "ledger.amountNotPositive": "Der Betrag muss größer als 0 sein.",
    "ledger.outsideFiscalYear": "Das Buchungsdatum liegt nicht im Haushaltsjahr dieser Mittel.",
    "ledger.measureRequired": "Eine Mittelbindung braucht eine Maßnahme.",
    "ledger.measureUnknown": "Diese Maßnahme gibt es nicht.",
    "ledger.outsidePurpose":
      "Zweckbindung: Diese Maßnahme liegt am {date} nicht im Zweck dieser Haushaltsmittel. Den Zweck ändert nur ein Beschluss.",
    "ledger.insufficientFunds":
      "Nicht genug verfügbare Mittel: es fehlen {missing}. Eine Überschreitung braucht eine über- oder außerplanmäßige Bewilligung.",
    "ledger.paymentExceedsCommitment":
      "Die Auszahlung übersteigt den offenen Rest der Mittelbindung um {missing}.",
    "ledger.releaseExceedsRest":
      "Die Freigabe übersteigt den offenen Rest der Mittelbindung um {missing}.",
    "ledger.unblockExceedsBlocked":
      "Es ist weniger gesperrt als entsperrt werden soll (Differenz {missing}).",
    "ledger.commitmentUnknown":
      "Diese Mittelbindung gibt es bei diesen Haushaltsmitteln nicht (oder sie ist storniert).",
    "ledger.commitmentHasPayments":
      "Die Mittelbindung hat noch Auszahlungen oder Freigaben ({missing}); stornieren Sie diese zuerst.",
    "ledger.bookingUnknown": "Diese Buchung gibt es bei diesen Haushaltsmitteln nicht.",
    "ledger.alreadyReversed": "Diese Buchung ist bereits storniert.",
    "ledger.reversalOfReversal": "Ein Storno kann nicht storniert werden; buchen Sie neu.",
    "ledger.reversalAmount": "Ein Storno hat den Betrag der stornierten Buchung.",
    "ledger.counterFundUnknown":
      "Die Gegen-Haushaltsmittel gibt es nicht (oder es sind dieselben).",
    "ledger.fundUnknown": "Diese Haushaltsmittel gibt es nicht.",
    "ledger.idempotencyKeyReused":
      "Dieser Idempotency-Key wurde schon für eine andere Buchung verwendet.",
    "idempotency.keyInvalid":
      "Der Idempotency-Key muss 1 bis 200 sichtbare ASCII-Zeichen lang sein.",
    "idempotency.keyReused":
      "Dieser Idempotency-Key wurde schon für eine andere Eingabe verwendet. Bitte senden Sie das Formular neu.",
    "idempotency.inProgress":
      "Eine Anfrage mit diesem Idempotency-Key wird noch bearbeitet. Bitte versuchen Sie es gleich noch einmal.",
    "idempotency.outcomeUnknown":
      "Eine frühere Anfrage mit diesem Idempotency-Key wurde gespeichert, ihre Antwort ging aber verloren. Bitte prüfen Sie, ob der Eintrag schon angelegt ist, bevor Sie ihn neu erfassen.",
    "measure.notFound": "Diese Maßnahme gibt es nicht.",
    "measure.unknownType": "Diese Maßnahmenart gibt es nicht.",
    "measure.unknownRecommendation":
      "Diese Handlungsempfehlung gibt es im beschlossenen Konzept nicht.",
    "measure.unknownPartner": "Diesen Netzwerkpartner gibt es nicht.",
    "measure.unknownMunicipality": "Diese Gemeinde gibt es nicht.",
    "measure.retiredMunicipality":
      "Diese Gemeinde ist ausgeschieden und kann keiner Maßnahme neu zugeordnet werden. Wählen Sie eine der aktuellen Gemeinden.",
    "measure.leadNotPartner": "Die federführende Organisation muss unter den Partnern sein.",
    "measure.endBeforeStart": "Das Ende liegt vor dem Beginn.",
    "measure.statusTransition":
      "Dieser Statuswechsel ist nicht erlaubt. Abgeschlossene und verworfene Maßnahmen bleiben es; abschließen kann man nur, was in Umsetzung ist.",
    "measure.statusInFuture": "Ein Statuswechsel kann nicht in der Zukunft liegen.",
    "measure.statusBeforeLast":
      "Der Statuswechsel liegt vor dem letzten ({date}). Bitte ein späteres Datum wählen.",
    "measure.notOwnMeasure":
      "Sie können nur für Maßnahmen Ihrer eigenen Organisation einen Sachstand melden.",
    "progress.inFuture": "Ein Sachstand kann nicht in der Zukunft liegen.",
    "partner.notFound": "Diesen Netzwerkpartner gibt es nicht.",
    "import.refused": "Der Import wurde abgelehnt; es wurde nichts gespeichert.",
    "import.refusedDetail":
      "Bitte korrigieren Sie die genannten Zeilen und Spalten und laden Sie die Datei erneut.",
    "import.required": "Pflichtangabe fehlt.",
    "import.tooLong": "Zu lang (höchstens 300 Zeichen).",
    "import.unknownField": "Dieses Handlungsfeld gibt es im beschlossenen Konzept nicht.",
    "import.unknownRecommendation":
      "Diese Handlungsempfehlung gibt es in diesem Handlungsfeld nicht.",
    "import.unknownType": "Diese Maßnahmenart gibt es nicht.",
    "import.invalidDate": "Dieses Datum gibt es nicht (Format TT.MM.JJJJ).",
    "import.endBeforeStart": "Das Ende liegt vor dem Beginn.",
    "import.invalidAmount": "Kein Betrag in Euro (z. B. 1.250,50).",
    "import.invalidNumber": "Keine Zahl (z. B. 0,5).",
    "import.missingColumn": "Diese Spalte fehlt in der Kopfzeile.",
    "capacity.toBeforeFrom": "Der letzte Monat liegt vor dem ersten.",
    "capacity.tooManyMonths": "Höchstens 60 Monate auf einmal.",
    "capacity.positionNotFound": "Diese Stelle gibt es nicht.",
    "capacity.periodEndBeforeStart": "Ein Zeitraum endet vor seinem Beginn.",
    "capacity.periodsOverlap": "Die Zeiträume der Stelle überschneiden sich.",
    "goal.notInVersion": "Dieses Handlungsziel gehört nicht zu dieser Konzeptversion.",
    "conceptItem.notFound": "Diesen Eintrag gibt es in dieser Konzeptversion nicht.",
    "conceptItem.atEdge": "Der Eintrag steht schon an dieser Stelle ganz oben oder ganz unten.",
    "committee.notFound": "Dieses Gremium gibt es nicht.",
    "meeting.notFound": "Diese Sitzung gibt es nicht.",
    "paper.notFound": "Diese Vorlage gibt es nicht.",
    // Vorlagen bearbeiten, Anlagen, OParl
    "paper.decided":
      "Diese Vorlage ist beschlossen: Text und Anlagen bleiben, wie sie beschlossen wurden.",
    "paperFile.type": "Erlaubt sind nur PDF, DOCX, XLSX, PNG und JPEG.",
    "paperFile.empty": "Die Datei ist leer.",
    "paperFile.tooLarge": "Die Datei ist zu groß (höchstens {maxMiB} MiB).",
    "paperFile.contentMismatch": "Der Inhalt der Datei passt nicht zu ihrem Typ.",
    "paperFile.fileName": "Bitte geben Sie einen Dateinamen an.",
    "paperFile.notFound": "Diese Anlage gibt es nicht.",
    "oparl.notFound": "Dieses OParl-Objekt gibt es nicht.",
    "consultation.meetingOfOtherCommittee":
      "Diese Sitzung ist eine Sitzung eines anderen Gremiums.",
    "resolution.notFound": "Diesen Beschluss gibt es nicht.",
    "resolution.effectsNeedAdoption":
      "Wirkungen gibt es nur bei einem angenommenen Beschluss (unverändert oder geändert beschlossen).",
    "resolution.meetingOfOtherCommittee": "Diese Sitzung gehört zu einem anderen Gremium.",
    "resolution.consultationMismatch":
      "Dieser Schritt der Beratungsfolge gehört nicht zu dieser Vorlage oder diesem Gremium.",
    "resolution.versionNotDraft":
      "Nur ein Entwurf kann beschlossen werden; diese Konzeptversion ist bereits beschlossen oder abgelöst.",
    "resolution.versionNotAdopted":
      "Bestätigen lässt sich nur die geltende, beschlossene Konzeptversion.",
    "resolution.actionFieldUnknown": "Dieses Handlungsfeld gibt es nicht.",
    "resolution.periodReversed": "Das Ende liegt vor dem Beginn.",
    "resolution.fundUnknown": "Diese Haushaltsmittel gibt es nicht.",
    "resolution.measureTypeUnknown": "Diese Maßnahmenart gibt es nicht.",
    "resolution.purposeIncomplete": "Für diese Art der Zweckbindung fehlt die Angabe.",
    "resolution.reportingDutyUnknown": "Diese Berichtspflicht gibt es nicht.",
    // Beschlussverfolgung
    "followUp.notFound": "Diese Aufgabe zur Umsetzung gibt es nicht.",
    "followUp.beforeDecision": "Das Datum liegt vor dem Beschluss ({decidedOn}).",
    "followUp.inFuture": "Das Datum liegt in der Zukunft.",
    "followUp.closedOnNeedsClosing":
      "Ein Erledigungsdatum gibt es nur bei „erledigt“ oder „überholt“.",
    "calendarFeed.notFound": "Diesen Kalender gibt es nicht.",
    "oparlSync.urlInvalid":
      "Geben Sie die Adresse des OParl-Systems vollständig an, z. B. https://ratsinfo.landkreis.de/oparl/v1.",
    "oparlSync.urlPrivate":
      "Diese Adresse führt in ein internes Netz (Loopback, link-lokal oder privat). Geben Sie die öffentliche Adresse des Ratsinformationssystems an.",
    "oparlSync.urlUnresolved":
      "Diese Adresse lässt sich nicht auflösen. Prüfen Sie den Namen des Servers.",
    "oparlSync.running": "Ein Abgleich läuft schon. Warten Sie, bis er fertig ist.",
    "oparlSync.noSource": "Geben Sie zuerst die Adresse des OParl-Systems an.",
    "paperDraft.fieldMissing":
      "Wählen Sie das Handlungsfeld, um das die Zweckbindung erweitert wird.",
    "paperDraft.fieldUnknown": "Dieses Handlungsfeld gibt es nicht.",
    "paperDraft.fieldInPurpose":
      "Das Handlungsfeld „{field}“ gehört schon ganz zur Zweckbindung dieser Haushaltsmittel.",
    "paperDraft.committeeMissing":
      "Wählen Sie das Gremium, das entscheidet (für diese Mittel ist keines erfasst).",
    "paperDraft.yearClosed":
      "Das Haushaltsjahr dieser Mittel ist abgeschlossen oder ihr Rest schon übertragen.",
    "paperDraft.versionNotDraft":
      "Eine Vorlage lässt sich nur aus einem Entwurf des Integrationskonzepts entwerfen.",
    "paperDraft.reportHasPaper":
      "Dieser Bericht gehört schon zu einer Vorlage. Bearbeiten Sie diese auf ihrer Seite.",
    "paperDraft.reportSuperseded":
      "Dieser Bericht ist durch einen neueren ersetzt. Entwerfen Sie die Vorlage aus dem neueren Bericht.",
    "paperDeadline.notWhole": "Geben Sie die Vorlagenfrist als ganze Zahl von Tagen an, z. B. 21.",
    "paperDeadline.range":
      "Die Vorlagenfrist liegt zwischen {min} und {max} Tagen vor der Sitzung.",
    // Maßnahmen: XLSX- und Sachstands-Import
    "import.notXlsx": "Die Datei ist keine Excel-Arbeitsmappe (XLSX).",
    "import.xlsxTooLarge": "Die Arbeitsmappe ist entpackt zu groß.",
    "import.tooManyRows": "Zu viele Zeilen (höchstens {max}).",
    "import.notCsv": "Die Datei ist keine lesbare CSV-Datei.",
    "import.unknownMeasure": "Eine Maßnahme mit diesem Titel gibt es nicht.",
    "import.ambiguousMeasure": "Mehrere Maßnahmen tragen diesen Titel; bitte eindeutig benennen.",
    "import.dateInFuture": "Das Datum liegt in der Zukunft.",
    "import.unknownLight": "Unbekannte Ampel (grün, gelb, rot oder grau).",
    "import.tooLongText": "Zu lang (höchstens 10.000 Zeichen).",
    // Multi-tenant operation
    "tenant.disabled":
      "Dieser Landkreis ist in dieser Installation deaktiviert; bitte wenden Sie sich an den Betrieb.",
    // public site
    "measure.repeatedTranslation": "Für diese Sprache gibt es schon eine Übersetzung.",
    "measureType.exists": "Diese Maßnahmenart gibt es schon.",
    // Budget ledger: approvals, year end, sources, reconciliation
    "ledger.carryOverNotNextYear":
      "Ein Haushaltsrest geht nur in Mittel des folgenden Haushaltsjahres.",
    "fundSource.noticeRequired":
      "Eine Zuwendung braucht das Aktenzeichen ihres Zuwendungsbescheids.",
    "fundSource.exceedsEstimate":
      "Die Quellen zusammen übersteigen den Ansatz der Mittel um {missing}.",
    "fundSource.notFound": "Diese Quelle gibt es bei diesen Haushaltsmitteln nicht.",
    "reconcile.refused": "Der Abgleich wurde nicht übernommen; keine Zahlung wurde gebucht.",
    // committee reports
    "reportingDuty.notFound": "Diese Berichtspflicht gibt es nicht.",
    "reportDraft.notFound": "Diesen Berichtsentwurf gibt es nicht.",
    "reportDraft.periodEndBeforeStart": "Das Ende des Berichtszeitraums liegt vor seinem Beginn.",
    "reportDraft.final":
      "Dieser Entwurf ist bereits abgeschlossen; der endgültige Bericht wird nicht geändert, sondern durch einen neuen ersetzt.",
    "committeeReport.notFound": "Diesen Bericht gibt es nicht.",
    "committeeReport.alreadySuperseded": "Dieser Bericht ist bereits durch einen neueren ersetzt.",
    // Indicators (Kennzahlen)
    "indicator.notFound": "Diese Kennzahl gibt es nicht.",
    "indicator.keyTaken": "Dieser Schlüssel ist schon vergeben.",
    "indicator.unknownPartner": "Diesen Netzwerkpartner gibt es nicht.",
    "indicator.unknownField": "Dieses Handlungsfeld gibt es im beschlossenen Konzept nicht.",
    "indicator.unknownGoal": "Dieses Handlungsziel gehört nicht zum gewählten Handlungsfeld.",
    "indicator.ratioNeedsBoth": "Ein Verhältnis braucht Zähler und Nenner.",
    "indicator.ratioPart":
      "Zähler und Nenner müssen andere Kennzahlen sein, selbst kein Verhältnis.",
    "indicator.ratioHasValues": "Diese Kennzahl hat schon Werte und kann kein Verhältnis werden.",
    "indicator.ratioNoValues": "Ein Verhältnis wird berechnet; es nimmt keine eigenen Werte an.",
    "indicator.usedInRatio":
      "Diese Kennzahl ist Teil eines Verhältnisses und kann nicht gelöscht werden.",
    "indicator.targetYearTwice": "Für dieses Jahr gibt es schon einen Zielwert.",
    "indicator.periodNot.month": "Der Zeitraum muss ein Monat sein (z. B. 2025-03).",
    "indicator.periodNot.quarter": "Der Zeitraum muss ein Quartal sein (z. B. 2025-Q2).",
    "indicator.periodNot.year": "Der Zeitraum muss ein Jahr sein (z. B. 2025).",
    "indicator.valueOrMark":
      "Bitte eine Zahl oder ein Geheimhaltungszeichen angeben, nicht beides.",
    "indicator.negative": "Der Wert darf nicht negativ sein.",
    "indicator.wholeNumber": "Eine Anzahl ist eine ganze Zahl.",
    "indicator.unknownMunicipality": "Diese Gemeinde gibt es nicht.",
    "indicator.notAssigned": "Diese Kennzahl ist Ihrer Organisation nicht zugeordnet.",
    "indicator.notADraft": "Dieser Wert ist kein Entwurf dieser Kennzahl.",
    "link.notFound": "Diesen Erfassungslink gibt es nicht.",
    "link.notUsable": "Dieser Erfassungslink ist ungültig, abgelaufen oder widerrufen.",
    "link.outOfScope": "Dieser Wert gehört nicht zu den Kennzahlen und Zeiträumen des Links.",
    "link.alreadyApproved":
      "Dieser Wert ist schon freigegeben; bitte wenden Sie sich an die Koordinierungsstelle.",
    "link.periodFitsNone": "Dieser Zeitraum passt zu keiner der gewählten Kennzahlen.",
    "indicator.oneDraftPerCell":
      "Für diesen Zeitraum und Ort ist schon ein anderer Entwurf gewählt; freigegeben wird je Wert nur einer.",
    "link.expiryPast": "Das Ablaufdatum liegt in der Vergangenheit.",
    "indicatorImport.unreadable": "Die Datei kann nicht gelesen werden.",
    "indicatorImport.missingColumn": "Diese Spalte fehlt in der Kopfzeile.",
    "indicatorImport.required": "Pflichtangabe fehlt.",
    "indicatorImport.unknownIndicator": "Eine Kennzahl mit diesem Schlüssel gibt es nicht.",
    "indicatorImport.ratioNoValues": "Ein Verhältnis wird berechnet; es nimmt keine Werte an.",
    "indicatorImport.invalidPeriod": "Dieser Zeitraum passt nicht zur Periodizität der Kennzahl.",
    "indicatorImport.unknownMunicipality":
      "Diese Gemeinde (bzw. dieser Gemeindeschlüssel) ist unbekannt.",
    "indicatorImport.notANumber":
      "Keine Zahl (erlaubt sind auch „.“ und „*“ für geheim gehaltene Werte).",
    "indicatorImport.negative": "Der Wert darf nicht negativ sein.",
    "indicatorImport.wholeNumber": "Eine Anzahl ist eine ganze Zahl.",
    "indicatorImport.invalidDate": "Dieses Datum gibt es nicht (Format TT.MM.JJJJ).",
    "indicatorImport.duplicate": "Dieser Wert steht doppelt in der Datei.",
    // payment import / reconciliation
    "paymentImport.empty": "Die Datei enthält keine Zahlungen.",
    "paymentImport.duplicate": "Dieser Beleg steht mehrmals in der Datei.",
    "paymentImport.fundUnknown":
      "Diese Haushaltsmittel gibt es nicht (ID, Name oder Haushaltsstelle).",
    "paymentImport.fundAmbiguous":
      "Mehrere Haushaltsmittel passen; nennen Sie die ID oder ein Datum im Haushaltsjahr.",
    "paymentImport.commitmentUnknown":
      "Zu diesen Haushaltsmitteln gibt es keine passende Mittelbindung.",
    "paymentImport.commitmentAmbiguous":
      "Die Maßnahme hat mehrere Mittelbindungen; nennen Sie die Mittelbindung.",
    ...countyMessages.de,
    ...grantMessages.de,
    ...grantApplicationMessages.de,
  },
  en: {
    "problem.validation": "The input is invalid.",
    "problem.validation.detail": "Please correct the marked fields.",
    "problem.notFound": "Not found.",
    "problem.routeNotFound": "There is no such address: {method} {url}",
    "problem.conflict": "Conflict with the current state.",
    "problem.unprocessable": "The request breaks a business rule.",
    "problem.unsupportedMediaType": "This format is not accepted: {contentType}",
    "problem.payloadTooLarge": "The request is too large.",
    "problem.badRequest": "The request is malformed.",
    "problem.uriTooLong": "The address is too long.",
    "problem.requestTimeout": "The request did not arrive completely in time.",
    "problem.headersTooLarge": "The request headers are too large.",
    "problem.invalidJson": "The body is not valid JSON.",
    "problem.methodNotAllowed": "This method is not allowed here.",
    "problem.tooManyRequests": "Too many requests. Please wait a moment.",
    "problem.internal":
      "An unexpected error occurred. Please give the administrators the error number.",
    "problem.unavailable": "The service is temporarily unavailable.",
    "problem.unauthenticated": "Please sign in.",
    "problem.forbidden": "You are not allowed to do this.",
    "auth.required": "You must be signed in for this action.",
    "auth.invalidCredentials": "E-mail address or password is wrong.",
    "auth.locked": "Too many failed sign-in attempts. Please try again in {minutes} minutes.",
    "auth.secondFactorRequired": "Please enter the code from your authenticator app.",
    "auth.secondFactorInvalid": "The code is wrong or expired.",
    "auth.secondFactorNeeded":
      "Administrators need a second factor (TOTP) for administration. Set it up under “Account”.",
    "auth.forbidden": "Your role does not allow this action.",
    "auth.tokenInvalid":
      "The access token is unknown, revoked or expired, or its account is locked.",
    "auth.tokenReadOnly": "This access token may only read.",
    "auth.tokenForbidden":
      "Not allowed with an access token (administration and the own account only after signing in).",
    "accessToken.notFound": "This access token does not exist.",
    "auth.oidcOff": "Sign-in through the county's identity provider is not set up.",
    "auth.oidcFailed":
      "Sign-in through the identity provider failed or expired. Please start again.",
    "auth.oidcNoGroup":
      "Your county account is not in any Kurs group. Please ask IT or the Kurs administration to add you to one.",
    "auth.oidcLocked": "Your Kurs account is locked. Please contact the Kurs administration.",
    "auth.oidcNoEmail":
      "The identity provider sent no e-mail address; without one Kurs cannot create an account.",
    "auth.oidcEmailTaken":
      "Another Kurs account already uses this e-mail address. Please contact the Kurs administration.",
    "auth.csrf": "Request refused: it did not come from Kurs itself (Origin missing or foreign).",
    "auth.totpNotStarted": "Please start the second-factor set-up first.",
    "password.tooShort": "The password must be at least 12 characters long.",
    "password.tooLong": "The password must be at most 256 characters long.",
    "password.common": "This password is too common. Please choose another one.",
    "password.wrongCurrent": "The current password is wrong.",
    "user.emailTaken": "There is already an account with this e-mail address.",
    "user.notFound": "This account does not exist.",
    "user.selfChange": "Your own role and lock are changed by another administrator.",
    "user.lastAdmin": "This is the last active administrator account. Create another one first.",
    "reset.invalid": "This link is invalid, expired or has already been used.",
    "conceptVersion.notFound": "This concept version does not exist.",
    "conceptVersion.notDraft":
      "This concept version has been adopted and can no longer be changed. Create a draft.",
    "conceptVersion.noAdopted": "There is no adopted concept version yet.",
    "actionField.notInVersion": "This action field does not belong to this concept version.",
    "fund.notFound": "This fund does not exist.",
    "ledger.amountNotCents": "Amounts are whole cents.",
    "ledger.amountTooLarge": "The amount is above the limit of 100.000.000.000,00 €.",
    "ledger.fundTooLarge":
      "This booking would put the fund above the limit of 100.000.000.000,00 €.",
    "ledger.yearClosed":
      "The fiscal year {year} is closed: bookings dated in {year} are no longer possible (late bookings were possible until {until}).",
    "ledger.yearClosedLateBookingPossible":
      "The fiscal year {year} is closed: a booking dated in {year} is only possible as a late booking (Nachbuchung) with a reason, until {until}.",
    "ledger.amountNotPositive": "The amount must be greater than 0.",
    "ledger.outsideFiscalYear": "The booking date is not in this fund's fiscal year.",
    "ledger.measureRequired": "A commitment needs a measure.",
    "ledger.measureUnknown": "This measure does not exist.",
    "ledger.outsidePurpose":
      "Earmark: on {date} this measure is not within the fund's purpose. Only a resolution changes the purpose.",
    "ledger.insufficientFunds":
      "Not enough available funds: {missing} missing. Going beyond needs an over-budget or unbudgeted approval.",
    "ledger.paymentExceedsCommitment":
      "The payment exceeds the commitment's open rest by {missing}.",
    "ledger.releaseExceedsRest": "The release exceeds the commitment's open rest by {missing}.",
    "ledger.unblockExceedsBlocked":
      "Less is blocked than is to be unblocked (difference {missing}).",
    "ledger.commitmentUnknown": "This commitment does not exist in this fund (or is reversed).",
    "ledger.commitmentHasPayments":
      "The commitment still has payments or releases ({missing}); reverse them first.",
    "ledger.bookingUnknown": "This booking does not exist in this fund.",
    "ledger.alreadyReversed": "This booking is already reversed.",
    "ledger.reversalOfReversal": "A reversal cannot be reversed; book again instead.",
    "ledger.reversalAmount": "A reversal has the amount of the booking it reverses.",
    "ledger.counterFundUnknown": "The counter fund does not exist (or is the same fund).",
    "ledger.fundUnknown": "This fund does not exist.",
    "ledger.idempotencyKeyReused": "This Idempotency-Key was already used for a different booking.",
    "idempotency.keyInvalid": "The Idempotency-Key must be 1 to 200 visible ASCII characters.",
    "idempotency.keyReused":
      "This Idempotency-Key was already used for a different input. Please submit the form again.",
    "idempotency.inProgress":
      "A request with this Idempotency-Key is still being processed. Please try again in a moment.",
    "idempotency.outcomeUnknown":
      "An earlier request with this Idempotency-Key was saved, but its answer was lost. Please check whether the entry exists before entering it again.",
    "measure.notFound": "This measure does not exist.",
    "measure.unknownType": "This measure type does not exist.",
    "measure.unknownRecommendation": "This recommendation is not part of the adopted concept.",
    "measure.unknownPartner": "This network partner does not exist.",
    "measure.unknownMunicipality": "This municipality does not exist.",
    "measure.retiredMunicipality":
      "This municipality has been retired and cannot be added to a measure. Choose one of the current municipalities.",
    "measure.leadNotPartner": "The lead organisation must be one of the partners.",
    "measure.endBeforeStart": "The end is before the start.",
    "measure.statusTransition":
      "This status change is not allowed. Completed and dropped measures stay so; only a measure in progress can be completed.",
    "measure.statusInFuture": "A status change cannot lie in the future.",
    "measure.statusBeforeLast":
      "The status change is before the last one ({date}). Please choose a later date.",
    "measure.notOwnMeasure": "You can only report progress on measures of your own organisation.",
    "progress.inFuture": "A progress update cannot lie in the future.",
    "partner.notFound": "This network partner does not exist.",
    "import.refused": "The import was refused; nothing was saved.",
    "import.refusedDetail": "Please correct the rows and columns named and upload the file again.",
    "import.required": "This field is required.",
    "import.tooLong": "Too long (at most 300 characters).",
    "import.unknownField": "This action field is not part of the adopted concept.",
    "import.unknownRecommendation": "This recommendation does not exist in this action field.",
    "import.unknownType": "This measure type does not exist.",
    "import.invalidDate": "This date does not exist (format DD.MM.YYYY).",
    "import.endBeforeStart": "The end is before the start.",
    "import.invalidAmount": "Not an amount in euros (e.g. 1.250,50).",
    "import.invalidNumber": "Not a number (e.g. 0,5).",
    "import.missingColumn": "This column is missing from the header.",
    "capacity.toBeforeFrom": "The last month is before the first.",
    "capacity.tooManyMonths": "At most 60 months at once.",
    "capacity.positionNotFound": "This position does not exist.",
    "capacity.periodEndBeforeStart": "A period ends before it starts.",
    "capacity.periodsOverlap": "The periods of the position overlap.",
    "goal.notInVersion": "This goal does not belong to this concept version.",
    "conceptItem.notFound": "This item does not exist in this concept version.",
    "conceptItem.atEdge": "The item is already at the top or bottom of its list.",
    "committee.notFound": "This committee does not exist.",
    "meeting.notFound": "This meeting does not exist.",
    "paper.notFound": "This paper does not exist.",
    // Paper editing, attachments, OParl
    "paper.decided": "This paper has been decided: its text and attachments stay as decided.",
    "paperFile.type": "Only PDF, DOCX, XLSX, PNG and JPEG are allowed.",
    "paperFile.empty": "The file is empty.",
    "paperFile.tooLarge": "The file is too large (at most {maxMiB} MiB).",
    "paperFile.contentMismatch": "The file's content does not match its type.",
    "paperFile.fileName": "Please give a file name.",
    "paperFile.notFound": "This attachment does not exist.",
    "oparl.notFound": "This OParl object does not exist.",
    "consultation.meetingOfOtherCommittee": "This meeting belongs to another committee.",
    "resolution.notFound": "This resolution does not exist.",
    "resolution.effectsNeedAdoption":
      "Only an adopted resolution (as proposed or amended) can have effects.",
    "resolution.meetingOfOtherCommittee": "This meeting belongs to another committee.",
    "resolution.consultationMismatch":
      "This consultation step does not belong to this paper or this committee.",
    "resolution.versionNotDraft":
      "Only a draft can be adopted; this concept version is already adopted or superseded.",
    "resolution.versionNotAdopted": "Only the adopted concept version in force can be confirmed.",
    "resolution.actionFieldUnknown": "This action field does not exist.",
    "resolution.periodReversed": "The end lies before the start.",
    "resolution.fundUnknown": "This fund does not exist.",
    "resolution.measureTypeUnknown": "This measure type does not exist.",
    "resolution.purposeIncomplete": "This kind of purpose needs its reference.",
    "resolution.reportingDutyUnknown": "This reporting duty does not exist.",
    // decision tracking
    "followUp.notFound": "This follow-up does not exist.",
    "followUp.beforeDecision": "The date is before the resolution ({decidedOn}).",
    "followUp.inFuture": "The date is in the future.",
    "followUp.closedOnNeedsClosing":
      "Only a follow-up that is done or overtaken has a closing date.",
    "calendarFeed.notFound": "This calendar does not exist.",
    "oparlSync.urlInvalid":
      "Enter the full address of the OParl system, e.g. https://ratsinfo.landkreis.de/oparl/v1.",
    "oparlSync.urlPrivate":
      "This address leads into an internal network (loopback, link-local or private). Enter the public address of the council information system.",
    "oparlSync.urlUnresolved": "This address cannot be resolved. Check the server's name.",
    "oparlSync.running": "A run is in progress already. Wait until it has finished.",
    "oparlSync.noSource": "Enter the address of the OParl system first.",
    "paperDraft.fieldMissing": "Choose the action field the purpose is widened by.",
    "paperDraft.fieldUnknown": "This action field does not exist.",
    "paperDraft.fieldInPurpose":
      "The action field “{field}” already belongs wholly to this fund's purpose.",
    "paperDraft.committeeMissing":
      "Choose the committee that decides (none is recorded for this fund).",
    "paperDraft.yearClosed": "This fund's fiscal year is closed or its rest already carried over.",
    "paperDraft.versionNotDraft":
      "A paper can only be drafted from a draft of the integration concept.",
    "paperDraft.reportHasPaper":
      "This report already belongs to a paper. Edit that paper on its page.",
    "paperDraft.reportSuperseded":
      "This report has been replaced by a newer one. Draft the paper from the newer report.",
    "paperDeadline.notWhole": "Enter the paper deadline as a whole number of days, e.g. 21.",
    "paperDeadline.range": "The paper deadline is between {min} and {max} days before the meeting.",
    // Measures: XLSX and progress-update import
    "import.notXlsx": "The file is not an Excel workbook (XLSX).",
    "import.xlsxTooLarge": "The workbook is too large when unpacked.",
    "import.tooManyRows": "Too many rows (at most {max}).",
    "import.notCsv": "The file is not a readable CSV file.",
    "import.unknownMeasure": "There is no measure with this title.",
    "import.ambiguousMeasure": "Several measures have this title; please name it unambiguously.",
    "import.dateInFuture": "The date is in the future.",
    "import.unknownLight": "Unknown traffic light (grün, gelb, rot or grau).",
    "import.tooLongText": "Too long (at most 10,000 characters).",
    // Multi-tenant operation
    "tenant.disabled":
      "This county has been disabled in this installation; please contact the operator.",
    // public site
    "measure.repeatedTranslation": "There already is a translation into this language.",
    "measureType.exists": "This measure type already exists.",
    // Budget ledger: approvals, year end, sources, reconciliation
    "ledger.carryOverNotNextYear": "A budget rest can only go into a fund of the next fiscal year.",
    "fundSource.noticeRequired": "A grant needs the reference of its grant notice.",
    "fundSource.exceedsEstimate": "Together the sources exceed the fund's estimate by {missing}.",
    "fundSource.notFound": "This source does not exist for this fund.",
    "reconcile.refused": "The reconciliation was not applied; no payment was booked.",
    // committee reports
    "reportingDuty.notFound": "This reporting duty does not exist.",
    "reportDraft.notFound": "This report draft does not exist.",
    "reportDraft.periodEndBeforeStart": "The reporting period ends before it begins.",
    "reportDraft.final":
      "This draft has already been finalised; a final report is never changed, only superseded by a new one.",
    "committeeReport.notFound": "This report does not exist.",
    "committeeReport.alreadySuperseded": "This report has already been superseded by a newer one.",
    // Indicators
    "indicator.notFound": "This indicator does not exist.",
    "indicator.keyTaken": "This key is already taken.",
    "indicator.unknownPartner": "This network partner does not exist.",
    "indicator.unknownField": "This action field is not part of the adopted concept.",
    "indicator.unknownGoal": "This goal does not belong to the chosen action field.",
    "indicator.ratioNeedsBoth": "A ratio needs a numerator and a denominator.",
    "indicator.ratioPart":
      "Numerator and denominator must be other indicators, not ratios themselves.",
    "indicator.ratioHasValues": "This indicator already has values and cannot become a ratio.",
    "indicator.ratioNoValues": "A ratio is computed; it takes no values of its own.",
    "indicator.usedInRatio": "This indicator is part of a ratio and cannot be deleted.",
    "indicator.targetYearTwice": "There is already a target for this year.",
    "indicator.periodNot.month": "The period must be a month (e.g. 2025-03).",
    "indicator.periodNot.quarter": "The period must be a quarter (e.g. 2025-Q2).",
    "indicator.periodNot.year": "The period must be a year (e.g. 2025).",
    "indicator.valueOrMark": "Please give a number or a suppression mark, not both.",
    "indicator.negative": "The value must not be negative.",
    "indicator.wholeNumber": "A count is a whole number.",
    "indicator.unknownMunicipality": "This municipality does not exist.",
    "indicator.notAssigned": "This indicator is not assigned to your organisation.",
    "indicator.notADraft": "This value is not a draft of this indicator.",
    "link.notFound": "This submission link does not exist.",
    "link.notUsable": "This submission link is invalid, expired or revoked.",
    "link.outOfScope": "This value is not among the link's indicators and periods.",
    "link.alreadyApproved":
      "This value is already approved; please contact the coordination office.",
    "link.periodFitsNone": "This period fits none of the chosen indicators.",
    "indicator.oneDraftPerCell":
      "Another draft for this period and place is already chosen; only one per value can be approved.",
    "link.expiryPast": "The expiry date lies in the past.",
    "indicatorImport.unreadable": "The file cannot be read.",
    "indicatorImport.missingColumn": "This column is missing from the header.",
    "indicatorImport.required": "Required value missing.",
    "indicatorImport.unknownIndicator": "There is no indicator with this key.",
    "indicatorImport.ratioNoValues": "A ratio is computed; it takes no values.",
    "indicatorImport.invalidPeriod": "This period does not fit the indicator's periodicity.",
    "indicatorImport.unknownMunicipality": "This municipality (or municipality key) is unknown.",
    "indicatorImport.notANumber": 'Not a number ("." and "*" are allowed for withheld values).',
    "indicatorImport.negative": "The value must not be negative.",
    "indicatorImport.wholeNumber": "A count is a whole number.",
    "indicatorImport.invalidDate": "This date does not exist (format DD.MM.YYYY).",
    "indicatorImport.duplicate": "This value appears twice in the file.",
    // payment import / reconciliation
    "paymentImport.empty": "The file contains no payments.",
    "paymentImport.duplicate": "This document reference appears more than once in the file.",
    "paymentImport.fundUnknown": "No such fund (id, name or budget line).",
    "paymentImport.fundAmbiguous":
      "Several funds match; give the fund id or a date in its fiscal year.",
    "paymentImport.commitmentUnknown": "This fund has no matching commitment.",
    "paymentImport.commitmentAmbiguous":
      "The measure has several commitments; name the commitment.",
    ...countyMessages.en,
    ...grantMessages.en,
    ...grantApplicationMessages.en,
  },
};

export function message(
  language: Language,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const template = messages[language][key] ?? messages.de[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    // A date in a German sentence reads TT.MM.JJJJ (domain/dates.ts).
    return language === "de" && typeof value === "string" && isoDay.test(value)
      ? germanDate(value)
      : String(value);
  });
}

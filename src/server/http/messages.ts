import type { Language } from "./language";

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
    "problem.invalidJson": "Der Inhalt ist kein gültiges JSON.",
    "problem.methodNotAllowed": "Diese Methode ist hier nicht erlaubt.",
    "problem.tooManyRequests": "Zu viele Anfragen. Bitte warten Sie einen Moment.",
    "problem.internal":
      "Ein unerwarteter Fehler ist aufgetreten. Bitte nennen Sie der Administration die Fehlernummer.",
    "problem.unavailable": "Der Dienst ist vorübergehend nicht verfügbar.",
    "conceptVersion.notFound": "Diese Konzeptversion gibt es nicht.",
    "conceptVersion.notDraft":
      "Diese Konzeptversion ist beschlossen und kann nicht mehr geändert werden. Legen Sie einen Entwurf an.",
    "conceptVersion.noAdopted": "Es gibt noch keine beschlossene Konzeptversion.",
    "actionField.notInVersion": "Dieses Handlungsfeld gehört nicht zu dieser Konzeptversion.",
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
    "problem.invalidJson": "The body is not valid JSON.",
    "problem.methodNotAllowed": "This method is not allowed here.",
    "problem.tooManyRequests": "Too many requests. Please wait a moment.",
    "problem.internal":
      "An unexpected error occurred. Please give the administrators the error number.",
    "problem.unavailable": "The service is temporarily unavailable.",
    "conceptVersion.notFound": "This concept version does not exist.",
    "conceptVersion.notDraft":
      "This concept version has been adopted and can no longer be changed. Create a draft.",
    "conceptVersion.noAdopted": "There is no adopted concept version yet.",
    "actionField.notInVersion": "This action field does not belong to this concept version.",
  },
};

export function message(
  language: Language,
  key: string,
  params: Record<string, string | number> = {},
): string {
  const template = messages[language][key] ?? messages.de[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export function hasMessage(key: string): boolean {
  return key in messages.de && key in messages.en;
}

export const catalogueKeys = {
  de: Object.keys(messages.de),
  en: Object.keys(messages.en),
};

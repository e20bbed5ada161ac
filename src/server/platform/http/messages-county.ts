/**
 * Messages of starting a county: settings, municipalities, editing and importing the
 * concept. Merged into the one catalogue in messages.ts.
 */
export const countyMessages = {
  de: {
    "county.agsPrefixClash":
      "Mindestens eine Kommune hat einen Gemeindeschlüssel, der nicht mit diesem Kreisschlüssel beginnt.",
    "county.closingUntilInvalid":
      "Geben Sie einen Tag des Folgejahres an, z. B. 31.01. (Tag und Monat).",
    "county.platformOnly": "Landkreise anlegen darf nur die Plattform-Administration.",
    "county.slugTaken": "Einen Landkreis mit dem Kürzel „{slug}“ gibt es schon.",
    "ags.format": "Der Gemeindeschlüssel (AGS) hat genau 8 Ziffern.",
    "ags.prefix": "Der Gemeindeschlüssel beginnt nicht mit dem Schlüssel des Landkreises.",
    "municipality.nameMissing": "Der Name fehlt.",
    "municipality.duplicate": "Diese Kommune gibt es schon (oder sie steht doppelt in der Datei).",
    "municipality.notFound": "Diese Kommune gibt es nicht.",
    "municipality.invalid": "Die Kommune wurde nicht gespeichert.",
    "municipality.importRefused":
      "Die Kommunen wurden nicht importiert: Die Datei hat Probleme (je Zeile genannt). Es wurde nichts gespeichert.",
    "municipality.columnsMissing": "Es fehlt die Spalte „Name“ (Kopfzeile: Name;AGS).",
    "municipality.importEmpty": "Die Datei enthält keine Kommune (nur die Kopfzeile oder nichts).",
    "conceptItem.referenced":
      "Auf diesen Eintrag verweisen noch {count} Maßnahmen, Haushaltsmittel oder Kennzahlen. Wählen Sie, wohin sie wechseln.",
    "conceptItem.relinkInvalid":
      "Dorthin kann nicht umgehängt werden: Wählen Sie einen anderen Eintrag derselben Ebene in diesem Entwurf.",
    "conceptItem.mergeSelf": "Ein Eintrag kann nicht mit sich selbst zusammengeführt werden.",
    "conceptItem.parentNotInVersion": "Das übergeordnete Element gehört nicht zu diesem Entwurf.",
    "conceptImport.refused": "Das Konzept wurde nicht importiert.",
    "conceptImport.refusedDetail":
      "Die Datei hat Probleme (je Zeile oder Absatz genannt). Es wurde nichts gespeichert.",
    "conceptImport.tooLarge": "Die Datei ist zu groß (höchstens {mb} MB).",
    "conceptImport.notDocx": "Die Datei ist kein Word-Dokument (DOCX).",
    "conceptImport.docxTooLarge":
      "Das Word-Dokument ist entpackt zu groß (höchstens {mb} MB Text) – vielleicht eine Zip-Bombe.",
    "conceptImport.tooManyItems": "Die Datei enthält mehr als {max} Einträge.",
    "conceptImport.empty":
      "Keine Gliederung gefunden: Handlungsfelder als „Überschrift 1“, Handlungsziele als „Überschrift 2“, Empfehlungen als „Überschrift 3“ oder Aufzählung.",
    "conceptImport.levelMissing": "Die Ebene fehlt oder ist unbekannt (1, 2 oder 3).",
    "conceptImport.levelSkipped":
      "Ebene übersprungen: Davor fehlt das übergeordnete Handlungsfeld bzw. Handlungsziel.",
    "conceptImport.titleMissing": "Der Titel fehlt.",
    "conceptImport.titleTooLong": "Der Titel ist länger als 500 Zeichen.",
    "conceptImport.descriptionTooLong": "Die Beschreibung ist länger als 5.000 Zeichen.",
    "conceptImport.numberDuplicate": "Diese Nummer kommt in der Datei mehrmals vor.",
    "conceptImport.textBeforeHeading":
      "Text vor der ersten Überschrift gehört zu keinem Eintrag und wird nicht übernommen.",
    "conceptImport.columnsMissing":
      "Es fehlen Spalten: {columns} (Kopfzeile: Ebene;Nummer;Titel;Beschreibung).",
  },
  en: {
    "county.agsPrefixClash":
      "At least one municipality has a key (AGS) that does not start with this county key.",
    "county.closingUntilInvalid": "Give a day of the following year, e.g. 01-31 (month and day).",
    "county.platformOnly": "Only the platform administration may create counties.",
    "county.slugTaken": "A county with the short name “{slug}” already exists.",
    "ags.format": "The municipality key (AGS) has exactly 8 digits.",
    "ags.prefix": "The municipality key does not start with the county's key.",
    "municipality.nameMissing": "The name is missing.",
    "municipality.duplicate": "This municipality exists already (or is listed twice in the file).",
    "municipality.notFound": "This municipality does not exist.",
    "municipality.invalid": "The municipality was not saved.",
    "municipality.importRefused":
      "The municipalities were not imported: the file has problems (named per row). Nothing was saved.",
    "municipality.columnsMissing": "The column “Name” is missing (header: Name;AGS).",
    "municipality.importEmpty": "The file holds no municipality (only the header or nothing).",
    "conceptItem.referenced":
      "{count} measures, funds or indicators still point to this item. Choose where they move.",
    "conceptItem.relinkInvalid":
      "Cannot move them there: choose another item of the same level in this draft.",
    "conceptItem.mergeSelf": "An item cannot be merged with itself.",
    "conceptItem.parentNotInVersion": "The parent item does not belong to this draft.",
    "conceptImport.refused": "The concept was not imported.",
    "conceptImport.refusedDetail":
      "The file has problems (named per row or paragraph). Nothing was saved.",
    "conceptImport.tooLarge": "The file is too large (at most {mb} MB).",
    "conceptImport.notDocx": "The file is not a Word document (DOCX).",
    "conceptImport.docxTooLarge":
      "The Word document is too large when unpacked (at most {mb} MB of text) – perhaps a zip bomb.",
    "conceptImport.tooManyItems": "The file holds more than {max} items.",
    "conceptImport.empty":
      "No outline found: action fields as “Heading 1”, goals as “Heading 2”, recommendations as “Heading 3” or list items.",
    "conceptImport.levelMissing": "The level is missing or unknown (1, 2 or 3).",
    "conceptImport.levelSkipped":
      "Level skipped: the parent action field or goal is missing before it.",
    "conceptImport.titleMissing": "The title is missing.",
    "conceptImport.titleTooLong": "The title is longer than 500 characters.",
    "conceptImport.descriptionTooLong": "The description is longer than 5,000 characters.",
    "conceptImport.numberDuplicate": "This number occurs more than once in the file.",
    "conceptImport.textBeforeHeading":
      "Text before the first heading belongs to no item and is not taken over.",
    "conceptImport.columnsMissing":
      "Columns missing: {columns} (header: Level;Number;Title;Description).",
  },
} as const;

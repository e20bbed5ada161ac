/** Every page of the public site, after /oeffentlich/<language> (the one list for all specs). */
export const publicSitePages = [
  "",
  "/massnahmen",
  "/geld",
  "/kennzahlen",
  "/berichte",
  "/daten",
  "/barrierefreiheit",
  "/impressum",
  "/datenschutz",
];

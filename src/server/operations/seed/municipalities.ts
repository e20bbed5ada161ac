/**
 * The municipalities of Landkreis Rotenburg (Wümme): 5 Einheitsgemeinden (three Städte, two
 * Gemeinden) and 8 Samtgemeinden. The official municipality keys (AGS) of the five
 * Einheitsgemeinden are those of the Anlage to the Mietniveau-Einstufungsverordnung (BGBl. I 2021,
 * S. 3739 ff., Gebietsstand 25.01.2021), which lists every German Gemeinde with its AGS. A
 * Samtgemeinde is an association of Gemeinden and has no AGS of its own (its member Gemeinden have
 * theirs; statistics name it by its Regionalschlüssel), so Kurs leaves those empty: the office may
 * add what its sources use.
 */
export const rotenburgMunicipalities = [
  { name: "Bremervörde", kind: "city", ags: "03357008" },
  { name: "Rotenburg (Wümme)", kind: "city", ags: "03357039" },
  { name: "Visselhövede", kind: "city", ags: "03357051" },
  { name: "Gnarrenburg", kind: "municipality", ags: "03357016" },
  { name: "Scheeßel", kind: "municipality", ags: "03357041" },
  { name: "Bothel", kind: "jointMunicipality", ags: null },
  { name: "Fintel", kind: "jointMunicipality", ags: null },
  { name: "Geestequelle", kind: "jointMunicipality", ags: null },
  { name: "Selsingen", kind: "jointMunicipality", ags: null },
  { name: "Sittensen", kind: "jointMunicipality", ags: null },
  { name: "Sottrum", kind: "jointMunicipality", ags: null },
  { name: "Tarmstedt", kind: "jointMunicipality", ags: null },
  { name: "Zeven", kind: "jointMunicipality", ags: null },
] as const;

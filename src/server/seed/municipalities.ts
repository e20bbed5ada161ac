/**
 * The municipalities of Landkreis Rotenburg (Wümme): 5 Einheitsgemeinden (three Städte, two
 * Gemeinden) and 8 Samtgemeinden. The official municipality keys (AGS) are left empty: Kurs
 * ships none it cannot vouch for; the office may add them.
 */
export const rotenburgMunicipalities = [
  { name: "Bremervörde", kind: "city" },
  { name: "Rotenburg (Wümme)", kind: "city" },
  { name: "Visselhövede", kind: "city" },
  { name: "Gnarrenburg", kind: "municipality" },
  { name: "Scheeßel", kind: "municipality" },
  { name: "Bothel", kind: "jointMunicipality" },
  { name: "Fintel", kind: "jointMunicipality" },
  { name: "Geestequelle", kind: "jointMunicipality" },
  { name: "Selsingen", kind: "jointMunicipality" },
  { name: "Sittensen", kind: "jointMunicipality" },
  { name: "Sottrum", kind: "jointMunicipality" },
  { name: "Tarmstedt", kind: "jointMunicipality" },
  { name: "Zeven", kind: "jointMunicipality" },
] as const;

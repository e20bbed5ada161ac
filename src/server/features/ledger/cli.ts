import { formatEuro } from "../../../domain/money";
import type { Database } from "../../platform/db/database";
import { verifyRunningSums } from "./running-sums";

export const ledgerUsage = `  npm run kurs -- ledger verify           Laufende Summen jedes Haushaltsansatzes aus allen
                                          Buchungen nachrechnen; Abweichungen → Exit-Code 1`;

async function ledgerCommand(database: Database, args: string[]): Promise<void> {
  if (args[0] !== "verify") throw new Error(`Aufruf:\n${ledgerUsage}`);
  await database.migrate();
  const { checked, notStored, differences } = await verifyRunningSums(database.db);
  console.log(
    `${checked} Haushaltsansätze nachgerechnet; ${notStored} ohne aktuelle laufende Summen (die nächste Buchung rechnet sie neu).`,
  );
  for (const d of differences)
    console.log(
      `Abweichung: ${d.fundName} (${d.fundId}), ${d.part}: gespeichert ${formatEuro(d.storedCents)}, aus den Buchungen ${formatEuro(d.foldedCents)}`,
    );
  if (differences.length)
    throw new Error(
      `${differences.length} Abweichung(en) zwischen laufenden Summen und Buchungen.`,
    );
  console.log("Keine Abweichungen.");
}

export const ledgerCommands = { ledger: ledgerCommand };

// A bare PGlite process for bench/scenarios/pglite-memory.ts: plain node (no tsx, no Kurs), opens
// PGlite on a copy of a Kurs data directory and runs the reads behind the same ten API lists the
// scenario asks Kurs for, `rounds` times, one transaction per list as Kurs runs one per request.
// Prints one JSON line per phase with its resident memory (MiB, from /proc/self/status).
//
//   node bench/lib/pglite-reads.mjs PGDATA-DIR ROUNDS
import { readFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";

const [dataDir, roundsArg] = process.argv.slice(2);
if (!dataDir) {
  console.error("usage: node bench/lib/pglite-reads.mjs PGDATA-DIR ROUNDS");
  process.exit(2);
}
const rounds = Number(roundsArg ?? 10);

const memory = () => {
  const status = readFileSync("/proc/self/status", "utf8");
  const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb("VmRSS") / 1024), peak: Math.round(kb("VmHWM") / 1024) };
};
const report = (phase, extra = {}) => console.log(JSON.stringify({ phase, ...memory(), ...extra }));

// Each list as SQL over the tables its API answer is made of ($1 tenant, $2 a measure, $3 a fund).
const lists = {
  overview: [
    "select * from action_field where tenant_id = $1 order by position",
    "select * from goal where tenant_id = $1",
    "select * from recommendation where tenant_id = $1",
    "select * from focus where tenant_id = $1",
    `select m.*, (select count(*) from measure_recommendation r
                   where r.tenant_id = m.tenant_id and r.measure_id = m.id) links
       from measure m where m.tenant_id = $1`,
    "select * from fund f left join fund_balance b on b.tenant_id = f.tenant_id and b.fund_id = f.id where f.tenant_id = $1",
    "select * from reporting_duty where tenant_id = $1",
    "select * from meeting where tenant_id = $1 order by 1 desc limit 5",
  ],
  measures: [
    `select m.*, t.name type_name from measure m
       join measure_type t on t.tenant_id = m.tenant_id and t.id = m.measure_type_id
      where m.tenant_id = $1 order by m.title limit 100`,
    "select count(*) from measure where tenant_id = $1",
    "select * from measure_partner where tenant_id = $1",
    "select * from measure_municipality where tenant_id = $1",
    "select * from measure_recommendation where tenant_id = $1",
  ],
  measure: [
    "select * from measure where tenant_id = $1 and id = $2",
    "select * from milestone where tenant_id = $1 and measure_id = $2",
    "select * from progress_update where tenant_id = $1 and measure_id = $2 order by reported_on desc",
    "select * from measure_status_change where tenant_id = $1 and measure_id = $2",
    "select * from measure_partner where tenant_id = $1 and measure_id = $2",
    "select * from booking where tenant_id = $1 and measure_id = $2",
  ],
  concept: [
    "select * from concept_version where tenant_id = $1",
    "select * from action_field where tenant_id = $1 order by position",
    "select * from goal where tenant_id = $1",
    "select * from recommendation where tenant_id = $1",
    "select * from focus where tenant_id = $1",
  ],
  partners: [
    `select p.*, (select count(*) from measure_partner x where x.tenant_id = p.tenant_id and x.partner_id = p.id) n
       from partner p where p.tenant_id = $1 order by p.name`,
  ],
  funds: [
    "select * from fund f left join fund_balance b on b.tenant_id = f.tenant_id and b.fund_id = f.id where f.tenant_id = $1",
    "select * from fund_source where tenant_id = $1",
  ],
  fund: [
    "select * from fund where tenant_id = $1 and id = $3",
    "select * from booking where tenant_id = $1 and fund_id = $3 order by seq desc limit 100",
    "select * from fund_purpose_entry where tenant_id = $1 and fund_id = $3",
    "select * from fund_source where tenant_id = $1 and fund_id = $3",
  ],
  indicators: [
    "select * from indicator where tenant_id = $1",
    `select distinct on (indicator_id) * from indicator_value
      where tenant_id = $1 order by indicator_id, period desc`,
  ],
  council: [
    "select * from committee where tenant_id = $1",
    "select * from meeting where tenant_id = $1",
    "select * from paper where tenant_id = $1 order by 1 desc limit 50",
    "select * from resolution where tenant_id = $1",
  ],
  tasks: [
    "select * from reporting_duty where tenant_id = $1",
    "select * from report_draft where tenant_id = $1",
    "select * from resolution_follow_up where tenant_id = $1",
  ],
};

const started = Date.now();
const db = await PGlite.create({ dataDir });
await db.query("select 1");
report("open", { ms: Date.now() - started });

const tenant = (await db.query("select id from tenant order by slug limit 1")).rows[0]?.id;
const measure = (await db.query("select id from measure where tenant_id = $1 limit 1", [tenant]))
  .rows[0]?.id;
const fund = (await db.query("select id from fund where tenant_id = $1 limit 1", [tenant])).rows[0]
  ?.id;
const values = { $1: tenant, $2: measure, $3: fund };

let reads = 0;
let rows = 0;
const readsStarted = Date.now();
for (let round = 0; round < rounds; round++) {
  for (const statements of Object.values(lists)) {
    await db.transaction(async (tx) => {
      for (const text of statements) {
        // Pass only the parameters the statement uses, numbered as it numbers them.
        const used = [...new Set(text.match(/\$\d/g) ?? [])].sort();
        let numbered = text;
        used.forEach((p, i) => {
          numbered = numbered.replaceAll(p, `$${i + 1}`);
        });
        rows += (
          await tx.query(
            numbered,
            used.map((p) => values[p]),
          )
        ).rows.length;
      }
    });
    reads++;
  }
}
report("after", { reads, rows, ms: Date.now() - readsStarted });
await db.close();

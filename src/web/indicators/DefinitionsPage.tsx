import "./indicators.css";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { Me } from "../../contract/auth";
import type { IndicatorSummary } from "../../contract/indicators";
import { may } from "../../contract/permissions";
import { useAdoptIndicator, useDropIndicator, useIndicators } from "../api/indicators";
import { Alert } from "../components/Alert";
import { Badge } from "../components/Badge";
import { SelectField } from "../components/form";
import { Page } from "../components/Page";
import { Empty, ErrorNotice, QueryState } from "../components/QueryState";
import { TableScroll } from "../components/TableScroll";
import { inputOf } from "./definition-values";

type Show = "all" | "proposals" | "adopted";

/** Definitions are the office's business (indicators.edit): others get a plain notice. */
export function OfficeOnly({ me, children }: { me: Me; children: ReactNode }) {
  const { t } = useTranslation();
  if (may(me.user.role, "indicators.edit")) return <>{children}</>;
  return (
    <Page title={t("indicators.definitions.title")}>
      <Alert tone="info" title={t("indicators.definitions.officeOnly")}>
        <p className="kern-body">
          <Link className="kern-link" to="/kennzahlen">
            {t("indicators.backToCatalogue")}
          </Link>
        </p>
      </Alert>
    </Page>
  );
}

/**
 * Kennzahlen verwalten: the office's catalogue of definitions. Proposals of the starter catalogue
 * are marked; the office adopts them as they stand, edits them, or drops them.
 */
export function DefinitionsPage() {
  const { t } = useTranslation();
  const query = useIndicators();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  const [show, setShow] = useState<Show>("all");
  return (
    <Page title={t("indicators.definitions.title")} lead={t("indicators.definitions.lead")}>
      <p className="kern-body">
        <Link className="kern-link" to="/kennzahlen">
          {t("indicators.backToCatalogue")}
        </Link>
      </p>
      {saved ? (
        <Alert tone="success" title={t("indicators.definitions.saved", { name: saved })} />
      ) : null}
      <p>
        <Link className="kern-btn kern-btn--primary" to="/kennzahlen/neu">
          <span className="kern-label">{t("indicators.definitions.create")}</span>
        </Link>
      </p>
      <SelectField
        id="definition-show"
        label={t("indicators.definitions.show")}
        value={show}
        onChange={(value) => setShow(value as Show)}
        options={(["all", "proposals", "adopted"] as const).map((value) => ({
          value,
          label: t(`indicators.definitions.showName.${value}`),
        }))}
      />
      <QueryState query={query}>
        {(data) => (
          <DefinitionTable
            items={data.items.filter(
              (i) => show === "all" || (show === "proposals") === i.isProposal,
            )}
          />
        )}
      </QueryState>
    </Page>
  );
}

function DefinitionTable({ items }: { items: IndicatorSummary[] }) {
  const { t } = useTranslation();
  const adopt = useAdoptIndicator(inputOf);
  const drop = useDropIndicator();
  const [done, setDone] = useState("");
  const rows = [...items].sort(
    (a, b) =>
      (a.actionField?.position ?? 9) - (b.actionField?.position ?? 9) ||
      a.name.localeCompare(b.name),
  );
  const busy = adopt.isPending || drop.isPending;
  return (
    <>
      <div className="kurs-live" role="status" data-testid="definition-status">
        {done}
      </div>
      {adopt.isError ? <ErrorNotice error={adopt.error} /> : null}
      {drop.isError ? <ErrorNotice error={drop.error} /> : null}
      {rows.length === 0 ? (
        <Empty>{t("indicators.none")}</Empty>
      ) : (
        <TableScroll>
          <table className="kern-table kern-table--striped" data-testid="definition-table">
            <caption className="kern-title">{t("indicators.definitions.caption")}</caption>
            <thead className="kern-table__head">
              <tr className="kern-table__row">
                {(["name", "field", "unit", "periodicity", "publishable", "state"] as const).map(
                  (h) => (
                    <th className="kern-table__header" scope="col" key={h}>
                      {t(`indicators.definitions.column.${h}`)}
                    </th>
                  ),
                )}
                <th className="kern-table__header" scope="col">
                  {t("indicators.definitions.column.actions")}
                </th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {rows.map((i) => (
                <tr className="kern-table__row" key={i.id} data-testid={`definition-row-${i.key}`}>
                  <th className="kern-table__cell" scope="row">
                    <Link className="kern-link" to={`/kennzahlen/${i.id}`}>
                      {i.name}
                    </Link>
                    <div className="kern-body kern-body--small kern-body--muted">
                      <code>{i.key}</code>
                      {i.source ? ` · ${i.source}` : ""}
                    </div>
                  </th>
                  <td className="kern-table__cell">
                    {i.actionField ? `${i.actionField.position} ${i.actionField.title}` : "–"}
                  </td>
                  <td className="kern-table__cell">{t(`indicators.unit.${i.unit}`)}</td>
                  <td className="kern-table__cell">
                    {t(`indicators.periodicity.${i.periodicity}`)}
                  </td>
                  <td className="kern-table__cell">
                    {i.publishable
                      ? t("indicators.definitions.yes")
                      : t("indicators.definitions.no")}
                  </td>
                  <td className="kern-table__cell">
                    {i.isProposal ? (
                      <Badge tone="warning" label={t("indicators.proposal")} />
                    ) : (
                      <Badge tone="success" label={t("indicators.definitions.adopted")} />
                    )}
                  </td>
                  <td className="kern-table__cell">
                    <div className="kurs-row-actions">
                      <Link className="kern-link" to={`/kennzahlen/${i.id}/bearbeiten`}>
                        {t("indicators.definitions.edit")}
                        <span className="kern-sr-only">: {i.name}</span>
                      </Link>
                      {i.isProposal ? (
                        <>
                          <button
                            type="button"
                            className="kern-btn kern-btn--secondary kern-btn--x-small"
                            // The name says which indicator (KERN styles a button with a
                            // kern-sr-only part as an icon button).
                            aria-label={`${t("indicators.definitions.adopt")}: ${i.name}`}
                            disabled={busy}
                            onClick={() =>
                              adopt.mutate(i.id, {
                                onSuccess: () =>
                                  setDone(
                                    t("indicators.definitions.adoptedDone", { name: i.name }),
                                  ),
                              })
                            }
                          >
                            <span className="kern-label">{t("indicators.definitions.adopt")}</span>
                          </button>
                          <button
                            type="button"
                            className="kern-btn kern-btn--tertiary kern-btn--x-small"
                            aria-label={`${t("indicators.definitions.drop")}: ${i.name}`}
                            disabled={busy}
                            onClick={() => {
                              if (
                                !window.confirm(
                                  t("indicators.definitions.dropConfirm", { name: i.name }),
                                )
                              )
                                return;
                              drop.mutate(i.id, {
                                onSuccess: () =>
                                  setDone(
                                    t("indicators.definitions.droppedDone", { name: i.name }),
                                  ),
                              });
                            }}
                          >
                            <span className="kern-label">{t("indicators.definitions.drop")}</span>
                          </button>
                        </>
                      ) : null}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import type { Paper } from "../../contract/council";
import type { Resolution } from "../../contract/resolution";
import { councilPaperRoutes as api } from "../../contract/routes/council-papers";
import { apiAddress } from "../api/call";
import { useCouncil, usePaper, useResolutions, useTimeline } from "../api/queries";
import { Fact, Facts } from "../components/Facts";
import { MultilineText } from "../components/MultilineText";
import { Page } from "../components/Page";
import { Empty, QueryState } from "../components/QueryState";
import { SourceText } from "../components/SourceText";
import { useFormat } from "../i18n/useFormat";
import { ConsultationTable } from "./ConsultationTable";
import { EffectText } from "./EffectText";
import { PaperAttachments } from "./PaperAttachments";
import { PaperEditForm } from "./PaperEditForm";
import { ResolutionForm } from "./ResolutionForm";

function Block({ title, text }: { title: string; text: string | null }) {
  const { t } = useTranslation();
  return (
    <section className="kurs-section">
      <h2 className="kern-heading-medium">{title}</h2>
      {text ? <MultilineText text={text} /> : <Empty>{t("council.paper.none")}</Empty>}
    </section>
  );
}

function Resolutions({ items }: { items: Resolution[] }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  return (
    <section className="kurs-section" aria-labelledby="resolutions-title">
      <h2 id="resolutions-title" className="kern-heading-large">
        {t("council.resolution.listTitle")}
      </h2>
      {items.length === 0 ? (
        <Empty>{t("council.resolution.none")}</Empty>
      ) : (
        <ul className="kern-list kurs-plain-list">
          {items.map((r) => (
            <li key={r.id} data-testid="resolution">
              {t("council.resolution.line", {
                committee: r.committee.name,
                date: date(r.decidedOn),
                outcome: t(`council.outcomes.${r.outcome}`),
              })}
              {r.effects.length
                ? ` – ${t("council.resolution.effectCount", { count: r.effects.length })}`
                : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** What adopting a paper Kurs drafted from data would change in Kurs. */
function ProposedEffects({ paper }: { paper: Paper }) {
  const { t } = useTranslation();
  const names = useTimeline().data?.names;
  if (!paper.proposedEffects.length || !names) return null;
  return (
    <section className="kurs-section" aria-labelledby="proposed-effects-title">
      <h2 id="proposed-effects-title" className="kern-heading-medium">
        {t("council.paper.proposedEffects")}
      </h2>
      <ul className="kern-list" data-testid="proposed-effects">
        {paper.proposedEffects.map((effect, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a paper's proposals never change order
          <li key={i}>
            <EffectText effect={effect} names={names} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function PaperView({ paper }: { paper: Paper }) {
  const { t } = useTranslation();
  const { date } = useFormat();
  const resolutions = useResolutions(paper.id);
  const mayEdit = useCouncil().data?.mayEdit ?? false;
  return (
    <div className="kurs-paper">
      <Facts>
        <Fact label={t("council.paper.kind")}>{t(`overview.papers.kinds.${paper.kind}`)}</Fact>
        <Fact label={t("council.paper.reference")}>
          {paper.reference ?? t("overview.papers.noReference")}
        </Fact>
        {paper.paperDate ? (
          <Fact label={t("council.paper.date")}>{date(paper.paperDate)}</Fact>
        ) : null}
        {paper.leadUnit ? (
          <Fact label={t("council.paper.leadUnit")}>
            <SourceText>{paper.leadUnit}</SourceText>
          </Fact>
        ) : null}
      </Facts>
      <ul className="kern-list kurs-plain-list" data-testid="paper-downloads">
        <li>
          <a
            className="kern-link"
            href={apiAddress(api.exportPaperDocx, { params: { id: paper.id } })}
            download
          >
            {t("council.paper.downloadDocx")}
          </a>
        </li>
        <li>
          <a
            className="kern-link"
            href={apiAddress(api.exportPaperPdf, { params: { id: paper.id } })}
            download
          >
            {t("council.paper.downloadPdf")}
          </a>
        </li>
      </ul>
      {mayEdit && !paper.decided ? <PaperEditForm key={paper.id} paper={paper} /> : null}
      {mayEdit && paper.decided ? (
        <p className="kern-body kern-body--muted">{t("paperFiles.decided")}</p>
      ) : null}
      <Block title={t("council.paper.statementOfFacts")} text={paper.statementOfFacts} />
      <Block title={t("council.paper.proposedResolution")} text={paper.proposedResolution} />
      <Block title={t("council.paper.financialImpact")} text={paper.financialImpact} />
      <ProposedEffects paper={paper} />
      <PaperAttachments paper={paper} mayEdit={mayEdit} />
      <ConsultationTable consultations={paper.consultations} />
      {resolutions.data ? <Resolutions items={resolutions.data.items} /> : null}
      {mayEdit ? (
        <ResolutionForm paper={paper} />
      ) : (
        <p className="kern-body kern-body--muted">{t("council.signInToEdit")}</p>
      )}
    </div>
  );
}

/** One Vorlage in the Sitzungsvorlage layout, its Beratungsfolge and its resolutions. */
export function PaperPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const paper = usePaper(id);
  return (
    <Page title={paper.data?.title ?? t("council.paper.title")}>
      <p>
        <Link to="/gremien" className="kern-link">
          {t("council.backToList")}
        </Link>
      </p>
      <QueryState query={paper}>{(data) => <PaperView paper={data} />}</QueryState>
    </Page>
  );
}

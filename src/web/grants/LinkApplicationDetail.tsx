import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import type { ApplicationLinkScope } from "../../contract/grant-applications";
import type { Application, ApplicationInput } from "../../contract/grants";
import { editableStates } from "../../domain/grants";
import {
  linkApplicationFilePaths,
  useLinkApplicationStep,
  useSaveLinkApplication,
} from "../api/grant-links";
import { ErrorNotice } from "../components/QueryState";
import { ApplicationAttachments } from "./ApplicationAttachments";
import { ApplicationForm } from "./ApplicationForm";
import { ApplicationFacts, ApplicationHistory, CostTable } from "./ApplicationSummary";

/** Programme and organisation come from the link: the rest of the input goes as it is. */
function linkInput({ programmeId: _p, partnerId: _o, ...rest }: ApplicationInput) {
  return rest;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Link className="kern-link" to={{ search: "" }}>
      {t("grantApplication.link.back")}
    </Link>
  );
}

/** A new application through the link: saved as a draft, then shown to add files and submit. */
export function LinkNewApplication({
  token,
  scope,
}: {
  token: string;
  scope: ApplicationLinkScope;
}) {
  const navigate = useNavigate();
  const save = useSaveLinkApplication(token, null);
  return (
    <ApplicationForm
      programmes={[scope.programme]}
      initial={null}
      write={save}
      onSave={(input) =>
        save.mutate(linkInput(input), {
          onSuccess: (created) => navigate({ search: `?antrag=${created.id}` }),
        })
      }
      actions={<BackLink />}
    />
  );
}

function EditForm({
  token,
  scope,
  a,
  onDone,
}: {
  token: string;
  scope: ApplicationLinkScope;
  a: Application;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveLinkApplication(token, a.id);
  return (
    <ApplicationForm
      programmes={[scope.programme]}
      initial={a}
      write={save}
      onSave={(input) => save.mutate(linkInput(input), { onSuccess: onDone })}
      actions={
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={onDone}>
          <span className="kern-label">{t("grants.form.cancel")}</span>
        </button>
      }
    />
  );
}

/** One application through the link: its figures; while a draft: edit, attachments, submit. */
export function LinkApplicationDetail({
  token,
  scope,
  a,
}: {
  token: string;
  scope: ApplicationLinkScope;
  a: Application;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const step = useLinkApplicationStep(token);
  const draft = editableStates.includes(a.state);
  if (editing && draft)
    return <EditForm token={token} scope={scope} a={a} onDone={() => setEditing(false)} />;
  return (
    <>
      <h2 className="kern-heading-large">{a.title}</h2>
      <ApplicationFacts a={a} />
      <CostTable a={a} />
      {step.isError ? <ErrorNotice error={step.error} /> : null}
      <div className="kurs-actions">
        {draft ? (
          <>
            <button
              type="button"
              className="kern-btn kern-btn--secondary"
              onClick={() => setEditing(true)}
              data-testid="grant-edit"
            >
              <span className="kern-label">{t("grantApplication.edit")}</span>
            </button>
            <button
              type="button"
              className="kern-btn kern-btn--primary"
              disabled={step.isPending}
              onClick={() => step.mutate({ id: a.id, step: "submit" })}
              data-testid="grant-submit"
            >
              <span className="kern-label">{t("grants.steps.submit")}</span>
            </button>
          </>
        ) : null}
        <BackLink />
      </div>
      <ApplicationAttachments a={a} mayApply paths={linkApplicationFilePaths(token, a.id)} />
      <ApplicationHistory a={a} />
    </>
  );
}

import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import type { Application, Programme } from "../../contract/grants";
import { may } from "../../contract/permissions";
import { editableStates } from "../../domain/grants";
import { useGrantApplication, useGrantProgrammes, useSaveApplication } from "../api/grants";
import { useMe } from "../auth/session";
import { Page } from "../components/Page";
import { QueryState } from "../components/QueryState";
import { ApplicationForm } from "./ApplicationForm";

function SignedInForm({
  programmes,
  application,
}: {
  programmes: Programme[];
  application: Application | null;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const save = useSaveApplication(application?.id ?? null);
  const office = may(useMe().data?.user.role ?? "public", "grants.decide");
  const back = application ? `/zuwendungen/antraege/${application.id}` : "/zuwendungen";
  return (
    <ApplicationForm
      programmes={programmes}
      initial={application}
      write={save}
      onSave={(input) =>
        save.mutate(input, { onSuccess: (saved) => navigate(`/zuwendungen/antraege/${saved.id}`) })
      }
      choosePartner={office}
      actions={
        <Link className="kern-link" to={back}>
          {t("grants.form.cancel")}
        </Link>
      }
    />
  );
}

/** The draft to edit: only a draft is changed (the server says so too). */
function EditDraft({ id, programmes }: { id: string; programmes: Programme[] }) {
  const { t } = useTranslation();
  const application = useGrantApplication(id);
  return (
    <QueryState query={application}>
      {(a) =>
        editableStates.includes(a.state) ? (
          <SignedInForm programmes={programmes} application={a} />
        ) : (
          <p className="kern-body">
            {t("grantApplication.notDraft")}{" "}
            <Link className="kern-link" to={`/zuwendungen/antraege/${a.id}`}>
              {t("grantApplication.backToApplication")}
            </Link>
          </p>
        )
      }
    </QueryState>
  );
}

/**
 * /zuwendungen/neu — a provider applies for a grant (saved as a draft, then submitted);
 * /zuwendungen/antraege/:id/bearbeiten — the draft changed.
 */
export function ApplicationFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const programmes = useGrantProgrammes();
  return (
    <Page title={id ? t("grantApplication.editTitle") : t("grants.form.pageTitle")}>
      <QueryState query={programmes}>
        {(data) =>
          id ? (
            <EditDraft id={id} programmes={data.items} />
          ) : data.items.length ? (
            <SignedInForm programmes={data.items} application={null} />
          ) : (
            <p className="kern-body">{t("grants.noProgrammes")}</p>
          )
        }
      </QueryState>
    </Page>
  );
}

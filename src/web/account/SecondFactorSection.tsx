import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Alert } from "../components/Alert";
import { ErrorNotice } from "../components/QueryState";
import { RecoveryCodes } from "./RecoveryCodes";
import { TotpEnrolment } from "./TotpEnrolment";
import { type TotpStart, useStartTotp } from "./totpApi";

type Stage =
  | { kind: "status" }
  | { kind: "enrolling"; start: TotpStart }
  | { kind: "codes"; codes: string[] };

/**
 * Second factor: its state, and the set-up in three steps (secret → confirm with a code →
 * recovery codes shown once). The stage lives here, not in the session, so the codes stay on
 * screen while the account is refetched.
 */
export function SecondFactorSection({ totpEnabled }: { totpEnabled: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [stage, setStage] = useState<Stage>({ kind: "status" });
  const [justEnabled, setJustEnabled] = useState(false);
  const start = useStartTotp();
  const heading = useRef<HTMLHeadingElement>(null);

  const begin = async () => {
    setJustEnabled(false);
    const result = await start.mutateAsync().catch(() => null);
    if (result) setStage({ kind: "enrolling", start: result });
  };
  const backToStatus = (enabled: boolean) => {
    setStage({ kind: "status" });
    setJustEnabled(enabled);
    heading.current?.focus();
  };

  return (
    <section className="kurs-section" aria-labelledby="second-factor-title" data-testid="totp">
      <h2
        id="second-factor-title"
        className="kern-heading-large kurs-focus-target"
        ref={heading}
        tabIndex={-1}
      >
        {t("totp.title")}
      </h2>
      {stage.kind === "enrolling" ? (
        <TotpEnrolment
          start={stage.start}
          onConfirmed={(codes) => {
            setStage({ kind: "codes", codes });
            void queryClient.invalidateQueries();
          }}
          onCancel={() => backToStatus(false)}
        />
      ) : stage.kind === "codes" ? (
        <RecoveryCodes codes={stage.codes} onSaved={() => backToStatus(true)} />
      ) : (
        <>
          {justEnabled ? (
            <Alert tone="success" title={t("totp.enabled")} role="status" headingLevel={3} />
          ) : null}
          <p className="kern-body">{t("totp.intro")}</p>
          <p className="kern-body kern-body--bold" data-testid="totp-state">
            {totpEnabled ? t("totp.active") : t("totp.inactive")}
          </p>
          {totpEnabled ? <p className="kern-body">{t("totp.restartWarning")}</p> : null}
          {start.isError ? <ErrorNotice error={start.error} /> : null}
          <div className="kern-btn-wrapper">
            <button
              type="button"
              className={`kern-btn ${totpEnabled ? "kern-btn--secondary" : "kern-btn--primary"}`}
              onClick={() => void begin()}
              disabled={start.isPending}
            >
              <span className="kern-label">
                {totpEnabled ? t("totp.restart") : t("totp.start")}
              </span>
            </button>
          </div>
        </>
      )}
    </section>
  );
}

import { useTranslation } from "react-i18next";

type Tone = "info" | "success" | "warning" | "danger";

export function Badge({ tone, label }: { tone: Tone; label: string }) {
  return (
    <span className={`kern-badge kern-badge--small kern-badge--${tone}`}>
      <span className="kern-label">{label}</span>
    </span>
  );
}

/** Marks anything the seed invented for illustration ("Beispieldaten"), so no one takes it for real. */
export function ExampleBadge() {
  const { t } = useTranslation();
  return <Badge tone="warning" label={t("example.badge")} />;
}

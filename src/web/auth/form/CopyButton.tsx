import { useState } from "react";
import { useTranslation } from "react-i18next";

/** Copies `text` to the clipboard and says so in a live region (or why it could not). */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<"copied" | "failed" | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setResult("copied");
    } catch {
      setResult("failed");
    }
  };
  return (
    <span className="kurs-copy">
      <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void copy()}>
        <span className="kern-icon kern-icon--content-copy" aria-hidden="true" />
        <span className="kern-label">{label}</span>
      </button>
      <span className="kern-body kern-body--small" role="status">
        {result === "copied" ? t("form.copied") : result === "failed" ? t("form.copyFailed") : ""}
      </span>
    </span>
  );
}

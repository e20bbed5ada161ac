import { Link } from "react-router";
import { sourceLanguage } from "../components/SourceText";

/** A link to a paper's page, named by its reference (where it has one) and its title. */
export function PaperLink({
  paper,
}: {
  paper: { id: string; reference: string | null; title: string };
}) {
  return (
    <Link to={`/gremien/vorlagen/${paper.id}`} className="kern-link" lang={sourceLanguage}>
      {paper.reference ? `${paper.reference}: ` : ""}
      {paper.title}
    </Link>
  );
}

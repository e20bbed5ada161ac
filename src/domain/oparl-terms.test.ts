import { describe, expect, it } from "vitest";
import {
  berlinMidnight,
  committeeKindFrom,
  consultationRoleFrom,
  localDateOf,
  paperKindFrom,
} from "./oparl-terms";

describe("OParl terms", () => {
  it("reads committee kinds from classification and name", () => {
    expect(committeeKindFrom("Kreistag")).toBe("council");
    expect(committeeKindFrom("Ausschuss", "Kreisausschuss")).toBe("executiveCommittee");
    expect(committeeKindFrom("Gremium", "Ausschuss", "Ausschuss für Haushalt und Finanzen")).toBe(
      "specialistCommittee",
    );
    expect(committeeKindFrom(null, "Arbeitskreis Integration")).toBe("workingGroup");
  });

  it("reads paper kinds and consultation roles", () => {
    expect(paperKindFrom("Beschlussvorlage")).toBe("decision");
    expect(paperKindFrom("Beantwortung einer Anfrage")).toBe("information");
    expect(paperKindFrom(undefined)).toBe("decision");
    expect(consultationRoleFrom("Beschlussfassung", false)).toBe("decision");
    expect(consultationRoleFrom("Vorberatung", true)).toBe("decision");
    expect(consultationRoleFrom("Vorberatung", false)).toBe("preliminary");
    expect(consultationRoleFrom("Kenntnisnahme", null)).toBe("noting");
  });

  it("takes the Berlin calendar day of a date-time and writes Berlin midnight", () => {
    expect(localDateOf("2013-01-04T08:00:00+01:00")).toBe("2013-01-04");
    expect(localDateOf("2013-01-03T23:30:00Z")).toBe("2013-01-04");
    expect(localDateOf("2013-01-04")).toBe("2013-01-04");
    expect(localDateOf("kein Datum")).toBeNull();
    expect(berlinMidnight("2024-01-15")).toBe("2024-01-15T00:00:00+01:00");
    expect(berlinMidnight("2024-07-15")).toBe("2024-07-15T00:00:00+02:00");
  });
});

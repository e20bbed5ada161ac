import { describe, expect, it } from "vitest";
import type { Indicator } from "../../contract/indicators";
import { definitionInput, initialDefinition, inputOf } from "./definition-values";

const uuid = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;

describe("indicator definition form values", () => {
  it("sends trimmed text, empty optional fields as null, ratio parts only for a ratio", () => {
    const values = {
      ...initialDefinition(null),
      key: "  neue-kennzahl ",
      name: " Neue Kennzahl ",
      description: "   ",
      source: " Jobcenter ",
      numeratorId: uuid(1),
      denominatorId: uuid(2),
    };
    expect(definitionInput(values, false)).toMatchObject({
      key: "neue-kennzahl",
      name: "Neue Kennzahl",
      description: null,
      source: "Jobcenter",
      actionFieldLineageId: null,
      goalLineageId: null,
      numeratorId: null,
      denominatorId: null,
      isProposal: false,
    });
    expect(definitionInput({ ...values, aggregation: "ratio" }, false)).toMatchObject({
      numeratorId: uuid(1),
      denominatorId: uuid(2),
    });
    // A goal without its action field is not sent.
    expect(definitionInput({ ...values, goalLineageId: uuid(3) }, false).goalLineageId).toBeNull();
  });

  it("saves a stored indicator unchanged, partners and flag included", () => {
    const stored = {
      key: "b1-abschluesse",
      name: "B1",
      description: "Text",
      unit: "count",
      direction: "higherIsBetter",
      actionFieldLineageId: uuid(4),
      goalLineageId: uuid(5),
      source: "BAMF",
      periodicity: "quarter",
      publishable: true,
      aggregation: "sum",
      numeratorId: null,
      denominatorId: null,
      partnerIds: [uuid(6)],
      isProposal: true,
    } as unknown as Indicator;
    expect(inputOf(stored)).toEqual({
      key: "b1-abschluesse",
      name: "B1",
      description: "Text",
      unit: "count",
      direction: "higherIsBetter",
      actionFieldLineageId: uuid(4),
      goalLineageId: uuid(5),
      source: "BAMF",
      periodicity: "quarter",
      publishable: true,
      aggregation: "sum",
      numeratorId: null,
      denominatorId: null,
      partnerIds: [uuid(6)],
      isProposal: true,
    });
  });
});

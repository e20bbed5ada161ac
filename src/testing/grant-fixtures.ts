import type { Application, Programme } from "../contract/grants";
import { ledgerFixtures } from "./ledger-fixtures";
import type { TestApp } from "./test-app";

type Headers = Record<string, string>;

/**
 * Grants in three states through the API, on the ledger fixtures' 2024 million (a test app with
 * `seeded: false`; call with KURS_TODAY in May 2024; the proof of use moves it to November):
 * - „Sprachkurse vor Ort 2024“: the Volkshochschule granted 18.000 € of 20.000 €, paid in two
 *   instalments, its proof of use confirmed with 7.500 € reclaimed (paid net 10.500 €); the
 *   Jobcenter granted 10.000 €, 4.000 € paid.
 * - „Elterncafés 2024“: the Jobcenter granted 5.000 €, nothing paid; the Volkshochschule
 *   only submitted (not granted: no figure anywhere).
 */
export async function grantFixtures(t: TestApp, office: Headers) {
  const f = await ledgerFixtures(t, office);
  const api = async (url: string, payload: object, expected = 200) => {
    const response = await t.app.inject({
      method: "POST",
      url: `/api/v1${url}`,
      headers: office,
      payload,
    });
    if (response.statusCode !== expected) throw new Error(`${url}: ${response.body}`);
    return response.json();
  };
  const { vhs, jobcenter: other } = f.partners;
  const programme = async (title: string): Promise<Programme> =>
    api(
      "/grant-programmes",
      {
        fundId: f.million.id,
        title,
        purpose: "Sprachkurse und Elternarbeit freier Träger",
        deadline: "2024-06-30",
        financingType: "deficit",
        maxShareBasisPoints: 8000,
        eligibleCostKinds: ["fees", "material", "rooms"],
        conditions: "Es gelten die ANBest-P.",
        paymentWithinMonths: 2,
      },
      201,
    );
  const courses = await programme("Sprachkurse vor Ort 2024");
  const cafes = await programme("Elterncafés 2024");
  /** Applies for 80 % of fees + material (a quarter of the fees) and submits. */
  const apply = async (programmeId: string, partnerId: string, title: string, fees: number) => {
    const created: Application = await api(
      "/grant-applications",
      {
        programmeId,
        partnerId,
        measureId: f.course,
        title,
        description: "Kurse am Vormittag.",
        costPlan: [
          { costKind: "fees", amountCents: fees },
          { costKind: "material", amountCents: fees / 4 },
        ],
        financing: { ownCents: fees / 4, thirdPartyCents: 0, requestedCents: fees },
        periodFrom: "2024-07-01",
        periodTo: "2024-12-31",
      },
      201,
    );
    await api(`/grant-applications/${created.id}/submit`, {});
    return created.id;
  };
  const grant = async (id: string, grantedCents: number, noticeReference: string) => {
    await api(`/grant-applications/${id}/review`, {});
    await api(`/grant-applications/${id}/grant`, { grantedCents, noticeReference });
  };
  const pay = async (id: string, amountCents: number) => {
    const application: Application = await api(
      `/grant-applications/${id}/payment-requests`,
      {
        amountCents,
        neededBy: "2024-07-15",
      },
      201,
    );
    const request = application.paymentRequests.at(-1);
    if (!request) throw new Error("payment request missing");
    await api(`/grant-payment-requests/${request.id}/approve`, {});
  };

  const vhsCourse = await apply(courses.id, vhs.id, "Sprachkurs A1 für Eltern", 2_000_000);
  await grant(vhsCourse, 1_800_000, "50.2-2024/001");
  await pay(vhsCourse, 800_000);
  await pay(vhsCourse, 1_000_000);
  const otherCourse = await apply(courses.id, other.id, "Sprachkurs A2", 1_000_000);
  await grant(otherCourse, 1_000_000, "50.2-2024/002");
  await pay(otherCourse, 400_000);
  const otherCafe = await apply(cafes.id, other.id, "Elterncafé", 500_000);
  await grant(otherCafe, 500_000, "50.2-2024/003");
  const vhsCafe = await apply(cafes.id, vhs.id, "Elterncafé Zeven", 500_000);

  const today = process.env.KURS_TODAY;
  process.env.KURS_TODAY = "2024-11-15";
  try {
    await api(
      `/grant-applications/${vhsCourse}/proof`,
      {
        report: "Zwei Kurse.",
        actualCosts: [
          { costKind: "fees", amountCents: 1_600_000 },
          { costKind: "material", amountCents: 400_000 },
        ],
        actualThirdPartyCents: 250_000,
      },
      201,
    );
    await api(`/grant-applications/${vhsCourse}/proof/confirm`, {});
  } finally {
    process.env.KURS_TODAY = today;
  }
  return {
    fund: f.million,
    vhs,
    other,
    programmes: { courses, cafes },
    applications: { vhsCourse, otherCourse, otherCafe, vhsCafe },
  };
}

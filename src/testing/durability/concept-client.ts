import type { Concept, ConceptVersion } from "../../contract/concept";
import type { Credentials } from "./prepare-data-dir";

/**
 * The few API calls the durability checks make over real HTTP. `cookie` is the session cookie
 * from `signIn`; it stays valid across restarts (sessions live in the database). Writes carry
 * the server's own Origin, as a browser would, for the CSRF check.
 */

function headers(baseUrl: string, cookie: string): Record<string, string> {
  return { "content-type": "application/json", origin: baseUrl, cookie };
}

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/** Signs in and returns the session cookie (`name=value`). */
export async function signIn(baseUrl: string, credentials: Credentials): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify(credentials),
  });
  await json(response, "sign in");
  const cookie = response.headers.getSetCookie()[0]?.split(";")[0];
  if (!cookie) throw new Error("sign in: no session cookie");
  return cookie;
}

export async function createDraft(
  baseUrl: string,
  cookie: string,
  title: string,
): Promise<{ versionId: string; actionFieldId: string }> {
  const draft = await json<ConceptVersion>(
    await fetch(`${baseUrl}/api/v1/concept/versions`, {
      method: "POST",
      headers: headers(baseUrl, cookie),
      body: JSON.stringify({ title }),
    }),
    "create draft",
  );
  const actionFieldId = draft.actionFields[0]?.id;
  if (!actionFieldId) throw new Error("the draft has no action field");
  return { versionId: draft.id, actionFieldId };
}

/** The HTTP status (201: acknowledged), or null when the connection failed (server gone). */
export async function addGoal(
  baseUrl: string,
  cookie: string,
  target: { versionId: string; actionFieldId: string },
  title: string,
): Promise<number | null> {
  try {
    const response = await fetch(`${baseUrl}/api/v1/concept/versions/${target.versionId}/goals`, {
      method: "POST",
      headers: headers(baseUrl, cookie),
      body: JSON.stringify({ actionFieldId: target.actionFieldId, title }),
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

export async function goalTitles(
  baseUrl: string,
  cookie: string,
  versionId: string,
): Promise<Set<string>> {
  const version = await json<ConceptVersion>(
    await fetch(`${baseUrl}/api/v1/concept/versions/${versionId}`, { headers: { cookie } }),
    "read version",
  );
  return new Set(version.actionFields.flatMap((f) => f.goals.map((g) => g.title)));
}

export async function versionIds(baseUrl: string, cookie: string): Promise<Set<string>> {
  const concept = await json<Concept>(
    await fetch(`${baseUrl}/api/v1/concept`, { headers: { cookie } }),
    "read concept",
  );
  return new Set(concept.versions.map((v) => v.id));
}

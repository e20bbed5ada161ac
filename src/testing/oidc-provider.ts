import { createSign, generateKeyPairSync, type KeyObject, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

/**
 * A real OpenID provider (the `oidc-provider` package) on loopback for tests: accounts with
 * groups, the development login page (any password), consent granted without asking. Its token
 * responses can be tampered with (`tamper`) to test that Kurs refuses forged ID tokens.
 */
export interface TestAccount {
  email: string;
  name: string;
  groups: string[];
}

export interface TestClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
  post_logout_redirect_uris?: string[];
}

export interface TestProvider {
  issuer: string;
  accounts: Map<string, TestAccount>;
  /** Rewrites the JSON of the next token responses (null: untouched). */
  tamper: ((body: Record<string, unknown>) => Record<string, unknown>) | null;
  /** Signs a JWT with the provider's own key (RS256) or unsigned with alg "none". */
  signJwt(claims: Record<string, unknown>, alg?: "RS256" | "none"): string;
  close(): Promise<void>;
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

export async function startTestProvider(options: {
  accounts: Record<string, TestAccount>;
  clients: TestClient[];
}): Promise<TestProvider> {
  const accounts = new Map(Object.entries(options.accounts));
  const { privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  const kid = randomUUID();
  const jwk = {
    ...(privateKey as KeyObject).export({ format: "jwk" }),
    kid,
    use: "sig",
    alg: "RS256",
  };
  let handler: (req: IncomingMessage, res: ServerResponse) => void = () => {};
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: options.clients.map((client) => ({
      ...client,
      grant_types: ["authorization_code"],
      response_types: ["code"],
      token_endpoint_auth_method: "client_secret_basic",
    })),
    jwks: { keys: [jwk as never] },
    cookies: { keys: ["kurs-test-provider"] },
    pkce: { required: () => true },
    conformIdTokenClaims: false,
    claims: { openid: ["sub", "groups"], email: ["email"], profile: ["name"] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    findAccount: async (_ctx, id) => {
      const account = accounts.get(id);
      if (!account) return undefined;
      return {
        accountId: id,
        claims: async () => ({ sub: id, ...account }),
      };
    },
    loadExistingGrant: async (ctx) => {
      const { oidc } = ctx;
      const clientId = oidc.client?.clientId ?? "";
      const grantId = oidc.session?.grantIdFor(clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ clientId, accountId: oidc.session?.accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  const callback = provider.callback();
  const result: TestProvider = {
    issuer,
    accounts,
    tamper: null,
    signJwt(claims, alg = "RS256") {
      const header = alg === "none" ? { alg: "none", typ: "JWT" } : { alg, typ: "JWT", kid };
      const input = `${b64(header)}.${b64(claims)}`;
      if (alg === "none") return `${input}.`;
      const signature = createSign("RSA-SHA256").update(input).sign(privateKey);
      return `${input}.${signature.toString("base64url")}`;
    },
    close: () => new Promise((done) => server.close(() => done())),
  };
  handler = (req, res) => {
    const tamper = result.tamper;
    if (tamper && req.method === "POST" && req.url?.startsWith("/token")) {
      // Rewrite the token response before it leaves: the same way a forged provider would.
      const end = res.end.bind(res);
      res.end = ((chunk: unknown, ...rest: unknown[]) => {
        if (typeof chunk === "string" || Buffer.isBuffer(chunk)) {
          try {
            const body = tamper(JSON.parse(chunk.toString()));
            const text = JSON.stringify(body);
            if (!res.headersSent) res.setHeader("content-length", Buffer.byteLength(text));
            return end(text, ...(rest as []));
          } catch {
            // not JSON: send as it is
          }
        }
        return end(chunk as never, ...(rest as []));
      }) as typeof res.end;
    }
    callback(req, res);
  };
  return result;
}

/** A tiny cookie jar for driving the provider's pages with fetch. */
function cookieJar() {
  const cookies = new Map<string, string>();
  return {
    header: () => [...cookies].map(([k, v]) => `${k}=${v}`).join("; "),
    store(response: Response) {
      for (const line of response.headers.getSetCookie()) {
        const [pair = ""] = line.split(";");
        const at = pair.indexOf("=");
        cookies.set(pair.slice(0, at), pair.slice(at + 1));
      }
    },
  };
}

/**
 * Follows the authorization URL through the provider's login page as `login` and returns where
 * the provider sends the browser back (the redirect URI with code, state and iss).
 */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const jar = cookieJar();
  const origin = new URL(authorizationUrl).origin;
  let url = authorizationUrl;
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 12; hop++) {
    const response = await fetch(url, {
      method: body ? "POST" : "GET",
      redirect: "manual",
      headers: {
        cookie: jar.header(),
        ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}),
      },
      body,
    });
    jar.store(response);
    body = undefined;
    const location = response.headers.get("location");
    if (location) {
      const next = new URL(location, url);
      if (next.origin !== origin) return next;
      url = next.href;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action || !html.includes('name="login"'))
      throw new Error(`provider: unexpected page ${response.status} ${html.slice(0, 300)}`);
    url = new URL(action, url).href;
    body = new URLSearchParams({ prompt: "login", login, password: "egal" });
  }
  throw new Error("provider: too many redirects");
}

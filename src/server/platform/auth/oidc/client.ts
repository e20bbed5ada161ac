import * as client from "openid-client";
import { type OidcConfig, redirectUri } from "./config";

const loopback = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The provider's configuration by discovery (`$issuer/.well-known/openid-configuration`),
 * fetched on first use and kept; a failed discovery is tried again at the next sign-in.
 * ID token signatures are checked against the provider's JWKS (enableNonRepudiationChecks), not
 * only trusted because they came over TLS. Plain HTTP is allowed for a provider on loopback only
 * (tests, a local development provider).
 */
export function oidcClient(config: OidcConfig) {
  let discovered: Promise<client.Configuration> | null = null;
  const discover = () => {
    const issuer = new URL(config.issuer);
    const execute = [client.enableNonRepudiationChecks];
    if (issuer.protocol === "http:" && loopback.has(issuer.hostname)) {
      execute.push(client.allowInsecureRequests);
    }
    discovered ??= client
      .discovery(
        issuer,
        config.clientId,
        { id_token_signed_response_alg: "RS256" },
        client.ClientSecretBasic(config.clientSecret),
        { execute },
      )
      .catch((error) => {
        discovered = null;
        throw error;
      });
    return discovered;
  };

  return {
    /** Where the browser goes to sign in; state, nonce and PKCE verifier to keep until the callback. */
    async start() {
      const configuration = await discover();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const codeVerifier = client.randomPKCECodeVerifier();
      const url = client.buildAuthorizationUrl(configuration, {
        redirect_uri: redirectUri(config),
        scope: "openid profile email",
        state,
        nonce,
        code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: "S256",
      });
      return { url: url.href, state, nonce, codeVerifier };
    },

    /**
     * Exchanges the code: checks the response's state (and `iss`), PKCE at the token endpoint,
     * and the ID token's signature, issuer, audience, expiry and nonce. Throws on any mismatch.
     */
    async finish(query: string, expected: { state: string; nonce: string; codeVerifier: string }) {
      const configuration = await discover();
      const current = new URL(`${redirectUri(config)}${query}`);
      const tokens = await client.authorizationCodeGrant(configuration, current, {
        expectedState: expected.state,
        expectedNonce: expected.nonce,
        pkceCodeVerifier: expected.codeVerifier,
        idTokenExpected: true,
      });
      const claims = tokens.claims();
      if (!claims) throw new Error("no ID token");
      return { claims, idToken: tokens.id_token ?? null };
    },

    /** The provider's end-session URL (RP-initiated logout), or null when it has none. */
    async endSessionUrl(idTokenHint: string | null): Promise<string | null> {
      const configuration = await discover();
      if (!configuration.serverMetadata().end_session_endpoint) return null;
      return client.buildEndSessionUrl(configuration, {
        client_id: config.clientId,
        post_logout_redirect_uri: `${config.publicUrl.replace(/\/+$/, "")}/`,
        ...(idTokenHint ? { id_token_hint: idTokenHint } : {}),
      }).href;
    },
  };
}
export type OidcClient = ReturnType<typeof oidcClient>;

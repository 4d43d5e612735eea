import { CallerIdConstants, ConfigurationBotFrameworkAuthentication, StatusCodes, type Activity } from 'botbuilder';
import { createRequire } from 'node:module';
import type * as Connector from 'botframework-connector';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { Config } from '../../config.js';

// Required, not imported: botbuilder has loaded the package already, an ES import would analyse its ~100 modules again.
const { AuthenticationConstants, AuthenticationError } = createRequire(import.meta.url)('botframework-connector') as typeof Connector;

/** Errors of `jsonwebtoken.verify` (bad signature, audience, expiry): the token is invalid, not the server. */
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/**
 * botbuilder's authentication, with every token that fails verification answered 401.
 * @remarks botframework-connector rethrows `jsonwebtoken` errors as they are, and `CloudAdapter` answers anything but
 * an `AuthenticationError` with 500; a forged signature or a foreign audience is the client's fault.
 */
export class ChannelAuthentication extends ConfigurationBotFrameworkAuthentication {
  /**
   * @param openIdMetadataUrl replaces the channel's OpenID metadata URL when not empty. botbuilder then takes every
   * endpoint from the configuration, so the other public-cloud values are given along with it.
   */
  constructor(botFramework: Config['botFramework'], openIdMetadataUrl = '') {
    super(openIdMetadataUrl === '' ? botFramework : {
      ...botFramework,
      ToBotFromChannelOpenIdMetadataUrl: openIdMetadataUrl,
      ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
      ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
      ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
      ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
      OAuthUrl: AuthenticationConstants.OAuthUrl,
      CallerId: CallerIdConstants.PublicAzureChannel,
    });
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof Error && TOKEN_ERRORS.has(error.name)) throw new AuthenticationError('invalid token', StatusCodes.UNAUTHORIZED);
      throw error;
    }
  }
}

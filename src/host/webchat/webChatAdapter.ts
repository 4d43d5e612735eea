import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { AuthenticateRequestResult, ClaimsIdentity, ConnectorClient, ConnectorFactory, UserTokenClient } from 'botframework-connector';

/** `promise`, with `forget` called when it fails, so that a kept promise is not kept failed. */
function forgetOnFailure<T>(promise: Promise<T>, forget: () => void): Promise<T> {
  return promise.catch((error: unknown) => {
    forget();
    throw error;
  });
}

/**
 * Anonymous authentication for web chat turns, resolved once for all of them.
 * @remarks botbuilder builds a ConnectorClient and a UserTokenClient for every turn, each with an Azure HTTP pipeline
 * of a dozen policies. Web chat turns are anonymous (no app id), built by this server (channel, service URL and
 * recipient never come from the client) and answered with `expectReplies`, so neither client is ever called; one of
 * each serves every turn.
 */
class WebChatAuthentication extends ConfigurationBotFrameworkAuthentication {
  private authenticated: Promise<AuthenticateRequestResult> | undefined;
  private userTokenClient: Promise<UserTokenClient> | undefined;

  constructor() {
    super({});
  }

  override authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return (this.authenticated ??= forgetOnFailure(super.authenticateRequest(activity, authHeader).then(withOneConnector), () => (this.authenticated = undefined)));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return (this.userTokenClient ??= forgetOnFailure(super.createUserTokenClient(claimsIdentity), () => (this.userTokenClient = undefined)));
  }
}

/** The result with a connector factory that builds one ConnectorClient per service URL and audience, and keeps it. */
function withOneConnector(result: AuthenticateRequestResult): AuthenticateRequestResult {
  const { connectorFactory } = result;
  if (!connectorFactory) return result;
  const clients = new Map<string, Promise<ConnectorClient>>();
  const oneConnector: ConnectorFactory = {
    create: (serviceUrl, audience) => {
      const key = `${serviceUrl} ${audience ?? ''}`;
      let client = clients.get(key);
      if (!client) clients.set(key, (client = forgetOnFailure(connectorFactory.create(serviceUrl, audience), () => clients.delete(key))));
      return client;
    },
  };
  return { ...result, connectorFactory: oneConnector };
}

/**
 * The adapter of the self-hosted web chat: runs turns of activities this server built, without the HTTP request
 * parsing and validation of `CloudAdapter.process` (nothing in them comes from the client unchecked).
 */
export class WebChatAdapter extends CloudAdapter {
  constructor() {
    super(new WebChatAuthentication());
  }

  /** Runs one turn; resolves with the adapter's answer (with `expectReplies`: status 200 and the buffered replies). */
  runTurn(activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity('', activity, logic);
  }
}

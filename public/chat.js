// The web chat page: Bot Framework Web Chat (served from this server) with a small DirectLine-shaped adapter
// that talks to /api/webchat. No other host is contacted.
(function () {
  'use strict';

  const ConnectionStatus = { Uninitialized: 0, Connecting: 1, Online: 2, FailedToConnect: 4, Ended: 5 };
  const USER = { id: 'webchat-user', role: 'user' };
  const script = document.getElementById('chat-script');
  const settings = {
    nonce: script.dataset.nonce,
    locale: script.dataset.locale || 'de-DE',
    placeholder: script.dataset.placeholder,
    connectError: script.dataset.error,
  };

  /**
   * A minimal multicast observable. `mode` "latest" gives new subscribers the latest value (like a BehaviorSubject),
   * "all" replays every value so far: Web Chat re-subscribes to activity$ after connecting, and an activity id is
   * shown once however often it arrives.
   */
  function createSubject(mode) {
    const observers = new Set();
    const history = [];
    return {
      next(value) {
        if (mode === 'latest') history.splice(0, history.length, value);
        else history.push(value);
        observers.forEach((o) => {
          if (o.next) o.next(value);
        });
      },
      subscribe(observerOrNext, error, complete) {
        const observer = typeof observerOrNext === 'function' ? { next: observerOrNext, error, complete } : observerOrNext || {};
        observers.add(observer);
        history.forEach((value) => {
          if (observer.next) observer.next(value);
        });
        return { unsubscribe: () => observers.delete(observer), closed: false };
      },
    };
  }

  /** An observable that runs `producer` once per subscription. */
  function createObservable(producer) {
    return {
      subscribe(observerOrNext, error, complete) {
        const observer = typeof observerOrNext === 'function' ? { next: observerOrNext, error, complete } : observerOrNext || {};
        producer(observer);
        return { unsubscribe() {}, closed: false };
      },
    };
  }

  async function postJson(url, body) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
    if (!response.ok) throw new Error('HTTP ' + response.status);
    return response.json();
  }

  /** The chat adapter Web Chat expects: activity$, connectionStatus$, postActivity, end. */
  function createChatAdapter() {
    const activity$ = createSubject('all');
    const connectionStatus$ = createSubject('latest');
    let conversationId;
    let sequence = 0;

    const emit = (activity) => {
      sequence += 1;
      activity$.next({
        ...activity,
        id: activity.id || conversationId + '-' + sequence,
        timestamp: new Date(Date.now() + sequence).toISOString(),
      });
    };

    connectionStatus$.next(ConnectionStatus.Uninitialized);
    connectionStatus$.next(ConnectionStatus.Connecting);
    postJson('/api/webchat/conversations', { locale: settings.locale })
      .then((result) => {
        conversationId = result.conversationId;
        connectionStatus$.next(ConnectionStatus.Online);
        result.activities.forEach(emit);
      })
      .catch(() => {
        connectionStatus$.next(ConnectionStatus.FailedToConnect);
        showConnectError();
      });

    return {
      activity$,
      connectionStatus$,
      postActivity(activity) {
        return createObservable((observer) => {
          const clientActivityID = (activity.channelData && activity.channelData.clientActivityID) || String(Date.now());
          const body = {
            type: 'message',
            text: activity.text,
            value: activity.value,
            locale: settings.locale,
            channelData: { clientActivityID },
          };
          postJson('/api/webchat/conversations/' + encodeURIComponent(conversationId) + '/activities', body)
            .then((result) => {
              const id = conversationId + '-user-' + (sequence + 1);
              emit({ ...activity, id, from: USER, channelData: { ...activity.channelData, clientActivityID } });
              if (observer.next) observer.next(id);
              if (observer.complete) observer.complete();
              result.activities.forEach(emit);
            })
            .catch((error) => {
              if (observer.error) observer.error(error);
            });
        });
      },
      end() {
        connectionStatus$.next(ConnectionStatus.Ended);
      },
    };
  }

  function showConnectError() {
    const notice = document.createElement('p');
    notice.className = 'notice';
    notice.setAttribute('role', 'alert');
    notice.textContent = settings.connectError;
    document.getElementById('webchat').before(notice);
  }

  const styleOptions = {
    accent: '#005a9c',
    backgroundColor: '#ffffff',
    bubbleBackground: '#f2f4f7',
    bubbleBorderRadius: 8,
    bubbleFromUserBackground: '#005a9c',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 8,
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    hideUploadButton: true,
    sendTypingIndicator: false,
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#005a9c',
    suggestedActionTextColor: '#005a9c',
    subtle: '#595959',
    timestampColor: '#595959',
  };

  window.WebChat.renderWebChat(
    {
      directLine: createChatAdapter(),
      userID: USER.id,
      locale: settings.locale,
      nonce: settings.nonce,
      styleOptions,
      overrideLocalizedStrings: settings.placeholder ? { TEXT_INPUT_PLACEHOLDER: settings.placeholder } : undefined,
    },
    document.getElementById('webchat'),
  );
})();

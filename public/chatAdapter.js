// The DirectLine-shaped adapter through which Web Chat talks to /api/webchat (for public/chat.js); no other host is contacted.

const ConnectionStatus = { Uninitialized: 0, Connecting: 1, Online: 2, FailedToConnect: 4, Ended: 5 };

/** The user as Web Chat knows the page's own messages. */
export const USER = { id: 'webchat-user', role: 'user' };

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
  if (!response.ok) throw Object.assign(new Error('HTTP ' + response.status), { status: response.status });
  return response.json();
}

/**
 * The chat adapter Web Chat expects: activity$, connectionStatus$, postActivity, end. `started` is the conversation
 * the server started and showed ({conversationId, activities}), if it did; `settings.locale` is read for each request
 * (the page's language can change); `onReplies` sees each batch of bot replies; `onConnectFailed` runs when no
 * conversation could be started.
 */
export function createChatAdapter({ started, settings, onReplies, onConnectFailed }) {
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
  const emitReplies = (activities) => {
    activities.forEach(emit);
    onReplies(activities);
  };

  connectionStatus$.next(ConnectionStatus.Uninitialized);
  connectionStatus$.next(ConnectionStatus.Connecting);
  // The conversation the server started and already showed; without one (refused or failed), a new one.
  (started ? Promise.resolve(started) : postJson('/api/webchat/conversations', { locale: settings.locale }))
    .then((result) => {
      conversationId = result.conversationId;
      connectionStatus$.next(ConnectionStatus.Online);
      emitReplies(result.activities);
    })
    .catch(() => {
      connectionStatus$.next(ConnectionStatus.FailedToConnect);
      onConnectFailed();
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
        const send = () => postJson('/api/webchat/conversations/' + encodeURIComponent(conversationId) + '/activities', body);
        send()
          .catch((error) => {
            if (error.status !== 404) throw error;
            // The conversation is gone (idle longer than the server keeps state, or the server restarted): start a
            // new one without its greeting and send the message again, so the user gets an answer, not an error.
            return postJson('/api/webchat/conversations', { locale: settings.locale }).then((started) => {
              conversationId = started.conversationId;
              return send();
            });
          })
          .then((result) => {
            // The echo takes the id the bot's replies point to (replyToId): Web Chat otherwise holds the replies
            // back for seconds, waiting for an activity with that id.
            const answered = result.activities.find((reply) => reply.replyToId);
            const id = answered ? answered.replyToId : conversationId + '-user-' + (sequence + 1);
            emit({ ...activity, id, from: USER, channelData: { ...activity.channelData, clientActivityID } });
            if (observer.next) observer.next(id);
            if (observer.complete) observer.complete();
            emitReplies(result.activities);
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

// The web chat page: Bot Framework Web Chat (bundled with this file by `npm run build`) with a small
// DirectLine-shaped adapter that talks to /api/webchat (chatAdapter.js). No other host is contacted. The page follows the answer
// language the user picks in the chat (lang attribute, page strings, Web Chat's own strings).
// It takes over the conversation the server started and showed as plain HTML (see boot.js).
import { createChatAdapter, USER } from './chatAdapter.js';
import { styleOptions } from './chatStyle.js';
import { createStore, renderWebChat } from './webChat.js';

{
  const script = document.getElementById('chat-script');
  const regionElement = document.getElementById('webchat');
  const webChatElement = document.getElementById('webchat-root');

  /** The page's strings per answer language ({"de":{…},"de-x-simple":{…},"en":{…}}), rendered by the server. */
  const pageStrings = parseStrings(script.dataset.strings);
  const settings = {
    nonce: script.dataset.nonce,
    language: document.documentElement.lang === 'en' ? 'en' : 'de',
    locale: script.dataset.locale || 'de-DE',
    placeholder: script.dataset.placeholder,
    connectError: script.dataset.error,
  };

  /** The conversation the server started for this page view ({conversationId, activities}), if it did. */
  const conversationData = parseStrings(script.dataset.conversation);
  const started = conversationData.conversationId ? conversationData : undefined;

  function parseStrings(json) {
    try {
      const parsed = JSON.parse(json || '{}');
      return parsed && typeof parsed === 'object' ? parsed : {};
    } catch {
      return {};
    }
  }

  function showConnectError() {
    const notice = document.createElement('p');
    notice.className = 'notice';
    notice.setAttribute('role', 'alert');
    notice.textContent = settings.connectError;
    regionElement.before(notice);
  }

  /**
   * The answer language of a batch of replies: the bot marks it in `channelData.answerLanguage` ("de", "de-x-simple",
   * "en"); without the mark, an English `locale` means "en" and a German one keeps the German variant in use.
   */
  function answerLanguageOf(activities) {
    for (const activity of activities) {
      const marked = activity.channelData && activity.channelData.answerLanguage;
      if (marked && pageStrings[marked]) return marked;
    }
    const locale = activities.map((activity) => activity.locale).find(Boolean);
    if (!locale) return settings.language;
    if (/^en\b/i.test(locale)) return 'en';
    return settings.language === 'en' ? 'de' : settings.language;
  }

  /** Switches the page to `language`: lang attribute, title, visible strings, Web Chat's locale and placeholder. */
  function applyPageLanguage(language) {
    const strings = pageStrings[language];
    if (language === settings.language || !strings) return;
    settings.language = language;
    settings.locale = strings.webChatLocale || settings.locale;
    settings.placeholder = strings.inputPlaceholder || settings.placeholder;
    settings.connectError = strings.connectError || settings.connectError;
    // Einfache Sprache is German: lang stays "de".
    document.documentElement.lang = language.split('-')[0];
    if (strings.title) document.title = strings.title;
    const description = document.querySelector('meta[name="description"]');
    if (description && strings.description) description.setAttribute('content', strings.description);
    document.querySelectorAll('[data-page-string]').forEach((element) => {
      const text = strings[element.dataset.pageString];
      if (text) element.textContent = text;
    });
    render();
  }

  /**
   * Marks each new message (and its live-region announcement) with the language it was written in, so a screen
   * reader keeps reading earlier messages in their own language after a switch (WCAG 3.1.2 language of parts).
   */
  function markMessageLanguages() {
    const messageSelector = '.webchat__basic-transcript__activity, .webchat__live-region-transcript > *';
    const mark = (element) => {
      if (!element.hasAttribute('lang')) element.setAttribute('lang', document.documentElement.lang);
    };
    new MutationObserver((mutations) => {
      mutations.forEach((mutation) =>
        mutation.addedNodes.forEach((node) => {
          if (node.nodeType !== Node.ELEMENT_NODE) return;
          if (node.matches(messageSelector)) mark(node);
          node.querySelectorAll(messageSelector).forEach(mark);
        }),
      );
    }).observe(webChatElement, { childList: true, subtree: true });
  }

  const store = createStore();
  const directLine = createChatAdapter({
    started,
    settings,
    onReplies: (activities) => applyPageLanguage(answerLanguageOf(activities)),
    onConnectFailed: showConnectError,
  });

  /** Web Chat strings the page brings: our placeholder and, if the server sends `botSaid`, the bot's name for screen readers. */
  function localizedStringOverrides() {
    const strings = pageStrings[settings.language] || {};
    const overrides = {};
    if (settings.placeholder) overrides.TEXT_INPUT_PLACEHOLDER = settings.placeholder;
    // Web Chat reads "Bot sagte:" before each answer; "Inklusionslotse NRW sagte:" says who speaks.
    if (strings.botSaid) overrides.ACTIVITY_BOT_SAID_ALT = strings.botSaid;
    return overrides;
  }

  /** Card links to this server's own pages (the checklist) come as paths; Web Chat opens only absolute URLs. */
  function ownPageLinks() {
    return (next) => (card) => {
      const action = card.cardAction;
      if (action && action.type === 'openUrl' && typeof action.value === 'string' && /^\/(?!\/)/.test(action.value)) {
        return next({ ...card, cardAction: { ...action, value: new URL(action.value, window.location.href).href } });
      }
      return next(card);
    };
  }

  /** Renders (or re-renders, after a language switch) Web Chat with the same adapter and store. */
  function render() {
    renderWebChat(
      {
        directLine,
        store,
        userID: USER.id,
        locale: settings.locale,
        nonce: settings.nonce,
        styleOptions,
        overrideLocalizedStrings: localizedStringOverrides(),
        cardActionMiddleware: ownPageLinks,
      },
      webChatElement,
    );
  }

  /**
   * Once Web Chat shows the conversation, the server-rendered chat gives way: what the user sent there is sent
   * now, text still in its input moves to Web Chat's, and so does the focus.
   */
  function takeOverWhenShown() {
    const shown = () => webChatElement.querySelector('.webchat__bubble__content');
    const takeOver = () => {
      webChatElement.classList.remove('webchat-root--pending');
      if (!window.chatBoot) return;
      const { queued, draft, focused } = window.chatBoot.takeOver();
      queued.forEach((text) => store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { method: 'keyboard', text } }));
      if (draft) store.dispatch({ type: 'WEB_CHAT/SET_SEND_BOX', payload: { text: draft } });
      const input = webChatElement.querySelector('.webchat__send-box-text-box__input');
      if (focused && input) input.focus();
    };
    if (shown()) return takeOver();
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      takeOver();
    });
    observer.observe(webChatElement, { childList: true, subtree: true });
  }

  markMessageLanguages();
  render();
  takeOverWhenShown();
}

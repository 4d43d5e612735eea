// Inlined into the chat page by the server: makes the first messages the server rendered usable before the Web
// Chat bundle has arrived. A message sent or a suggestion chosen now is shown and kept; chat.js sends it once Web
// Chat has taken over (window.chatBoot.takeOver), together with any text still in the input.
// The bundle is requested after the first frame is painted: it neither takes bandwidth from the page's stylesheet
// nor, coming from the cache, holds that frame back while it starts.
{
  const nonce = document.currentScript.nonce;
  const loadBundle = () => {
    const bundle = document.createElement('script');
    bundle.src = document.getElementById('chat-script').dataset.src;
    bundle.nonce = nonce;
    document.body.append(bundle);
  };
  const afterFirstFrame = () => requestAnimationFrame(() => setTimeout(loadBundle, 0));
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', afterFirstFrame);
  else afterFirstFrame();

  const staticChat = document.getElementById('chat-static');
  const log = staticChat.querySelector('.chat-static__log');
  const input = document.getElementById('chat-static-input');
  const queued = [];

  const queue = (text) => {
    const trimmed = text.trim();
    if (!trimmed) return;
    queued.push(trimmed);
    const message = document.createElement('div');
    message.className = 'chat-static__message chat-static__message--user';
    const paragraph = document.createElement('p');
    paragraph.textContent = trimmed;
    message.append(paragraph);
    if (log) log.append(message);
  };

  document.getElementById('chat-static-form').addEventListener('submit', (event) => {
    event.preventDefault();
    queue(input.value);
    input.value = '';
  });
  staticChat.querySelectorAll('button[data-value]').forEach((button) => button.addEventListener('click', () => queue(button.dataset.value)));

  window.chatBoot = {
    /** Removes the server-rendered chat; returns what the user did in it. */
    takeOver() {
      const focused = staticChat.contains(document.activeElement);
      staticChat.remove();
      return { queued, draft: input.value, focused };
    },
  };
}

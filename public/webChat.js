// The parts of Bot Framework Web Chat the page uses, for the bundle `npm run build` makes (src/cli/pageBundle.ts):
// the full Web Chat component (Adaptive Cards, markdown) without speech, Direct Line or the other languages' strings.
import FullReactWebChat from 'botframework-webchat/src/FullReactWebChat.tsx';
import { createStore } from 'botframework-webchat-core';
import { createElement } from 'react';
import { render } from 'react-dom';

export { createStore };

/** Renders (or re-renders with new props) Web Chat into `element`, as `window.WebChat.renderWebChat` of the UMD bundle. */
export function renderWebChat(props, element) {
  render(createElement(FullReactWebChat, props), element);
}

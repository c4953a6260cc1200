// The background service worker owns the moderation log (IndexedDB) and answers typed messages.
import { defineBackground } from 'wxt/utils/define-background';
import browser from 'webextension-polyfill';
import { handleRequest } from '../lib/background/handler';

export default defineBackground({
  type: 'module',
  main() {
    browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
      // Only our own extension's pages and content scripts may talk to us.
      if (sender.id !== browser.runtime.id) return undefined;
      return handleRequest(message);
    });
  },
});

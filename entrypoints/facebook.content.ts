import { defineContentScript } from 'wxt/utils/define-content-script';
import { facebookAdapter } from '../lib/platforms/facebook';
import { startContent } from '../lib/content/main';

export default defineContentScript({
  matches: ['https://www.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startContent(ctx, facebookAdapter);
  },
});

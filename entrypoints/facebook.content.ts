import { defineContentScript } from 'wxt/utils/define-content-script';
import { facebookAdapter } from '../lib/platforms/facebook';
import { startContent } from '../lib/content/main';
import '../lib/content/highlight.css';

export default defineContentScript({
  matches: ['https://www.facebook.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startContent(ctx, facebookAdapter);
  },
});

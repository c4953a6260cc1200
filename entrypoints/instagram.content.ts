import { defineContentScript } from 'wxt/utils/define-content-script';
import { instagramWithDirect } from '../lib/content/direct';
import { startContent } from '../lib/content/main';
import '../lib/content/highlight.css';

export default defineContentScript({
  matches: ['https://www.instagram.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startContent(ctx, instagramWithDirect);
  },
});

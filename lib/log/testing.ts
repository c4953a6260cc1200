// Test helpers shared by the log's unit tests and the bench (not used by the extension).
import type { HandledInput } from './schema';

export function sampleInput(over: Partial<HandledInput> = {}): HandledInput {
  return {
    platform: 'facebook',
    channel: 'comment',
    pageId: 'inps-famiglia',
    pageName: 'INPS per la Famiglia',
    postId: 'post-1',
    commentId: 'c-1',
    permalink: 'https://www.facebook.com/inps-famiglia/posts/1?comment_id=c-1',
    findings: [{ rule: 'vulgarity', severity: 'medium' }],
    topic: 'assegno-unico',
    action: 'hidden',
    templateId: 'netiquette-reminder',
    commentTime: '2026-11-20T08:30:00Z',
    shownAt: '2026-11-20T09:00:00Z',
    text: 'Testo di prova',
    author: 'Maria Rossi',
    ...over,
  };
}

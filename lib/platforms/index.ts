// Chooses the adapter for a page by its URL.
import { facebookAdapter } from './facebook';
import { instagramAdapter } from './instagram';
import type { PlatformAdapter } from './types';

export const ADAPTERS: readonly PlatformAdapter[] = [facebookAdapter, instagramAdapter];

export function adapterFor(url: URL): PlatformAdapter | null {
  return ADAPTERS.find((a) => a.matches(url)) ?? null;
}

export type { ExtractedComment, MoreControls, PageInfo, PlatformAdapter } from './types';
export { GALATEO_ATTR } from './types';
export { facebookAdapter, findFacebookReplyAction } from './facebook';
export { instagramAdapter } from './instagram';
export { serializeText, rangeForSpan, textExpanders } from './text';
export { parseRelativeTime, relativeTimeMs } from './time';
export { instagramDirectAdapter, isDirectUrl, type DirectMessage, type DirectConversation } from './instagram-direct';
export { findInstagramReplyAction } from './instagram';
export { insertReplyText, composerContains, isComposerEmpty, type InsertResult, type InsertOptions } from './insert';

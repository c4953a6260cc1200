// Instagram Direct in the same assistant: the citizen's messages are shown to the runtime as comments,
// and the rules are adapted to a private channel (seed 001: the institute also answers in Instagram DMs).
import type { Analysis, AnalyzerProfile, Finding, RuleId } from '../types';
import type { ExtractedComment, PlatformAdapter } from '../platforms/types';
import { instagramAdapter } from '../platforms/instagram';
import { instagramDirectAdapter, isDirectUrl } from '../platforms/instagram-direct';

import type { Channel } from '../analysis/protocol';

export type { Channel };
export type ChannelAdapter = PlatformAdapter & { channel(url: URL): Channel };

/** Rules that make no sense in a private conversation. */
export const NOT_IN_DIRECT: readonly RuleId[] = ['old-post', 'off-topic', 'answering-for-us'];

/** The page's profile with the public-thread rules switched off. */
export function directProfile(profile: AnalyzerProfile): AnalyzerProfile {
  const rules = { ...profile.rules };
  for (const id of NOT_IN_DIRECT) rules[id] = { ...(rules[id] ?? {}), enabled: false };
  return { ...profile, rules };
}

/**
 * In a private message personal data is not removed but answered with advice (don't send more,
 * use the secure channels): the finding stays, as advice, at low severity.
 */
export function adaptDirectAnalysis(a: Analysis): Analysis {
  const findings: Finding[] = a.findings
    .filter((f) => !NOT_IN_DIRECT.includes(f.rule))
    .map((f) =>
      f.rule === 'personal-data'
        ? {
            ...f,
            severity: 'low',
            reason: `${f.reason} — in privato: non chiedere altri dati, indicare i canali sicuri (MyINPS, Contact Center, sede).`,
          }
        : f,
    );
  return { ...a, findings };
}

/** First suggestion for personal data sent in private: advice, in the institute's voice (seed 002). */
export function directPersonalDataAdvice(firstName: string | undefined): { templateId: string; text: string; reason: string } {
  const hello = firstName ? `Gentile ${firstName}` : 'Gentile utente';
  return {
    templateId: 'direct-personal-data-advice',
    reason: 'dati personali in privato: consiglio, nessuna rimozione',
    text:
      `${hello}, per la sua sicurezza la invitiamo a non condividere in questa chat dati personali come codice fiscale, IBAN o documenti: non ce ne servono altri. ` +
      'Per verificare la sua pratica può accedere a MyINPS su www.inps.it, chiamare il Contact Center al numero 803 164 (gratuito da rete fissa) o 06 164 164 (da cellulare), oppure rivolgersi alla sua sede territoriale.',
  };
}

/** The citizen's messages of the open conversation, as comments (ours are never analysed). */
function directMessages(root: ParentNode): ExtractedComment[] {
  return instagramDirectAdapter
    .findMessages(root)
    .filter((m) => !m.fromSelf)
    .map((m) => ({
      id: m.id,
      author: m.sender ?? '',
      text: m.text,
      isReply: false,
      parentId: null,
      permalink: null,
      time: m.time,
      timeText: null,
      element: m.element,
      textElement: m.textElement,
      anchor: m.anchor,
    }));
}

const here = (root: ParentNode): URL => {
  const doc = (root as Node).ownerDocument ?? (root as Document);
  return new URL(doc.location?.href ?? 'https://www.instagram.com/');
};

/** Instagram posts and Direct in one content script: the URL decides (the site navigates between them without reloading). */
export const instagramWithDirect: ChannelAdapter = {
  ...instagramAdapter,
  channel: (url) => (isDirectUrl(url) ? 'direct' : 'comment'),
  detectPage(doc, url) {
    if (!isDirectUrl(url)) return instagramAdapter.detectPage(doc, url);
    const conv = instagramDirectAdapter.detectConversation(doc, url);
    // The account is ours (the profile), the conversation id becomes the "post" of the log.
    const account = instagramAdapter.detectPage(doc, url);
    return { platform: 'instagram', id: account?.id ?? null, name: account?.name ?? null, url: url.toString(), postId: conv?.id ?? null };
  },
  findComments(root, now) {
    return isDirectUrl(here(root)) ? directMessages(root) : instagramAdapter.findComments(root, now);
  },
  findReplyBox(comment, doc) {
    return isDirectUrl(new URL(doc.location.href)) ? instagramDirectAdapter.findComposer(doc) : instagramAdapter.findReplyBox(comment, doc);
  },
  hasCommentSignals(root) {
    return isDirectUrl(here(root)) ? instagramDirectAdapter.hasMessageSignals(root) : instagramAdapter.hasCommentSignals(root);
  },
};

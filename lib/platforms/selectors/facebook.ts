// Facebook selectors and label hints (EN/ES/IT, a little FR/DE/PT). Structure first:
// comments are div[role=article] owning links with comment_id=; labels only refine.
import { PlatformSelectorsSchema, type PlatformSelectors } from './schema';

export const FACEBOOK_SELECTORS: PlatformSelectors = PlatformSelectorsSchema.parse({
  version: 1,
  hosts: ['facebook.com', 'www.facebook.com', 'web.facebook.com', 'm.facebook.com'],
  commentRoot: '[role="article"]',
  commentLink: 'a[href*="comment_id="]',
  textBlock: '[dir="auto"]',
  control: '[role="button"], button',
  composer: '[contenteditable="true"][role="textbox"], [contenteditable="true"][data-lexical-editor="true"]',
  composerScope: 'form',
  notText: 'a, button, [role="button"], [role="link"], ul, h1, h2, h3, h4, h5, h6, [aria-hidden="true"]',
  labels: {
    commentBy: ['^comment by ', '^comentario de ', '^commento di ', '^commentaire de ', '^kommentar von ', '^comentário de '],
    replyBy: ['^reply by ', '^respuesta de ', '^risposta di ', '^réponse de ', '^antwort von ', '^resposta de '],
    moreComments: [
      '^view (\\d+ )?(more|previous) comments?',
      '^see (\\d+ )?(more|previous) comments?',
      '^ver (\\d+ )?(más )?comentarios',
      '^ver (los )?comentarios anteriores',
      '^visualizza (altri )?(\\d+ )?(altri )?commenti',
      '^visualizza (i )?commenti precedenti',
      '^mostra (altri )?(\\d+ )?(altri )?commenti',
      '^(afficher|voir) (\\d+ )?(autres )?commentaires',
      '^weitere kommentare',
    ],
    moreReplies: [
      '\\b(replied|respondió|ha risposto|hanno risposto|a répondu|hat geantwortet|respondeu)\\b',
      '\\b\\d+ (repl(y|ies)|respuestas?|rispost[ae]|réponses?|antworten|respostas?)\\b',
      '^view (all )?\\d+ repl',
      '^visualizza (tutte le )?\\d+ rispost',
    ],
    reply: ['^reply$', '^responder$', '^rispondi$', '^répondre$', '^antworten$'],
    composer: ['write a comment', 'escribe un comentario', 'scrivi un commento', 'écrivez un commentaire', 'kommentieren', 'write a reply', 'escribe una respuesta', 'scrivi una risposta', 'rispondi a'],
  },
});

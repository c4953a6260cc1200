// Instagram selectors and label hints (EN/ES/IT). Structure first: a comment is found by its
// permalink a[href*="/c/<id>/"] (with time[datetime]), its author link and its dir=auto text.
import { PlatformSelectorsSchema, type PlatformSelectors } from './schema';

export const INSTAGRAM_SELECTORS: PlatformSelectors = PlatformSelectorsSchema.parse({
  version: 1,
  hosts: ['instagram.com', 'www.instagram.com'],
  commentRoot: 'a[href*="/c/"]',
  commentLink: 'a[href*="/c/"]',
  textBlock: '[dir="auto"]',
  control: '[role="button"], button',
  composer: 'textarea:not([aria-hidden="true"]), [contenteditable="true"][role="textbox"]',
  composerScope: '',
  notText: 'a, button, [role="button"], [role="link"], h1, h2, h3, h4, h5, h6, time',
  labels: {
    commentBy: [],
    replyBy: [],
    moreComments: [
      '^view (all )?(\\d+ )?(more |hidden )?comments',
      '^load more comments',
      '^ver (todos los )?(\\d+ )?comentarios( ocultos)?',
      '^cargar más comentarios',
      '^visualizza (tutti i )?(\\d+ )?commenti( nascosti)?',
      '^carica altri commenti',
      '^mostra (altri )?commenti',
    ],
    moreReplies: [
      '^view (all )?(\\d+ )?repl(y|ies)',
      '^view replies',
      '^ver (las )?(\\d+ )?respuestas',
      '^visualizza (tutte le )?(\\d+ )?rispost[ae]',
      '^mostra (le )?rispost[ae]',
    ],
    reply: ['^reply$', '^responder$', '^rispondi$'],
    composer: ['add a comment', 'añade un comentario', 'agrega un comentario', 'aggiungi un commento', 'message', 'mensaje', 'messaggio'],
  },
});

// Instagram selectors and label hints (EN/ES/IT). Structure first: a comment is found by its
// permalink a[href*="/c/<id>/"] (with time[datetime]), its author link and its dir=auto text.
import * as z from 'zod/mini';
import { PlatformSelectorsSchema, regexSource, type PlatformSelectors } from './schema';

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

// Instagram Direct: the open conversation is a grid of rows; a message has an element whose id
// is the message id ("mid.$…"); the other person's rows hold a link to their profile (avatar).
export const DirectSelectorsSchema = z.object({
  version: z.number().check(z.int(), z.positive()),
  messageList: z.string().check(z.minLength(1)),
  messageRow: z.string().check(z.minLength(1)),
  messageId: z.string().check(z.minLength(1)),
  profileLink: z.string().check(z.minLength(1)),
  textBlock: z.string().check(z.minLength(1)),
  composer: z.string().check(z.minLength(1)),
  labels: z.object({
    /** Row labels of our own messages ("You sent", "You replied to X"). */
    fromSelf: z.array(regexSource),
    /** The label inside a quoted reply ("Original message:"). */
    quoteLabel: z.array(regexSource),
  }),
});
export type DirectSelectors = z.infer<typeof DirectSelectorsSchema>;

export const INSTAGRAM_DIRECT_SELECTORS: DirectSelectors = DirectSelectorsSchema.parse({
  version: 1,
  messageList: '[role="grid"]',
  messageRow: '[role="row"]',
  messageId: '[id^="mid."]',
  profileLink: 'a[href]',
  textBlock: '[dir="auto"]',
  composer: '[contenteditable="true"][role="textbox"], textarea:not([aria-hidden="true"])',
  labels: {
    fromSelf: ['^you sent', '^you replied', '^hai inviato', '^hai risposto', '^enviaste', '^respondiste', '^has enviado', '^has respondido'],
    quoteLabel: ['^original message', '^messaggio originale', '^mensaje original'],
  },
});

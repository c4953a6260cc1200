// Platform selectors and labels as validated data: they can be updated (or loaded from
// settings) without touching the adapters' logic. Labels are hints only, never required.
// zod/mini: the same validation at ~17 KB instead of ~440 KB in the content script bundle.
import * as z from 'zod/mini';

const cssSelector = z.string().check(z.minLength(1));

/** A regular expression given as source text; validated at parse time. */
export const regexSource = z.string().check(
  z.minLength(1),
  z.refine(
    (s) => {
      try {
        new RegExp(s, 'iu');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression / espressione regolare non valida' },
  ),
);

export const LabelHintsSchema = z.object({
  /** aria-label of a comment: "Comment by X …" (EN), "Comentario de X …" (ES), "Commento di X …" (IT). */
  commentBy: z.array(regexSource),
  /** aria-label of a reply: "Reply by X …", "Respuesta de X …", "Risposta di X …". */
  replyBy: z.array(regexSource),
  /** Controls that load more comments. */
  moreComments: z.array(regexSource),
  /** Controls that expand collapsed replies. */
  moreReplies: z.array(regexSource),
  /** The "Reply" action of a comment. */
  reply: z.array(regexSource),
  /** Composer aria-labels/placeholders ("Write a comment", "Scrivi un commento", "Add a comment…"). */
  composer: z.array(regexSource),
});
export type LabelHints = z.infer<typeof LabelHintsSchema>;

export const PlatformSelectorsSchema = z.object({
  version: z.number().check(z.int(), z.positive()),
  /** Hostnames (exact or suffix after a dot) the adapter handles. */
  hosts: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  /** Candidate comment roots (FB) or comment permalinks (IG). */
  commentRoot: cssSelector,
  /** Links that identify a comment. */
  commentLink: cssSelector,
  /** Text blocks (the platforms mark user text with dir=auto). */
  textBlock: cssSelector,
  /** Controls (buttons). */
  control: cssSelector,
  /** Comment composers. */
  composer: cssSelector,
  /** Elements a composer must sit in to count as a comment composer (FB: form), or '' for none. */
  composerScope: z.string(),
  /** Elements whose contents are never a comment's text (links, controls, headings). */
  notText: cssSelector,
  labels: LabelHintsSchema,
});
export type PlatformSelectors = z.infer<typeof PlatformSelectorsSchema>;

/** Compiles a list of regex sources into one tester. */
export function anyOf(sources: readonly string[]): (s: string) => boolean {
  const res = sources.map((s) => new RegExp(s, 'iu'));
  return (s: string) => res.some((r) => r.test(s));
}

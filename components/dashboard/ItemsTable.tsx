// The records of the period, newest first. Comment excerpts are hostile input: rendered as text
// nodes only (Preact escapes them), never as HTML.
import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/types';
import type { HandledItem } from '../../lib/log/schema';
import { ACTION_LABEL, T, formatDuration } from './labels';
import { zonedParts } from '../../lib/log/time';

const PAGE = 200;

export function ItemsTable({ items, lang, showDay }: { items: readonly HandledItem[]; lang: Lang; showDay: boolean }) {
  const [limit, setLimit] = useState(PAGE);
  const rows = items.slice(-limit).reverse();
  return (
    <section class="items">
      <h2>
        {T.itemsTitle[lang]} ({items.length})
      </h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{T.time[lang]}</th>
            <th scope="col">{T.page[lang]}</th>
            <th scope="col">{T.action[lang]}</th>
            <th scope="col">{T.rule[lang]}</th>
            <th scope="col">{T.excerpt[lang]}</th>
            <th scope="col">{T.response[lang]}</th>
            <th scope="col">{T.moderator[lang]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((it) => (
            <tr key={it.key} data-key={it.key}>
              <td class="nowrap">{timeOf(it, showDay)}</td>
              <td>{it.pageName ?? it.pageId ?? '—'}</td>
              <td>
                <span class={`act act-${it.action}`}>{ACTION_LABEL[it.action][lang]}</span>
              </td>
              <td>{it.rules.join(', ') || '—'}</td>
              <td class="excerpt">
                {it.permalink && /^https:\/\/(www\.)?(facebook|instagram)\.com\//.test(it.permalink) ? (
                  <a href={it.permalink} target="_blank" rel="noopener noreferrer">
                    {it.excerpt || '…'}
                  </a>
                ) : (
                  it.excerpt
                )}
              </td>
              <td class="nowrap">{formatDuration(it.responseMs)}</td>
              <td>{it.moderator}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length > limit && (
        <button type="button" class="noprint" onClick={() => setLimit(limit + PAGE)}>
          {T.showMore[lang]} ({items.length - limit})
        </button>
      )}
    </section>
  );
}

function timeOf(it: HandledItem, showDay: boolean): string {
  const { minutes } = zonedParts(new Date(it.handledAt));
  const hm = `${String((minutes / 60) | 0).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return showDay ? `${it.day} ${hm}` : hm;
}

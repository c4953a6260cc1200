// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { CommentUi, topSeverity } from './CommentUi';
import type { Analysis } from '../lib/types';

const HOSTILE = '<img src=x onerror="alert(1)"><script>window.__pwned=1</script> quando arriva il bonus?';

function mount(analysis: Analysis, text: string, acceptSyntheticInput = true) {
  const host = document.createElement('div');
  document.body.append(host);
  const actions: string[] = [];
  act(() => {
    render(
      <CommentUi
        commentId="c1"
        text={text}
        analysis={analysis}
        lang="it"
        ruleLabel={(id) => `label:${id}`}
        topicLabel={(id) => `topic:${id}`}
        suggestions={[{ templateId: 't1', text: 'Gentile {{nome}}, <b>grazie</b>' }]}
        handled={null}
        onAction={async (a) => {
          actions.push(a);
          return { ok: true };
        }}
        onInsert={async () => ({ ok: true })}
        acceptSyntheticInput={acceptSyntheticInput}
      />,
      host,
    );
  });
  return { host, actions };
}

describe('CommentUi', () => {
  test('hostile comment text and template text render as text, never as markup', () => {
    const analysis: Analysis = {
      id: 'c1',
      findings: [{ rule: 'shouting', severity: 'low', evidence: [{ start: 0, end: HOSTILE.length }], reason: '<i>r</i>' }],
      topics: [],
    };
    const { host } = mount(analysis, HOSTILE);
    act(() => (host.querySelector('.badge') as HTMLElement).click());
    expect(host.querySelectorAll('img, script, i, b').length).toBe(0);
    expect(host.querySelector('.evidence')!.textContent).toBe(HOSTILE);
    expect(host.querySelector('textarea')!.value).toContain('<b>grazie</b>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  test('badge shows count and the highest severity; colour is not the only signal', () => {
    const analysis: Analysis = {
      id: 'c1',
      findings: [
        { rule: 'shouting', severity: 'low', evidence: [], reason: 'r' },
        { rule: 'threat', severity: 'critical', evidence: [], reason: 'r' },
      ],
      topics: ['assegno-unico'],
    };
    expect(topSeverity(analysis)).toBe('critical');
    const { host } = mount(analysis, 'testo');
    const badge = host.querySelector('.badge')!;
    expect(badge.getAttribute('data-severity')).toBe('critical');
    expect(badge.textContent).toContain('2');
    expect(badge.textContent).toContain('critica');
    expect(badge.getAttribute('aria-label')).toContain('label:threat');
  });

  test('an action button reports the action and marks the comment handled', async () => {
    const analysis: Analysis = { id: 'c1', findings: [{ rule: 'vulgarity', severity: 'high', evidence: [], reason: 'r' }], topics: [] };
    const { host, actions } = mount(analysis, 'testo');
    act(() => (host.querySelector('.badge') as HTMLElement).click());
    await act(async () => (host.querySelector('button[data-action="hidden"]') as HTMLElement).click());
    expect(actions).toEqual(['hidden']);
    expect(host.querySelector('.handled')!.getAttribute('data-handled')).toBe('hidden');
  });

  test("a script's click or key acts on nothing: only the moderator's own input marks a comment", async () => {
    const analysis: Analysis = { id: 'c1', findings: [{ rule: 'vulgarity', severity: 'high', evidence: [], reason: 'r' }], topics: [] };
    const { host, actions } = mount(analysis, 'testo', false);
    act(() => (host.querySelector('.badge') as HTMLElement).click()); // opening the card only shows it
    expect(host.querySelector('.card')).not.toBeNull();
    await act(async () => (host.querySelector('button[data-action="hidden"]') as HTMLElement).click());
    await act(async () => void host.querySelector('.galateo')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'd', bubbles: true })));
    expect(actions).toEqual([]);
    expect(host.querySelector('.handled')).toBeNull();
  });

  test('a clean comment gets a neutral badge', () => {
    const { host } = mount({ id: 'c1', findings: [], topics: [] }, 'Grazie!');
    expect(host.querySelector('.badge')!.getAttribute('data-severity')).toBe('none');
  });
});

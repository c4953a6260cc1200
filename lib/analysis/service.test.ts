// The worker's analysis service with the real settings pack, analyzer and templates (no mocks of the engine).
import { describe, expect, test } from 'vitest';
import { createAnalysisService } from './service';
import { defaultSettings, type Settings } from '../settings';
import { setPagePaused } from '../settings/profile';
import type { AnalyzeBatch, WireComment } from './protocol';

const URL_FAMIGLIA = 'https://www.facebook.com/INPS.PerLaFamiglia/posts/pfbid0test';

function service(settings: Settings = defaultSettings()) {
  let doc = settings;
  let stored: unknown = undefined;
  const svc = createAnalysisService({
    settings: () => doc,
    dismissals: {
      load: async () => stored,
      save: async (v) => {
        stored = v;
      },
    },
    updateSettings: async (change) => {
      doc = change(doc);
      return true;
    },
    now: () => new Date('2026-11-18T10:00:00+01:00'), // a Wednesday, in service hours
  });
  return { svc, current: () => doc };
}

const c = (id: string, text: string, author = 'Maria Rossi'): WireComment => ({ id, text, author, isReply: false, createdAt: '2026-11-18T09:30:00+01:00' });

function batch(thread: WireComment[], items: number[], over: Partial<AnalyzeBatch> = {}): AnalyzeBatch {
  return {
    type: 'analyze/batch',
    platform: 'facebook',
    channel: 'comment',
    url: URL_FAMIGLIA,
    page: { id: 'INPS.PerLaFamiglia', name: 'INPS per la Famiglia', postId: 'pfbid0test', postTime: null },
    lang: 'it',
    thread,
    items,
    ...over,
  };
}

describe('analysis service (background worker)', () => {
  test('resolves the page profile, analyses only the items, returns findings, replies and labels', async () => {
    const { svc } = service();
    const thread = [c('1', 'Buongiorno, quando arriva l’assegno unico di dicembre?'), c('2', 'che merda di servizio, siete dei ladri'), c('3', 'Grazie!')];
    const r = await svc.analyzeBatch(batch(thread, [1, 2]));
    expect(r.page).toEqual({ pageId: 'inps-per-la-famiglia', pageName: 'INPS per la Famiglia', paused: false });
    expect(r.results.map((x) => x.id)).toEqual(['2', '3']);
    const rules = r.results[0].analysis.findings.map((f) => f.rule);
    expect(rules).toContain('vulgarity');
    expect(r.results[0].analysis.findings.every((f) => f.evidence.every((e) => e.end <= thread[1].text.length))).toBe(true);
    expect(r.results[0].suggestions.length).toBeGreaterThan(0);
    expect(r.results[0].suggestions[0].text).toContain('Maria');
    expect(r.ruleLabels.vulgarity).toBe('Linguaggio volgare');
    expect(r.results[1].analysis.findings).toEqual([]);
  });

  test('earlier comments of the window are context: a question asked again by its author is recognised', async () => {
    const { svc } = service();
    const q = 'Quando arriva il pagamento dell’assegno unico di novembre?';
    const thread = [c('1', q, 'Anna Bianchi'), c('2', 'Buongiorno a tutti'), c('3', q, 'Anna Bianchi')];
    const alone = await svc.analyzeBatch(batch([thread[2]], [0]));
    const withContext = await svc.analyzeBatch(batch(thread, [2]));
    expect(alone.results[0].analysis.findings.map((f) => f.rule)).not.toContain('repeated-question');
    expect(withContext.results[0].analysis.findings.map((f) => f.rule)).toContain('repeated-question');
  });

  test('a paused page gets no analysis, only its state', async () => {
    const s = setPagePaused(defaultSettings(), 'inps-per-la-famiglia', true);
    const { svc } = service(s);
    const r = await svc.analyzeBatch(batch([c('1', 'che merda')], [0]));
    expect(r.page.paused).toBe(true);
    expect(r.results).toEqual([]);
  });

  test('an empty batch resolves the page alone; an unknown page has no profile', async () => {
    const { svc } = service();
    const r = await svc.analyzeBatch(batch([], [], { url: 'https://www.facebook.com/someone.else/posts/1', page: { id: 'someone.else', name: 'Someone', postId: null, postTime: null } }));
    expect(r.page).toEqual({ pageId: null, pageName: 'Someone', paused: false });
    expect(r.results).toEqual([]);
  });

  test('Direct: public-thread rules are off, personal data becomes low-severity advice, advice first', async () => {
    const { svc } = service();
    const text = 'Il mio codice fiscale è RSSMRA85T10A562S, mi controllate la pratica?';
    const r = await svc.analyzeBatch(
      batch([c('m1', text)], [0], { platform: 'instagram', channel: 'direct', url: 'https://www.instagram.com/direct/t/123/', page: { id: 'inps_social', name: null, postId: '123', postTime: null } }),
    );
    const pd = r.results[0].analysis.findings.find((f) => f.rule === 'personal-data');
    expect(pd?.severity).toBe('low');
    expect(r.results[0].analysis.findings.map((f) => f.rule)).not.toContain('old-post');
    expect(r.results[0].suggestions[0].templateId).toBe('direct-personal-data-advice');
  });

  test('dismissing the same term three times offers it; allowing it stops the flag', async () => {
    const { svc, current } = service();
    const text = 'che cazzo di attesa';
    const first = await svc.analyzeBatch(batch([c('1', text)], [0]));
    const findings = first.results[0].analysis.findings;
    expect(findings.map((f) => f.rule)).toContain('vulgarity');
    const req = { type: 'dismissal/record' as const, pageId: 'inps-per-la-famiglia', text, findings };
    expect(await svc.dismissal(req)).toBeNull();
    expect(await svc.dismissal(req)).toBeNull();
    const offer = await svc.dismissal(req);
    expect(offer?.term).toMatch(/cazzo/);
    const allowed = await svc.allowTerm({ type: 'settings/allow-term', pageId: 'inps-per-la-famiglia', term: offer!.term });
    expect(allowed.ok).toBe(true);
    expect(current().pages['inps-per-la-famiglia'].lexicon.allowlist).toContain(offer!.term);
    const again = await svc.analyzeBatch(batch([c('1', text)], [0]));
    expect(again.results[0].analysis.findings.map((f) => f.rule)).not.toContain('vulgarity');
  });

  test('allowing a term on an unknown page is refused with a clear message', async () => {
    const { svc } = service();
    const r = await svc.allowTerm({ type: 'settings/allow-term', pageId: 'no-such-page', term: 'x' });
    expect(r.ok).toBe(false);
    expect(r.message.it).toMatch(/non salvate/);
  });
});

import { describe, expect, test } from 'vitest';
import crisis from './crisis';
import { defaultProfile } from '../analyzer';
import type { RuleContext } from './rule';

const ctx: RuleContext = { profile: defaultProfile(), now: new Date('2026-11-22T10:00:00+01:00'), thread: [], topics: [], lang: 'it' };
const run = (text: string, settings = {}) => crisis.detect({ id: 't', text }, ctx, crisis.settings.parse(settings));

// Seed 002: "minacce di suicidio da parte di utenti" — escalate at once.
describe('crisis: self-harm and suicide signals', () => {
  test.each([
    'Se non arriva la pensione mi tolgo la vita',
    'Non ce la faccio più a vivere così',
    'Sono stanco di vivere',
    'Vorrei addormentarmi e non svegliarmi più',
    'Tanto nessuno sentirebbe la mia mancanza',
    'La faccio finita, tanto a nessuno importa',
    'Ho pensato al suicidio più volte questo mese',
    'Voglio morire, non ho più niente',
    'Mi butto dal ponte se mi tolgono anche questo',
    'non voglio più vivere',
    'Scusate, sto pensando di farla finita',
    'Voglio solo dormire e non svegliarmi',
    'Sono un peso per la mia famiglia',
    'Sarebbe meglio per tutti se io non ci fossi',
    'Stasera prendo tutte le pillole.',
    'Ingoio una scatola di sonniferi',
    'Sarebbero tutti meglio senza di me',
    'Se non pagano mi sparo in testa',
    'Ho preparato tutte le pastiglie, stanotte le prendo tutte insieme',
    'stasera prendo tutte le pillole insieme e buonanotte',
    'Non ho più motivi per vivere, senza pensione non vado avanti',
    'la farò finita, non reggo più',
    'Meglio morire che vivere così',
  ])('%s', (text) => {
    const f = run(text);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('critical');
  });

  test.each([
    'Sto morendo dal ridere',
    'Il peso della burocrazia è insopportabile',
    'Se fossi in te farei domanda subito',
    'Prendo tutte le pillole che mi ha dato il medico per la pressione',
    'Sarebbe meglio se non ci fossero file agli sportelli',
    'Mi sparo un film stasera',
    'Mi sparo tre ore di fila al patronato',
    'Sono malato, prendo tutte le medicine.',
    'Ogni mattina prendo tutte le pillole, poi faccio colazione',
    'Vorrei dormire e non svegliarmi fino a quando arriva la pensione',
    'Non mangio da stamattina, la fila è lunghissima',
    'Sono stanca della vita che faccio in ufficio',
    'Sono stanco di aspettare la pensione',
    'Domani non riesco a svegliarmi presto per lo sportello',
    'Mi manca solo la firma del datore di lavoro',
    'Mi ammazzo dalle risate',
    'Muoio di fame, quando pagate?',
    'Mi piace da morire questo servizio',
    'Non ce la faccio più ad aspettare il bonifico',
    'Voglio farla finita con questa pratica infinita',
    'È morta mia madre, come chiedo la reversibilità?',
    'Il suicidio assistito è un tema delicato',
    "Preferirei morire che rifare lo SPID un'altra volta 😅",
    'Meglio morire che chiamare il call center',
    'La farò finita con questa pratica, ci rinuncio',
  ])('no finding: %s', (text) => {
    expect(run(text)).toEqual([]);
  });

  test('two distress signals are a high-severity finding; one is not', () => {
    expect(run('Non ce la faccio più')).toEqual([]);
    const f = run('Non ce la faccio più, ho perso tutto');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('high');
    expect(run('Non ce la faccio più, ho perso tutto', { distress: false })).toEqual([]);
  });

  test('going without food counts as a distress signal', () => {
    expect(run('Non mangio da tre giorni, sono disperata')[0]?.severity).toBe('high');
    expect(run('Non abbiamo più soldi per mangiare, non ce la faccio più')[0]?.severity).toBe('high');
    expect(run('Non mangio da tre giorni')).toEqual([]);
  });
});

// Portal addresses used by the default pack, copied from portal-links.tsv (same folder; source: /work/shared/portal-links.tsv).
// Never invent an address: defaults.test.ts checks that every URL here is a row of the TSV with the same confidence,
// and that none is a row the TSV marks "Do not use", "Avoid" or LEGACY.
import type { Link } from './schema';

const L = (url: string, confidence: 'high' | 'low', it: string, en: string, source: string): Link => ({
  url,
  confidence,
  label: { it, en },
  source,
});

export const PORTAL_LINKS = {
  'social-media-policy': L(
    'https://www.inps.it/it/it/inps-comunica/social-media/social-media-policy.html',
    'high',
    'Social media policy e netiquette INPS',
    'INPS social media policy and netiquette',
    'portal-links.tsv: "Social media policy" (stored copy of inps.it, updated 14/04/2025)',
  ),
  'vademecum-antitruffe': L(
    'https://www.inps.it/it/it/inps-comunica/dossier/vademecum-antitruffe.html',
    'high',
    'Vademecum antitruffe',
    'Anti-fraud guide',
    'portal-links.tsv: "Avvisi truffe / phishing (hub)" (stored copy of inps.it, updated 15/04/2025)',
  ),
  'truffe-phishing': L(
    'https://www.inps.it/it/it/inps-comunica/dossier/vademecum-antitruffe/truffe-online--il-phishing.html',
    'high',
    'Truffe online: il phishing',
    'Online scams: phishing',
    'portal-links.tsv: "Avvisi truffe - phishing email" (stored copy of inps.it)',
  ),
  'truffe-sms': L(
    'https://www.inps.it/it/it/inps-comunica/dossier/vademecum-antitruffe/truffe-tramite-sms-lo-smishing.html',
    'high',
    'Truffe tramite SMS: lo smishing',
    'SMS scams: smishing',
    'portal-links.tsv: "Avvisi truffe - smishing SMS" (stored copy of inps.it)',
  ),
  'accesso-ai-servizi': L(
    'https://www.inps.it/it/it/patto-con-l-utenza/carta-dei-servizi/accesso-ai-servizi.html',
    'high',
    'Carta dei servizi: accesso ai servizi',
    'Service charter: access to services',
    'portal-links.tsv: "Carta dei servizi (current section)" (stored copy of inps.it)',
  ),
  myinps: L(
    'https://www.inps.it/it/it/dettaglio-scheda.it.schede-servizio-strumento.schede-strumenti.myinps.html',
    'high',
    'MyINPS',
    'MyINPS',
    'portal-links.tsv: "MyINPS" (copy of the inps.it header menu)',
  ),
  'stato-pratica': L(
    'https://www.inps.it/it/it/dettaglio-scheda.it.schede-servizio-strumento.schede-strumenti.stato-di-una-pratica-o-di-una-domanda-50199.stato-di-una-pratica-o-di-una-domanda.html',
    'high',
    'Stato di una pratica o di una domanda',
    'Status of an application',
    'portal-links.tsv: "Stato pratica / domanda" (copy of the inps.it header menu)',
  ),
  'spid-cie-cns': L(
    'https://www.inps.it/it/it/inps-comunica/la-carta-dei-servizi-dell-inps/le-modalit--di-erogazione-del-servizio/accessibilit--alle-prestazioni-e-ai-servizi/il-sito-istituzionale/accesso-ai-servizi-telematici.html',
    'high',
    'Accesso ai servizi telematici (SPID, CIE, CNS)',
    'Access to online services (SPID, CIE, CNS)',
    'portal-links.tsv: "SPID/CIE/CNS access (Carta dei servizi)" (stored copy of inps.it, 2022 section, may be superseded)',
  ),
  'pensioni-domanda': L(
    'https://www.inps.it/it/it/previdenza/domanda-di-pensione.html',
    'high',
    'Domanda di pensione',
    'Applying for a pension',
    'portal-links.tsv: "Pensioni - domanda di pensione (hub)"',
  ),
  'pensioni-cedolino': L(
    'https://www.inps.it/it/it/dettaglio-scheda.it.schede-servizio-strumento.schede-strumenti.cedolino-della-pensione-50615.cedolino-della-pensione.html',
    'high',
    'Cedolino della pensione',
    'Pension payslip',
    'portal-links.tsv: "Pensioni - cedolino"',
  ),
  'assegno-unico': L(
    'https://www.inps.it/it/it/dettaglio-scheda.it.schede-servizio-strumento.schede-servizi.assegno-unico-e-universale-per-i-figli-a-carico-55984.assegno-unico-e-universale-per-i-figli-a-carico.html',
    'low',
    'Assegno Unico e Universale per i figli a carico',
    'Single universal child allowance (Assegno Unico)',
    'portal-links.tsv: "Assegno Unico e Universale" (about 6 third-party projects agree; verify once)',
  ),
  'bonus-nido': L(
    'https://www.inps.it/it/it/dettaglio-scheda.it.schede-servizio-strumento.schede-servizi.bonus-asilo-nido-e-forme-di-supporto-presso-la-propria-abitazione-51105.bonus-asilo-nido-e-forme-di-supporto-presso-la-propria-abitazione.html',
    'low',
    'Bonus asilo nido e forme di supporto presso la propria abitazione',
    'Nursery bonus (Bonus Nido)',
    'portal-links.tsv: "Bonus asilo nido" (about 5 third-party projects agree; verify once)',
  ),
  'congedo-parentale': L(
    'https://www.inps.it/it/it/dettaglio-scheda.it.schede-servizio-strumento.schede-servizi.50583.indennit-di-congedo-parentale-per-lavoratrici-e-lavoratori-dipendenti.html',
    'low',
    'Indennità di congedo parentale per lavoratrici e lavoratori dipendenti',
    'Parental leave allowance for employees',
    'portal-links.tsv: "Congedo parentale (dipendenti)" (3 third-party sources)',
  ),
  'congedo-paternita': L(
    'https://www.inps.it/it/it/dettaglio-scheda.it.schede-servizio-strumento.schede-servizi.congedo-di-paternit-obbligatorio-58988.congedo-di-paternit-obbligatorio.html',
    'low',
    'Congedo di paternità obbligatorio',
    'Compulsory paternity leave',
    'portal-links.tsv: "Congedo di paternità obbligatorio (related)" (4 third-party sources)',
  ),
  'bonus-mamme': L(
    'https://www.inps.it/it/it/dettaglio-scheda.it.schede-servizio-strumento.schede-servizi.nuovo-bonus-mamme.html',
    'low',
    'Bonus mamme',
    'Working mothers bonus (Bonus Mamme)',
    'portal-links.tsv: "Bonus mamme / esonero madri" (2 sources; the measure changed in 2025-26: verify before use)',
  ),
  adi: L(
    'https://www.inps.it/it/it/dettaglio-scheda.it.schede-servizio-strumento.schede-servizi.assegno-di-inclusione-adi.html',
    'low',
    'Assegno di Inclusione (ADI)',
    'Inclusion allowance (ADI)',
    'portal-links.tsv: "ADI Assegno di Inclusione" (about 5 third-party sources)',
  ),
  sfl: L(
    'https://www.inps.it/it/it/dettaglio-scheda.it.schede-servizio-strumento.schede-servizi.supporto-per-la-formazione-e-il-lavoro-sfl-.html',
    'low',
    'Supporto per la Formazione e il Lavoro (SFL)',
    'Training and work support (SFL)',
    'portal-links.tsv: "SFL Supporto Formazione e Lavoro" (about 4 third-party sources)',
  ),
  naspi: L(
    'https://www.inps.it/it/it/dettaglio-scheda.it.schede-servizio-strumento.schede-servizi.50593.naspi-indennit-mensile-di-disoccupazione.html',
    'low',
    'NASpI: indennità mensile di disoccupazione',
    'NASpI: monthly unemployment benefit',
    'portal-links.tsv: "NASpI" (about 6 third-party sources)',
  ),
  isee: L(
    'https://www.inps.it/it/it/dettaglio-scheda.it.schede-servizio-strumento.schede-servizi.Portale-unico-ISEE.html',
    'low',
    'Portale unico ISEE',
    'ISEE portal',
    'portal-links.tsv: "ISEE / DSU precompilata (info)" (third-party sources)',
  ),
  'welfare-bandi': L(
    'https://www.inps.it/it/it/avvisi-bandi-e-fatturazione/welfare-assistenza-e-mutualita/welfare-bandi/cerca-bandi.html',
    'low',
    'Welfare, assistenza e mutualità: cerca bandi',
    'Welfare calls: search',
    'portal-links.tsv: "Welfare dipendenti pubblici - bandi" (1 source; no graduatorie URL seen)',
  ),
  'contact-center': L(
    'https://www.inps.it/it/it/sedi-e-contatti/contatti/contact-center-multicanale.html',
    'low',
    'Contact Center Multicanale',
    'Multichannel Contact Center',
    'portal-links.tsv: "Contact Center Multicanale (page)" (only 1 third-party source: verify before use)',
  ),
} satisfies Record<string, Link>;

export type PortalLinkId = keyof typeof PORTAL_LINKS;

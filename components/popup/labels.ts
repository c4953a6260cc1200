// Popup texts, Italian and English.
import type { Localized } from '../../lib/types';

export const L = {
  today: { it: 'Gestiti oggi', en: 'Handled today' },
  exportCsv: { it: 'Esporta CSV di oggi', en: 'Export today’s CSV' },
  exportJson: { it: 'Esporta JSON di oggi', en: 'Export today’s JSON' },
  dashboard: { it: 'Registro e report', en: 'Log and reports' },
  notHere: {
    it: 'Questa scheda non è una pagina Facebook o Instagram: Galateo è inattivo qui.',
    en: 'This tab is not a Facebook or Instagram page: Galateo is idle here.',
  },
  unrecognised: {
    it: 'La pagina ha commenti ma Galateo non riesce a leggerli: il layout della piattaforma potrebbe essere cambiato. Segnala il problema al team.',
    en: 'This page has comments but Galateo cannot read them: the platform layout may have changed. Report it to the team.',
  },
  comments: { it: 'commenti letti', en: 'comments read' },
  flagged: { it: 'con segnalazioni', en: 'flagged' },
  page: { it: 'Pagina', en: 'Page' },
  unknownPage: { it: 'pagina non riconosciuta', en: 'not a known page' },
  unknownHelp: {
    it: 'Galateo usa le regole generali e considera ogni argomento pertinente. Se è una pagina dell’Istituto, scegli il suo profilo:',
    en: 'Galateo uses the general rules and treats every topic as relevant. If this is one of the institute’s pages, choose its profile:',
  },
  assign: { it: 'Questa pagina è…', en: 'This page is…' },
  assignButton: { it: 'Assegna', en: 'Assign' },
  noProfiles: {
    it: 'Nessun profilo per questa piattaforma: aggiungilo dalle impostazioni.',
    en: 'No profile for this platform: add one in the settings.',
  },
  cannotAssign: {
    it: 'Galateo non trova né l’indirizzo né il nome di questa pagina: aggiungila a mano dalle impostazioni (Pagine).',
    en: 'Galateo finds neither the address nor the name of this page: add it by hand in the settings (Pages).',
  },
  assigned: { it: 'Pagina assegnata al profilo', en: 'Page assigned to the profile' },
  paused: { it: 'Galateo è in pausa su questa pagina: nessun commento viene analizzato.', en: 'Galateo is paused on this page: no comment is analysed.' },
  pause: { it: 'Metti in pausa su questa pagina', en: 'Pause on this page' },
  resume: { it: 'Riprendi su questa pagina', en: 'Resume on this page' },
  topics: { it: 'Argomenti della pagina', en: 'Topics of the page' },
  topicsHelp: {
    it: 'Un commento su un argomento non spuntato è “fuori tema”.',
    en: 'A comment about an unticked topic is “off topic”.',
  },
  rules: { it: 'Regole attive', en: 'Rules on' },
  notSaved: { it: 'La modifica non è stata salvata:', en: 'The change was not saved:' },
  brokenWhatToDo: {
    it: 'Cosa fare: esporta la copia danneggiata, correggila nei punti indicati e reimportala da Impostazioni → Importa / esporta. Intanto Galateo funziona con le regole predefinite e le modifiche fatte qui partono da quelle.',
    en: 'What to do: export the damaged copy, fix it where shown and import it again from Settings → Import / export. Meanwhile Galateo runs on the default rules and changes made here start from them.',
  },
  exportBroken: { it: 'Esporta la copia danneggiata', en: 'Export the damaged copy' },
  openOptions: { it: 'Apri le impostazioni', en: 'Open the settings' },
  loading: { it: 'Caricamento…', en: 'Loading…' },
  exported: { it: 'record esportati', en: 'records exported' },
} satisfies Record<string, Localized>;

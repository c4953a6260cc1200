// insult — "offese personali e diffamazione" (netiquette, seeds 001/003): insults aimed at a person
// (another user, the staff, a named person). Criticism of the institute and complaints are WELCOME
// ("INPS è una vergogna", "servizio pessimo", "siete lenti") and are not insults. A word becomes an
// insult through its target: second person ("sei un…"), vocative ("@mario idiota!"), staff
// ("gli operatori sono degli incapaci"), a pointed third person ("quella vacca").
import { z } from 'zod';
import { defineRule, NO_FINDINGS } from './rule';
import { lexiconOf, negatedBefore, passesGate, prefixGate, quotedMention, registerTrigger, scanAbuse, wakes } from '../lexicons/scan';
import { ADJECTIVE_INSULTS, AMBIGUOUS_INSULTS, FIGURATIVE_NOUNS_PL, FIGURATIVE_NOUNS_SG, LITERAL_CONTEXT, PEJORATIVE_PERSON_NOUNS, PERSON_NOUNS, STRONG_INSULTS } from '../lexicons/curated';
import { REPORTING } from '../lexicons/patterns';
import { properNounAt } from '../lexicons/proper-noun';
import { findAll, tokenRange, type Canon } from '../text/canon';
import { isWhite } from '../text/tokenize';
import type { Finding, Span } from '../types';
import { expandClasses, groupEnd, groupOpenings, spaceBounds, wordStartsAt, wordsOfAlternatives } from './util/regex-source';

const words = (s: Set<string>) => [...s].filter((w) => /^[a-z' ]+$/.test(w)).sort((a, b) => b.length - a.length).join('|');
const STRONG = `(?:${words(STRONG_INSULTS)})`;
const ANY = `(?:${words(new Set([...STRONG_INSULTS, ...AMBIGUOUS_INSULTS]))})`;
const GAP = (n: number) => `(?:[^ .]+ ){0,${n}}?`;
const FILL = '(?:(?:persona|person[ae]|donna|ragazza|tipa|tipo|troppo|na|n|cosi|piu|anche|piccol\\w*|gross[oa]|enorme|vera e propria|vero e proprio|sempre stat\\w*|stat[oa]|diventat[oa]|proprio|solo|davvero|veramente|tutti|tutte|un|una|uno|dei|degli|delle|gran|grande|grandissim\\w*|solamente|nient altro che|altro che|complet[oaie]|semplicemente|assolutamente|totalmente|decisamente|sicuramente|chiaramente|evidentemente|oggettivamente|il|la|i|le|l|gli|solito|solita|soliti|solite|tipic[oa]|classic[oa]|ennesim[oa]|vero|vera|veri|vere|bel|bella|emerit\\w*|autentic\\w*|perfett\\w*|povero|povera|poveri|brutto|brutta|brutti|brutte|vecchio|vecchia|misero|misera|lurido|lurida|sporco|sporca|ma|che|mica|ancora|sempre) )*';
const STAFF = '(?:impiegat\\w*|operator\\w*|dipendent\\w*|funzionari\\w*|addett\\w*|dirigent\\w*|consulent\\w*|personale|direttor\\w*|president\\w*|sportellist\\w*|moderator\\w*|admin|responsabil\\w*|dottor\\w*|avvocat\\w*|assistent\\w* social\\w*)';

// Animals and things said of a person (curated.ts): insults only when the sentence treats them as a
// person or a quality. FIG_SG: singular (a degree word before a plural counts, "più mucche").
const FIG_SG = `(?:${words(FIGURATIVE_NOUNS_SG)})`;
const FIG = `(?:${words(new Set([...FIGURATIVE_NOUNS_SG, ...FIGURATIVE_NOUNS_PL]))})`;
const FIG_PERSON = `(?:${words(new Set([...FIGURATIVE_NOUNS_SG, ...FIGURATIVE_NOUNS_PL, ...PEJORATIVE_PERSON_NOUNS]))})`;
/** FIG_PERSON without the things ("cesso", "fogna"): words that can only be a creature or a person. */
const FIG_CREATURE = `(?:${words(new Set([...FIGURATIVE_NOUNS_SG, ...FIGURATIVE_NOUNS_PL, ...PEJORATIVE_PERSON_NOUNS].filter((w) => !/^(?:cess|fogn)/.test(w))))})`;
/** Things only people do: said of an animal noun, the noun names a person ("la mucca non parla più"). */
const HUMAN_VERB =
  '(?:parla|parlano|parlava|dice|dicono|diceva|pensa|pensava|piange|piangeva|frigna|capisce|capiva|capiscono|crede|credeva|rompono|twitta|scrive|scriveva|mente|finge|fingeva|recita|flirta|limona|offende|insulta|provoca|sparla|critica|giudica|sclera|rosica|blatera|pretende|accusa|ammette|risponde|rispondeva|racconta|vergogna|vergognano|lamenta|permette|comporta|atteggia|trucca|incazza|arrabbia|vota|fa finta|spettegola|ammicca)';
/** Adjectives said of people only (character, manners): after an animal noun they mark the insult ("cavalla ignorante"). */
const HUMAN_ADJ =
  '(?:ignorant[ei]|acid[oaie]|ridicol[oaie]|patetic[oa]|patetiche|patetici|isteric[oa]|isteriche|isterici|bipolar[ei]|alcolizzat[oaie]|subuman[oaie]|ripugnant[ei]|viscid[oaie]|squallid[oaie]|volgar[ei]|maleducat[oaie]|arrogant[ei]|presuntuos[oaie]|rifatt[oaie]|invidios[oaie]|insopportabil[ei]|imbarazzant[ei]|antipatic[oa]|antipatiche|antipatici|fals[oaie]|bugiard[oaie]|ipocrit[aie]|stupid[oaie]|cretin[oaie]|frustrat[oaie]|infoiat[oaie]|arrapat[oaie]|rosicon[ae]|nason[ae]|cafon[ae]|cafoni|zotic[oa]|sfigat[oaie]|viziat[oaie]|ingrat[oaie]|ignobil[ei]|spregevol[ei]|vergognos[oaie]|schifos[oaie]|lurid[oaie]|infam[ei]|maledett[oaie]|rincoglionit[oaie]|rimbambit[oaie]|ritardat[oaie]|decerebrat[oaie]|senza cervello|senza vergogna|senza dignita)';
const DEGREE = '(?:piu|meno|troppo|cosi|tanto|molto|super|parecchio|abbastanza|un po|talmente|alquanto)';
/** Done or doing what only people do: "la balena ha detto…", "sta parlando la civetta". */
const HUMAN_DONE =
  '(?:parlato|detto|pensato|scritto|twittato|risposto|capito|creduto|finto|mentito|pianto|frignato|insultato|offeso|provocato|criticato|giudicato|accusato|ammesso|raccontato|votato|baciato|limonato|flirtato|sclerato|rosicato|blaterato|preteso|spettegolato|recitato|sparlato|sputato sentenze)';
const HUMAN_DOING =
  '(?:parlando|dicendo|pensando|piangendo|frignando|scrivendo|twittando|mentendo|fingendo|recitando|flirtando|limonando|sclerando|rosicando|blaterando|insultando|provocando|sparlando|spettegolando)';
const HUMAN_ACT = `(?:${HUMAN_VERB}|(?:ha|hanno|aveva|avevano|avrebbe|avrebbero) (?:gia |appena |sempre |pure |anche |solo |mai )?${HUMAN_DONE}|(?:sta|stava|stanno|stavano) ${HUMAN_DOING})`;
/** Political labels: after an animal or thing noun they make it a person ("zecca comunista", "fogna fascista"). */
const POLITICAL = '(?:fascist[ae]|fascisti|comunist[ae]|comunisti|leghist[ae]|leghisti|grillin[oaie]|piddin[oaie]|sinistroid[ei]|nazist[ae]|nazisti|sovranist[ae]|sovranisti|radical chic)';

/** Patterns that need an animal/person noun (FIG_PERSON) in the comment: checked once, then skipped for most comments. */
const FIG_PATTERNS: [RegExp, string][] = [
  // "cagna in calore": said of a woman, sexual degradation (possessives and farm words: literal, checked in detect)
  [new RegExp(` ${FIG} (?:(?:e|era|sempre|perennemente|proprio|ancora|tutta|tutte) ){0,2}in calore(?= )`, 'g'), 'insulto sessuale rivolto a una persona'],
  // a degree word before a bare singular noun makes it a quality: "un po' meno cagna", "super cozza"
  [new RegExp(` ${DEGREE} ${FIG_SG}(?= )`, 'g'), 'insulto rivolto a una persona'],
  // "fa la civetta", "non fare la strega", "fa il cesso": behaving like one
  [new RegExp(` (?:fa|fai|fate|fanno|fare|far|faceva|facevi|facevano|facendo|fatto|fatta) (?:sempre |solo |proprio |ancora )?(?:il|la|lo|l|i|le|gli|sta|sto|solita|solito) (?:solita |solito )?${FIG_PERSON}(?= )`, 'g'), 'insulto rivolto a una persona'],
  // personification: an animal noun doing what only people do, or with a human adjective
  [new RegExp(` (?:la|il|lo|l|le|gli|i|sta|sto|questa|questo|quella|quello|st|ste|sti) ${FIG} (?:(?:non|nn|ne|mica|neanche|nemmeno|piu|poi|ora|adesso|pure|anche|sempre|mai|ancora|gia|che|e) ){0,3}(?:(?:si|mi|ti|ci|vi|le|gli|lo|la|li|ne|se) ){0,2}${HUMAN_ACT}(?= )`, 'g'), 'insulto rivolto a una persona'],
  // the same with the subject after the verb, ending the clause: "ha parlato la gallina", "come dice la strega."
  [new RegExp(` ${HUMAN_ACT} (?:la|il|lo|l|le|gli|i|sta|sto|questa|questo|quella|quello|st|ste|sti) ${FIG_PERSON}(?= (?:\\. |, |$|di turno ))`, 'g'), 'insulto rivolto a una persona'],
  [new RegExp(` (?:la|il|lo|l|le|gli|i|sta|sto|questa|questo|quella|quello|st|ste|sti) ${FIG} (?:e|era|sembra|resta|rimane|sono|erano) (?:(?:cosi|proprio|davvero|troppo|sempre|anche|pure|piu|molto|tanto|veramente|talmente|una|un|na|n) ){0,3}${HUMAN_ADJ}(?= )`, 'g'), 'insulto rivolto a una persona'],
  [new RegExp(` ${FIG_PERSON} (?:, )?(?:${HUMAN_ADJ}|${POLITICAL}|merda|di merda)(?= )`, 'g'), 'insulto rivolto a una persona'],
  // "la gallina dei cinquestelle", "le vipere del parlamento": a member of a party or an assembly
  [new RegExp(` ${FIG_CREATURE} (?:del|della|dei|delle|degli|dello|di) (?:pd|pdl|lega|m5s|5 stelle|cinque stelle|cinquestelle|grillini|fdi|fratelli d italia|forza italia|italia viva|governo|parlamento|senato|sinistra|destra|opposizione|maggioranza|partito|movimento|ministero|tg|rai|mediaset)(?= )`, 'g'), 'insulto rivolto a una persona'],
  // "la bocca a culo di gallina": mocking someone's face
  [new RegExp(` (?:bocca|boccuccia|bocchino|labbra|faccia) (?:a |da |come un )?culo di gallina(?= )`, 'g'), 'presa in giro rivolta a una persona'],
  // "una vera cozza", "un'autentica vipera": a bare quality, like a degree word
  [new RegExp(` (?:una|un|na|n) (?:vera|autentica|perfetta) ${FIG_SG}(?= )`, 'g'), 'insulto rivolto a una persona'],
  // "una bella maiala": sexual slang (the augmentatives are never the animal)
  [new RegExp(` (?:bella|bell|gran|grande) (?:maiala|maialona|porcona|vaccona)(?= )`, 'g'), 'insulto sessuale rivolto a una persona'],
  // a pronoun with a bare noun: "lui porco e lei maiala", "e tu cesso"
  [new RegExp(` (?:lei|lui|tu|voi) (?:(?:sei|siete|proprio|solo|invece) ){0,2}${FIG}(?= )`, 'g'), 'insulto rivolto a una persona'],
  // "siete già a pecora", "ti metto a pecora": sexual degradation aimed at the reader
  [new RegExp(` (?:sei|siete|stai|state|ti|vi|mettiti|mettetevi|mettersi) (?:[^ .,]+ ){0,2}a pecora(?= )`, 'g'), 'insulto rivolto all\'interlocutore'],
  // comparisons: "sembrerei una zingara", "pareva na cozza", "sembrava la civetta"
  [new RegExp(` (?:sembri|sembrate|sembravi|sembreresti|pari|parevi|assomigli|somigli|sembrerei|sembra|pare|sembrava|sembrerebbe|pareva|assomiglia|somiglia|assomigliava|sembrano|sembravano) (?:proprio |quasi |davvero |tutta |tutto )?(?:(?:a|ad) )?(?:un|una|uno|na|n|la|il|lo|l) ${FILL}${FIG_PERSON}(?= )`, 'g'), 'insulto rivolto a una persona'],
  // a definite predicate with an evaluative word: "è la solita gallina", "sei la classica oca"
  [new RegExp(` (?:e|era|sei|eri|resta|rimane|sembra|sembri) (?:proprio |davvero |solo |sempre )?(?:la|il|l|lo) (?:solit[oa]|classic[oa]|tipic[oa]|ennesim[oa]|vera|vero|peggior[e]?) ${FIG_PERSON}(?= )`, 'g'), 'insulto rivolto a una persona'],
  // "un gran cesso", "gran maiala", "stupida oca", "quella acida vipera"
  [new RegExp(` (?:gran|grass[oaie]|ciccion[ae]|inutil[ei]|dannat[oaie]|fottut[oaie]|${HUMAN_ADJ}) ${FIG_PERSON}(?= )`, 'g'), 'insulto rivolto a una persona'],
  // "frottole da civetta", "sono tutte da maiala": typical of one (not "vado dalla zingara")
  [new RegExp(` (?:frottole|cose|robe|roba|modi|movenze|mosse|gesti|sguardo|occhi|occhiate|tono|uscite|discorsi|battute|scenate|sceneggiate|moine|smorfie|versi|trucco|look|vestito|abito|tutte|tutti|comportamenti|atteggiamenti|risate|risatine|vocina|vocetta|camminata|postura) da (?!cesso |fogna )${FIG_SG}(?= )`, 'g'), 'insulto rivolto a una persona'],
  // behaving as one: "ti comporti da vacca", "si atteggia a gran dama", "degna di una cozza"
  [new RegExp(` (?:comporti|comporta|comportate|comportarti|comportarsi|comportandosi|atteggi|atteggia|atteggiarsi|degn[oa]|degni|degne) (?:da|a|di) (?:una |un |uno |na |vera |vero )?${FIG_PERSON}(?= )`, 'g'), 'insulto rivolto a una persona'],
  // "al buffone e alla cortigiana": coordinated with a plain insult
  [new RegExp(` ${STRONG} (?:e |o |, )(?:(?:al|alla|il|la|lo|l|all|un|una|quella|quel|sta|a|ad) )?${FIG_PERSON}(?= )`, 'g'), 'sequenza di insulti'],
  // "figlio di una cagna", "figli di quella vacca"
  [new RegExp(` (?:figlio|figlia|figli|figlie) di (?:una|un|quella|quel|na|sta) ${FIG_PERSON}(?= )`, 'g'), 'insulto rivolto a una persona'],
  // similes about looks and manners: "grassa come una balena", "mangi come una scrofa", "sei come una vipera"
  [new RegExp(` (?:grass[oaie]|ingrassat[oaie]|conciat[oaie]|truccat[oaie]|ridott[oaie]|ciccion[ae]|brutt[oaie]|sporc[oa]|sporche|sporchi|stupid[oaie]|ignorant[ei]|acid[oaie]|scem[oaie]|puzz\\w*|mangi|mangia|mangiate|cammini|cammina|starnazzi|starnazza|ragli|raglia|ti comporti|si comporta|ti vesti|si veste|urli|parli|sei|siete) (?:proprio |tutta |tutto |esattamente |quasi )?come (?:un|una|uno|na|la|il|l|le|i|delle|dei) ${FILL}${FIG_PERSON}(?= )`, 'g'), 'insulto rivolto a una persona'],
];
const FIG_WORDS = new Set([...FIGURATIVE_NOUNS_SG, ...FIGURATIVE_NOUNS_PL, ...PEJORATIVE_PERSON_NOUNS]);

const SENTENCE_START_REASON = 'insulto rivolto a una persona ';
const STAFF_REASON = 'insulto al personale';
/** The reason of the bare-copula pattern, which needs "lei" or "lui" before it (see detect). */
const BARE_COPULA_REASON = 'insulto rivolto a una persona (lei, lui)';
const PATTERNS: [RegExp, string][] = [
  // second person: "sei un idiota", "siete dei ladri", "tu sei proprio una vacca"
  [new RegExp(` (?:sei|sii|siete|eri|eravate|sarai|sarete|resti|rimani) ${FILL}${ANY}(?= )`, 'g'), 'insulto rivolto all\'interlocutore'],
  [new RegExp(` (?:tu|voi) ${FILL}${STRONG}(?= )`, 'g'), 'insulto rivolto all\'interlocutore'],
  [new RegExp(` ${ANY} (?:che non sei altro|che non siete altro|che sei|che siete|come te|come voi|quale sei|quali siete)(?= )`, 'g'), 'insulto rivolto all\'interlocutore'],
  // pointed third person: "quella vacca", "questo idiota", "sta oca", "quel cretino di …"
  [new RegExp(` (?:quel|quello|quella|quei|quegli|quelle|questo|questa|questi|queste|sto|sta|sti|ste|st|quell|quest) ${FILL}${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  [new RegExp(` (?:e|era|sara|resta|rimane|sembra|sembri|pare) ${FILL}(?:un|una|uno|na|n) ${FILL}${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  [new RegExp(` (?:faccia|muso|cervello|versi|verso|risata|risatina|voce|bla bla|comportamento|atteggiamento|mentalita) da ${ANY}(?= )| (?:faccia|faccetta|muso|cervello|cervellino|lingua|linguaccia) di (?:una |un |uno |na )?${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  // a bare copula and a strong insult said of "lei", "lui" ("Signora, ma lei è scema?"): checked in detect
  [new RegExp(` (?:e|era|sembra|pare) (?:proprio |davvero |cosi |tanto |un po )?${STRONG}(?= )`, 'g'), BARE_COPULA_REASON],
  // the epithet "X di un Y" aimed at a person ("buffone di un ministro", "quell'idiota di un impiegato")
  [new RegExp(` ${STRONG} di (?:un|una|uno) (?:${[...PERSON_NOUNS].join('|')})(?= )`, 'g'), 'insulto rivolto a una persona'],
  // "il cretino di turno", "la cozza di turno": the usual one, a put-down
  [new RegExp(` (?:la|il|lo|l|sta|sto|st|quella|quello|quell|questa|questo|quest|solita|solito|un|una|uno|n|na) ${ANY} di turno(?= )`, 'g'), 'insulto rivolto a una persona'],
  // plural judgements: "sono tutte delle vacche", "erano solo dei pagliacci"
  [new RegExp(` (?:sono|erano|saranno|restano|rimangono|sembrano|diventano) (?:(?:tutte|tutti|solo|solamente|soltanto|proprio|davvero|veramente) )+(?:(?:delle|dei|degli|come) )?${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  [new RegExp(` (?:lei|lui|tu) (?:e )?(?:un|una|uno|na) ${FILL}${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  // "brutta vacca", "vecchia strega", "razza di idioti", "branco di imbecilli", "pezzo di …"
  [new RegExp(` (?:brutt[oaie]|vecchi[oa]|vecchie|lurid[oaie]|sporc[oa]|sporchi|sporche|grandissim[oaie]|razza di|branco di|manica di|banda di|massa di|specie di|mucchio di|popolo di|nazione di|pezzo di|povera|povero) ${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  [new RegExp(` ${ANY} (?:schifos[oaie]|lurid[oaie]|infam[ei]|di merda|del cazzo|maledett[oaie]|patentat[oaie]|matricolat[oaie]|cotonat[oaie]|giuliv[oaie]|insopportabil[ei]|impestat[oaie]|rincoglionit[oaie])(?= )`, 'g'), 'insulto rivolto a una persona'],
  // exclamations and epithets: "che cesso!", "quanto è acida", "ciao bambola", "l'unica asina sei tu"
  [new RegExp(` (?:che|quanto e|quanto sei|com e|mamma mia che|dio che|madonna che) ${FILL}${ANY}(?= (?:che |\\. |, |$))`, 'g'), 'insulto rivolto a una persona'],
  [new RegExp(` (?:e|sei|era|eri|sembra|sembri|resta|diventa|diventi|diventata|rimasta) ${FILL}(?:acid[oaie]|grezz[oaie]|lurid[oaie]|racchi[ae]|cess[oa]|brutt[oa]|rincoglionit[oa]|rimbambit[oa]|isteric[oa])(?= )`, 'g'), 'insulto rivolto a una persona'],
  // the word ends the address ("Ciao cozza!", "Cara strega, …"); "Cara vecchia Italia", "guarda povera gente"
  // describe a noun, and "ciao vecchio", "ciao pazza" are friendly
  [new RegExp(` (?:ciao|carissim[oa]|car[oa]|ehi|ehy|oh|oi|ohi|aho|ue|senti|ascolta|guarda) (?!vecchi|pover|pazz)${ANY}(?= (?:, |\\. |che |$))`, 'g'), 'insulto usato come appellativo'],
  [new RegExp(` (?:l unica|l unico|la sola|il solo|la solita|il solito|la vera|il vero) ${ANY} ${GAP(2)}(?:sei|siete) (?:proprio |solo )?(?:tu|voi)(?= )`, 'g'), 'insulto rivolto all\'interlocutore'],
  [new RegExp(` ${STRONG} (?:, )?${ANY}(?= )| ${ANY} (?:, )?${STRONG}(?= )`, 'g'), 'sequenza di insulti'],
  [new RegExp(` (?:vaffanculo|mavaffanculo|fanculo|vergognati|zitta|zitto|taci|muta|muto) ${FILL}${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  [new RegExp(` (?:peggio|peggiore) (?:di|che) (?:un|una|uno) ${FILL}${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  // (at the start of a sentence: checked in detect)
  [new RegExp(` (?:che|ma|mamma|madonna|oddio) (?:(?:che|mia che) )?${FILL}${ANY}(?= )`, 'g'), SENTENCE_START_REASON],
  [new RegExp(` (?:di essere|essere|sembrare|sembrava|sembri|sembra) (?:un|una|uno|na) ${FILL}${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  // the insult first, then the copula, for emphasis: "stronza sei e stronza rimani", "sempre cafona resta"
  [new RegExp(` ${ANY} (?:sei|siete|eri|resti|rimani|restate|rimanete|resta|rimane|sarai|resterai|rimarrai)(?= \\. | , | $| e )`, 'g'), 'insulto rivolto a una persona'],
  // seeming one: "fare la figura della cozza / da scema", "passerà per cozza"
  [new RegExp(` (?:fare|fa|fai|fate|fanno|faccio|facciamo|faceva|facevi|fatto|farai|fara|farete|faranno|farebbe|faresti) (?:(?:sempre|proprio|solo|ancora|una) )?(?:la |una )?(?:figura|figuraccia) (?:della|del|dello|dell|di|da) (?:(?:una|un|uno|solita|solito|vera|vero) )?${ANY}(?= )| (?:passa|passi|passare|passera|passerai|passerebbe|passato|passata|passano|passerete) (?:per|come) (?:una |un |uno )?${ANY}(?= )`, 'g'), 'insulto rivolto a una persona'],
  // staff
  // within the same clause: "il direttore ha detto che il sistema è vecchio" judges the system
  [new RegExp(` ${STAFF} (?:(?!(?:che|perche|quando|se|ma|mentre|dove|,) )[^ .]+ ){0,6}?${ANY}(?= )`, 'g'), STAFF_REASON],
  // direct hostility at the interlocutor
  [new RegExp(` (?:ti|vi) (?:odio|disprezzo|detesto|schifo)(?= )| (?:mi fai|mi fate) (?:schifo|pena|ribrezzo|vomitare|cagare|orrore)(?= )| fai (?:schifo|pena|ribrezzo|cagare)(?= )| (?:lo|la|li|le) (?:odio|disprezzo|detesto)(?= )| (?:vaffanculo|fanculo|fottiti|fottetevi|affanculo|vaffa)(?= )| (?:va|vai) (?:a|a fare) (?:cagare|fanculo|farti fottere|quel paese|fare in culo|morire ammazzat\\w*)(?= )| (?:andate|andatevene|potete andare|puoi andare) (?:tutti |tutte |pure )?a (?:cagare|fanculo|farvi fottere|farti fottere|quel paese)(?= )| (?:sei|siete|e|sono|un|una|dei|delle|degli|quel|quella|quei|quelle) (?:solo )?(?:dei |delle |degli )?buon[oaie] a nulla(?= )| che schifo di (?:persona|gente|uomo|donna|individuo|essere umano)(?= )| sei (?:proprio |davvero |solo |soltanto )?(?:una vergogna|la rovina|il cancro|una piaga|la feccia)(?= )| (?:gente|persone|quelli|quelle) come (?:te|voi) (?:[^ .]+ ){0,3}?(?:dovrebbe|dovrebbero|deve|devono|meriterebbe|meriterebbero|meritano|merita) (?:di )?(?:sparire|morire|crepare|essere (?:eliminat\\w*|cancellat\\w*|rinchius\\w*))(?= )| (?:provo|sento|nutro) (?:(?:solo|soltanto|altro che|nient altro che|un profondo|profondo|un grande|grande|tanto) )?(?:sdegno|disprezzo|odio|schifo|ribrezzo|disgusto) (?:per|verso|nei confronti di) (?:te|voi|lui|lei|di te|di voi)(?= )| non (?:vali|valete) (?:proprio |assolutamente |davvero )?(?:nulla|niente|un cazzo|una sega|zero)(?= )| (?:la tua|la vostra) vita non vale (?:proprio |assolutamente |davvero )?(?:nulla|niente)(?= )| (?:taci|stai zitt[oa]|zitto|zitta|statevi zitti|sta zitta|sta zitto)(?= )`, 'g'), 'offesa rivolta all\'interlocutore'],
];

const SEQUENCE = PATTERNS.findIndex(([, reason]) => reason === 'sequenza di insulti');
const SEEMING = PATTERNS.findIndex(([re]) => re.source.includes('(?:figura|figuraccia)'));
const INVERTED = PATTERNS.findIndex(([re]) => re.source.includes(' (?:sei|siete|eri|resti|'));
/** Dressing up, plays, games: "fa la strega alla recita", "vestita da strega per Halloween". */
const COSTUME = / (?:carnevale|halloween|recita|costume|travestit\w*|vestit\w* da|maschera|mascherat\w*|spettacolo|teatro|favola|fiaba|presepe|gioco|giochiamo) /;
function sentenceText(c: Canon, i: number): string {
  let a = i;
  let b = i;
  // the sentence around token i, at most 15 tokens either side (long texts stay linear)
  while (a > 0 && i - a < 15 && c.sentence[a - 1] === c.sentence[i]) a--;
  while (b + 1 < c.tokens.length && b - i < 15 && c.sentence[b + 1] === c.sentence[i]) b++;
  return c.text.slice(c.pos[a] - 1, c.pos[b] + c.len[b] + 1);
}

/** Per-pattern gate: each pattern's context words (insult words themselves are checked by GATE_WORDS). */
const PATTERN_GATES = PATTERNS.map(([re]) => {
  // the pattern's own required words: insult vocabulary and optional fillers removed
  const src = re.source.split(ANY).join(' ').split(STRONG).join(' ').split(FILL).join(' ');
  const g = prefixGate(src.replace(/\\(?:S|w|s)/g, ' '));
  return g.size ? g : null;
});

// ---------------------------------------------------------------- anchored matching
// Every pattern starts with " word…": instead of scanning the whole text, a sticky copy of the
// pattern is tried only where a token can start it (its first words, indexed by their first four
// letters), and only when a token it can end on follows (its last words, indexed the same way: most
// "e", "la", "che" are followed by no "di turno", "acida", "a nulla"). A comment without such tokens
// never reaches the regex.

/** The first words a pattern can start with (char classes expanded, "\\w*" as a prefix); null if unsure. */
function firstWords(src: string): string[] | null {
  return wordsOfAlternatives(src, (branch) => (branch.startsWith(' ') ? leadingWords(branch.slice(1)) : null));
}
/** Words a source fragment can begin with: "(?:a|b c|d[oa])…" → a, b, do, da; "word…" → word. */
function leadingWords(src: string): string[] | null {
  if (src.startsWith('(?:')) {
    const end = groupEnd(src);
    if (end < 0 || /^[?*{]/.test(src.slice(end + 1))) return null; // optional group: its follower could start
    return wordsOfAlternatives(src.slice(3, end), leadingWords);
  }
  const m = /^((?:[a-z']|\[[a-z]+\])+)(\\w\*)?/.exec(src);
  if (!m) return null;
  const rest = src.slice(m[0].length);
  if (/^[?*+{(]/.test(rest)) return null;
  const words = expandClasses(m[1]);
  if (m[2]) {
    // "operator\w*": any word with this beginning; only indexable when it has four letters
    if (words.some((w) => w.length < 4)) return null;
  }
  // a word or a stem: every match starting here has a token that begins with it
  return words;
}
/**
 * The last words a pattern can end on (its closing lookahead dropped; char classes expanded, "\\w*" as a
 * prefix), as firstWords gives its first ones; null if unsure. Every match ends on a token that begins
 * with one of them.
 */
function lastWords(src: string): string[] | null {
  return wordsOfAlternatives(src, trailingWords);
}
/**
 * Words a source fragment can end with: "…(?:a|b c)(?= )" → a, c; "… d[oa]" → do, da; null if unsure.
 * The fragment starts a word (a pattern's branch, or an alternative of a group that does).
 */
function trailingWords(src: string): string[] | null {
  const open = groupOpenings(src);
  let end = src.length;
  // a lookahead after the last word reads past the match
  while (src[end - 1] === ')' && /^\(\?[=!]/.test(src.slice(open.get(end - 1)!))) end = open.get(end - 1)!;
  if (src[end - 1] === ')') {
    const o = open.get(end - 1)!;
    if (!src.startsWith('(?:', o) || !wordStartsAt(src, o, open)) return null;
    return wordsOfAlternatives(src.slice(o + 3, end - 1), trailingWords);
  }
  // (digits too: a party, "m5s", ends the pattern of "la gallina dei cinquestelle")
  const m = /((?:[a-z0-9']|\[[a-z]+\])+)(\\w\*)?$/.exec(src.slice(0, end));
  if (!m || !wordStartsAt(src, end - m[0].length, open)) return null;
  const words = expandClasses(m[1]);
  // a stem of fewer than four letters is not indexable (see prefixCode)
  if (m[2] && words.some((w) => w.length < 4)) return null;
  return words;
}
/**
 * The first four code units of `w` (all of it when shorter) as a number, for the index: in base 128 (one-to-one, as no unit is 0), or
 * -1 when a unit is 0 or not ASCII (no pattern's first word has one). Reading four code units is cheaper
 * than making the prefix string and hashing it for a string-keyed Map, once per token.
 */
function prefixCode(w: string): number {
  const n = w.length > 4 ? 4 : w.length;
  let code = 0;
  for (let i = 0; i < n; i++) {
    const ch = w.charCodeAt(i);
    if (ch === 0 || ch >= 128) return -1;
    code = code * 128 + ch;
  }
  return code;
}
function startsWithAny(word: string, starts: readonly string[]): boolean {
  for (let i = 0; i < starts.length; i++) if (word.startsWith(starts[i])) return true;
  return false;
}

interface Anchored {
  re: RegExp;
  sticky: RegExp;
  reason: string;
  /** index in its list */
  i: number;
  /** no anchors: scanned the old way */
  loose: boolean;
  /** its bit in the masks of the index: 1 << i */
  bit: number;
  /** `bit` when the index knows the words the pattern ends on (see lastWords), else 0 */
  endBit: number;
  /** with an endBit: the token the match ends on is between k + endFrom and k + endTo (k: its first; see spaceBounds) */
  endFrom: number;
  endTo: number;
  /** scratch: anchor tokens for the current comment, the first `nk` of `ks` (valid while `gen` is the
   * current call's); a count rather than `ks.length = 0`, which goes through the slow length setter */
  ks: number[];
  nk: number;
  gen: number;
}
let generation = 0;
/** scratch for matchAll (grown when a comment is longer) */
let NEAR: boolean[] = new Array<boolean>(256).fill(false);
let ENDS = new Int32Array(256);
let OWN_ENDS = new Int32Array(256);
interface AnchorEntry {
  a: Anchored;
  /** the pattern's first words (or stems) under this prefix, or null when the prefix alone anchors it */
  words: string[] | null;
}
/**
 * prefix → patterns that can start with a word of that prefix, each with the whole first word when it
 * is longer than the prefix (a token anchors the pattern only if it begins with it: "bambino" does not
 * anchor "bambola di plastica"); patterns without anchors go to `loose`. `ends` is the same index of
 * the words the patterns end on: a pattern is tried at a token only when a word it can end on follows.
 * A token's patterns are one mask (a bit per pattern), so that matchAll drops those it need not try
 * with a few operations on masks rather than a test per pattern: the masks below gather the patterns
 * by what they ask.
 */
function anchorIndex(list: [RegExp, string][]) {
  if (list.length > 31) throw new Error('insult: an index holds 31 patterns (a bit each in a mask)');
  const by = new Map<number, AnchorEntry[]>();
  const ends = new Map<number, EndEntry>();
  const loose: Anchored[] = [];
  const all: Anchored[] = [];
  /** the patterns that need a target word (ANY/STRONG/nouns) within a few tokens of their start */
  let needsTarget = 0;
  /** the patterns whose end words are not known: no end word to look for */
  let noEnd = 0;
  /** by endFrom: the patterns whose last word stands at least that many tokens after their first */
  const endFrom: number[] = [];
  /** the patterns whose last word stands at most a few tokens after their first (endTo is finite) */
  let endTo = 0;
  list.forEach(([re, reason], i) => {
    const ws = firstWords(re.source);
    const target = [ANY, STRONG, FIG, FIG_PERSON, FIG_SG].some((w) => re.source.includes(w));
    const last = lastWords(re.source);
    const [least, most] = spaceBounds(re.source);
    const bit = 1 << i;
    const a: Anchored = { re, sticky: new RegExp(re.source, 'y'), reason, i, loose: !ws, bit, endBit: last ? bit : 0, endFrom: Math.max(0, least - 1), endTo: most - 1, ks: [], nk: 0, gen: -1 };
    all.push(a);
    if (target) needsTarget |= bit;
    if (last) {
      indexEnds(ends, bit, last);
      while (endFrom.length <= a.endFrom) endFrom.push(0);
      endFrom[a.endFrom] |= bit;
      if (a.endTo !== Infinity) endTo |= bit;
    } else noEnd |= bit;
    if (!ws) {
      loose.push(a);
      return;
    }
    indexWords(by, a, ws);
  });
  // exact-size copies: arrays grown by push() keep room for more (0.1 MB over the index)
  for (const e of ends.values()) {
    e.words = e.words.slice();
    e.bits = e.bits.slice();
  }
  return { by, ends, loose, all, needsTarget, noEnd, endFrom, endTo };
}
/**
 * Adds `a` under the prefix of each of its words `ws`: one entry per prefix, with the longer words
 * under it, or null when a word of four letters or fewer is the prefix itself (then any token with
 * the prefix qualifies).
 */
function indexWords(by: Map<number, AnchorEntry[]>, a: Anchored, ws: string[]): void {
  const mine = new Map<number, AnchorEntry>();
  for (const w of ws) {
    const p = prefixCode(w);
    if (p < 0) throw new Error(`insult: word not indexable: ${w}`);
    let e = mine.get(p);
    if (!e) {
      e = { a, words: [] };
      mine.set(p, e);
      const l = by.get(p) ?? [];
      l.push(e);
      by.set(p, l);
    }
    if (w.length <= 4) e.words = null;
    else if (e.words && !e.words.includes(w)) e.words.push(w);
  }
}
/**
 * The words the patterns end on, by prefix, for all the patterns of an index at once: the end bits of the
 * patterns with a word of four letters or fewer there (the prefix itself: any token with it may end them),
 * and each longer word with the bits of the patterns that end on it. (One entry per pattern and prefix,
 * as for the first words, held the long noun lists once per pattern: 0.8 MB of the loaded engine.)
 */
interface EndEntry {
  any: number;
  words: string[];
  bits: number[];
}
function indexEnds(ends: Map<number, EndEntry>, bit: number, ws: string[]): void {
  for (const w of ws) {
    const p = prefixCode(w);
    if (p < 0) throw new Error(`insult: word not indexable: ${w}`);
    let e = ends.get(p);
    if (!e) ends.set(p, (e = { any: 0, words: [], bits: [] }));
    if (w.length <= 4) {
      e.any |= bit;
      continue;
    }
    const j = e.words.indexOf(w);
    if (j < 0) {
      e.words.push(w);
      e.bits.push(bit);
    } else e.bits[j] |= bit;
  }
}
/** First words of every insult word the patterns can end on. */
const INSULT_FIRST = new Set([...STRONG_INSULTS, ...AMBIGUOUS_INSULTS, ...FIGURATIVE_NOUNS_SG, ...FIGURATIVE_NOUNS_PL, ...PEJORATIVE_PERSON_NOUNS].map((w) => w.split(' ')[0]));
const MAIN = anchorIndex(PATTERNS);
const FIGS = anchorIndex(FIG_PATTERNS);

// What detect and matchAll ask of each word, from one remembered look-up per token instead of a set or
// map look-up in each of their passes: a word of the rule's gate (see passes), the first word of an
// insult, an animal or person noun, second person; and the patterns of each index it anchors.
const PASS_BIT = 1;
const INSULT_BIT = 2;
const FIG_BIT = 4;
const SECOND_BIT = 8;
/** the last word of a strong insult (STRONG_LAST): a sentence ending on it may be a vocative */
const STRONG_LAST_BIT = 16;
/** a word of ANY_WORDS, of STRONG_INSULTS; explicit sex talk, an animal noun of sexual slang (sexualSlang) */
const ANY_BIT = 32;
const STRONG_BIT = 64;
const SEX_WORD_BIT = 128;
const SEX_NOUN_BIT = 256;
/** a word that begins with "you", or "ur", "u": the English pattern's cue (EN_CUE) may stand there */
const EN_BIT = 512;
interface WordInfo {
  bits: number;
  /** the patterns of MAIN, of FIGS, that the word can start, as a mask of their bits (see anchorIndex) */
  main: number;
  figs: number;
  /** the end bits (Anchored.endBit) of the patterns of MAIN, of FIGS, that the word can end */
  mainEnds: number;
  figEnds: number;
}
/** The patterns of the index entries `l` (see anchorIndex) that `word` can start, as a mask. */
function anchoredBy(l: AnchorEntry[] | undefined, word: string): number {
  let mask = 0;
  if (l) for (const e of l) if (e.words === null || startsWithAny(word, e.words)) mask |= e.a.bit;
  return mask;
}
/** The end bits of the patterns that `word` can end (`e`: the entry of its prefix). */
function endsBy(e: EndEntry | undefined, word: string): number {
  if (!e) return 0;
  let bits = e.any;
  for (let j = 0; j < e.words.length; j++) if (word.startsWith(e.words[j])) bits |= e.bits[j];
  return bits;
}
/**
 * For a token with a squeezed run ("stronzaaa"): its prefix's entries (or the canon word's, when it has
 * none), checked against the word as the patterns read it, the canon's ("stronza").
 */
function squeezedAnchors(c: Canon, k: number, idx: ReturnType<typeof anchorIndex>): number {
  const word = c.text.slice(c.pos[k], c.pos[k] + c.len[k]);
  return anchoredBy(idx.by.get(prefixCode(c.tokens[k].text)) ?? idx.by.get(prefixCode(word)), word);
}
/** Most words: nothing (one shared object, so that the memo holds little for them). */
const NOTHING_INFO: WordInfo = { bits: 0, main: 0, figs: 0, mainEnds: 0, figEnds: 0 };
/**
 * What the rule asks of a word (a word whose first letters the trie of TRIE_LETTERS does not hold must
 * come out as NOTHING_INFO, so every set and index read here feeds the trie).
 */
function infoOf(w: string): WordInfo {
  // (a paired word passes alone: the rule was woken only if its partner is there too)
  const pass = GATE_WORDS.has(w) || PAIRED.has(w) || (w.length > 3 && EN_GATE.has(w.length > 4 ? w.slice(0, 4) : w));
  const bits =
    (pass ? PASS_BIT : 0) |
    (INSULT_FIRST.has(w) ? INSULT_BIT : 0) |
    (FIG_WORDS.has(w) ? FIG_BIT : 0) |
    (SECOND.has(w) ? SECOND_BIT : 0) |
    (STRONG_LAST.has(w) ? STRONG_LAST_BIT : 0) |
    (ANY_WORDS.has(w) ? ANY_BIT : 0) |
    (STRONG_INSULTS.has(w) ? STRONG_BIT : 0) |
    (SEX_WORDS.has(w) ? SEX_WORD_BIT : 0) |
    (SEX_NOUNS.has(w) ? SEX_NOUN_BIT : 0) |
    (w.startsWith('you') || w === 'ur' || w === 'u' ? EN_BIT : 0);
  const main = anchoredBy(MAIN.by.get(prefixCode(w)), w);
  const figs = anchoredBy(FIGS.by.get(prefixCode(w)), w);
  const mainEnds = endsBy(MAIN.ends.get(prefixCode(w)), w);
  const figEnds = endsBy(FIGS.ends.get(prefixCode(w)), w);
  return bits || main || figs || mainEnds || figEnds ? { bits, main, figs, mainEnds, figEnds } : NOTHING_INFO;
}
/** The infos of the longer words, and of words with a character other than a–z, as they come. */
const infoMemo = new Map<string, WordInfo>();
function memoInfo(w: string): WordInfo {
  let v = infoMemo.get(w);
  if (v === undefined) {
    v = infoOf(w);
    if (infoMemo.size >= 20_000) infoMemo.clear();
    infoMemo.set(w, v);
  }
  return v;
}
/** The infos of the words of four letters or fewer, by their node in the trie (filled as they come). */
const NODE_INFO: (WordInfo | undefined)[] = [];
function wordInfo(w: string): WordInfo {
  const n = w.length;
  let node = 0;
  for (let i = 0; i < n && i < 4; i++) {
    const ch = w.charCodeAt(i) - 97;
    if (ch < 0 || ch > 25) return memoInfo(w);
    const letters = TRIE_LETTERS[node];
    // no word of the rule begins so
    if (((letters >> ch) & 1) === 0) return NOTHING_INFO;
    node = TRIE_FIRST[node] + bitCount(letters & ((1 << ch) - 1));
  }
  return n > 4 ? memoInfo(w) : (NODE_INFO[node] ??= infoOf(w));
}
/**
 * The word infos of the tokens of the last comment asked: passes(), detect and both matchAll calls read
 * them (the comment's canon is the shared scan's, the same object for each of them).
 */
let infoCanon: Canon | null = null;
const TOKEN_INFO: WordInfo[] = [];
/** a mention among the tokens (in TOKEN_CUES, with FIG_BIT, SECOND_BIT and EN_BIT) */
const MENTION_CUE = 1 << 30;
/**
 * The cues detect asks of the last comment's tokens, gathered as tokenInfo reads them: a mention, else
 * an animal or person noun (FIG_BIT), else second person (SECOND_BIT); and EN_BIT, for a squeezed word
 * too (the canon reads "yooouuu" as "you").
 */
let TOKEN_CUES = 0;
function tokenInfo(c: Canon): WordInfo[] {
  if (c === infoCanon) return TOKEN_INFO;
  const toks = c.tokens;
  let cues = 0;
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k];
    const inf = wordInfo(t.text);
    TOKEN_INFO[k] = inf;
    if (t.kind === 'mention') cues |= MENTION_CUE;
    else cues |= (inf.bits & FIG_BIT ? FIG_BIT : inf.bits & SECOND_BIT) | (t.run3 ? EN_BIT : inf.bits & EN_BIT);
  }
  TOKEN_CUES = cues;
  infoCanon = c;
  return TOKEN_INFO;
}

/** Whether a word that can end the pattern of `bit` stands at a token from `lo` to `hi` (`own`: the end bits of each token). */
function endsWithin(own: Int32Array, lo: number, hi: number, bit: number): boolean {
  for (let j = lo; j <= hi; j++) if (own[j] & bit) return true;
  return false;
}
/**
 * Matches of the patterns of `idx` on the canon, as (pattern, token range), in pattern order.
 * `only` limits the anchors to some tokens (the neighbourhood of a noun).
 */
function matchAll(c: Canon, idx: ReturnType<typeof anchorIndex>, target: number, window: number): { a: Anchored; from: number; to: number }[] {
  const toks = c.tokens;
  const nt = toks.length;
  const gen = ++generation;
  const info = tokenInfo(c);
  // a target word (insult, animal noun: `target` is its bit) within the next `window` tokens: most
  // anchors ("e", "che", "la") have none and are skipped
  let nextTarget = Infinity;
  const near = NEAR.length >= nt ? NEAR : (NEAR = new Array<boolean>(nt * 2).fill(false));
  // and the end bits of the words from each token on: a pattern none of them can end is not tried
  // (a squeezed word reads differently in the canon: it may end any)
  // (and each token's own, for a pattern whose last word lies within a few tokens of its first)
  let after = 0;
  const ends = ENDS.length >= nt ? ENDS : (ENDS = new Int32Array(nt * 2));
  const own = OWN_ENDS.length >= nt ? OWN_ENDS : (OWN_ENDS = new Int32Array(nt * 2));
  for (let k = nt - 1; k >= 0; k--) {
    const inf = info[k];
    if (inf.bits & target) nextTarget = k;
    near[k] = nextTarget - k <= window;
    const e = toks[k].run3 ? -1 : idx === MAIN ? inf.mainEnds : inf.figEnds;
    own[k] = e;
    after |= e;
    ends[k] = after;
  }
  const endFrom = idx.endFrom;
  for (let k = 0; k < nt; k++) {
    // the patterns the token can start: remembered with its word, or (a squeezed word, rare) read afresh
    let m = toks[k].run3 ? squeezedAnchors(c, k, idx) : idx === MAIN ? info[k].main : info[k].figs;
    if (m === 0) continue;
    if (!near[k]) m &= ~idx.needsTarget;
    // an end word from the pattern's least reach on (endFrom), then within its most (endTo)
    let ok = idx.noEnd;
    for (let d = 0; d < endFrom.length && k + d < nt; d++) ok |= endFrom[d] & ends[k + d];
    m &= ok;
    for (let w = m & idx.endTo; w !== 0; w &= w - 1) {
      const a = idx.all[31 - Math.clz32(w & -w)];
      const hi = k + a.endTo;
      if (hi < nt - 1 && !endsWithin(own, k + a.endFrom, hi, a.bit)) m &= ~a.bit;
    }
    for (; m !== 0; m &= m - 1) {
      const a = idx.all[31 - Math.clz32(m & -m)];
      if (a.gen !== gen) {
        a.gen = gen;
        a.nk = 0;
      }
      a.ks[a.nk++] = k;
    }
  }
  const out: { a: Anchored; from: number; to: number }[] = [];
  const text = c.text;
  for (const a of idx.all) {
    if (a.gen === gen) {
      for (let j = 0; j < a.nk; j++) {
        const k = a.ks[j];
        // the pattern starts with the space before token k; test() allocates no match array
        const start = c.pos[k] - 1;
        a.sticky.lastIndex = start;
        if (!a.sticky.test(text)) continue;
        let e = a.sticky.lastIndex;
        while (e > start && text.charCodeAt(e - 1) === 32) e--;
        if (e <= start + 1) continue;
        const [from, to] = tokenRange(c, start + 1, e);
        out.push({ a, from, to });
      }
    } else if (a.loose) {
      const gate = idx === MAIN ? PATTERN_GATES[a.i] : null;
      if (gate && !passesGate(c, gate)) continue;
      for (const { from, to } of findAll(c, a.re)) out.push({ a, from, to });
    }
  }
  return out;
}

/** " you", " ur ", " u r " in the canon: one regex test costs a fraction of three includes() calls. */
const EN_CUE = / (?:you|ur |u r )/;
const STRONG_MULTI = [...STRONG_INSULTS].filter((s) => s.includes(' '));
const STRONG_LAST = new Set([...STRONG_INSULTS].map((w) => w.slice(w.lastIndexOf(' ') + 1)));
/** Strong insult used as a vocative: alone in its sentence ("Coglione!") or right after a mention. */
const VOCATIVE = new RegExp(`^ (?:@ |ciao |ehi |ahah\\w* |ma |ma va |e )?${FILL}${STRONG} ?$`);

/** The sentences of the canon as token ranges [from, to). */
function sentences(c: Canon): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let from = 0;
  for (let i = 1; i <= c.tokens.length; i++) {
    if (i === c.tokens.length || c.sentence[i] !== c.sentence[from]) {
      out.push({ from, to: i });
      from = i;
    }
  }
  return out;
}
/** The canon text of a sentence of sentences(): " tok tok" (its leading space, not the break after it). */
function sentenceCanon(c: Canon, s: { from: number; to: number }): string {
  return c.text.slice(c.pos[s.from] - 1, s.to < c.tokens.length ? c.pos[s.to] - 2 : c.text.length);
}
/**
 * Whether token k reads in the canon as the last word of a strong insult: from the word memo, or read
 * afresh when the canon writes it otherwise (a squeezed word, a mention's "@").
 */
function endsStrong(c: Canon, info: WordInfo[], k: number): boolean {
  const t = c.tokens[k];
  if (t.run3 || t.kind === 'mention') return STRONG_LAST.has(c.text.slice(c.pos[k], c.pos[k] + c.len[k]));
  return (info[k].bits & STRONG_LAST_BIT) !== 0;
}
/** The first character after `at` that is not white space ('' at the end): what follows a word. */
function nextChar(text: string, at: number): string {
  while (at < text.length && isWhite(text.charCodeAt(at))) at++;
  return at < text.length ? text[at] : '';
}
/** The hits' first two distinct reasons, in order, joined: the finding's reason. */
function firstTwoReasons(hits: readonly { reason: string }[]): string {
  const first = hits[0].reason;
  for (const h of hits) if (h.reason !== first) return `${first}; ${h.reason}`;
  return first;
}
/** scratch: the candidate tokens of a reply's vocative (see detect) */
const CAND = [0, 0, 0, 0];

const SELF = new Set(['sono', 'ero', 'saro', 'mi']);
const ZITTO = new Set(['zitto', 'zitta']);
const ORDER_OPENER = new Set(['ma', 'e', 'su', 'dai', 'tu', 'voi', 'ehi', 'oh']);
const OWN = new Set(['mio', 'mia', 'miei', 'mie', 'nostro', 'nostra', 'nostri', 'nostre']);
const FAMILY = new Set(['figlio', 'figlia', 'figli', 'figlie', 'marito', 'moglie', 'fratello', 'sorella', 'padre', 'madre', 'papa', 'mamma', 'nonno', 'nonna', 'bambino', 'bambina', 'bimbo', 'bimba', 'cane', 'gatto']);
/** "mio figlio è un asino a scuola", "mia figlia è una civetta": the writer speaks of their own family (or pet) with a
 * figure, no one is insulted ("mio marito è un idiota" still is: a strong insult counts). */
function ownFamilyBefore(c: Canon, from: number): boolean {
  return from >= 2 && OWN.has(c.tokens[from - 2].text) && FAMILY.has(c.tokens[from - 1].text) && c.sentence[from - 2] === c.sentence[from];
}
const INSTITUTION = /^(?:inps|istituto|ente|enti|sito|siti|servizio|servizi|stato|governo|sistema|ufficio|uffici|sede|sedi|app|applicazione|portale|comune|agenzia|ministero|burocrazia|pratica|procedura|assistenza|call|center|centralino|numero|legge|riforma|decreto|bonus|pensione|pensioni|assegno|naspi|isee|modulo|piattaforma|paese|italia)$/;
const EPITHET = new Set('brutta brutto lurida sporca stupida vecchia grassa gran povera maledetta'.split(' '));
/** Second person: the sentence speaks to someone. */
const SECOND = new Set(
  'tu ti te sei hai vai fai stai sai puoi vuoi devi taci vergognati smettila vattene sparisci tua tuo tue tuoi zitta zitto muta muto statti curati fatti stattene ascolta ascoltami guardati svegliati voi vi siete avete fate state sapete potete volete dovete tacete vergognatevi smettetela andatevene sparite vostra vostro vostre vostri zitti zitte svegliatevi'.split(' '),
);
const ARTICLE_OR_PREP = /^(?:il|lo|la|le|i|gli|un|una|uno|di|d|del|dello|della|dei|degli|delle|da|dal|dallo|dalla|dai|dalle|con|col|coi|in|nel|nello|nella|nei|negli|nelle|su|sul|sullo|sulla|sui|sulle|per|come|tra|fra|porca|porco|maremma|a|al|allo|alla|ai|agli|alle|all|dell|nell|sull|dall|coll|quell|quest|mia|mio|tua|tuo|sua|suo|nostra|vostra|loro)$/;
const REPORT_NEAR = new RegExp(` (?:${REPORTING}|denunciare|denuncio|condannare|condanno) (?!(?:a|ad|al|alla|allo|ai|alle|agli) )`);
/**
 * The words just before token `i` report speech ("dire sei un idiota", "ti chiama vacca", "dice che è
 * una strega"): someone else's words. Only the last few tokens of the clause count: a reporting verb
 * far back ("le baggianate che dici, … sei grezza") or with an addressee ("dire a quella cagna") does not
 * make a later insult a quotation.
 */
function reportedClose(c: Canon, i: number): boolean {
  let k = i;
  while (k > 0 && i - k < 8 && c.sentence[k - 1] === c.sentence[i]) k--;
  if (k === i) return false;
  let before = c.text.slice(c.pos[k] - 1, c.pos[i]);
  const comma = before.lastIndexOf(' , ');
  if (comma >= 0) before = before.slice(comma + 2);
  const m = REPORT_NEAR.exec(before);
  if (!m) return false;
  // what follows the verb must be the reported words: "scrivere che i trans sono…", "dire sei un…";
  // "dire delle cattiverie è acida" reports nothing
  const rest = before.slice(m.index + m[0].length).trim();
  if (!rest || /^(?:che|di)\b/.test(rest)) return true;
  const ws = rest.split(' ');
  return ws.length <= 3 && ws.every((w) => REPORT_LINK.has(w));
}
const REPORT_LINK = new Set('che di a ad ti mi gli le ci vi lo la li ne sempre pure anche solo essere sia fosse sei e'.split(' '));
/** Words that may follow a describing word said of a person ("sei brutta e cattiva", "che vecchia che sei"). */
const AFTER_PREDICATE = new Set(
  'e ed o oppure ma pero comunque che di d del dello della dei degli delle da dal dalla dai a ad al allo alla ai alle in nel nella con col per come quando se perche anche pure proprio davvero veramente sei siete sono era eri e non mi ti si ci vi lo la li le gli ne ha hai hanno fa fai fanno dentro fuori oggi sempre ancora mai piu cosi tanto troppo molto poco assai tu voi lei lui io noi loro qui qua li la ormai adesso ora ieri va vai'.split(' '),
);
/** Determiners: after one of them a describing word sits inside a noun phrase ("una brutta notizia"). */
const DETERMINER = new Set('un una uno na n il la lo l i gli le quel quella quello quell quei quelle questo questa quest questi queste sto sta st sti ste che'.split(' '));
const SUBJECT_DET = new Set('il la lo l i gli le questo questa quest questi queste quel quella quello quell sto sta st sti ste'.split(' '));
/** Nouns that keep a describing word an insult: people ("brutta persona") and filth ("lurida feccia"). */
const INSULT_HEAD = new Set(
  'persona persone donna donne ragazza ragazze ragazzo ragazzi tipa tipo tipi gente uomo uomini femmina femmine individuo individui soggetto soggetti essere creatura merda merde feccia spazzatura immondizia schifezza monnezza rifiuto rifiuti letame melma sterco'.split(' '),
);
const PITY = /^(?:vecchi|pover|pazz|grass)/;
/**
 * The hit ends on a describing word inside a noun phrase ("quella vecchia casa", "è una brutta
 * notizia", "questa povera gente"): it describes the next word, not a person. A predicate ("sei grezza
 * aggressiva", "è grezza comunque") or a person/filth noun ("brutta persona", "lurida feccia") stays.
 */
function describesNext(c: Canon, to: number, text: string): boolean {
  if (to < 2 || to >= c.tokens.length) return false;
  const adj = c.tokens[to - 1].text;
  if (!ADJECTIVE_INSULTS.has(adj)) return false;
  const t = c.tokens[to];
  if (c.sentence[to] !== c.sentence[to - 1] || t.kind !== 'word' || /[,;:()]/.test(t.gap)) return false;
  // "quanto è brutta sta cosa", "è ridicola la gestione": the subject comes after the adjective
  if (SUBJECT_DET.has(t.text) && to + 1 < c.tokens.length && c.sentence[to + 1] === c.sentence[to]) {
    const subj = c.tokens[to + 1];
    const name = /^\p{Lu}/u.test(text.slice(subj.start, subj.end));
    return !name && subj.kind === 'word' && !INSULT_HEAD.has(subj.text) && !ANY_WORDS.has(subj.text) && !STRONG_INSULTS.has(subj.text);
  }
  if (!DETERMINER.has(c.tokens[to - 2].text)) return false;
  if (AFTER_PREDICATE.has(t.text) || t.text.endsWith('mente') || ANY_WORDS.has(t.text) || STRONG_INSULTS.has(t.text)) return false;
  return !INSULT_HEAD.has(t.text) || PITY.test(adj);
}
/**
 * An animal, food, object or taste word in a sentence about its literal world ("quella mucca fa tanto
 * latte", "la limonata è troppo acida", "il bagno col cesso rotto"): ±6 tokens, same sentence.
 */
function literalContext(c: Canon, from: number, to: number): boolean {
  for (let k = Math.max(0, from - 6); k < Math.min(c.tokens.length, to + 6); k++) {
    if (c.sentence[k] === c.sentence[from] && LITERAL_CONTEXT.has(c.tokens[k].text)) return true;
  }
  return false;
}
const DEICTIC = new Set(['li', 'la', 'qui', 'qua']);
const SUBJECT_DETERMINER = /^(?:il|lo|la|l|i|gli|le|questo|questa|quest|sto|sta|st|quel|quello|quella|quell|mio|mia|tuo|tua|suo|sua|nostro|nostra|vostro|vostra)$/;
/**
 * "questo film è un cesso", "la limonata è troppo acida": the copula's subject is a thing (a noun after a
 * determiner that is not a person noun, not a name): a judgement of the thing, not an insult.
 */
function thingSubject(c: Canon, from: number, text: string): boolean {
  if (from < 2 || !/^(?:e|era|sara|resta|rimane|sembra|pare|diventa|diventata|diventato)$/.test(c.tokens[from].text)) return false;
  const noun = c.tokens[from - 1];
  if (c.sentence[from - 1] !== c.sentence[from] || !SUBJECT_DETERMINER.test(c.tokens[from - 2].text) || noun.kind !== 'word') return false;
  // "quella lì è una cozza": "lì", "qui" point at someone, they are not a noun
  if (PERSON_NOUNS.has(noun.text) || DEICTIC.has(noun.text) || ANY_WORDS.has(noun.text) || /^\p{Lu}/u.test(text.slice(noun.start, noun.end))) return false;
  // "con quel trucco sembra la befana": the noun sits in a prepositional phrase, the subject is someone else
  if (from >= 3 && c.sentence[from - 3] === c.sentence[from] && /^(?:con|di|da|in|su|per|a|tra|fra|senza|dopo|prima)$/.test(c.tokens[from - 3].text)) return false;
  return !STAFF_RE.test(noun.text);
}
/** "che bestia di camion": the word describes the thing after "di" (not "che cesso di donna"). */
function ofAThing(c: Canon, to: number, text: string): boolean {
  if (to + 1 >= c.tokens.length || c.sentence[to + 1] !== c.sentence[to - 1] || !/^(?:di|d)$/.test(c.tokens[to].text)) return false;
  const w = c.tokens[to + 1];
  if (w.kind !== 'word' || PERSON_NOUNS.has(w.text) || ANY_WORDS.has(w.text) || /^\p{Lu}/u.test(text.slice(w.start, w.end))) return false;
  // possessives and articles introduce a person as often as a thing ("quella vacca di tua madre")
  return !/^(?:tua|tuo|sua|suo|mia|mio|vostra|vostro|una|un|uno|quella|quel|questa|questo|la|il|lo|l)$/.test(w.text);
}
const STAFF_RE = new RegExp(`^${STAFF}$`);
/** "ignorante in informatica", "incapace di intendere e di volere": a lack of something, said plainly. */
function complemented(c: Canon, to: number): boolean {
  if (to >= c.tokens.length || c.sentence[to] !== c.sentence[to - 1] || /[,;:()]/.test(c.tokens[to].gap)) return false;
  return /^(?:ignorant[ei]|incapac[ei])$/.test(c.tokens[to - 1].text) && /^(?:in|di|a|ad|su|sul|sulla|nel|nella|nei|delle|dei|del|della|riguardo|quanto|d)$/.test(c.tokens[to].text);
}
/** Animal nouns that are also sexual slang for a woman. */
const SEX_NOUNS = new Set('cagna cagne maiala maialona vacca vacche vaccona cavalla cavalle scrofa scrofe porcona'.split(' '));
/** Explicit sex talk (not "cazzo"/"culo" as intensifiers). */
const SEX_WORDS = new Set('sborra sborrare sborrata sborrate sborrone sborrarti sborrarle pompino pompini pompinara bocchinara scopare scopata scopate scoparti scoparla scopami scopatevi trombare trombata trombarti chiavare chiavata chiavarti inculare inculata incularti squirt squirting squirta ditalino porno xxx milf pussy slut whore'.split(' '));
/** Index of an animal noun used as sexual slang (explicit sex talk within 12 tokens), or -1. */
function sexualSlang(c: Canon): number {
  const info = tokenInfo(c);
  let lastSex = -Infinity;
  let pending = -1;
  for (let k = 0; k < c.tokens.length; k++) {
    const bits = info[k].bits;
    if (bits & SEX_WORD_BIT) {
      if (pending >= 0 && k - pending <= 12) return pending;
      lastSex = k;
    } else if ((bits & SEX_NOUN_BIT) !== 0 && !c.quoted[k] && !exclamation(c, k) && !literalContext(c, k, k + 1) && !(k > 0 && /^(?:mia|mio|nostra|vostra|tua)$/.test(c.tokens[k - 1].text))) {
      if (k - lastSex <= 12) return k;
      pending = k;
    }
  }
  return -1;
}
/** First person just before (same clause): "mi ha fatto fare la figura della…", "ho fatto la figura…": the writer speaks of themself. */
const FIRST_PERSON = new Set('io mi me sono ero saro mio mia noi ci siamo eravamo ho avevo abbiamo avevamo'.split(' '));
function selfBefore(c: Canon, from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 4 && c.sentence[k] === c.sentence[from] && !c.tokens[k + 1].gap.includes(','); k--) {
    if (FIRST_PERSON.has(c.tokens[k].text)) return true;
  }
  return false;
}
/** Words of admiration or tenderness: next to an animal noun they make it an animal ("che carina questa civetta"). */
const ADMIRING = new Set('carina carino carine carini dolce dolci tenera tenero tenere teneri bellissima bellissimo bellissime bellissimi splendida splendido splendide stupenda stupendo stupende meravigliosa meraviglioso meravigliose graziosa grazioso graziose adorabile adorabili magnifica magnifico maestosa maestoso fantastica simpatica simpatico simpatiche tenerissima dolcissima dolcissimo'.split(' '));
const DEMONSTRATIVE = new Set('questa questo queste questi quella quello quelle quelli quel quei sta sto ste sti'.split(' '));
/** Animal nouns (not people, not things). */
const ANIMAL_NOUNS = new Set([...FIGURATIVE_NOUNS_SG, ...FIGURATIVE_NOUNS_PL].filter((w) => !/^(?:cess|fogn|carogn)/.test(w)));
/** An admiring word within two tokens before the hit or right after the noun, same sentence. */
function admired(c: Canon, from: number, to: number): boolean {
  for (let k = Math.max(0, from - 2); k < Math.min(c.tokens.length, to + 1); k++) {
    if (c.sentence[k] === c.sentence[to - 1] && ADMIRING.has(c.tokens[k].text)) return true;
  }
  return false;
}
/** A bare "e" read as "è" before "un/una": first word of a reply, or right after a capitalised name. */
function bareCopula(c: Canon, i: number, text: string): boolean {
  if (i + 1 >= c.tokens.length || !/^(?:un|una|uno|na)$/.test(c.tokens[i + 1].text)) return false;
  if (i === 0 || c.sentence[i - 1] !== c.sentence[i]) return i > 0 && c.tokens[i - 1].kind === 'mention';
  const p = c.tokens[i - 1];
  if (p.kind === 'mention') return true;
  // a name inside the sentence ("che Oriana e una cozza"); at the start a capital proves nothing ("Gatto e una gallina…")
  return p.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(text.slice(p.start, p.end)) && !c.tokens[i].gap.includes(',') && i >= 2 && c.sentence[i - 2] === c.sentence[i];
}
const EXCLAMATION_FILL = new Set('di quella quel quello sta la il l troia puttana miseria zozza eva boia'.split(' '));
/** "porca vacca", "porca di quella troia": an exclamation, no one is called anything. */
function exclamation(c: Canon, from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 4 && c.sentence[k] === c.sentence[from]; k--) {
    const w = c.tokens[k].text;
    if (w === 'porca' || w === 'porco' || w === 'porche' || w === 'mannaggia' || w === 'maremma') return true;
    // only the exclamation's own words in between ("porca di quella troia …"), not "lui porco e lei …"
    if (!EXCLAMATION_FILL.has(w) && !ANY_WORDS.has(w)) return false;
  }
  return /^(?:porca|porco|maremma)$/.test(c.tokens[from].text);
}
/** "lei/lui una/un cavalla/o": alternatives written with slashes talk about words, not people. */
function slashed(c: Canon, from: number, to: number): boolean {
  for (let k = from + 1; k < Math.min(to + 1, c.tokens.length); k++) if (c.tokens[k].gap.includes('/')) return true;
  return false;
}
const ANY_WORDS = new Set([...STRONG_INSULTS, ...AMBIGUOUS_INSULTS]);
/** Words an insult can hinge on (insult vocabulary, hostility verbs, English insults). */
// a multi-word insult needs all its words, so its first word is enough to wake the rule
// (a phrase is known by its last word: "figli di puttana" needs "puttana", and "figli" alone, as in
// "ho due figli", wakes nothing)
const GATE_WORDS = new Set([...STRONG_INSULTS, ...AMBIGUOUS_INSULTS].map((w) => w.slice(w.lastIndexOf(' ') + 1)).filter((w) => w.length > 2));
for (const w of FIG_WORDS) GATE_WORDS.add(w);
for (const w of 'fottere sdegno disgusto odio disprezzo detesto schifo pena ribrezzo vomitare cagare orrore vaffanculo fanculo fottiti fottetevi affanculo vaffa taci zitto zitta zitti paese bambola bambole cessa cessi racchia isterica isterico'.split(' ')) GATE_WORDS.add(w);
const EN_GATE = prefixGate('idiot moron loser clown scumbag jerk retard asshole bitch cunt dickhead imbecile fool pig liar fraud thief parasite trash garbage');
/** Words that wake the rule only next to a partner word (each pair is registered below). */
// "non vali niente", "la tua vita non vale nulla": the verb only with its "nothing"; "gente come te
// dovrebbe sparire"; "buoni a nulla". ("vergogna" wakes nothing: it is the commonest complaint word
// of these pages, and a trigger makes every "VERGOGNA!" pay for the scan; "sei una vergogna" is
// read when another word woke the rule.)
const WORTH_VERB = new Set(['vali', 'valete', 'vale']);
const NOTHING = new Set(['nulla', 'niente', 'zero']);
const VANISH = new Set(['sparire', 'morire', 'crepare', 'eliminati', 'eliminate', 'cancellati', 'cancellate', 'rinchiusi', 'rinchiuse']);
const YOU = new Set(['te', 'voi']);
const GOOD = new Set(['buono', 'buona', 'buoni', 'buone']);
const PAIRED = new Set([...WORTH_VERB, ...VANISH, ...GOOD]);

/** The number of bits set in a 32-bit integer. */
function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
/**
 * The first four letters (a–z) of every word infoOf knows, as a trie: the words of its sets, and the
 * prefixes the indexes are keyed by. Half the tokens of a comment have four letters or fewer ("che",
 * "sei": read at their node) and a third begin like no word of the rule (no info): the trie answers
 * them without the string-keyed Map look-up that reading a comment's words mostly cost. Longer words
 * with a known beginning, and words with other characters (none of which the trie holds), go to the
 * memo. Node n has the letters TRIE_LETTERS[n] (bit c: letter c) and its children in a row from
 * TRIE_FIRST[n], in letter order: two numbers a node (a table of 26 children a node took 0.09 MB).
 */
const [TRIE_LETTERS, TRIE_FIRST] = ((): [Int32Array, Int32Array] => {
  const children: Map<number, number>[] = [new Map()];
  const add = (w: string) => {
    let node = 0;
    for (let i = 0; i < w.length && i < 4; i++) {
      const ch = w.charCodeAt(i) - 97;
      if (ch < 0 || ch > 25) return;
      let child = children[node].get(ch);
      if (child === undefined) {
        child = children.push(new Map()) - 1;
        children[node].set(ch, child);
      }
      node = child;
    }
  };
  for (const set of [GATE_WORDS, PAIRED, EN_GATE, INSULT_FIRST, FIG_WORDS, SECOND, STRONG_LAST, ANY_WORDS, STRONG_INSULTS, SEX_WORDS, SEX_NOUNS]) for (const w of set) add(w);
  // EN_BIT: "u", "ur", and every word that begins with "you" (each fourth letter)
  add('ur');
  for (let ch = 97; ch <= 122; ch++) add('you' + String.fromCharCode(ch));
  // the indexes' keys, back to the prefixes they code (see prefixCode)
  for (const m of [MAIN.by, MAIN.ends, FIGS.by, FIGS.ends]) {
    for (let code of m.keys()) {
      let p = '';
      for (; code > 0; code = Math.floor(code / 128)) p = String.fromCharCode(code % 128) + p;
      add(p);
    }
  }
  // renumbered breadth first, so that each node's children stand in a row
  const letters = new Int32Array(children.length);
  const first = new Int32Array(children.length);
  const order = [0];
  for (let i = 0; i < order.length; i++) {
    const kids = [...children[order[i]]].sort((a, b) => a[0] - b[0]);
    first[i] = order.length;
    for (const [ch, child] of kids) {
      letters[i] |= 1 << ch;
      order.push(child);
    }
  }
  return [letters, first];
})();
/** A word of the rule's gate among the tokens (wordInfo). */
const passes = (c: Canon) => {
  const info = tokenInfo(c);
  for (let k = 0; k < c.tokens.length; k++) if (info[k].bits & PASS_BIT) return true;
  return false;
};

registerTrigger((w, p4) => GATE_WORDS.has(w) || (w.length > 3 && EN_GATE.has(p4)), 'insult');
registerTrigger((w) => WORTH_VERB.has(w), 'insult', (w) => NOTHING.has(w));
registerTrigger((w) => VANISH.has(w), 'insult', (w) => YOU.has(w));
// "buoni a nulla": "buono" only next to "nulla"
registerTrigger((w) => GOOD.has(w), 'insult', (w) => w === 'nulla');

export const insult = defineRule({
  id: 'insult',
  label: { it: 'Offesa personale', en: 'Personal insult' },
  explanation: {
    it: 'La netiquette INPS non accetta "offese personali e diffamazione": segnala insulti rivolti a una persona (altri utenti, operatori, persone nominate). Le critiche all\'Istituto e le lamentele sono benvenute e non sono offese ("INPS è una vergogna", "servizio pessimo", "siete lenti"). Parole ambigue come "vacca", "oca", "cesso" contano solo quando sono dette a qualcuno.',
    en: 'The INPS netiquette does not accept "personal offence and defamation": flags insults aimed at a person (other users, staff, named people). Criticism of the institute and complaints are welcome and are not insults ("INPS is a disgrace", "terrible service", "you are slow"). Ambiguous words such as "vacca", "oca", "cesso" only count when said to someone.',
  },
  severity: 'medium',
  languages: ['it', 'en'],
  settings: z.object({
    enabled: z.boolean().default(true),
    /** Count ambiguous words ("vacca", "oca", "acida") when a target is clear. */
    ambiguousWords: z.boolean().default(true),
  }),
  detect(comment, ctx, settings) {
    if (!settings.enabled || !wakes(comment.text, 'insult', lexiconOf(ctx.profile))) return NO_FINDINGS;
    const { canon: c, matches } = scanAbuse(comment.text, lexiconOf(ctx.profile));
    if (!c.tokens.length || !passes(c)) return NO_FINDINGS;
    const hits: { from: number; to: number; reason: string }[] = [];
    const info = tokenInfo(c);
    // the cues the later steps need, read with the token infos
    const cues = TOKEN_CUES;
    const strong = (from: number, to: number) => {
      for (let k = to - 1; k >= from; k--) if (info[k].bits & STRONG_BIT) return true;
      const txt = c.text.slice(c.pos[from], c.pos[to - 1] + c.len[to - 1]);
      return STRONG_MULTI.some((s) => txt.includes(s));
    };
    const n = c.tokens.length;
    for (const { a, from, to } of matchAll(c, MAIN, INSULT_BIT, 10)) {
      const pi = a.i;
      let reason = a.reason;
      if (reason === BARE_COPULA_REASON) {
        if (from === 0 || !/^(?:lei|lui)$/.test(c.tokens[from - 1].text)) continue;
        reason = 'insulto rivolto a una persona';
      }
      if (reason === SENTENCE_START_REASON) {
        if (from > 0 && c.sentence[from - 1] === c.sentence[from]) continue;
        reason = reason.trimEnd();
      }
      {
        // "non sei altro che una vacca" affirms
        if (negatedBefore(c, from, 2) && !c.text.slice(c.pos[from], c.pos[to - 1]).includes(' altro che ')) continue;
        // a negation inside a "staff … insult" match, just before the insult: "i dipendenti non sono tutti fannulloni"
        if (reason === STAFF_REASON && to - from > 2 && negatedBefore(c, to - 1, Math.min(3, to - 1 - from)) && !/ (?:altro che|solo|soltanto) /.test(c.text.slice(c.pos[from], c.pos[to - 1]))) continue;
        // folded "e" is both "è" (copula) and "e" (and): only the written copula counts, or a bare "e"
        // opening a reply or following a name ("@x E una cavalla", "Oriana e una cozza")
        if (c.tokens[from].text === 'e' && !/^(?:è|é|È|e'|E')/.test(comment.text.slice(c.tokens[from].start, c.tokens[from].start + 2)) && !bareCopula(c, from, comment.text)) continue;
        if (from > 0 && SELF.has(c.tokens[from - 1].text) && !/^(?:sei|siete)$/.test(c.tokens[from].text)) continue;
        // "Sei una vergogna INPS": said to the institute, a complaint (the vocative may follow)
        if (c.tokens[from].text === 'sei' && c.tokens[to - 1].text === 'vergogna' && sentenceText(c, from).split(' ').some((w) => INSTITUTION.test(w))) continue;
        // "l'INPS è una fogna", "questo sito è un cesso": criticism of the institute and its services is welcome
        if (from > 0 && INSTITUTION.test(c.tokens[from - 1].text) && /^(?:e|era|sara|resta|rimane|sembra|pare|sono|erano)$/.test(c.tokens[from].text)) continue;
        // "se sei povera hai diritto…": a condition, not a judgement; "sei pazza?" and "sei povera" alone
        // are surprise and need, not insults ("sei vecchia" stays a put-down)
        if (/^(?:sei|siete|sii|eri)$/.test(c.tokens[from].text) && !strong(from, to)) {
          if (from > 0 && c.tokens[from - 1].text === 'se') continue;
          if (to - from === 2 && /^(?:pover|pazz)/.test(c.tokens[to - 1].text)) continue;
        }
        // "sono davvero stupida", "sono proprio acida": "sono" before a singular word is "I am" (oneself)
        // ("sono dei buoni a nulla": a plural article after "sono" is "they are")
        if (c.tokens[from].text === 'sono' && to - from >= 2 && /[ao]$/.test(c.tokens[to - 1].text) && !/^(?:delle|dei|degli|come)$/.test(c.tokens[to - 2].text) && !/^(?:delle|dei|degli)$/.test(c.tokens[from + 1].text)) continue;
        // "ci sono solo vacche": there are, not they are
        if (c.tokens[from].text === 'sono' && from > 0 && /^(?:ci|c|ce|io|ne)$/.test(c.tokens[from - 1].text)) continue;
        if (reportedClose(c, from) || quotedMention(c, from, to) || exclamation(c, from) || slashed(c, from, to)) continue;
        // "la dottoressa Vacca", "il dottor Somaro": a surname
        if (ownFamilyBefore(c, from) && !strong(from, to)) continue;
        // "l'INPS sta zitto", "il governo resta zitto": said of someone, not an order ("Ma sta zitto!", "Zitta!")
        if ((c.tokens[from].text === 'sta' || ZITTO.has(c.tokens[from].text)) && ZITTO.has(c.tokens[to - 1].text) && from > 0 && c.sentence[from - 1] === c.sentence[from] && c.tokens[from - 1].kind !== 'mention' && !ORDER_OPENER.has(c.tokens[from - 1].text)) continue;
        if (properNounAt(comment.text, c.tokens[to - 1].start, c.tokens[to - 1].end)) continue;
        // "quella vecchia casa", "è una brutta notizia": a describing word before a noun describes the noun
        if (describesNext(c, to, comment.text) || complemented(c, to)) continue;
        if ((literalContext(c, from, to) || thingSubject(c, from, comment.text) || ofAThing(c, to, comment.text)) && (!strong(from, to) || /^(?:lurid|schifos)/.test(c.tokens[to - 1].text))) continue;
        // "la vecchia, lurida giustizia": adjectives in a row before a noun describe the noun
        if (pi === SEQUENCE && from > 0 && /^(?:la|il|lo|l|una|un|uno|le|i|gli|quella|questa)$/.test(c.tokens[from - 1].text) && to < n && c.sentence[to] === c.sentence[from] && !c.tokens[to].gap.includes(',') && !(info[to].bits & ANY_BIT)) continue;
        if (!settings.ambiguousWords && !strong(from, to) && !reason.startsWith('offesa')) continue;
        // "povera sei", "il paese è vecchio e vecchio resta": pity, age, things
        if (pi === INVERTED && PITY.test(c.tokens[from].text)) continue;
        // "mi ha fatto fare la figura della cretina", "ho fatto la figura della scema": oneself
        if (pi === SEEMING && selfBefore(c, from)) continue;
        // "che grezza che sono stata!": an exclamation about oneself
        if (to + 1 < n && c.tokens[to].text === 'che' && SELF.has(c.tokens[to + 1].text) && c.sentence[to + 1] === c.sentence[from]) continue;
        // "che carina questa civetta", "quella civetta carina": admired, so an animal, not a person
        if (ANIMAL_NOUNS.has(c.tokens[to - 1].text) && DETERMINER.has(c.tokens[from].text) && admired(c, from, to)) continue;
        hits.push({ from, to, reason });
      }
    }
    if (settings.ambiguousWords && cues & FIG_BIT) {
      // anchors up to eight tokens before a noun ("fa sempre la solita vipera", "grassa proprio come una vacca")
      for (const { a, from, to } of matchAll(c, FIGS, FIG_BIT, 8)) {
        const reason = a.reason;
        {
          // "non fare la civetta" is a reproach, not a denial
          const reproach = c.tokens[from].text === 'fare' && from > 0 && c.tokens[from - 1].text === 'non';
          if (!reproach && negatedBefore(c, from, 2)) continue;
          if (c.tokens[from].text === 'e' && !/^(?:è|é|È|e'|E')/.test(comment.text.slice(c.tokens[from].start, c.tokens[from].start + 2)) && !bareCopula(c, from, comment.text)) continue;
          // "sono una balena" speaks of oneself; "sono tutte da…" of others
          if (from > 0 && SELF.has(c.tokens[from - 1].text) && !/^(?:tutte|tutti)$/.test(c.tokens[from].text)) continue;
          if (reportedClose(c, from) || quotedMention(c, from, to) || exclamation(c, from) || slashed(c, from, to)) continue;
          if (ownFamilyBefore(c, from)) continue;
          if (properNounAt(comment.text, c.tokens[to - 1].start, c.tokens[to - 1].end)) continue;
          if (literalContext(c, from, to) || thingSubject(c, from, comment.text)) continue;
          // a quoted noun is a title or a word under discussion: fare la "Cortigiana onesta"
          if (c.quoted[to - 1] || COSTUME.test(sentenceText(c, from))) continue;
          // "la mia cagna è in calore": one's own animal
          if (from > 0 && /^(?:mia|mio|nostra|nostro|vostra|tua|sua)$/.test(c.tokens[from - 1].text)) continue;
          hits.push({ from, to, reason });
        }
      }
      // sexual slang: an animal noun next to explicit sex talk names a woman ("che sborra… come una cavalla")
      if (!hits.length) {
        const hit = sexualSlang(c);
        if (hit >= 0) hits.push({ from: hit, to: hit + 1, reason: 'insulto sessuale rivolto a una persona' });
      }
    }
    // vocatives: a sentence that is just an insult, or a reply that opens with a mention
    const sents = sentences(c);
    for (const s of sents) {
      // the vocative ends on a strong insult: check its last word before the regex
      if (endsStrong(c, info, s.to - 1) && VOCATIVE.test(sentenceCanon(c, s)) && !c.quoted[s.from]) {
        hits.push({ from: s.from, to: s.to, reason: 'insulto usato come appellativo' });
      }
    }
    // English: "you idiot", "you are a moron"
    // (the pattern needs "you", "ur" or "u r": checked before the language guess, which costs more, and
    // only when a token may begin so)
    if (cues & EN_BIT && EN_CUE.test(c.text) && ctx.lang === 'en') {
      for (const { from, to } of findAll(c, / (?:you|you re|you are|ur|u r|youre) (?:such )?(?:an? )?(?:fucking |stupid |little |complete |total )?(?:idiot|moron|loser|clown|scumbag|jerk|retard|asshole|bitch|cunt|dickhead|imbecile|fool|pig|liar|fraud|thief|parasite|trash|garbage)s?(?= )/g)) {
        hits.push({ from, to, reason: 'insult aimed at the reader' });
      }
    }
    // in a reply (mention), an insult word at the edge of a sentence is a vocative ("@x Pecora!", "Cùrati asina.")
    if (cues & MENTION_CUE) {
      const anyBit = settings.ambiguousWords ? ANY_BIT : STRONG_BIT;
      for (const s of sents) {
        // every candidate below must be an insult word: a sentence without one has no such vocative
        let lastAny = s.to - 1;
        while (lastAny >= s.from && !(info[lastAny].bits & anyBit)) lastAny--;
        if (lastAny < s.from) continue;
        // the first word after the mentions (and a capitalised name right after one: "@Lucia Bianchi cretina, …");
        // the name is read only while an insult word follows (else where the lead stops changes nothing)
        let lead = s.from;
        while (lead < s.to && (c.tokens[lead].kind === 'mention' || (lead > s.from && lead <= lastAny && c.tokens[lead - 1].kind === 'mention' && /^\p{Lu}\p{Ll}+$/u.test(comment.text.slice(c.tokens[lead].start, c.tokens[lead].end))))) lead++;
        // the candidates in this order, each once and inside the sentence (no array made per sentence)
        CAND[0] = s.from;
        CAND[1] = lead;
        CAND[2] = s.to - 1;
        CAND[3] = s.to - 2;
        for (let ci = 0; ci < 4; ci++) {
          const k = CAND[ci];
          if (k < s.from || k >= s.to || CAND.indexOf(k) < ci) continue;
          const w = c.tokens[k].text;
          if (!(info[k].bits & anyBit) || c.quoted[k] || negatedBefore(c, k, 2)) continue;
          // "Opera di V. Balena": a surname (the initial's full stop made it a sentence of its own)
          if (properNounAt(comment.text, c.tokens[k].start, c.tokens[k].end)) continue;
          const prev = k > 0 ? c.tokens[k - 1].text : '';
          // a vocative takes no determiner: "@x che carina questa civetta!" speaks of an animal
          if (SELF.has(prev) || ARTICLE_OR_PREP.test(prev) || DEMONSTRATIVE.has(prev) || (ADMIRING.has(prev) && ANIMAL_NOUNS.has(w))) continue;
          const strongWord = (info[k].bits & STRONG_BIT) !== 0;
          const next = nextChar(comment.text, c.tokens[k].end);
          // edge: first word after the mentions, or last word of the sentence
          const first = k === s.from || k === lead;
          const last = k === s.to - 1;
          const short = s.to - s.from <= 3;
          // ", zingara?" — set off by a comma at the end of the sentence: an address
          const commaBefore = k > s.from && c.tokens[k].gap.includes(',');
          const exclaimed = next === '!' || next === '' || short || (last && commaBefore);
          if (!strongWord && !exclaimed) continue;
          // "la seta non è lana grezza": a describing word right after another word describes it
          if (!strongWord && last && !first && !short && !commaBefore && !(info[k].bits & FIG_BIT)) continue;
          if (first || last) {
            hits.push({ from: k, to: k + 1, reason: 'insulto usato come appellativo' });
            break;
          }
        }
      }
    }
    // without a mention: an insult set off by a comma at either end of a sentence spoken to someone
    // ("Stai zitta, vacca!", "Oca, non hai capito niente")
    if (cues & SECOND_BIT || sents.some((s) => (info[s.from].bits & STRONG_BIT) !== 0)) {
      const anyBit = settings.ambiguousWords ? ANY_BIT : STRONG_BIT;
      for (const s of sents) {
        // only a sentence that starts or ends on an insult word can hold such a vocative
        if (!(info[s.to - 1].bits & anyBit) && !(info[s.from].bits & anyBit)) continue;
        if (s.to - s.from <= 2) {
          // "Vergognati. Vacca!" — a sentence that is only the word (and maybe "brutta"), exclaimed
          const k = s.to - 1;
          const bang = nextChar(comment.text, c.tokens[k].end) === '!';
          // not the answer to a question ("Che hai visto? Balena!")
          const answer = c.tokens[s.from].gap.includes('?');
          if (settings.ambiguousWords && bang && !answer && (info[k].bits & FIG_BIT) !== 0 && !c.quoted[k] && (k === s.from || EPITHET.has(c.tokens[s.from].text))) {
            hits.push({ from: s.from, to: s.to, reason: 'insulto usato come appellativo' });
          } else if (k > s.from && (info[s.from].bits & SECOND_BIT) !== 0 && c.tokens[k].gap.includes(',') && (info[k].bits & anyBit) !== 0 && !c.quoted[k]) {
            // "Vergognatevi, sciacalli!"
            hits.push({ from: k, to: k + 1, reason: 'insulto usato come appellativo' });
          }
          continue;
        }
        let second = false;
        for (let k = s.from; k < s.to; k++) if (info[k].bits & SECOND_BIT) second = true;
        // a strong insult opening the sentence, set off by a comma, is an address even without a second
        // person we can see ("Cretina, leggi il post": "leggi" is also a noun)
        // ("Idiota io, che ho pagato subito" speaks of oneself)
        if (!second && !((info[s.from].bits & STRONG_BIT) !== 0 && s.to - s.from >= 3 && !/^(?:io|me)$/.test(c.tokens[s.from + 1].text))) continue;
        const last = s.to - 1;
        const first = s.from;
        for (const k of [last, first]) {
          if (!(info[k].bits & anyBit) || c.quoted[k] || c.tokens[k].kind !== 'word') continue;
          const set = k === last ? c.tokens[k].gap.includes(',') : c.tokens[k + 1].gap.includes(',');
          if (!set || negatedBefore(c, k, 2) || exclamation(c, k)) continue;
          hits.push({ from: k, to: k + 1, reason: 'insulto usato come appellativo' });
          break;
        }
      }
    }
    if (!hits.length) return NO_FINDINGS;
    const evidence: Span[] = hits.map(({ from, to }) => ({ start: c.tokens[from].start, end: c.tokens[to - 1].end }));
    const f: Finding = {
      rule: 'insult',
      severity: 'medium',
      evidence,
      reason: firstTwoReasons(hits),
    };
    return [f];
  },
});

export default insult;

/** Tests only: the anchored matcher and what it stands for, and the word infos (by the trie, and as infoOf reads them). */
export const _anchoring = { MAIN, FIGS, INSULT_BIT, FIG_BIT, matchAll, wordInfo, infoOf };

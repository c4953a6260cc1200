// Hand-curated lexicon of Galateo (Italian first, English second).
// Weights: 1 = abusive wherever it appears; 0.5–0.9 = usually abusive; < 0.5 = only with context
// (the vulgarity rule flags weight >= its `minWeight`, 0.5 by default).
// Curation notes are in README.md; generated entries from public lists are merged in index.ts
// and always lose against an entry here.

export type LexCategory = 'vulgar' | 'blasphemy' | 'slur' | 'insult' | 'threat' | 'self-harm';

export interface CuratedEntry {
  term: string;
  category: LexCategory;
  weight: number;
}

const e = (category: LexCategory, weight: number, terms: string): CuratedEntry[] =>
  terms
    .split('|')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((term) => ({ term, category, weight }));

/** Inflect an Italian stem ending in o/a: "stronz" → stronzo, stronza, stronzi, stronze. */
const oaie = (stems: string) =>
  stems
    .split('|')
    .flatMap((s) => [`${s}o`, `${s}a`, `${s}i`, `${s}e`])
    .join('|');
/** Stems ending in -one: "coglion" → coglione, coglioni, cogliona, coglione. */
const onei = (stems: string) =>
  stems
    .split('|')
    .flatMap((s) => [`${s}e`, `${s}i`, `${s}a`])
    .join('|');

/**
 * Glued compounds of a verb and a vulgar noun ("leccamerda", "mangiacazzi", "cagacazzi"): Italian
 * builds them freely, so every pair is listed rather than the few the public lists happen to have.
 */
const VULGAR_COMPOUNDS = 'lecca|mangia|succhia|caga|caca|scassa|rompi|sputa|piscia'
  .split('|')
  .flatMap((v) => 'merda|merde|cazzi|cazzo|culo|culi|coglioni|minchia|sotto'.split('|').map((n) => v + n))
  // "-sotto" ("cagasotto", "pisciasotto") goes with the bodily verbs only
  .filter((w) => !/^(?:lecca|mangia|succhia|scassa|rompi|sputa)sotto$/.test(w))
  .join('|');

export const VULGAR_IT: CuratedEntry[] = [
  ...e('vulgar', 1, VULGAR_COMPOUNDS),
  ...e('vulgar', 1, `cazzo|cazzi|cazzata|cazzate|cazzone|cazzoni|cazzona|cazzuto|cazzuta|cazzuti|sticazzi|cazzaro|scassacazzi|rompicazzi|leccacazzi|che cazzo|col cazzo|del cazzo|ca**o|c@zzo`),
  ...e('vulgar', 1, `merda|merde|merdoso|merdosa|merdosi|merdose|merdata|merdate|merdaccia|merdina|merdone|merdona|di merda|pezzo di merda|pezzi di merda|faccia di merda`),
  ...e('vulgar', 1, `${oaie('stronz')}|stronzata|stronzate|stronzone|stronzoni|stronzetto|stronzetta`),
  ...e('vulgar', 1, `${onei('coglion')}|coglionata|coglionate|coglioncello|rompicoglioni|incoglionito|rincoglionito|rincoglionita|rincoglioniti|scoglionato|che due coglioni`),
  ...e('vulgar', 1, `minchia|minchiata|minchiate|minchione|minchioni|cacaminchia`),
  ...e('vulgar', 1, `vaffanculo|vaffangulo|affanculo|fanculo|fanculizzare|vaffa|va fanculo|vai a fare in culo|vai a fanculo|vai a cagare|vai a cacare|vai a farti fottere|andate a fanculo|andate a cagare|andate a farvi fottere`),
  ...e('vulgar', 1, `fottere|fottiti|fottetevi|fottuto|fottuta|fottuti|fottute|fottutissimo|fottutissima|fottutamente|fottersene|me ne fotto|farsi fottere|sfottere`),
  ...e('vulgar', 1, `puttana|puttane|puttanata|puttanate|puttaniere|puttanella|puttanone|puttanona|porca puttana|figlio di puttana|figli di puttana|figlia di puttana|figlie di puttana|porca troia|troia|troie|troione|troiona|troiata|mignotta|mignotte|figlio di mignotta|zoccola|zoccole|zoccolona|baldracca|bagascia|battona|sgualdrina|bocchinara|pompinara`),
  ...e('vulgar', 1, `bastardo|bastarda|bastardi|bastarde|bastardone|figlio di troia|figlio di un cane`),
  ...e('vulgar', 1, `inculare|inculata|inculato|inculati|pompino|pompini|sborra|sborrare|sborrata|sborrone|chiavare|chiavata|scopare|scopata|trombare|trombata|sega mentale|farsi una sega|segaiolo|segaioli|ditalino|leccaculo|leccaculi|leccapalle|cornuto di merda`),
  ...e('vulgar', 1, `fregna|fregnaccia|fregnacce|sorca|sticchio|nerchia|mortacci|li mortacci|mortacci tua|mortacci vostra`),
  ...e('vulgar', 0.9, `figa|fighe|fica|culo|culi|culona|culone|coglioni|palle mosce|rompipalle|rompiballe|rompere le palle|rompere il cazzo|che palle|che due palle|rottura di palle|rottura di coglioni|cagare|cacare|cagata|cagate|cacata|cagasotto|cacasotto|pisciare|piscio|scoreggia|scorreggia|incazzato|incazzata|incazzati|incazzate|incazzarsi|incazzare|incazzo|incazzatura|sputtanare|sputtanato|pirla|pirlata|cazzeggiare|cazzeggio|ciucciami|succhiamelo|succhiami`),
  ...e('vulgar', 0.4, `figata|figate|fighetto|fighetta|cavolata|porca vacca|porca miseria|porca paletta|porca zozza|chissenefrega`),
];

// Insults aimed at a person: the insult rule reads these with context (a target), never alone.
/** Insult words that are strong enough to be an insult on their own as a vocative ("coglione!"). */
export const STRONG_INSULTS = new Set(
  `idiota|idioti|idiote|cretino|cretina|cretini|cretine|imbecille|imbecilli|deficiente|deficienti|coglione|cogliona|coglioni|stronzo|stronza|stronzi|stronze|stronzetto|stronzetta|stronzone|stronzona|testa di cazzo|teste di cazzo|pezzo di merda|pezzi di merda|faccia da culo|faccia di culo|rincoglionito|rincoglionita|rincoglioniti|mentecatto|decerebrato|decerebrata|subnormale|ritardato|ritardata|mongoloide|pagliaccio|pagliacci|buffone|buffoni|cialtrone|cialtroni|verme|vermi|bastardo|bastarda|bastardi|bastarde|schifoso|schifosa|schifosi|schifose|lurido|lurida|luridi|luride|sfigato|sfigata|sfigati|sfigate|fallito|fallita|falliti|fallite|deficente|troglodita|psicopatico|squilibrato|squilibrata|infame|infami|vigliacco|vigliacca|vigliacchi|farabutto|farabutti|lecchino|lecchina|leccaculo|scemo|scema|scemi|sceme|somaro|somara|somari|demente|dementi|puttana|troia|zoccola|mignotta|bagascia|baldracca|sgualdrina|cornuto|cornuta|cornuti|figlio di puttana|figlio di troia|figlio di mignotta|figli di puttana|scemunito|scemunita|babbeo|babbea|ciarlatano|truffatore|truffatori|ladro|ladra|ladri|ladrone|sciacallo|sciacalli|parassita|parassiti|nullità|miserabile|miserabili`.split('|'),
);

/** Words that are insults only when clearly aimed at someone ("sei una vacca", "@x acida!"); innocent elsewhere. */
export const AMBIGUOUS_INSULTS = new Set(
  `feccia|spazzatura|sudiciume|disonesto|disonesta|disonesti|disoneste|analfabeta|analfabeti|analfabete|pezzente|pezzenti|morto di fame|morta di fame|morti di fame|nullita|squallido|squallida|squallidi|squallide|fannullone|fannullona|fannulloni|scansafatiche|troll|acida|acido|acide|acidi|asina|asino|asini|asine|balena|balene|cagna|cagne|cane|cani|cavalla|cavalle|cesso|cessi|civetta|civette|cortigiana|cortigiane|cozza|cozze|fogna|fogne|gallina|galline|grezza|grezzo|grezze|grezzi|lurida|lurido|luride|luridi|maiala|maiale|maiali|maiale|mucca|mucche|oca|oche|pecora|pecore|pecorone|strega|streghe|vacca|vacche|zingara|zingaro|zingari|zingare|porco|porca|porci|porche|bestia|bestie|animale|animali|serpe|serpente|vipera|vipere|scrofa|scrofe|troglodita|capra|capre|somaro|somara|verme|vermi|zecca|zecche|iena|iene|sciacallo|sciacalli|befana|megera|arpia|racchia|racchie|sporca|sporco|sporchi|sporche|grassa|grasso|grassona|grassone|cicciona|ciccione|brutta|brutto|brutte|brutti|ridicola|ridicolo|ridicoli|ridicole|patetica|patetico|patetici|patetiche|pazza|pazzo|pazzi|pazze|ignorante|ignoranti|incapace|incapaci|ladro|ladra|ladri|ladre|ladroni|buffone|buffoni|pagliaccio|pagliacci|vergognosa|vergognoso|vergognosi|vergognose|infame|infami|falsa|falso|falsi|false|bugiarda|bugiardo|bugiardi|bugiarde|ipocrita|ipocriti|fannullone|fannulloni|inetto|inetta|inetti|incompetente|incompetenti|mafioso|mafiosi|delinquente|delinquenti|criminale|criminali|truffatore|truffatori|venduto|venduti|servo|servi|schiavo|schiavi|montata|montato|viziata|viziato|lesbicona|frigida|isterica|isterico|isteriche|isterici|nana|nano|tappo|secchiona|secchione|ubriacona|ubriacone|drogata|drogato|stupida|stupido|stupidi|stupide|tonta|tonto|tonti|tonte|rozza|rozzo|rozzi|rozze|zotica|zotico|cafona|cafone|cafoni|burina|burino|bifolca|bifolco|vecchia|vecchio|rincitrullita|rimbambita|rimbambito|rimbambiti|rimbecillita|rimbecillito|babbea|babbeo|gnocca|puttanella|fetente|puzzolente|fallita|fallito|falliti|sfigata|sfigato|sfigati|miserabile|miserabili|meschina|meschino|povera|poveraccia|poveraccio|poveretta|zoccoletta|maialona|maialone|porcona|porcone|vaccona|ciuccia|oca giuliva|carogna|carogne|blatta|blatte|subumano|subumana|subumani|subumane|balenottera|bambola gonfiabile|bambole gonfiabili|bambola di plastica|gatta morta|gatte morte`.split('|'),
);

/**
 * Animals and things said of a person ("vacca", "balena", "cesso", "oca"): literal most of the time.
 * They become insults when the sentence treats them as a person or a quality: a degree word before
 * the bare noun ("più cagna", "super cozza"), "fare la civetta", a human verb or adjective
 * ("la mucca non parla più", "cavalla ignorante"). Singular and plural listed apart: a degree word
 * before a plural counts ("più mucche"), it does not qualify.
 */
export const FIGURATIVE_NOUNS_SG = new Set(
  `asina|balena|cagna|cavalla|cesso|cessa|civetta|cozza|fogna|gallina|maiala|mucca|oca|pecora|vacca|capra|scrofa|vipera|serpe|iena|zecca|somara|bestia|blatta|carogna|maialona|vaccona|porcona|balenottera`.split('|'),
);
export const FIGURATIVE_NOUNS_PL = new Set(
  `asine|balene|cagne|cavalle|cessi|civette|cozze|fogne|galline|mucche|oche|pecore|vacche|capre|scrofe|vipere|iene|zecche|somare|bestie|blatte|carogne`.split('|'),
);
/** Person nouns that are insults in themselves ("strega", "megera", "cortigiana"): a person, but a bad one. */
export const PEJORATIVE_PERSON_NOUNS = new Set(
  `strega|streghe|megera|megere|arpia|arpie|befana|racchia|racchie|cortigiana|cortigiane|zingara|troglodita|sgualdrina|baldracca`.split('|'),
);

/**
 * The describing words among the ambiguous insults: before a noun they describe it ("quella vecchia
 * casa", "una brutta notizia", "questa povera gente"), not a person. "malato" is not listed anywhere:
 * on an INPS page illness is a topic ("se sei malato devi mandare il certificato"), not an insult.
 */
export const ADJECTIVE_INSULTS = new Set(
  `acida|acido|acide|acidi|grezza|grezzo|grezze|grezzi|lurida|lurido|luride|luridi|sporca|sporco|sporchi|sporche|grassa|grasso|brutta|brutto|brutte|brutti|ridicola|ridicolo|ridicoli|ridicole|patetica|patetico|patetici|patetiche|pazza|pazzo|pazzi|pazze|vergognosa|vergognoso|vergognosi|vergognose|falsa|falso|falsi|false|stupida|stupido|stupidi|stupide|tonta|tonto|tonti|tonte|rozza|rozzo|rozzi|rozze|vecchia|vecchio|povera|meschina|meschino|montata|montato|viziata|viziato|frigida|isterica|isterico|isteriche|isterici|puzzolente|fetente|incapace|incapaci|ignorante|ignoranti|miserabile|miserabili|infame|infami`.split('|'),
);

/**
 * Words that put an animal, food, object or taste word back in its literal world when they share its
 * sentence ("quella mucca fa tanto latte", "la limonata è troppo acida", "lo sciacquone del cesso").
 */
export const LITERAL_CONTEXT = new Set(
  `latte|uova|uovo|stalla|stalle|fattoria|allevamento|allevamenti|allevatore|pascolo|pascoli|munta|mungere|mungitura|veterinario|veterinaria|macello|zoo|oceano|nuota|nuotano|nuotare|cucciolo|cuccioli|gregge|greggi|mandria|pollaio|fieno|recinto|mangime|bela|belano|muggisce|muggito|chioccia|cova|carne|brodo|ricetta|ricette|cucina|cucinare|forno|padella|sugo|pasta|spaghetti|vongole|impepata|formaggio|lana|avvistata|avvistato|avvistamento|cetaceo|cetacei|delfino|delfini|squalo|squali|acquario|piume|zampe|bagno|sciacquone|scarico|idraulico|water|fognatura|tombino|yogurt|limone|limoni|limonata|vino|sapore|stomaco|pioggia|panna|aceto|reflusso|pomodoro|succo|birra|suolo|batteri|caseificio|mozzarella|agricoltore|contadino|cavallo|cavalli|puledro|puledra|stallone|fantino|maneggio|sella|briglie|galoppo`.split('|'),
);
/** Nouns for people: a copula after one of them speaks of a person ("la tua amica è una vacca"). */
export const PERSON_NOUNS = new Set(
  `persona|donna|uomo|ragazza|ragazzo|tipa|tipo|tizia|tizio|amica|amico|moglie|marito|madre|padre|mamma|papa|sorella|fratello|figlia|figlio|cugina|cugino|zia|zio|nonna|nonno|suocera|suocero|vicina|vicino|collega|capo|capa|operatrice|operatore|impiegata|impiegato|direttrice|direttore|ministra|ministro|presidente|deputata|deputato|senatrice|senatore|giornalista|conduttrice|conduttore|concorrente|ex|fidanzata|fidanzato|compagna|compagno|signora|signore|dottoressa|dottore|professoressa|professore|maestra|maestro|insegnante|cognata|cognato|nuora|matrigna|segretaria|sindaca|sindaco|premier|leader|attrice|attore|cantante|influencer|femmina|maschio|bambina|bambino|figliola|sposa|amante|coinquilina|padrona|padrone|parente|gente|funzionaria|funzionario|addetta|addetto|dipendente|consulente|avvocata|avvocato|assistente|responsabile|dirigente|politica|politico|showgirl|velina|tronista|vippona|regina|protagonista|personaggio|ospite|vincitrice|vincitore|partecipante|inquilina|inquilino|studentessa|studente|alunna|allieva|cliente|utente|commessa|cassiera|badante|infermiera|infermiere|poliziotta|vigilessa|sportellista|nipote|erede|vedova|single|mamme|donne|ragazze|signore`.split('|'),
);

export const SLUR_IT: CuratedEntry[] = [
  ...e('slur', 1, `negro|negra|negri|negre|negraccio|negretto|negrone|negroni|sporco negro|frocio|froci|frocia|frocione|frocioni|frocetto|froscio|culattone|culattoni|culattona|ricchione|ricchioni|recchione|recchioni|arruso|arrusi|busone|busoni|bucaiolo|bucaioli|checca|checche|lesbicona|lesbicone|tranvione|tranvioni|mangiabanane|trans di merda|mongolo|mongoli|mongola|mongoloide|mongoloidi|handicappato|handicappata|handicappati|handicappate|ritardato mentale|ritardati mentali|spastico|spastici|vu cumpra|vu cumprà|vucumpra|beduino di merda|muso giallo|musi gialli|giudeo|giudei|giudea|sporco ebreo|sporchi ebrei|zingaraccio|zingaracci|zingaraccia|terrone|terroni|terrona|polentone|polentoni|scimmia negra|baluba|bingo bongo|negraccia|frociaggine|islamico di merda|islamici di merda|musulmano di merda|ebreo di merda|nigger|niggers|nigga|faggot|faggots|fag|dyke|tranny|retard|retards|spic|kike|chink|wetback|paki`),
  ...e('slur', 0.8, `travestito|travestiti|jihadista|jihadisti`),
  ...e('slur', 0.7, `ritardato|ritardata|ritardati|ritardate|cinghialone|marocchino di merda|albanese di merda|rumeno di merda|extracomunitario di merda|clandestino di merda`),
];

export const EN_VULGAR: CuratedEntry[] = [
  ...e('vulgar', 1, `fuck|fucks|fucked|fucker|fuckers|fucking|fuckin|motherfucker|motherfuckers|motherfucking|fuck you|fuck off|shit|shits|shitty|bullshit|horseshit|dipshit|shithead|bitch|bitches|bitchy|son of a bitch|asshole|assholes|arsehole|cunt|cunts|dickhead|dickheads|cock|cocksucker|wanker|wankers|twat|twats|bastard|bastards|slut|sluts|whore|whores|pussy|jackass|dumbass|piss off|pissed off|goddamn|goddammit|damn you|blowjob|handjob|dildo|jerk off|stfu|wtf|fml|milf`),
];

export const EN_INSULT: CuratedEntry[] = [
  ...e('insult', 1, `idiot|idiots|moron|morons|imbecile|imbeciles|stupid|dumb|loser|losers|scumbag|scumbags|jerk|jerks|retard|retarded|clown|clowns|pathetic|worthless|useless|trash|garbage|scum|freak|creep|pig|pigs|coward|liar|liars|fraud|crook|crooks|thief|thieves|parasite|parasites|vermin|subhuman`),
];

/** Words and names that look like bad words or appear in public bad-word lists but are innocent. */
export const ALLOWLIST: string[] = `regina|regine|venire|vengo|vieni|viene|veniamo|venite|vengono|venuto|venuta|fico|fichi|fichetto|uccello|uccelli|uccellino|cazzuola|cazzuole|battere|batto|batte|battiamo|balle|balla|pesce|pesci|fava|fave|passera|passero|gnocco|gnocchi|gnocca di patate|cozza|cozze|vacca|vacche|mucca|mucche|cagna|gallina|galline|oca|oche|pecora|pecore|civetta|porco|porci|porca|maiale|maiali|cesso|cessi|scemo|scema|dio|dei|madonna|madonne|cristo|gesu|gesù|signore|santo|santa|palle|palla|sega|seghe|segare|pompa|pompe|tirare|tira|montare|monta|sbattere|bagnarsi|biga|pisello|piselli|patacca|mona|quaglia|spagnola|nave scuola|topa|topo|loffa|fregare|fregatura|fottio|chiappa|zinne|piscina|finocchio|finocchi|finocchietto|pippo|vangare|bocchino|pomiciare|cavolo|cavoli|accidenti|mannaggia|caspita|perbacco|cacchio|azz|orco|capperi|minchietta|ass|anal|analisi|assegno|classe|cassa|passo|basso|tasso|grasso|stronzio|cazzaniga|cazzola|troiani|culotta|merdaniga|figo|scopa|scopo|scopi|scoperto|scopata di neve|fessura|fesso|negroni|negro amaro|negroamaro|pirlo|fighetti|culle|culla|culo di bicchiere|coglia|ficus|fico d'india|troiano|troiana|mignon|zoccolo|zoccoli|puttanesca|alla puttanesca|spaghetti alla puttanesca|budino|budello|budella|cazzeggio|pene|pena|pene detentive|vagina|seno|sesso|sessuale|orgasmo|sex|sexy|hell|god|jesus|zingaro|zingara|zingari|zingare`.split('|');

/** Entries of the public source lists dropped as noise (innocent, too mild, or only abusive in context). */
export const SOURCE_NOISE: string[] = `formaggio|brutalita|canne|canna|scopa|pesce|fava|quaglia|spagnola|nave scuola|biga|monta|montare|tirare|bagnarsi|battere|sbattere|sbattersi|rizzarsi|vangare|pincare|pomiciare|goldone|guardone|cadavere|cacca|pipi|pisello|patacca|pistolotto|lofare|loffa|loffare|ruffiano|lecchino|femminuccia|casci|fracicone|ciospo|cozza|vacca|porco|porca|cesso|scemo|dio|madonna|cristo|gesu|maronna|pippa|pippone|palle|palloso|boiata|mannaggia|sega|pompa|fottio|bordello|ammucchiata|arrapato|assatanato|chiappa|tette|zinne|topa|mona|fregare|fregato|schifoso|secchiona|sfigata|sfigate|oddio|chissenefrega|col cavolo|cavolo|budella|orgia|ninfomania|superdotate|crucco|crucca|ciccioni|grulla|montano|zingari|bonazza|sculato|sculate|peni|pene|sei duro come il muro|sei pazzo|sei pazza|sei impazzito|sei impazzita|sei diventato pazzo|sei diventato pazza|ti sei bevuto|castronaggine|castronerie|vai a quel paese|che cavolo|sfondato|sfondate|sesso|scappellate|pedofilo|stupido|stupida|sei stupido|cagna|pesce|picio|ciucciata|bernarda|maronna|gesu|incazzare|dio fa|dio santo|ficata|ficate|dio poj|dio povero|cazzo si`.split('|');

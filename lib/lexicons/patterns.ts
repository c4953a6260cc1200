// Context vocabulary for the abuse rules, as regular-expression sources over the canonical text
// of lib/text/canon.ts (folded, no accents: "è" is "e"; words separated by single spaces,
// sentence breaks " . ", commas " , "). Written from the policy (seeds 001/003/002), not from
// the evaluation sentences: the point is to recognise the *structure* (group + derogation,
// speaker + violent intent, target + insult) rather than a list of phrases.

const alt = (s: string) => `(?:${s.trim().replace(/\s*\n\s*/g, '|')})`;

/** Protected groups (origin, religion, gender, sexual orientation, disability), plural and singular. */
export const GROUP = alt(`persone di colore|persona di colore|gente di colore|uomini di colore|donne di colore
neri|nere|africani|africane|africano|africana|nordafricani|magrebini|immigrati|immigrate|immigrato|immigrata|migranti|migrante
stranieri|straniere|straniero|straniera|extracomunitari|extracomunitarie|extracomunitario|extracomunitaria|profughi|profugo|profughe
rifugiati|rifugiato|rifugiate|richiedenti asilo|clandestini|clandestino|clandestine|rom|zingari|zingaro|zingare|zingara|nomadi|sinti
ebrei|ebreo|ebrea|ebree|musulmani|musulmano|musulmana|musulmane|mussulmani|islamici|islamico|islamica|islamiche|arabi|arabo|araba|arabe
cinesi|asiatici|terroni|terrone|meridionali|marocchini|albanesi|rumeni|romeni|nigeriani|senegalesi|pakistani|bengalesi|indiani|ucraini|slavi
gay|omosessuali|omosessuale|lesbiche|lesbica|trans|transessuali|transessuale|transgender|bisessuali|bisessuale|lgbt|lgbtq|lgbtqia|queer
froci|frocio|ricchioni|culattoni|travestiti|travestito|donne|donna|femmine|ragazze|mogli|femministe
disabili|disabile|handicappati|handicappato|handicappate|handicappata|invalidi|autistici|autistiche|persone con disabilita|ciechi|sordi|down|mongoloidi|ritardati|ritardate
negri|negro|negra|negre|jihadisti|jihadista|mangiabanane`);

/** Stems of derogatory adjectives/nouns said of a group or person. */
export const DEROG = alt(`scimmion\\w*|disgustos\\w*|schifos\\w*|ripugnant\\w*|spregevol\\w*|stupid\\w*|idiot\\w*|ignorant\\w*|violent[ie]|crudel\\w*
criminal\\w*|delinquent\\w*|ladr[oiae]|ladroni|stuprator\\w*|terrorist\\w*|disonest\\w*|pigr[oiae]|inutil\\w*|sporc[oaih]\\w*|sudic\\w*|lurid\\w*
puzzolent\\w*|pericolos\\w*|viscid\\w*|malat[oiae]|pervertit\\w*|degenerat\\w*|deviat[oiae]|mostri|bastard\\w*|merdos\\w*|bugiard\\w*
incivil\\w*|barbar[oiae]|selvagg\\w*|primitiv\\w*|arretrat\\w*|irritant\\w*|insopportabil\\w*|odios\\w*|orribil\\w*|maledett\\w*|infam\\w*
codard\\w*|ipocrit\\w*|stronz\\w*|coglion\\w*|cretin\\w*|deficient\\w*|imbecill\\w*|teste di cazzo|testa di cazzo|buoni a nulla|indegn\\w*
peggior\\w*|feccia|spazzatura|immondizi\\w*|rifiut[oi]|parassit\\w*|animali|bestie|scimmie|scimmia|topi|ratti|vermi|scarafagg\\w*|insetti
pidocchi|zecche|cancro|piaga|peste|malattia|virus|infezione|spreco di spazio|spreco di ossigeno|subuman\\w*|inferior\\w*|esseri inferiori
escrementi|letame|merda|merde|sterco|fogna|schifezza|fetent\\w*|marci|marce|disgrazia|minaccia|invasori|feccia umana|spazzatura umana
rifiuti umani|scarti|scarto|disuman\\w*|un pericolo|abomin\\w*|aberrant\\w*|innaturali|contro natura|malati di mente|squilibrat\\w*|psicopatic\\w*|mentecatt\\w*
vergogn\\w* per|peso per la societa|un peso|buoni solo|non valgono|valgono meno|senza valore|non hanno valore|non servono a niente`);

/** Negative emotions declared towards someone ("odio", "mi fanno schifo"). */
export const EMOTE_BEFORE = alt(`odio|odiamo|detesto|detestiamo|disprezzo|disprezziamo|aborro|aborriamo|schifo
non sopporto|non sopportiamo|non tollero|non reggo|non posso sopportare|non riesco a sopportare|non posso tollerare
stufo di|stufa di|stufi di|stufe di|stanco di|stanca di|stanchi di|ne ho abbastanza di|ne ho piene le palle di|mi hanno stufato
mi fanno schifo|mi fanno vomitare|mi disgustano|mi ripugnano|mi fanno ribrezzo|mi fanno orrore|mi fanno infuriare
mi fanno incazzare|mi fanno rabbia|mi irritano|mi riempiono di rabbia|mi danno il voltastomaco|mi fa schifo|mi disgusta
mi fa vomitare|mi ripugna|mi fa infuriare|mi fa incazzare|disgustato da|disgustata da|disgustati da|nauseato da|nauseata da
il disprezzo|l odio|il disgusto|il ribrezzo|l astio|astio|rancore|la repulsione|il mio odio|il mio disprezzo|disprezzo totale|odio profondo
ho scarsa considerazione di|ho poca considerazione di|non ho alcuna considerazione per|non ho rispetto per|non ho nessun rispetto per|provo solo disprezzo per|provo disgusto per`);

export const EMOTE_AFTER = alt(`mi fanno schifo|mi fanno vomitare|mi disgustano|mi ripugnano|mi fanno ribrezzo|mi fanno orrore
mi fanno infuriare|mi fanno incazzare|mi fanno rabbia|mi irritano|mi riempiono di rabbia|mi fa schifo|mi disgusta|mi fa vomitare
mi ripugna|mi fa infuriare|mi fa incazzare|fanno schifo|fa schifo|fanno vomitare|li odio|le odio|li detesto|le detesto|li disprezzo|le disprezzo`);

/** Verbs of elimination and exclusion (hate even without explicit violence). */
export const ELIMINATE = alt(`eliminar\\w*|sterminar\\w*|stermin[io]|sbarazz\\w*|liberarci|liberarsi|liberiamoci|cacciar\\w*|cacciamo|cacciateli
deportar\\w*|deport[oi]|rimpatriar\\w*|espeller\\w*|espelliamo|annientar\\w*|debellar\\w*|debellat\\w*|sopprimer\\w*|estirpar\\w*
cancellar\\w* dalla faccia della terra|ripulire|ripulir\\w*|bonificare|rinchiuder\\w*|chiuderli|segregar\\w*|castrar\\w*|sterilizzar\\w*`);

/** Normative or predicative structures that wish harm or exclusion on a group. */
export const SHOULD = alt(`dovrebbero|devono|vanno|meritano|andrebbero|dovrebbe|deve|merita|meriterebbero|andrebbe|bisognerebbe|bisogna|occorre|sarebbe giusto|sarebbe meglio`);
export const HARM_OUTCOME = alt(`stare negli zoo|stare in gabbia|in gabbia|negli zoo|nello zoo|allo zoo|eliminat\\w*|sterminat\\w*|rinchius\\w*|deportat\\w*|cacciat\\w*|rimpatriat\\w*|espuls\\w*
bruciat\\w*|impiccat\\w*|fucilat\\w*|uccis\\w*|ammazzat\\w*|gasat\\w*|castrat\\w*|sterilizzat\\w*|soffrire|morire|morti|mort[ae]|sparire|estint\\w*|annientat\\w*
cancellat\\w*|debellat\\w*|internat\\w*|segregat\\w*|schiav\\w*|lavori forzati|campi di concentramento|nei forni|nel forno|nelle camere a gas|tornare a casa loro
tornarsene a casa loro|tornare al loro paese|andarsene|tornino a casa loro|tornino al loro paese|tornino nel loro paese|tornassero a casa loro|tornassero al loro paese|se ne tornino|se ne tornassero|stare in cucina|tornare in cucina|restino in cucina|stiano in cucina|tornino in cucina|stare ai fornelli|tornare ai fornelli|stare a casa , non a lavorare|stare a casa e non lavorare|stare a casa invece di lavorare|essere trattat\\w* come animali|essere picchiat\\w*|essere stuprat\\w*|essere condannat\\w* a morte|giustiziat\\w*`);

/** Extra negative terms for the generic group + negative co-occurrence check. */
export const NEG_EXTRA = alt(`rubano|rubare|rubate|ci rubano|fanculo|vaffanculo|affanculo|fa arrabbiare|fanno arrabbiare|fa infuriare|fanno infuriare|fa imbestialire|fanno imbestialire|patetic\\w*|ridicol\\w*|rovin\\w*|distrugg\\w*|distrutt\\w*|schifo|disgust\\w*|ribrezzo|orrore|rivoltant\\w*|scem[oaie]|odio|odiamo|detesto|disprezz\\w*|discarica|zoo|gabbia|gabbie|scarsa considerazione|poca considerazione|nause\\w*|vomit\\w*|irritant\\w*|insopportabil\\w*|inaccettabil\\w*|ossessionat\\w*|pestilenz\\w*|sudiciume|immondo|immonde|immondi|vergogna|detestabil\\w*|odios\\w*|abominevol\\w*|ributtant\\w*|nauseant\\w*|repellent\\w*|intollerabil\\w*|indesiderat\\w*|non graditi|non gradite|fuori dai coglioni|fuori dalle palle|farsi fottere|fottetevi|fottersi|a casa loro|tornatevene|tornassero|andassero via|soffr\\w*|crepare|crepino|morissero|morire|morti|debellat\\w*|sbarazz\\w*|eliminat\\w*|sterminat\\w*|estint\\w*|teste di cazzo|figli di puttana|coglion\\w*|stronz\\w*|bastard\\w*|merd\\w*|fottut\\w*|fanno incazzare|fa incazzare|rompere il cazzo|rompono il cazzo|rompe il cazzo|rompere le palle|rompono le palle`);

/** Negated-positive statements that are derogatory ("non sono nostri pari", "non appartengono qui"). */
export const NEG_POSITIVE = alt(`non sono (?:nostri pari|umani|esseri umani|persone|veri \\w+|uguali a noi|come noi|normali|italiani)
non appartengono|non appartiene|non hanno posto|non sono i benvenuti|non sono benvenuti|non meritano (?:di vivere|rispetto|niente|nulla|diritti|alcun)
non valgono (?:niente|nulla|un cazzo|zero)|non hanno (?:alcun )?valore|non contano (?:niente|nulla)|non potra mai essere|non potranno mai essere
non saranno mai|non sara mai|non dovrebbero (?:esistere|vivere|avere (?:diritti|figli)|votare|lavorare)|non alzerei un dito|non muoverei un dito
non sono mai (?:attraenti|intelligenti|affidabili|onesti|oneste|capaci)|non vale la pena (?:proteggere|salvare|aiutare|difendere|rispettare)|non (?:dovrebbero|dovrebbe) essere (?:importanti|important\\w*|rispettat\\w*|protett\\w*|tollerat\\w*)|non (?:dovrebbero|dovrebbe|devono|deve) (?:importare|contare)|non sono meglio (?:dei|delle|degli|di)|permettere a (?:\\S+ )?(?:nessun\\w* )?(?:\\S+ )?di (?:vivere|esistere)`);

/** Reporting or counter-speech cues: the speaker is quoting or condemning abuse, not using it. */
export const REPORTING = alt(`dici|dice|dicono|dite|diciamo|detto|dicendo|dire|scrivi|scrive|scrivono|scrivete|scritto|scrivendo|scrivere
chiami|chiama|chiamano|chiamate|chiamare|chiamarli|chiamarle|chiamandoli|chiamarla|chiamarlo|e stato chiamato|e stata chiamata|sono stati chiamati|sono state chiamate|viene chiamato|viene chiamata|vengono chiamati|vengono chiamate|dare del|dare della|dare dei|dargli del|darle della
minacciare|minacciano|minaccia di|minacci di|minacciato di|chiedono|chiede|chiedere|invocano|invoca|invocare|augurano|inneggiano|inneggia|predicano|promuovono|diffondono|incitano|incita|insultare|insultano|insulta|urlare|urlano|gridare|gridano|ripetere|ripetono|sostenere che|sostengono che|pensano che|credono che|affermare che|affermano che`);
export const COUNTER_NOUN = alt(`razzist\\w*|razzismo|omofob\\w*|transfob\\w*|sessist\\w*|sessismo|misogin\\w*|bigott\\w*|discriminazion\\w*|discriminatori\\w*|intolleran\\w*|islamofob\\w*|antisemit\\w*|xenofob\\w*|abilis\\w*`);
export const CONDEMN = alt(`denunciare|denunciamo|denuncio|denunciate|condannare|condanno|condanniamo|contrastare|combattere|combattiamo|opporci|opporsi|respingere|respingiamo|segnalare|segnalate|inaccettabil\\w*|vergognos\\w*|orribil\\w*|disgustos\\w*|triste|tristi|schifo|bloccat\\w*|blocchero|bloccher\\w*|verranno bloccat\\w*|smettila|smettetela|smettere|smetti|basta con|non e accettabile|non si dice|non si deve|non si fa`);

/** Human targets of violence: clitic pronouns, people nouns, staff, groups. */
export const PERSON = alt(`te|voi|lui|lei|loro|tutti|tutte|tutti voi|gente|persone|persona|qualcuno|chiunque
impiegat\\w*|operator\\w*|dipendent\\w*|funzionari\\w*|dirigent\\w*|direttor\\w*|president\\w*|ministr\\w*|politic\\w*|moderator\\w*|admin|addett\\w*|personale
figli|figlio|figlia|moglie|marito|famiglia|famiglie|bambini|vicini|vicino|capo|sindaco|medico|medici|infermier\\w*|poliziott\\w*|carabinier\\w*`);

/** Violence verbs (infinitive or any person), for threat detection. */
export const VIOLENCE = alt(`pugnal\\w*|uccid\\w*|uccis\\w*|uccider\\w*|ammazz\\w*|sparar\\w*|sparer\\w*|sparo|sparo a|spariamo|accoltell\\w*|sgozz\\w*|scann\\w*|strangol\\w*|impicc\\w*
fucil\\w*|picchi\\w*|mener\\w*|menare|massacr\\w*|tortur\\w*|stupr\\w*|gambizz\\w*|decapit\\w*|annegar\\w*|annegh\\w*|annegass\\w*|affog\\w*|gasar\\w*|linci\\w*
stermin\\w*|pestar\\w*|pester\\w*|pesto|pestiamo|bastonar\\w*|bastoner\\w*|prendere a (?:calci|pugni|schiaffi|bastonate|sprangate)|prender\\w* a (?:calci|pugni|schiaffi|bastonate|sprangate)
spaccar\\w* (?:la faccia|la testa|le gambe|le ossa|il culo|il muso)|spacco (?:la faccia|la testa|le gambe|le ossa|il culo|il muso)|spacchero\\w*
rompo (?:la faccia|la testa|le gambe|le ossa|il culo|il collo)|romper\\w* (?:la faccia|la testa|le gambe|le ossa|il culo|il collo)|spezzar\\w* (?:il collo|le gambe|le ossa)|spezzer\\w* (?:il collo|le gambe|le ossa)
tagli\\w* (?:la gola|le gole|la testa|le teste|la lingua|le mani)|far fuori|fare fuori|faccio fuori|facciamo fuori|fatto fuori|fargli la pelle|fargliela pagare
la pagherai|la pagherete|la pagheranno|ve la faccio pagare|te la faccio pagare|gliela faccio pagare|dare fuoco|dar fuoco|diamo fuoco|do fuoco|darei fuoco|daremmo fuoco|daro fuoco|daremo fuoco|incendiar\\w*|bruciar\\w*|brucer\\w*|bruciamo
far saltare|faro saltare|mettere una bomba|metto una bomba|una bomba|far esplodere|far soffrire|faro soffrire|faremo soffrire|faro pentire|faremo pentire|violenter\\w*|violentar\\w*|fare del male|far del male|farvi del male|farti del male|fargli del male`);

/** Idioms with violent words that are not threats. */
export const VIOLENCE_IDIOM = alt(`ammazzare il tempo|uccidere il tempo|ammazza che|ammazza oh|ammazzate di lavoro|ammazzo dalle risate|ammazzo dal ridere|ammazzarmi di lavoro|ammazzata di lavoro|ammazzato di lavoro
sparare cazzate|sparano cazzate|spari cazzate|sparate cazzate|sparare cavolate|sparano cavolate|spararle grosse|sparata|sparando cazzate|sparar\\w* (?:sentenze|numeri|balle|stronzate)
bruciare le tappe|bruciato le tappe|bruciare i tempi|bruciata la|brucia la pelle|mi brucia|bruciare i soldi|bruciati i soldi|bruciare risparmi|ti ammazzo di baci|da morire|ammazza quanto|mi uccide il caldo|il caldo mi uccide
ci stanno ammazzando|ci state ammazzando|ci ammazzano di tasse|ammazzati di tasse|ammazzano di tasse|uccidete le famiglie|state uccidendo|sta uccidendo|stanno uccidendo|ci uccidete|ci ammazzate|ci state massacrando|massacrati di tasse|massacrat\\w* dalla burocrazia
pestare i piedi|pestato i piedi|picchia il sole|picchiare in testa`);

/** First person, future or intent markers for threats. */
export const INTENT = alt(`voglio|vorrei|ho (?:davvero |proprio |veramente |tutta l |seriamente )?intenzione di|faro in modo di|faremo in modo di|ho voglia di|vado a|vengo a|verro a|veniamo a|verremo a|sto per|stiamo per|giuro che|prima o poi|un giorno|appena (?:ti|vi) (?:vedo|trovo|becco|incontro)|se (?:ti|vi) (?:vedo|trovo|becco|incontro)|ti giuro|vi giuro|te lo giuro|ve lo giuro|la prossima volta`);
export const NORMATIVE = alt(`qualcuno dovrebbe|qualcuno deve|bisognerebbe|bisogna|si dovrebbe|si dovrebbero|dovremmo|dobbiamo|andrebbero|andrebbe|vanno|meritano di|merita di|meriterebbero di|sarebbe meglio se|sarebbe bello se|sarebbe giusto|se solo qualcuno|spero che qualcuno|e nell interesse di tutti|l unica soluzione|e l unica soluzione|unica soluzione e|e ora di|e tempo di|facciamo|prendiamo|andiamo a`);
export const DEATH_WISH = alt(`a morte|morte a|morte ai|morte alle|morte agli|devi morire|dovete morire|devono morire|dovresti morire|dovreste morire|spero che (?:tu )?(?:muoia|crepi|muoiate|crepiate|muoiano|crepino|morite|tu muoia)|vi auguro di morire|ti auguro di morire|crepate tutti|che tu possa morire|che possiate morire|meritano di morire|meriti di morire|meritate di morire|si meritano di morire|ti meriti di morire|vi meritate di morire|meritate di soffrire|meritano di soffrire|meriti di soffrire|si meritano di soffrire|vi meritate di soffrire|annegassero|morissero|crepassero|sparissero|strangolasse|uccidesse|ammazzasse|sparasse|bruciasse|massacrasse
(?:dovrebbe|dovrebbero|dovresti|dovreste|deve|devono|merita di|meritano di|meriti di|meritate di) essere (?:uccis[oaie]|giustiziat[oaie]|impiccat[oaie]|fucilat[oaie]|linciat[oaie]|ammazzat[oaie]|torturat[oaie]|sgozzat[oaie]|decapitat[oaie]|bruciat[oaie] viv[oaie]|mess[oaie] al rogo)
(?:mi piacerebbe|vorrei|voglio|spero di|godrei a|godrei nel) (?:vederl[oaie]|vederti|vedervi) (?:soffrire|morire|crepare|bruciare|in una bara|all inferno)`);

/** Self-harm and suicide signals (crisis). Ordered strong → weaker. */
export const CRISIS_STRONG = alt(`mi tolgo la vita|togliermi la vita|mi togliero la vita|tolgo la vita|toglier\\w* la vita|mi voglio togliere la vita|voglio togliermi la vita
mi suicido|suicidarmi|mi suicidero|mi sono voluto suicidare|pensieri suicid\\w*|idee suicid\\w*|tendenze suicid\\w*|penso al suicidio|pensando al suicidio|pensato al suicidio|tentato il suicidio|voglio suicidarmi|il suicidio e l unica|l unica soluzione e il suicidio|suicid\\w* e l unica
la faccio finita|la faro finita|farla finita|falla finita con la vita|la facciamo finita|la fara finita|voglio morire|vorrei morire|voglio solo morire|vorrei solo morire|preferisco morire|preferirei morire|meglio morire|meglio la morte|vorrei essere morto|vorrei essere morta|vorrei non essere mai nato|vorrei non essere mai nata|vorrei sparire per sempre|voglio sparire per sempre
non voglio piu vivere|non voglio vivere|non ho piu voglia di vivere|non ho voglia di vivere|non ce la faccio piu a vivere|non ce la faccio a vivere|non ha piu senso vivere|non ha senso vivere|non ho piu motivo di vivere|non ho (?:piu )?(?:nessun )?(?:motivo|motivi) (?:di|per) vivere|nessun motivo per vivere|non vale la pena vivere|non vale piu la pena di vivere|sono stanc[oa] di vivere|stanc[oa] di vivere|stanchi di vivere|non svegliarmi piu|non risvegliarmi piu|addormentarmi per sempre|nessuno sentirebbe la mia mancanza|nessuno sentira la mia mancanza|nessuno sentirebbe la nostra mancanza
mi butto (?:sotto un treno|sotto il treno|dal ponte|da un ponte|dalla finestra|dal balcone|dal terrazzo|giu)|buttarmi (?:sotto un treno|dal ponte|da un ponte|dalla finestra|dal balcone|giu)|mi lancio dal|mi impicco|impiccarmi|mi sparo|spararmi|mi taglio le vene|tagliarmi le vene
mi uccido|uccidermi|mi ammazzo|ammazzarmi|lasciarmi morire|mi lascio morire|gesto estremo|gesti estremi|lettera d addio|scritto il mio addio|addio a tutti per sempre|non mi vedrete piu|non mi rivedrete piu|i miei figli senza (?:di )?me`);
export const CRISIS_DISTRESS = alt(`non ce la faccio piu|non ce la faccio proprio piu|non so piu come andare avanti|non so come andare avanti|non riesco piu ad andare avanti|non riesco a andare avanti|sono alla disperazione|sono disperat\\w*|sono al limite|sono allo stremo|e finita per me|per me e finita|non ho piu niente|non mi resta niente|non mi resta piu niente|non ho piu nulla|la vita non ha senso|la mia vita non ha senso|ho perso tutto|non ho via d uscita|senza via d uscita|non vedo via d uscita`);
/** Idioms that look like crisis signals but are not ("sto morendo dal ridere"). */
export const CRISIS_IDIOM = alt(`morendo dal ridere|muoio dal ridere|morto dal ridere|morta dal ridere|morti dal ridere|muoio dalle risate|morire dal ridere|ammazzo dalle risate|ammazzo dal ridere|uccido dalle risate|pisciato addosso dal ridere
muoio di fame|muoio di sonno|muoio di caldo|muoio di freddo|muoio di noia|muoio dalla voglia|morendo di fame|morendo di caldo|morendo di freddo|morendo di noia|morendo di sonno|morire di fame|morire di noia|morire di caldo|morire di freddo
da morire|mi ammazzo di lavoro|ammazzo di lavoro|ammazzarmi di lavoro|mi ammazzo di fatica|voglio morire dal ridere|vorrei morire dal ridere|(?:meglio|preferirei|preferisco) morire (?:piuttosto )?che(?! vivere| continuare| andare avanti| stare cosi| restare cosi| soffrire)|farla finita con (?:questa|questo|la|il|lo|le|i|gli|voi|l inps|inps|sta|sto)|la (?:faccio|faro) finita con (?:questa|questo|la|il|lo|le|i|gli|voi|l inps|inps|sta|sto)|falla finita|fatela finita|fatevela finita|la fate finita|la fai finita|farla finita una volta per tutte con`);

// English (comments in English on the migrants' and the institute's pages): a small, separate
// vocabulary; the rules read it only when the comment is guessed English.
/** Protected groups in English. */
export const EN_GROUP = alt(`immigrants|migrants|foreigners|refugees|asylum seekers|muslims|moslems|jews|blacks|black people|gays|gay people|homosexuals
lesbians|trans people|transgender people|transgenders|trannies|women|females|disabled people|the disabled|cripples|gypsies|roma people|africans|arabs`);
/** Dehumanising or derogatory predicates in English. */
export const EN_DEROG = alt(`animals|parasites|vermin|rats|cockroaches|trash|garbage|scum|filth|subhuman|savages|criminals|rapists|terrorists|thieves
disgusting|inferior|a disease|a plague|a cancer|cancer|worthless|dirty|pigs|monkeys|apes|a burden|useless`);

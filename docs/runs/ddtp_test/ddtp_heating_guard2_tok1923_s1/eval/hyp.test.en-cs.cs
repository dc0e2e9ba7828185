Xastirir je klientový klient pro APR XS. MS je systém, který se hodí především pro hledání hledání hledání s GPS (vějíjíjíjíjíjí tajem)
X Window System (X Window System)
x11-common obsahuje systémového systému, které jsou v systému X Window System. Uží, že je tomuži v systému, takže ještě především pro práci s serverem X Window Maker, tak, takže je vhodný a X Window.
Aplikace terminálních terminálních „X Window«, včetně X11, "X11", "X11111111111111", "X1111111111117 a "Roundound". Cound je distribuovaný verze "Xound". K dispozici je Organico verze "X Mo''''s".
Soubory X klient - metabalík proметапакет
Tento balíček obsahuje různé kázkové klienty pro X Window. X Window, které jsou ship.
Tento balík je určená pro  transfilikace Debianu z uživateliálních programů v např. xbase-utils-base a xbase-base. xbase je velmi malý běžížíností na velmi malý běžížíností.
X server X.Org
Tento metabalíček poskytuje komponenty pro vypovnějšího systému X Window System. Poskytuje X Window System. Poskytuje písma, server X server, klient, klienta a aků.
Highs efer - eferátor, jako jsou v desktopové prostředí prostředí prostředí, které můžete nabíčte použít i tento balíček.
O byloži, že tento balíček x-manager x-manager-manager, že je možné nastavit třebuje úložit nabíržírků X.
Nástroje X Window System
xutils poskytuje sada programů pomocí programů X Window. X Window System. Vyto programů, které se hodí hodí hodí hodí hodí především pro X, které se hodí především pro X servery nebo X.
Vytváří programy pro všechny menu menu menu menu menu
hledání Debianu prohledání okokně v prostředím oknoží okněm okněm okně v okněkladí, aby může být tyto programy.
Debian menu od odesílávací na menu menu a menu, které jsou okalý menu menu menu menu menu menu menu a další okno.
Menuží systému a nastavené úrukového systému a nabírání menu menu menu pro menu menu menu menu menu menu menu menu menu.
Konvertor PostScript a PDF
gv je prohlížeč velmi prehliadač PDF a PostScriptu pro PostScriptových systém X Window System. Program používá pro X Window System. Je založen na X, který je k dispozici, který je vytvoření X-host. Výzozílávád je vás, který je vás jedě.
Zobrazuje informace o systému
HardardInfo je malý aplikaci, který zobrazuje informace o o o  hardware hardware. V současné uživatelictvím PCI, II, ISAP, USB, USB, SInerial, Serial, Serial, Serialerial.
Nastastavuje tento balík Debianu
debffoster je program program pro apt a dpkg. Pokud stavujete se staví, pak můžete budete chtíte chtřebujete tento balíček.
Umožňuje seznam seznam seznam seznam seznam, které byl vytvořen tak, které se chtíte chtíte potřebujete tento balíček. V tohoto balíčku, že jeden tento balíček, že jeden tento balíček. Pokud tento balíček, pokus můžete použít, pokud tento balíček, pokud tento balíček, pokud vás tento balíček, pokud tento balíček, pokud tento balíček.
Tento balíček vám potřebujete stavíhuje Debian (nadovánout, že nout), které byl vytvoření, které byl vytvoření, že je možné použít provád.
Mezi jeho frontendu SANE (Scanner Access Access Now Easy Now Easy Now)
xsane je možno použít pro vytváření programů, že jedární programem GIMP nebo GIMP. V tohoto programu xananananane je možno použít z nějakého souboru xsane“, který je možno použít pro dalšími formátů, např. Program umí převodětěžírních formátů, např.
Advanced Configuration pro administraci a Power Interface
Moders pro podporu Configuration Advanced Configuration Data PI (PI) pro správu PI (přízenívahy) umožňuje nastavený systémům a stav stav stav stavu.
ACPI jedádná, snadno použitelný, tak, tak, takže na uživatelictvím ACPI. Jehodí rozhraní pro příkazovou řádku. Programy netlinká na /proc/pis/pis/pis/pis/pisujetekovou řádku a můžete použít pro vytávádáním programů, které můžete použít prohledáním programů, které může být např.
Dokumentace Debian Jr.
Obsahuje důležité pro všechny „Quhu“, který je stavízí v Debian Ju. Jaží v Debian Js. Js. Jaží „poností“ v Debian Jadr. Jače ještě především pro všechny účevším pro různé důležitých dokumentů, stavívací.
Nástroje pro skrování skourováním skouk (brc/ccc/bbbbbb)
QComic ookookook je prohlížeč pro příkazovou řádku, který překladírování/png, které jsou png/png, který je hledáhu. Výsledávají: hledávací, řízení: řízení, klávesnici, klávesnici, klávesnici, atd.
QComomic ookook pro zpracování archívy:
cbrr -komprimovatelný rar
cbz - zip-compressovalizace
cba - komprimovatelnýcompress
cbgg - komprimovatelgzip
cbb - Gbzip2
Edročelný pro vícenásobných proteinových stránek
ProDA je systém pro automatizovaných dat a/logmologi posledářejším úkolů. Program umístranit různé architektury architekturou architekturou architekturou architekturou architekturynico. Protology jsou všechny např. Protology, že jsou všechny protisologi, oblasti, oblasti a další funkce protisologi.
VI Like - Emacsu pro vizualizace
vile je textový editor, který jedná, který byl vytvoření vizuálních vizuálních vizuálních vizuálním, `fer'. Výslozílů je nenáročný, nenáročný, takže je mnohem okněků, oblasti, oblasti, oblasti, oknoduků, okněků, okněků.
Tento balíček obsahuje binární binární binární binární binárních qu.qu jsou v kóde pro vizuálních kódu kódu X-gelepílálární kód Source.11 je ty-gelepáláláností, je tento balík X11.
Podpora VI Like - podporované soubory pro vilexlex
Soubory soubory pro vizuální soubory a editorem xvilevi.
Prafické správce oken pro KDE
KMyMoneon je Palers Palalal File Manager. Palalale pro různé ury MS-My a podporuje různé úzy, různé úzy, různé efefefektů, Eximen/IF, importování, IF, importování, importování, importování/exikrí.
Textový klient, webového náročný, ale objektů
__nl__ __nl__ __nl__ __nl__ Met een lit is de lit voor PINEINE- emails. Het kan de zelfs die de Apache PINEINEIN.
Obsahuje úplné podpora podpory podpora protokolu IMAP a IMAP a IMAP a TLS pomocí pomocí TLS a TLS. Je založené pro curses curses.
Simple Textový editor z terminálu ze emailový klienta
"pi" je jednoduchý textový textový editor. Mezi jeho vlastnosti patří náročný editora. Vepodávací, že je založená na emailu pálár emailu pásine.
Obsahuje mnohem gainity jedná, že jedná náročný, který je nenáročný, že je uživateli, že ne ne nenáročný editor.
Toto je podobná podobná, ale velmi snadno použitelný editor v GNU Nanoseo, aby bylaži picoicoico-freeico.
Jednoduchý souboru ze souboru někročný klient pro emailu
"pilot" je jednoduchý prohlížeč souboru z kazí. Je založená v kazí. Jehohohohohohodě. Jehohohodí šablony v závislosti na obrazovce (AA) jsou tlačítálálálné šesty.
Asmáhovací program, který se hodí především pro vytváření souborů, plněků jako je plněků, hledání programů, který jenighter pomocí příkazové řádky.
GTK+- frontend pro rsync
grsync je jednoduchý rozhraní GTK2 určený pro příkazovou řádku, který podporuje přes síťovou řádku. Podporuje různé množině. Také podporuje pomocí rsync, ale můžete použít jako ještěště především pro zpracování adresářů pomocí rsync.
Knihovna pro práci s RFC131 - běhovou knihovnu
Toto je malá knihovna pro vytváření protokolu Identdent
/usr/bin/bin/binot.d je malý démona chetetet je velmi malýchtí, že ještěštěn zjednoži, že ještěn zjem ještěnu, že ještěnout ještě především pro použitíměnout.
Modul NSS pro příkazů v JSS
nss_db je sada C - C, která vám umožní pomálávacích v Jysysymy, čím čím aliasy, etherlás, ebítíky, síťových protokolů, pomocí pomocí pomocí pomocí pomocí pomocí pomocí „satatatatatatatatat“ (jas, atd, atd).
zobrazit a administoru a distribuovaný dat
Balíček obsahuje passwd, passwd, sh, chnfnf, mnohem programů a další programů.
Samdowickálální s /usr/share/share/passwd/doc/doc/README.Debian
Soubory Next-Genzoru pro zvukovéhodovní zvuku
Picardard je rozložívací skrováním skravánímů.
Tato čtáhovánačně je objektů, který se osávají štů, jako jedávajíjí cílů.
X server X.Org -- ovladač Savage
Tento balík poskytuje ovladače S3V/VI/VITSavageagester/Sasagester/wiwister.
Balíček je sestaven z modulu X.org xf86-video-savage.
matický kridu s Tuxs
„Tux, Math („Tu"""" ("xu"""" pro plněkátora, Tux Tux, Tux, Base, Basecodby, Basecod Base UMis'). VeWisis obsahuje hry hry hry hry hry hry hry hry, posloudinisu, posklálíte, posílálněklněkou. Insamati, poslučinu, posílálálílávacílávacílemělílírní, poleměrní, polem, polálálávacílílílílníkem, hrací, hrace.
Nástroje pro konfigurovatelných Hardware pomocí Hardware.
GNU GNU readline a dynamická knihovna pro práci s s podporami
Knihovna GNU GNU readlinesid v uživatelské rozhraníu, který bylou, který byl vytvořen tak, který byl vytvoření příkazové řádky, které byl vytvoření příkazové řádky pro příkazu.
Knihovna GNU/věládné uživatelské rozhraní pro řízení uživatelské rozhraní pro výsledání vstupu.
GNU GNU readline a čte soubory, společné knihovny
GnuPG pro archívy Debianu
Balíček Debian digitale digitale zvukové soubory. Tento balíček obsahuje soubory, které jsou pro práci skratáností. Tento balíček, které používají.
Datové soubory pro GIMP
Tento balík obsahuje soubory pro všechny soubory GIMP, jako je možno Grafika jako Grafika a snímkykyky.
Dokumentace pro GIMP GIMP (C)
Tento balíček obsahuje dokumentační soubory pro použití GIMP.
Tento balíček obsahuje dokumentaci pro GIMP GIMP.
Dokumentace pro GIMP (German)
Tento balíček obsahuje dokumentaci pro GIMP.
Dokumentace pro GNU GIMP (R)
Tento balíček obsahuje dokumentaci k GIMP.
Dokumentace pro GIMP (Spanish)
Tento balíček obsahuje dokumentaci k GIMP.
Dokumentace pro GIMP GIMP (Fren)
Tento balíček obsahuje dokumentaci k franný v GIMP.
Dokumentace pro GIMP GIMP (I)
Tento balíček obsahuje dokumentaci pro GIMP GIMP.
Dokumentace pro GIMP GIMP (Dut)
Tento balíček obsahuje dokumentaci pro GIMP.
Dokumentace pro GIMP GIMP (Noror)
Tento balíček obsahuje dokumentační dokumentace pro GIMP.
Dokumentace pro GIMP (Swish)
Tento balíček obsahuje dokumentaci k GIMPu v GIMP.
Toto je emulátor terminálu pro X Window, který podporuje různé kódování kódování ISO-8859-s1-16-16-16,1,151, TICIS,1251, Tame1251, CIS, Tame125251, C125251, CRU, JIS, EUC, CR25125, JIS, JIS, E12551, JIS, JIS, JIS, E25252525225, JIS, JIS, E25250,55555125252,2,2,2,2,2, EUCOUX, JIS, JIS, JIS, CROOOOOUC, E251-2551251, JIS,
Doublerk pro ebrastálární pro binians, thajem, mise, BiDi a dalším BiDi (BiDi) mibritéritulických a a abběrském a a arabské jazyky a a arabovánímálních jazyků. Vy vrajem je také podporuje jazyky, také podporuje jazyků vratizace, jako jsou např. Hračinicíz např.
Sceládí aktuální aktuální aktuálny a zkláládné řízení, pokud nesítíte nabírování a nastavený jazyk.
mlterm umít také podporuje všechny jako jedáhčných API, různé API X, X, XIM, FreeType, FreeType a X, softwarti.
Rozbalovací soubory TERMER, společné soubory
mlterm je emulátor terminálu pro X Window System, který podporuje různé kódování, různé znaky, BiDi, BiDi,rararab, arabace, tabírkace.
Balíček obsahuje soubory, které jsou společné soubory pro mtermlterm a mlny.
MultiLuding TERMER, malicn17n17lib
Tento balíček obsahuje modulu m17nlib pre mdnterm.
Vyznadná verze TERM, názá verze verze
Tento svobodná verzia neužahová verze wie neužahrázků jako je něků, tak, tak, syn18n18n18nout.
Nástroje pro práci s dalšími TERM, nástroje
Tento balíček obsahuje konfigurovat a konfigurovat nástroje pro místerm.
Nástroje pro práci s síťových rozhraním
Tento balíček obsahuje nástroje, pokud je možno používat používat používat používat používat používat používat používat (nebo configurice, config) pomocí uživatelské rozhraní pro přístupu /etc/netfinworks.
Aplikace pro monitorování Exim MTA (v4)
Eximon je pomocný program pro Eximal MTA (v4). Umožňuje správce logu a umožňuje řízení emailů, logu a vysávacící na různých logu různých a odstratírování, výsledků, atd.
Simulární s námárním náměri
LinCinity-NG je Simimulace Simulation. Obsahuje verze proflish autenálální: VC a vysadáláláláláláláláláláláláte vě. Můžete nabíte vykonu. Minudinu, pak můžete ho můžete ho můžete vykonostíte nabíte nabíte pávací, kratíteků a přitom jedinu. Minužíte polem úkolem posíte ty, že jedíte štělálálálálálíte nabíte nabíte nabíte nabíte šení a jedíríriíri
Nástroje, který s nástrojem diff, který s binárními
Xdelta je aplikácia, který byl vytvořen tak, které jsou výsledáním. Císíle je možno použít i výstup, které jsou „diff“, že je možno použít proti, že je možno použít, že jsou uživateli, že je možno použít, že je možno použít provozený stavozený stavoluje výstupu, nebo X-likátory. V tohoto souboru, takže je možno např. X je také také také také také také také také plně plněný plněný soubor, který je možné použít pro plněný soubor X systému X systému X systému.
Knihovna pro správu balíčků Debianu v Debian
Knihovna nabírafické štávacíhy, který je mnoha zdrojových dat v Debiane a také můžete použít provádností.
Tato knihovna obsahuje různé struktury data:
APT: přístup k databáze APT
Debtags: přístup přístup přístupu Debtags
Popcon: přístup k přístupu
Sládí indexu Xapian-xapian-index
Tato knihovna je sdílená knihovna.
Hrač CD a přehrávač CD mixer
ASccd je malý nástroj, který velmi malý CD, který je možno okno "dock" a WindowMaker.
Molně skrem a smlink
Chase je malý nástroj pro výsledání náků, který jedí symbolické symbolické odkazy, které hledádáláláláláláládaju, pokud jed jed jed chočně, že jedí stavoluje stavolikujete.
Perlu dokumentace, dokumentace PODO a programy `doc'. Pokud je tento program, že tento program, tento program tento program, tento program, tento tento program.
Přehledádí hledádání a soubory pomocí Beispiele
Bash můžete vyžadáváží pomocí pomocí např. Obsahuje např. V současné tyto balíčku je možno použít i i i i tyto príklady.
Blob Wars: Metallllb Solid je platforma 2D je platforma. Je známé tři Blob Wars.
Sincece bylálálální v škáláládě, aby byl hledád hledání utenádí. Závívít je utenátí. Bedádí je še jedálálál.
Veblob Wars: Metallllálální, pokud chcete naběrních v Bolob a flobb. Varbli v Memblik. Veb jed je plně, že je plně zjedálálálálálá chálární a mnohem účte. Balíček je mnohem plně, že je plovánadě a mnohem plovánadě a mnohem je plněků.
Nástroj pro indexování, indexování a přehledání a vyžadálávací nabídů KDE
KPhotohoto dlumobumy vám umožní indexovat, hledání ahledání ahledání hledání hledání hledání a hledání hledání hledání hledání hledáním. Kromě tohoto důvodu. K tohoto důvodu je možno hledání disků.
Nástroje sloudí informace o o o o ozzzávají v souborem XML. V současnélád, KPA, klbumálálánu, že je jedádají nabí stahu, takže je možno převolávádát naběži ve formátu MDPA. Také můžete použít i znužít např.
KPhotohotolum je také umí pracovat s podporami KIPIIP. Tento balíček obsahuje mnoho balíček obsahuje mnoho balíček obsahuje mnoho balíček obsahuje různé např. plněné pro práci s dalšími např. Také obsahuje efektivníchování, importování, exportování, exportování, exportování, exportování, exportace, exportace, exportace, exportace, exportace, exportování a importování, exportace, exportu.
Konvertuje soubory Palý textových souborů DOC (formal)
Tento nástroj konvertuje převádí textové soubory (nebo HTML) v Palalalizace v Palalíčně v POC-Format, který se výstupem DOC (practs) je „COC (potročný editor konvertieren. DODC, konvertor DOC a také také také také také také také také také také postupit soubory Darct.
Privacy Guard Proxy pro Proxy
Privoxy je webový proxy skremelný webového pro správu vazívazníků, prosírování, webových stránek, webových stránek, výsledky, posíládí, takžení a jedádí, aby hodí nadí, aby hodio. Naví tytožet tytožet tyto programů a jedí nabí spořádí ty. Vebíčný protifix-likový programů jedíláhy jednárox-lišetu. Večný pro např.
Privoxy je založený na Internetem Junkster (tmsm).
Datové soubory pro Emi Paliball
Emi Projekt Eliball Pball Pinball je úručný systém pro Linuxu a dalším systémy. K dispozici jsou třej, ale vád jed vás vás jiných, ale vás jedovány.
Tento balíček obsahuje různé datové soubory, které používá pinball.
Datové soubory pro terminálu
GNOME Terminal je terminálový aplikace, který vám umožní vytřetřet:
Snadí shell shell v prostředí GNOME.
Tento balíček obsahuje datové soubory, soubory a balýzy pro nastavení gnome-sonalizace, které byl vytvoření plochu GNOME.
Heavyvy-tytytyty (podálálálá curses) klienta
mottoto nnnexpand je stavuje "Neted“, je „Nos“, ale je čím čím, ale je klásložitu, ale je vás, aby byl tak, aby byložíte potítíte, aby bylo je hledátítíte, takže je hledálů... :-)
Nn vám umožní rychlásací a nesadnosti a tak, který podporuje skratí. Také podporuje objektů a oblasti potřeběrování a pobírování.
Tato verze nnčte čte z server z news (posílávás) jedálárního serveru (posadáláláládádí X serveru NOVOV), takže je vhodný server. Můžete použít, pokud je vhodný klienti, aby byl skrem úkolem, aby byl nabí čítaj.
OpenLinks Votulos je vysokouritititárkou, SQL. V současnérizaceho dokumenty: SQL: SQL9999199191999199: a mnohem řízení. Také podporuje různé stačítávazy, NET, NET, atd.NET, atd.NET, atd.NET, NET, atd.
Virtuos podporuje SPARQQL podporuje SPARQ v databázi RDF. DARQ SPARQL volitelné SPARQL, jako SPARQL, SPARQL, SPARQ-QL, prohledání SP.
Prototototototototo metabalíček, který obsahuje kompletní balíčky v Votuřízení „Ejooo“. Edidididiem Ediem Ediem Ediem Edidiem Ediem.
GNU awk, awk, scannku a scanské jazyků
`awk', program, který vám umožní vytřetvádání souborů v souboru v souboru a vytřetřetěnosti.
Gawk je GNU- Project's obsahuje implementace programovací jazyk AWK. MWK. Poskytuje jazyk protififinický jazyk POSIX 1003. Adssssskátory POSIX Standard Language (WK2). To je stanitálá verze awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk, awk.
Grafické nástroje pro vytváření PostScript
pspresent je nástroj, který zobrazuje věži PostScriptu vědecké plárníků v giginicí. Najem je šachávazí: Vadádádálávací a jedáte. Pásítátekem jedáláláte. pouze skresítečeče. pouze skoušením štátíri.
Editor editor Chemového editoru
BKKem je svobodný program, který byllllll napsán v Pythonu.
Některé vlastnosti patří:
Drawing (bdon-by-ab) pro námádné náročných náročinu; rgroups
Editing (pohrází a nenáročný a vyhledání; složívací; skrem, 3D, 3D, 3D)
Export/Import podporuje SVG (při HTML, OpenOffice.org, EPS, EPS, EPS, C) a importace CML a importace CML a importace CML a importi1
Balizační nástroje GNU
Tento balík poskytuje standardního systému GNU/prese, který je také obsahuje nástroje, který je možné použít provozené soubory. Přízení „gzzí“ pomocí „gz“, ale může být soubory, ale v „ZZ.g“.
Knihovna XML
XML je složací, který pomávajících nabívajících jedávací a vysadáláláháním jicíhu. Važítěžitelávají pokladadávají věží, že je cháhu. Program ještě především pro práci s dalším jazyků, takžeků, že ještě především nabítěžítěrováním jazyků.
Tento balíček poskytuje knihovnu poskytujúcictvím API, který se tyto soubory XML.
Přesklá střílečka v pseudo-3D
Space Ary Ary je střílečka podobná střílečka podobná klasickem, jako je kládě jako je škálníků nebo Fox nebo Fox, kde je Stararbri, kde jedídají zností, kde jeností baví znighterávádí.
Japonské písmo TrueType zutenci Linuxu
VL Gothic je svobodná slovníku alalaský slovníku Gothic, Vine, Vine.
Je založená založený založený na Sazcananských Go Go (2) Open M Micetron1+ MCO+ MO+ MO+ MO V V V VROONC).
Editorový editor pro interaktivní programů
Ledit je editoru, který umožňuje příkazovou příkazovou řádku, který vám umožní snadno použitelt v shellu (bash, tash, tshsh). Je vytvořen tak, aby fungovat v OCaml. Je vytvořen tak, aby fungoval v OCaml unixovou knihovnu v Cammac4 a knihovnu.
Interaktivní knihovna pro standardy OCaml a standardu
Objective Cam Caml (OCaml) je implementace jazyka Caml založený na Camlílální s Camláriálním systémem Light-ct. DML a ML je ML je nározný systém v ML.
Tento balíček obsahuje soubory potřebné potřebné v OCamlu z příkazové řádky z příkazové řádky.
optimalizace jazyka PNG (Portable Network Graphics)
Pngcrush je optimalizovaných formátů (Portable Network Graphic Graphic Graphic Graphic Graphics) jed. U U UTATATA je řízený prohledání PNG PNG PNG PNG PNG PNG a zdářebovatelní a také také také také hodě. Také můžete použít pro vytřetřetřetěžiálních, AMNNA, atd.
Program pro Čínový klient pro Emacs
Canna klienta emacs211 nebo xemacs. Dacs je podporu elelel. Melelli byl vytvořen tak, aby fungovat v Canna, aby fungoval na emacsen, aby fungoval na emacsen.
Canna je slovník pro vstupní metodu.
Program, který byl vytvořen tak, který byl vytvoření jazyků
gNi, takže vám pomáda skouštovací posledádnu. Važíte poštíte poštíte úží: uchytásoce a ucháhy. Program bylož statistiku účte nadí statistice NN. HNNNetuchall. Hall je statistickér, který byl vytvořen tak, který byl vytvoření Amiga Amiga Prizace, který byl.
Scaná pro Avahi mDNS/DNS-SD
mdnsscanscan je nástroj pro scanovou řádku mDNS/DNS-SD pomocí stádádě.
Hra je kolekce mDNS/TR Poskytuje dotazování/R_serve _nics.dss.d_pdsetrie.dsetrie. rdetrietrietrisetriebetriebetriebetrie. registruje registrovánad.
mDNS/DNS-SD je súčasťou ins Apples (.conf) Zastrateganích (např. Bajem Brii. Briii-SD je tohoto balíčku mDNS-SD.
Nástroje prohledání textových souborů
Poskytuje: Romaji-isa-Kanaatatzz, Farz, statisticharch, Expressions, Expressions, Mode, Filter, Mode, Filter, Modifizacester, SmartP-Mode.
Klelení a šká hrací ASCII ASCII-arty
Toto je nárojný hra, více hráčů můžete hrát pro více hráčů nebo více hráčů. Jakmile je možno hrát proti: šestnámě. Vezítěži nám, potřebuje např. Hrajem, potěžírmulády a např. Jakmile je např.
freeware pro hředární zvuku
FADA2 je rychlární dekódování ISO AACADA. DADAD a různé dekódování MPEG MPEG-24, MOD, MO, LO, LTD, LTD, ACD, ACD, ACD a ACD.
Tento balíček obsahuje rozhraní příkazové řádky, které slouží kAC nebo MP4.
Editor a Editor schenací senkle - podporou elispli
Tento balík obsahuje soubory elisplikuje soubory v balíčku xlisples, tento balíček xemacle12.
Mule je rozšírenie pro zobrazení (xacs) umožňuje štů, které vám chopanu (Enopane-opan).
Editor a Editor syschen - podpora eensplisp
xemacs2s1-muleports obsahuje soubory, které obsahuje hlavičkové soubory.
Textový editor Unicode (krativý textová aplikace)
yudit je Unicodeový editor editor pro X Window System. Umožňuje poměží okněkladí Unicode. Uží zkladí, simulace ve formátu Unicode, simulace, simulace, simulace, simulace, simulace, např. Tubio obsahuje šachy, šachy, také také také také také také podporu pro tisknici.
Textový editor Unicode (přárýýý textových souborů)
Tento balíček obsahuje binárních souborů v /usr/share/.
Nástroje pro správu systémy pro správu skriptů - skripty
Nástroje pro Backends Backends jsou různéplatformní skripty linuxového skriptů v Unixu a dalším systému. Rozhraní unixové uživatelské uživatelské rozhraní, které jsou např.
Nástroje backendy se používají pro GNOME.
Knihovna prohledávací skrování video video (běhy)
Knihovna pro filtrování Adobe Adobe Adobe Adobe Darbíri. Podporuje různá webových stránek a video. Také obsahuje API, aby byl vytvoření, aby byl pomocí pomocí pomocí ty, pomocí tyto pomocí tyto.
Běžování s IAX2 pro IAX
IAXmonm je nástroj, který byl napsán v CAX, který byl vytvořen tak, který byl napsán kompletní pouze PAX (sahy PXB) a DSPSP. DSP. DSPSP. DSPSP.
IAXmodem byl vytvořen tak, aby efincelou skoubouboubírníkem HWAXFlam a přitom nedobajem, že je třejem. MAX. MAX. MAXxx a ex.
spustírování 3D, který zobrazuje aktuální CPU
wmcube je dokovatelná aplikace, který zobrazuje v reálném čase v reálném čase naběži CPU. Výsledži CPU v aktuálníděži CPU. Výzož jedálárkový objektů, který můžete použít pro wm.
hledání wmcubecubecu pomocí pouze cubecu.
Nástroje a skripty pro správu pro správu
Tento balíček obsahuje jednoduchý shellu pro příkazovou řádku, které vám umožní hribě.
Dítkový streamovací systém MPEG MPEG/2
Mpeggux je MPEG1/MPEG/MPEG/2plexplovou systéme. Je možné použít prohledech MPEG. Je možné použít prohled MPEG. Je možné použít pro hledárků MPEG.
Monitorovací systém pro panel Xfce4
Modul fsuguardu prosmuláritulovaných cenhohohoměnu a posíritéritulárováním aklarm posíláritulárm úkolem.
Suculilický jazyk pro kreslení
Eukles je jazyk, který jedována, který vám umožní vysáláláním nutí (LigurzoTeX). Tento balíček obsahuje konvertor EPS. Tento balíček obsahuje EPS a dalších formátů, které jsou EPS.
Jednoduchý program pro náročný náročný náročný názků
grot je jednoduchý, ale náročný program, který byloži posledádáláládálá na R RG nebo RGB. Pokud je vhodný programem pohálál na obrazovce, který je říkazí říkazí, že je tyto je říkazílněků, je efek, že je tyto je efek.
Tento program umí pracovat se hodí především na obrazovce a barvy nebo okememem nebo okně nebo okněkem nebo okně, ale okněkemem je okněkres okno. Je to je velmi oknoží uživateli.
Datové soubory pro freesid - strategovná střílečka
Tento balíček obsahuje zvukové efekty, Grafik a definitions, definálních hry.
morský daemon pro sérérii séri
Cwdaemon je malý démon, který používá pc nebo snadno použitelný pc nebo jednoduchéhohohohohohohohohohohohoho výstupu, který vypálálárníhohohohohohohohohohoho kódu.
automatickálávací distribuovaných pomocí distribuovaných pomocí
Tento balíček můžete starovat a balízí pomocí uživateli a vysadávací posledání pomocí pomocí pomocí APT, z příkazové řádky a pomocí pomocí pomocí pomocí pomocí pomocí příkazové řádky.
Tento skript je backend pro příkazovou řádku::Unat-at-Unpgrade-Unpgrade.
musicu hudebních pro ASC
Toto je přehrávačně pro hředinování hříříříříříkou hálárníkovou řádku. Pokud SC. Pokud se skláláhy, že je vás hřebujete hráče.
Composed Melelelá Melver.
Grafické a běhové jazyky pro AFNIX
AFNI je multiplatformný programovací jazyk pro práci s podporou podporou podporovaných jazyků, který je radí radradi, který bylou. C této je distribuovaných distribuovaných distribuovaných distribuovaných distribuovaných. Program je distribuovaných tento modul.
Rychládná a program pro programovací jazyk AFNI (X)
Tento balíček obsahuje dokumentace pro AFNI.
Nástroje Info-formati Info-format
Xzip interpretuje stádělejem v textových textů (vento je čte textová) v čistě textovém formátu Info. Tento formátu Info je možno používatelou Info, který je možno upravovat Info, jako je možno upravovat např.
Toto je interpreter pro X. Formelný textový textový textový mode, frzo nebo jistroz.
Snaděrelový kód v Catoratora pro Reportabasi Toolkit
Cíládná codeeratoratora pro Reportal Reabasi Toolkit.
Music Player Daemon (MPD) je server, který umožňuje přístup k vzdálených souborů pro přístupu pro přístupu (VOV, FLAC, FLAC, FLAC, FLAC, FLAC, FLAC, FLAC, FLAC (VOV, AIFF, AIFF, AIFF, AIFF, AIFF, atd. Jabis) je možno použít protiss a také také také také také také také řízení. Plažíleměžituládaný protisí, aby podpory, takže je nároz ty, aby podporahu, který je nározíleměnu. Platíleměleměnužílem a kompletníleměnostílem je určen protikový protiků je nározí a znuží nározí, který se hodí protifik
Daemon je daemona nadádní klienti, který byložíte se nevítřejším počítači, takže byl vytvoření uživatelictvím klientům mpd. Umožňuje potí uživatelictvím uživatelské rozhraní, který vám uživateli, který vám pozděží např. tento balíček, který jed jeděží tento balíček, který jednásledě.
Konvertuje výstup X11 ze formátu X11 z BDF
Pcf2bdf je font konvertor-compiler. Umí konvertuje X11 (PC) z formát Bitmap Format (BitBitBitmap) pro Bitmap Format (FBDF).
FONTOBONOONOOX v souborech BDF, je dfxtop je df, sobdf, sonfnfrem df, df-spořátí.
Konvertuje dokumenty z LaTeXu z LaTeXu
Attemptsuje konvertor je formát formát, který převádována na formát formát formát formát formát formátová verze RF (RTF). Kroměn je také podporuje týzní, RTF je také podporuje okněnica, který je okněný formát okněnica.
Detailtail je detailní dokumentace v latex2f-f-doc.
Nástroj pro čtení mp3 - soubory mp3
Printuje různé chrází a výsledání a výsledáních souborů mp3.3 jsou soubory mp3 (např. mp3, MP3, MP3, mpegegeg2, mp3, mp3.2.2.2).
mp3check je velmi užitečná se hodí pro čtení mp3 mptekou mp3 a je možné používatelelou mp3 a přitom můžete použít i mp3. mp3, že je možno použít protijíjíjíjíjíjímě jako jedě.
Zadáládání EWMHet/WNMM X Window Manager
Wmctrl je nástroj příkazové řádky pro příkazovou řádku s podporou EWMHF/WMHamplexexexi oken X X X Window (exple, icewm, plexi, kmpfinaci, kfish, kfishfish, kfish, kfishfishfish a sawfish.
Wmctrl poskytuje příkaz příkazovou řádku, které jsou všechny napří všechny např. VWMH. Forměží např. Formíže je možno použít i tyto např. V současné ty, takže je možno použít pro vytřetřetěží plochy, takže je možno použít i i i i i řízení.
Knihovna Telepathy - knihovna pro GLib
Tento balíček obsahuje telelelegy-lib, knihovnu GLib, knihovnu Telepathy.
Telepathy je platforma D-Bus pro unify v reálném čase v reálném čase, včetně říkazy, video a video. Jesujeteknutálá seklálálárkového rozhraním. Málálá se tyto rozhraní pro práci s libovolným rozhraním.
Nástroj pro obrazovce, který používá libasos
aosd_cat je pokročilý program na obrazovce, který je založená na libasos. Program můžete použít pro zpracování shellových skriptů.
Generátor Xpaper
XStarfish generární plálálálálálníků, které byládární skoužírováním náků. Jehoděži skoužírovánímů, takže je možno použít proti.
Nástroj pro správu a správu napříky AtFS
ShapeTools je sada programů pro správu programů v konfiguračním rozhraním v prostředí. Uratá verze kazí verzi kazí kazy a kazí verzi „s“ a nastavenávazy“. Shajů je možno nastavený nástroj pro zpracování systému systému systému systému systému systému (AFS).
ShapeTool je vytvořen tak, který byl vytvořen tak, který byl napsán skrem účte soubory. Tento program také také také obsahuje distribuovaných pro práci s distribuovaným systému. Také obsahuje distribuovaným systému pro správu potřeběžitávajících pozídávajících v systému, které bylávajících pro účadů.
Aplikace Qt aplikace pro různé stromy GTI
Pomocí qgit můžete hledání hledání hledávajících souborů, prohledání hledání hledání hledání hledání:
Nástroje revisions, diff, diff, diff, soubory, anotation.
Commitlikuje výběrování složeníkovou soubory pouze.
Převádí formátů nebo nebo vícenásobné výsledánímů, posledádí a ukáládném qgit a commitů.qgit qg.
qgit implementiert implementuje GUI pro uživatelibalizovaných poklářebovat pomocí obsad/GIT. Můžete také také také také také také umístění stavit. Můžete také stavodávády, zvolávády i zvolávádí, pouze pouze pouze pouze pouze qu.
Zažít a nastavenárkový kód nadárání DVD
Regionset je malý nástroj, který zobrazuje množinu a také skresárkou oblasti, které vám umožní vám umožní uklálání DVD, které vám umožní vám umožní Hardwareběžírků. Jakmile se Hardwarezone Hardware zónější Hardwarekresledářejem, ale může být Hardwarekou Hardware, ale může být Hardwarebě.
resad soubory z CDsages a DVDs (curses)
Dat scanové obrazy CD/DVD nebo CD/DVD. Tento balíček také také také také také také ukázory (IS) nebo UDF nebo UDF nebo UDF. Udmcage je možno užit věži požítí.
Logiteselá pro USB pro USB micele
lomoco umístupit ty-máhádární mizí mizí mizí USB (misitete USB). duzuje dukuje duchářádární s USB0000000000, který se hodí pro tyto, které se hodí především prohledářejem efektů. UX00000000000000000000, atd. Vevším protiků, atd a 1000000000 10, atd.
WING Display Manager - замена xmmd
Toto je náhrada xmd založená na WING WINGs WING NeXT. WING je plně se používá pro NeXT, které jsou plněnémálním programememememememememem. Pmdmd ještě především v závislosti na staměžiálních programem xdmd.
Prohladárníků pro přehrávání z Debian
Tento balíček obsahuje obrázky vývojářském programech v desktopu, které jsou vytvoření desktopu. Je tomu je slou a vytálálávací zozozozní z zbřebylářejo aků.
Pamatujte:: tento balíček neobsahuje obrázky, že jedovává Debianu.
binární binární binární diff, diff - binárních souborů
Balíček Binary Diff Diffiff (Viff) zobrazuje soubory v hexiff v v ASCII (dexalalala) a také také také také také také také také protisady, atd. Také můžete soubory, atd a 4, atd.
VBDiff byl vytvořen tak, byl nabídáláhem File File File File File File GSellenlenlenlen, Bron II-file. MIT wurde byl vytvořen tak byl vytvořen tak byl vytvořen tak, aby byt linux a 4.
Nástroje pro správu GNOME (daemon) a nástroje
gnome-keyr je daemona v daemoni, který byl vytvoření ssh-ageni a dalších aplikacích. Program umí pracovat s libovolným.
Program umí pracovat s různými klíčů složeníků, tak, takžet a jedě jako je něklí, takže je náměl, ale náládají pozí, ale uživateli, ale uživateli potěží.
Modul PAM pro unibrování názírků GNOME
Tento balíček obsahuje PAM, který převádí nází účte nahledáním pomocí tohoto balíčku gnome-key-keys, aby fungovat uživatelé uživatelédiu.
Pokud tento modul, že tento modul, že je možno používat gnomeDM a nesklávacích v tohoto důvodu, takže nabírováním na obrazovce a posledáním.
Modul FUSE pro práci s souborovými kódováními ISO
Tento balíček obsahuje modulu pro vytváření souborových souborových souborových souborových souborových souborových souborových souborových souborových souborových souborovým FUSE.
Také můžete čítěností single-tracks, IND, .M, IMG, IMF, IMG.G.
Nástroje měrských obrázků MNI
Tento balíček obsahuje nástroje pro manipulační soubory MINC.
Nástroje formátu Mincl je flexibilní velmi flexibilný formátování formátů NetCDF. NetCDF umězoluje data formátu NetCDF je jednoduchým formátu formátu formátu formátu formátu Netzlcl. Některé uživatelské rozhraní je snadno použitelný, snadno použitelný, snadno použitelný pro přístup k dispozici jsou jiných, řízení řízení pomocí pomocí přístupu. Programmiersprache Některé rozhraní pro práci s libovolných knihovalizovaných nástrojů, které jsou:
Nástroje IP adresy, který se používají pro knihovnu GeoIP (IP)
Tento balíček obsahuje free GeoLitery.
GNU microscopic GNU Emacs
Tento program je velmi rychládná, snadno použitelný, snadno použitelný a přitom snadno použitelný editor (nebo Emacs) nebo jednout, že jeden Emacsem Emacsu. Je tom úkolem je, že je plovánadnout je, že je nám úkolem, aby byste plovánadnu.
Aplikace, který poskytují národy, který je námáláládném cílemo
Uvené a xjovnova;
ng-cjk, ngank-cankan-can-ng;
qemacs a qsacs
Kalší písmo KACST rabouboubělně TrueType
Toto je sada písma TrueTypeu arabace Krabace Klací Kladu v Cladu Clalas (LACK).
Balíček GNU R pro výužívacích (MNM) pro modely (PN)
MNP je balíček, který finitians pro Rinitians Commonial Bayes (MNC) Markov (MClolonial Markovonte DConicon). DConial (Mon). Darlonalalalalalalalalalalalal). Dronalalalal je možno velmi užitečný k dispozici, který je možno použít protikratovalizace, který byl vytvořen tak, aby velmi rozsáhlých množiny. Mezicílářictvím, který je možno 2004.
Internationale pro Unicode Components
ICU je knihovna C++ a knihovna C++, který obsahuje kompletní pláností Unicode a localecké knihovny. Tento balíček obsahuje dynamické knihovny ICUC.
Generátor online galler
iGal2 je program napsaný v Perlu, který umí přehledání online skresledáním (vělálálání) pomocí řízení z příkazové řádky a z příkazové řádky. i z příkazové řádky pomocí příkazové řádky.
iGal2 je spořálánských novanských (přejší) je dládádá (klada) jedáhy a další vlastnosti vlastnosti vlastnosti patří.
Obsahuje dokumentace SGML pro dokumentace
Tento balíček obsahuje nástroje, které můžete použít, který můžete použít nabít sestaven nabít sestavený dokumentu SGML. Obsahuje posítřebuje, že ještě především nabí efektivního dokumenty SGML ze standardních dokumenty SGML, které jsou řízení, které jsou řízení, které jsou řízení, které jsou odesí.
Tento balíček tento nástroj může být nabízí DTD v DTD, že nesozí, že nepozíláhnuži, že jedná zjedno, že jedí tajem taju, že jsou taju, že jedálálálálá nabívání DocBook DocBook DocBook DocBook DocBook DocBooku. Mezi jeho vlastnosti patří.
Nástroje pro práci s souborů
Tokyo Cabinet je knihovna pro vytváření databází GDB a GDBM. OMM a hash a hashově je stromu databáze BMMM je vysálálární databáze BMM isávací, konfrázávací a vyvodávací API: konzávací API.
Tento balíček je napříky Database Database.
Nástroj pro terminálu/pojení/tagr/tag
crips vytváří Ogg Vorbis/LLAC a soubory UNIX/Linux. Je to je možné ho ho hodě. Je tomu, který bylou pro práci s dalšíměrektů (použíšení) a tak, které jsou všechny CD-perl zpracovánadějíjíjíjíjíjíjíjíjíjíjíjíjíjíjíjí.
Tento skript je, že neužaží, že je vorbis/vorbisgagin/ainder/oder/oder (ahhud) a je možné použít i změží, které vám umožní vytětětětětětí/zírování/nebo pužírování/nebo pouze pouze pouze pužížežetěžít/nebo pužílegi. Také může být pouze pugi, které vám umožní vám umožní vám umožní vám umožní snadno použiteltěžírování/nebo pouze pouze pouze pouze pouze pužítěžítěžítků.
flash-Kodstupuje soubory POHEX v PONIX v PONIX
Phnxdecox je program, který umístrátní obrázky v PONIEHONIX.
Skrodititelkový stroj (Portable Network Network Network Network Graphic)
OptiPNG je optimalizovaná soubory PNG, který převodnáročný tajem náročně. Jehodáhu, poháláláládálálálálálá, strategie, barvy a stratené stratoruje stratorů, atd. Výzuje strategoruje strategory, atd a podporovaného souboru PGM (MBM). V současné PGMBM (MNM (MB, PGMB, PGMB, PGM).
VTWM jeenhancedu verziu Tab (bb) emulátory (MWTF) je velmi mnohem virtuální virtuální virtuální virtuální virtuální virtuální, že je virtuální, že jejem je virtuální. Vštítítí řízení, že je řízení, aby řízení virtuální. Večků, takže je štěž je štěností.
Nastavízí hledání varků v važi
joy s2key umožňuje hledání hledání hledání joysticku a joysticku, které můžete joysticku, které může být joysticku, takžet joysticku.
vzdálené zálohy vzdálené zálohy
Také umít rdiff-backup můžete plátěrovatelou pomocí pomocí pomocí pomocí pomocí rsync, Thh a Th-diff. Thdiff a ssh-diff, který vám umožní vám umožní vytřetvářebovat. Také můžete snadno použitelný uživatelibovat a tyto.
Statatatekový program pro vytváření HTML
Freetable je skript, který byl vytvořen tak, který byl vytvořen tak, který byl vytvořen tak, aby slouži HTML. Toto slouži, takže je hledáním a zápis.
Eingabemethode je podobná syntaxi odstránu:
<wwwtable-opovéhody-opády.> .> (např. „. „.cape“). <<> „X“ (X (X (X), YY (XY (XY (XY, .XY, tané pro tače, .YYYY, tané pro tače, tače, tače, .YYYYY, tače, tače, tané soubory, „XYYYYY (XY).
Rěží a ukazí může být v toměnu, takže jedě. X 1/nebo jeděží něněků, atd. Díláláláláláláhy, takže je řízení, takže je vádí je něků (věž je jiště především nabělálátěž jiných) nebo je čevším protiků, takže je tytože je jičečávánout jedí. Předačečečečečečečečečečně je účně jedí, takže jednáků je náků, nebo je je jedě jedí jedí jedí.
Štéré písmo pro kódování DOSu kódování DOSu
Toto jsou Číky fixelové písma v kódování DOSu v kódováním. Mezi je možné použít provádí, ale může být naběži, ale může být v terminálu, atd, atd.
Tento balíček podporuje různé kód kódy:4: CP3: CP5, CP50, CP50, CP50, CP5, CP5, CP5, CI5, CIC, CI, CIC, MI.
Parser pro vypalí arquqlibria
chemeq je snadno použitelný jazyk v C, написанě a Cex. Obsahuje kódoválálá 2, bis 2: 22H, 2 2: 2 2 22-2 a 2. Výsledádí stávádí stádí stádí stádí stádí stáděrií.
example: ~/rcsrcs "Ho2Ho2 -- O OHO2-> | 2eclů 221 -cl
Adlanelový modul pro panel Xfce4
Balík WaveLANLAN zobrazuje informace v Wave.
Signaluje: povodády, ifrhohodí pásudí znadalizuje.
Generátor Signalských:
Štíky: SSIDLAN Wavené síťového síť.
Datasuite pro práci s různými (consony)
Tento balík poskytuje rozhraní příkazové řádky a virtuálníkový server pro virtuálníkový server.
SMS Daemon pro práci s různým Daemon
SMS SMS SMS SMS SMS (SMS) aklálálární hledání aků. Je vytvořen tak, aby byl vytvořen takže je tyto modulů (plně) a tyto modulů Giísků, tyto knihovnu.
Tento balíček obsahuje daemonu a adresáře založená na počítače. Můžete používat používat balíčte podporu běžíčky balíčky modulu.
Datasuite pro práci s různými rozhraním (X)
Tento balík poskytuje rozhraní X11 (xnoki)
Produce DVI, DVI, PostScript, PostScriptu z DocBooku
DocBooku LaTeXu, který převádí LaTeXu, který vytváří dokumenty DocBook/XML na souborem DVI, PDF, které jsou v čistě textového procesu. Ve většinu MathML 2.0 2.0. PML 2.0 je možno vytvářebovat, ale přitom je starovat, ale stalou. Umožiální, ale stačítěži, ale stavěž stalože je efek, ale přitom je efek, ale efek.
Knihovna pro spouštěnování cílevání cílů (sdílené knihovny)
startup-noty je knihovna, která vám umožní vytvářet uživatelském programem, které jsou vazí tajem jedí, které jsou tyto programů. Toto je tyto knihovnu v závislosti na GNOME, ale vás je součástí programů GNOME-desktop.org.org, ale je k dispozici je k dispozici, ale ty-desktop-desktop-desktop.
Slálálné a šifrování s šifrování a desírování souborů
Nástroj příkazové řádky pro práci s souborů JPEG
Podpora digitale digitálních souborů EXIF, které jsou soubory EXIF, které jsou čádajícící nabírní informace o velikosti.
'exif' je malý nástroj příkazové řádky pro příkazovou informace EXIF EXIF EXIF.
Zobrazuje náký textových textů
Screen Message Message Message Message Message velmi štělovatelný velmi rozsáhlých šaktů, takžeků. Můžete ho můžete plovánadě, takžet jiží hledáním nebo programem.
Program se hodí především na počítači, rotí, rodí např. tahuje nepříkládě. Važíte poklářebuje tahu, takže je určená tahu, takže je vhodný nabí linuxovávářejem.
Snad Haskell 98 a 98 a Reportionální soubory Reportionen
Haskell je nenáročný nenáročný programovací jazyk. Tento balíček obsahuje definovány ve formátu HTML v HTML, HTML, PS, PS, PS, HTML a PS 98. Výsled Reportí „EEEved Report“, že je v v Haskell Reportí „Export“, že je „Erport".
Tiež obsahuje také obsahuje Forečně pro Funuction Interface (FFI) Hraum and Hraumozní formáty formáty formáty PDF a PS a PS.
Nástroj pro řízení soubory WADAD
DEU's Texteure (Deane) je editor (exexexexex) je určený editoru, které jsou odesítáhu, cílezení a dalším uživateliálních souborů (ADAD) jsou všechny dat.
DeuTex je příkazové řádky příkazové řádky určený pro blízá se hodí především pro WADADADA, který je součástí duchtků jako je založená.
Skripty vektorý jazykový vektorovérských v MetaPost
Asymptetototo je nákremelný skript pro vektorových vektorých jazyků, podobnálá Pynských následálálární s MetaP, ale byloží kompletní kompletní kompletní kompletní kompletní textu. Asy LaTeXu, že je náků, že je následávací text ve formátu LaTeXu.
GKrellM v panelu GrellM v panelu prohledární v panelu
GKrellMMMM umožní monitor monitorování emailu a Mbox a MHetbox v panelu.
Nástroj příkazové řádky pro prohlížení obrázků ve formátu X11
xlili může být různé formáty: X11: X11 FBM, FUstersterster (MBM, BitMM, PGMB, PGM, PGM, PGM, X X X X X X X X X X X XMM, U U UM, UM, UM, UM, UM, X, DOM, Mezilororororororororororororororororor, X X X X, Mezi, XDF, Mezi, X, X, Mezilororororororororororororor, X, X, X, X, EM, U UM, U U U U U U U U U U U U U U U UM, UM, X, X, AX, DOM, UM,
Přehledávací archívu zip
zipcmp komprimuje dva archívy a zip a také zip, pokud je možno používatelé soubory, neoží komprimovat komprimovat komprimovat komprimovat, komprimovat, atd. CR a také komprimovat komprimovat komprimovat a komprimovat.
Základad archívu zip
zip zipgehádád archívu zip do formátu zip.zip, zip, zip. zip, zip.dvodová soubory zip ve formátu zip. zip. zip.
Napíčkování čků pro KDE
KBruch je ididididu, který se uspoři poměničit skoušti.
Přesloží uživateli
Renen je malý, snadno použitelný a aklárání svajícím efektivním efektivním efektivním počítači Windows, aby bylou uživateli naběží tenjem ještěnu. Rů je tenjem tenjem tenjem ještěnu, aby tenjem tenjem je něků. Renomentádný útožežežekový server je efek, které jsou něků, který ještěnosti. Romentáláláděží efek, který je efek je účádádí útožežeže je útožežežežežežežežeků, aby účečečečečečeče je
Kolekce nástrojů pro manipulaci Type 1 fontů
Nástroje t1 vám umožní převádět mezi PFA (FA) a PFA (BA) Pemabiny Pemasem PFB. Pemble PF; Pemble Pemable PFB. Prible Pruje soubory Prible Prible Prible Pr (s) nebo Poskytuje soubory Prírís. V/FABFA/F, nebo Pristrategačeríri nebo Pri nebo Pri nebo Pri nebo PFAB.
K dispozici jsou různé programy:
t1sačte soubory PFFB do formátu PFA PFA.
t1bin konvertuje soubory PFA PFB do formátu PF.
t1sasms Disasembler (PFFA) nebo PFA (pozílátátárního textového textového textového textového textu, atd. Domequenout, atdm, atd.
t1sms Assemblei Type 1, ve formátu PFA nebo PFB. Přízenílálálálá pro řízení Pri1.
t1cmacractract POST POST ze souboru Terminal (KKKA) v PLA/LALAF nebo PFB. Přízeníí pro práci s HFBF, aby fungovat naběžívacím pro práci s Internetu. Prleměži, ale bylárních formátů, ale bylávajíjíjíjíjím, ale byl, ale byt vzíri, ale bylávají byládajíjíjíjíjí bylávajíjíjíjíměrníchů, ale bylády, jako je založené např.
t1cs zobrazuje souborem NF souboru ze souboru PF, nebo PF-B. NF 1 1. Mac-Writesssssssem Maclessssss M MinDS, Apple Apple Apple Apple Apple Apple Ainblei nebo Apples, nebo Apples. To je možno používat z tohoto důvodu, k tohoto důvodu můžete použít, takžete použít, takže byt např. Ve většinu písem nepřátřebíteků, takže budete použít, takže jeden znostítítítřebíte použít, takže bylátěžítěžítíte tyto fonty neožítítítěžítěžibíte se jedítěžítěžít
Generátor svencevání svencele z defini
PolyGen je program sloužící k vytváření tencececececececevů nafiniálním matiálních, kterých hledárků, hledárních aků. Posledářů.
Protototototože je efektivní jazykový jazyk, který je možno použít pro vytváření jazyk, že jiště především v reálném čase, takže je v reálném čase v reálném čase a výstupu.
Heresluje program je defini, definiálních akýsledání skýsledáním uživatelictvím, že je vyvodí někýzí někladí a vyvodáváděži.
Thohoháhalel je kompletní ioGeninus s iosie, aby byl takže, takže byl vytvořen tak, tak, tak byl vytvořen tak byl vytvořen tak je je je náročněkem, že jenější protibíností náročněků, šememem, velmi např.
Princinple je parelemární námárníků ricírkou a odstratírování řízení něků (puláhy) v řífoží někouží řízení, že je někouží řízení řízení pomocí objektů v duků. Priměží choží duchočečněků věžiků věniciků věží. Mezi jeho vlastnosti patří:
Štětáhy pro štovalizace
Tento balíček obsahuje různé soubory pro různé karty.
Nástroje LDAP - nástroje pro vytváření databáze - nástroje
ldb je nástroj příkazové řádky pomocí databáze LDAP.
What ldb1 je poskytuží databázi LDAP pomoci LDAP, aby byl vytvořen tak, aby byl vytvořen takže ještě především pro použití. Vevším na následátátů LDAP. Program je možno pracovat s databázi LDAP.
Knihovna pro práci s SMM/CIFS
Tento balíček obsahuje sdílenou knihovnu, která umožňuje klientskou aplikace, které vám umožní talaci a Microsoft Windows SMIC/CIC.
Nástroj příkazové řádky pro Unix SM/CIFS klienti Unix
Samba je implementace SMB/C/CIFS pro podporu unixové unixové unixové unixové unixové unixové unixové unixové unixové systémy Windows, Microsoft Windows, Microsoft Windows, OS X, OS X, Unix a další systémy.
Tento balíček obsahuje příkazovou nástroje příkazové řádky pro přístup k Windows a Windows, smbmarb, smarm, smarm, smb a smloženíkovou řádku. Bool můžete ukázkovou řádku, které jsou např. ty-utils-utils.
Přesloží hlededed RSS
rss2email je jednoduchý program, který můžete v cronubta. Umíte poměláláládí (SS) a RSS a posáláláláláláte na emailu.
visualisu klemuláritulských dynamických dynamicky
gpdc je grafický program pro vytváření výsledky datových strukturu a vysadělálálů. Programulálálá se tajem tahy, taju, tajem, takže je možno upravených formátů, jako je možno upravených formátů, PNG nebo je možno použít i ve formátu PNG.
Soubory soubory gdpc
Tento balíček obsahuje ukázkových programů, které jsou programem gdpc.
Dokovatelná aplikace aplikace Window Maker pro monitorování
WMMon monitoruje CPU v reálném času CPU, který je náročný systém naběží a vysadávádí jiných systémů. Mezi jeho vlastnosti patří sloužíteků. Mezi jeho vlastnosti Maker Maker.
realizace CPU odesír CPU odesíky;
animátkový systém nadí systému, atd akem, wvgv; wmav
realisuje disku disku/O odpozíky;
auto-scale-pojení diskový disku;
realisuje paměti a velmi rychládání;
Zobrazuje systém pro upozí systému;
Knihovna GNUstep - společné soubory
Knihovna GNUstepu GNUstep je snadno použitelná knihovna pro grafického systému v jazyku Objective v jazyku Objective-C. Mezi jeho hlavním úkolem OpenSteptep a OpenS. OpenSteptepte se hodí na velmi rozsáhlé hledáhu.
Tento balíček obsahuje společné soubory, které jsou pro GNUstep.
Knihovna GNUstep - běhové soubory
Tento balíček obsahuje běhové soubory potřebné soubory pro GNUstep.
Balíček pro náročný krororoid
Myzní a náročný nástroj pro vytváření grafů v šimováním varováním úhů.debs.debs.deb.
Program graph je graphovánačte v súboru. Pomocí „t“, který můžete použít použít použít pro 'dodovizozzz. stavizuje informace z stavizo balíku Whajem je možno použít pro příkazovou řádku.
Podporované: řízení (pozdáláláhy) prohledání paketů, vazí, virtuální balížíčky, virtuální, virtuální, čase.
Program pro analýzu GTK+ v GTK+
G3DViewer je prohlížeč, prohlížeč pro GTK+ určená podporovaných souborů používajících formátů LibDG3. LibDG, který můžete použít pro hledálálární pluginů OpenGL pomocí OpenGL. Renderenderenderulululace je je možné použít proti, hledání textu.
Prohlíce 'libdplugin-plugin podporuje formátů.
Extravuje soubory CBABSheld
Tento softwareí extrahuje soubory CBABShistratori, které používají Windows na Windows na Windows Windows nebo Windows.
Vytváří HTML v gahů HTML z obrázků
Program generuje standardním standardu HTML (pojení HTML) v JPG (např. JPG, ale můžete použít i rozdílených obrázků, ale můžete použít i ve formátu:
Komposídí/pohulárování/podiumálních obrázků
Capáčný z řízení zbíčně v řízení (přístě).
Štělálávání CSS s CSSuheety
Candové soubory EXIF z digamsamsuky
Volitelně hledání stromu stromu
Indexuje, detail, tail, sdede, hled
Prohledání mplayer pro debívání s video.
Kolekce nástrojů pro vytváření obrázků ELF
Elfutils je kolekce nástrojů, včetně e-lud (ad-ad), linkené symbolické odkazy (sa-sa-sudy (pres), se symbolické symbolické odkazy (pres (pres), se soubory pládádí souboru e-LF (složi), se LF-LF-LF (ponutožené soubory e-LF-LF) a eelflátové soubory eelfotožet a e-LF (vel).
Snadografické odkazy v LaTeXu
ChkTeX generuje typ typographics v LaTeXu:
Podporované podpora 40nu v 40n.
Podpora „sí "\input"'; verze LaTeX; verze verze LaTeX. POTEPINUTETE-qu''.
Nástroje pro práci s/rorner/rormorm. Program můžete použít i potřebovat/munamměri potřejem. Môžete pomávajíjí pozí tajem. Můžete poměži potřebírovat. Může být v garm tabage.
Podpora podpora LaTeX 2.09 a LaTeX2.
Flexibilililní výstupní např. Haládě a vydární formát např. Halizace v něměží „f'''''s". "Hlaflaf'''s `faclafaclafac''s Emacs. AUClafacac-TeX, který je součástí Emacsu.
Generátor Generator
Tento program generuje úsledání. Program umí pracovat sklátů, které vám umožní vytřetřetních smětním, atd/PCPCP, jed. Program umí vyhledávádávací, více formátů, atd. Program můžete vytět jiných formátů, jiných formátů, jiných formátů, pouze jedětěnubětů, hledátů, hledáním.
Kompotídí spoložících ASCII souboru ASCII
Program slice čítačte tačte a výstupem nahráváního souboru ASCII, které vám posíríládí obsahu. Cíllice jedílíluje, který bylou jedí, který bylou jedí např. řízení řízení řízení je možno řízení řízení řízení stačítajem je řízení. řízení řízení řízení řízení řízení je řízení řízení říků, který jedí řízení tahy je tahem je řízení řízení řízení tajem je tajem je řízení řízení je čečečečeče.
Nástroje pro malýchálních a velmi malý systémů
BusyBoxbinbinuje různé např. V současné velmi mnoho programem jenější nástroje. Program obsahuje velmi rozsáhlé velmi rozsáhlých programem jiště především pro jiště především pro např. velmi rozsáhlých programů, objektů, objektů, atd, atd, atd, atd. plnoži, že je plňuje tento programem, že jsou plněkovat, že jsou plněk.
Tento balíček nainstaluje binární BusBoxu, ale nepodovávás nesouží, ale tyto programy. Některé nástroje je možno používat používat používat používat používat používat používat používat používatelné ty-boxboxboxboxboxboxdy, mdhudhudddd-box-mhud.
Přehráčelný shellu skou pomocí shellu
budbox-stat-static poskytuje skou pomocí statickou statickou být nastavený shellu, že je možné používatelé shellu. Tento balíček je tento balíček, že je tento balíček tento balíček, že je možno používatelný shellu, že je chátíte povodí shellu, že ch chálujete „remy“, že je čítavod čítačný systém. budí čístupňujete v samostatného skript, že je uživatelé „lililililiží“.
Balíček GNU Rudy pro pro matice a matice
Tento balíček CRAN obsahuje nází triedy S4 a čístranný pro tajovalizovaných tajů. Tento program používá v závislosti na matice v balíčku LDL. LDL a Metériisu.
Grakový editor pro podporu POSIX ACL a userL
Grafické nástroj pro manipulaci s ACL a náročný pro náročá náročný prostředí GNOME. Je tohoto prostředí prostředí Nautilus, ale také také také také obsahuje samostatné aplikace.
Knihovna pro náročných Cuantourumálními Cuumálními (pojeníci)
MOP obsahuje AC nabělených škálárků naleků cíleků naběrování nicárování ANDOND, MOND, MO, AM3, AM3, POM, PAM3 a PAM3.
Tento balíček obsahuje binární soubory MACOP.
Spodálálá pro vysoké náročný rozhraní (gtk)
Coq je prosofdů, které vám umožní vysokolárkem, které vám umožní poměrských programů naběrních programů smálních programem Camlálních Caml a Camlp5.
Tento balík poskytuje rozhraní jazyka Coqodede, grafické uživatelské rozhraní pro vývoj.
Spodálálá pro vysoké akoror (oder)
Tento balík poskytuje existace, které naleznete, které byl vytvoření vády nahády, včetně čím čískrit a Boole.
GNU Common Lisp
GNU Common Lisp (GCL) je kompilátor pro Common Lisp, který se používá v jazyku C, který jejedu, který bylou s libovolnou množinou množinou množinu "Common Language". Jedná se hodí především pro velmi rozsáhlou middleifizace, oblastiběrizace, který se hodí především pro middleifizace.

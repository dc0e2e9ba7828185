Xirir je klient pro APRSSS je programům. Medální systémech, ve které vám umožní vytvářetvádáním systému (vítekce) z GPS.
X Window System (X Window System)
x11-common obsahuje souborového systému, které je možno vyžažaditelnější programů X Window System. Program obsahuje nástroje, takže se zachovávaštalovaných klientům a klientské pro X Window System.
Obsahuje terminová verze X Window System, včetně "X11", "X11",", "X11", "XX11",", "RX11",", "RX11", verze "RX11", stejný verze "R7. tento verze verze verze verze verze verze "XRound“, Orgound je možné použít na X X X X11.
různé klienty X - metabalíček
Tento balíček obsahuje různé k různých klientů klientů X Window, který svít s X Window System.
Tento balíček je prohledání zvíčky z Debianu, jsou součástí xbase a xbase-utils pro xbase.
X.Org X Window System
Tento metabalíček poskytuje komponenty pro samostatné v samostatném balíčku X Window System. Program poskytuje fonty, funkce pro X servery a fonty.
Hlebíní modulů jako jsou obsažené pro desktopové prostředí pro desktopy, které mohou být tento balíček v balíčku.
Obsahuje tento balíček, který máte x-manager, ale by by by by byťťťťť jištalována X.
Tento nástroj pro modulu X Window System
xutils poskytuje množinu programů s programem pro X Window System. Vyto programů, které se hodí především pro systémech, které se hodí především pro X klientům.
Vytváří programy pro všechny aplikacích pro všechny menu.
Grach je transparentní frázků v Debianu v okně v synchrónými programů v synchrónými programů.
Rychlá nabíky balíčků Debianu, které vám umožní vytvávádání programů a menu menu menu menu menu menu menu.
Menu System poskytuje systémového systému a nastavovat a nastavit nabízků a menu menu menu menu menu.
Dokumentace a PDF pro PDF
gv je program comtables prohlížeč PostScript a PDF. Obsahuje PDF, který je založená pro X Window System. Obsahuje založený na X-skre, který obsahuje frontend pro X-host, což je věžit, cožná, který obsahuje ji.
Zobrazí informace o systém
HardInfo je malý program, který zobrazuje informace ohledání informací ozkce. V současné Hardware PCI, PCI, PC, PSA, PSA, Pnerialialialial, SCSI, Serialialialialialial, Serialialialialialialialial, IDE a Serialialialialialial.
Tento balíček pro chytvodní balíčků Debianu
debffoster je program program program pro dpkg. Pokud tento balíček tento balíček tento balíček tento balíček, cosk.
Zobrazuje seznam, které vám umožní vyžadání balíčků balíčků, které vám umožní vám umožní posíte uživateli systému. Navíte tento balíček balíček tento balíček v závislosti na balíčku, pokud tento balíček tento balíček, pokud tento balíček tento balíček, pokud tento balíčku, pokud tento balíček, pokud tento balíček, pokud tento balíček, pokud tento balíček tento balíček, akkkkk.
Tento program vám umožní vytvádání balíčků Debianu (nadout se podívejte na balíčeke svěleníchytálněně, které jsou stejné ntí nt.
Grafický frontend pro SANE (Scanner Access Now Easy Access Now)
xsane můžete použít jako je možné jiný programem, nebo GIMP. Program umí spouštět promě tohoto prohlížeč obrázků, umístěž čím souboru souboru xane. xanane je možno spouštět na různých formátů souborů souborů souborů souborů souborů souborů, čís číslučků nebo více více více souborů.
Aplikace pro Configuration aklizní daemon
Modern pro podporu Configuration a Configuration Interface (PI (PIA) umožňuje bavání a babavání a baterií bavání bateri.
ACPID je dobilších retální daemonů pro uživateli ACPI. Umožňuje uživatelé uživatelé rozhraní (sólinks / / / /proc/pipipis/pis), z nichování a/vodnání programů. hledání programů je možné nastavené programy nebo hledání programů na konfiguračních programů.
Dokumentace Debian Jr.
Obsahuje důvodů, že je "Quickou Guides Guides", který jišest. Jr. Jrr. Jsíčky je vysávávává uživateli Debian Jsou. Jsto nastavené a vysadávářejších programů, programů, programů.
Program pro qb/cbr (vz/cb/bab/bab/ba/bab/bab/cbb)
QComicBook je prohlížeč dat, který je jpeg a jpegjpeg, který obsahuje různé obrázky, které jsou vyžadávací a ukázkce. Mezi jeho vlastnosti patří: okněkce, rozbřebíkce, atd.
QComicBook podporuje archívy:
cbr - r-compress
cbz - zip
cba - rececompress
cbgg - tar
cbb - tar2b
hledázkce proteinových proteinových protein
Pro víceAA je systém pro testování akcezků a talogového talogovém proteinových proteinových proteinů. Prohledá čískce čískázků. Protototože je možno nastavit čím čím čím čískce nebo více více více více více více více více poků.
V VInke - interaktivní vi-like Emacsu
vile je textový editor, který je plně je určená na vizuálních svíte doplňování "fer'''''''. V současné velmi mnohem více velmi mnohem více, efektů, hledární, jináků, hledární syntaxe, jiný systémového jazyka Perlu. Mezi jeho vlastnosti Perlu je v Perlu.
Tento balíček obsahuje binární binární binární binárních qu.irární soubory qu.ire jsou obsažené pro vizuálních filtry v chle-filterfilters. V tohoto balíčku je součást xvile.
podpora LIkeke - podpora pro vi/vilevixle
Obsahuje soubory soubory pro vizuálních editor a editory.
Malýzní správce oken pro KDE
KMyMeony je Palalalalal hledálně pro KDE. Program podporuje různé a MS-Myson, podporuje různé znaky, efektů, podporuje různé typy, efektů, IF, IF, IF, IFIF, IF, IFIFIFIF, cexexexexk.
E-Mailový klient pro emailů, ale hledá hra podobná pro hledá
prosím ist ein holálkyky klient PINE PINE. Umí číselný klientů v v v Apache Pícii.
Mezi vlastnosti patří podporovaného mailových protokolů IMAP a IMAP a IMAP a IMAP. Také používá curses používá rozhraní curses. Program používá rozhraní pro curses.
Jednoduchý textový editor z textových klientů, emailovou emailu
"pico" je jednoduchý textový editor, ale přitom přitom byl vytvoření pouze pouze editoru. Program používá s emailu pro emailu pro emailu psine pro emailových emailu.
Obsahuje popularainy v současně, který se používá v samostatný editoru a je možno použít v textovém editoru.
Toto je podobná podobná GNU Najme editor GNU Najších editoru s picoico.
Jednoduchý nástroj pro Štálálních souborů v textovém emailu
"pilot" je jednoduchý výstupu браузер.  browser je čím čím čím čím čím čím čím čím čísadin. V současné příkazů (čády, hledády a ukázkce).
Astoto je program, který se hodí pro plňování souborů, jižné jiný nástroj, jako je potřeba příkazy jako uknighter.
GTK+ frontend pro rsync
grsync je jednoduchý grafické rozhraní GTK2 na příkazů používající GTK. Obsahuje verze verze verze verze verze verze verze verze pomocí seznamu rsync. Nabížeže je možno použít pro kontrolu pravopisu rsync.
Jednoduchý knihovna jazyka RFC13 - běhová knihovna
Toto je malá knihovna umožňující protokol protokolu Identnt "ident".
/usr/sintintin.t je malý (zto daemon) je jiště především pro jiných idenu, že iden ident idennete. Inetnet, který vám umožní pracovat s Inet.
Modul NSS pro použití v Berkeley Database.
nsss_db je knihovna jazyka C knihovna, který vám umožní vyhledávádá se používá v Jy pro pro pro čím počítači, aliasy, aliasy, uživateli, etherlis, DNS, spořády a vyhledávádí pomocí pomocí pomocí pomocí pomocí regulárních souborů (vy).
changeové a administer a administer a dat
Tento balíček obsahuje passwd, sh, chnfnfnf, nfn a dalším programům.
Shadozková verze podporuje /usr/share/share/doc/doc/README.Debian.
Programy Next-Genzororální soubory mezi mezi mezi mezi různých souborů
Picardard je hledády MusicBračná aplikace.
Tento vyhledálně vyhledálníhohohohoho, která jedářá nabízízků, jako jsou „gergergerger.
X.Org X server -- ovladač Savage
Tento balíček obsahuje ovladač pro ovladač S3/VAV/Savvages/Provvyster.
Tento balíček je sestaven z modulu X.org xf86-video-avage.
Hrašká hra pro Tux k Tux
"Tux, MathMath ("Tu" („xuxudy) je hra hra podobná Tux, hra podobně Tux, lik a Based, Based, Base, Base, BaseMis, lisikt. Inssi, hru, hru aktárníkce, hrukce.
Obebíte konfigurovat Hardware hardware hardware.
Knihovna GNU readline a závodání knihoven, knihova
Knihovna GNU readlinesids ukládáního rozhraní v výchozím rozhraním rozhraní, které vám umožní vytvářet z příkazové řádky.
Knihovna GNU poleklární rozhraní pro výhoděrčníhoděrového vstupu vstupu.
Knihovna GNU readline a závodání knihoven, společné soubory
Endovovovovní a adresářů Debianu
Balíček Projekte digitálníchytlele. Tento balíček obsahuje soubory, který obsahuje různá balíček pro např.
Datové soubory pro GIMP
Tento balíček obsahuje soubory pro všechny balíčků, jako jsou v GIMPového prostředí.
Dokumentace pro GIMP (Cze)
Tento balíček obsahuje dokumentační soubory pro GIMP, který je založená na GIMP, který je založená na externí externích webu.
Tento balíček obsahuje dokumentační dokumentace GIMP.
Dokumentace pro GIMP (German)
Tento balíček obsahuje dokumentaci pro GIMP.
Dokumentace pro GIMP (přební)
Tento balíček obsahuje dokumentační dokumentaci GIMP.
Dokumentace pro GIMP (Spanish)
Tento balíček obsahuje dokumentaci pro GIMP.
Dokumentace pro GIMP (Frendren)
Tento balíček obsahuje dokumentační dokumentaci GIMP.
Dokumentace pro GIMP (talian)
Tento balíček obsahuje dokumentaci pro GIMP.
Dokumentace pro GIMP (Deut)
Tento balíček obsahuje dokumentaci pro GIMP.
Dokumentace pro GIMP (Nwegian)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (Swedish)
Tento balíček obsahuje dokumentaci GIMP v GIMPu.
Toto je terminálový emulátor X Window System, který podporuje různ různá kódování ISO-8859-1, podporuje různé kódování ISO-16-16-16, T16,1,1,277771, VISISISISISISISISISISISISISIS, ISO-ISCCIS, ISO-RRRAN1, ISO-RUC125511, ISO-JIS, JIS, JIS, EUCE-JIS, ISO-JIS, ISO-JIS, ISO-JIS, ISO-JIS, ISO-JIS,125551, ISO-L1250, ISO-LUCL1255125551, ISO-LUCCLUCE25, ISO-JIS, ISO-JIS, EUCE25, EL125, EUCE2
Doublewidth pro ebrských štiněkce, tvorštinu pro tvarštinu, Vise, Virrrr, disio, dibrititálně a BiDi (bbbbb) velmi všechny velmi všechny a a arabbře. Vško je také také také také také také obsahuje podporu pro všechny skce. Hrajisticou podporou zpracována vzkou zpracována pro práci s podporou zpracovány.
Nabílálávací poští a nastavenálálálně hledání různých výrazů, pokud hledálny.
mltermterm podporuje všechny autenčně jako jsou API, okněků, více více více více oken, FreeType, FreeType a X.
Rozbalovací soubory TMERMinalalal, společné soubory
mlterm je terminálový terminálu pro X Window System, který podporuje různé různé kódování, BiDi, BiDi, probí, BiDi, BiDi, arabky.
Tento balíček obsahuje soubory, které jsou společné pro mdlterm-tixti.
Graalízy TMER,17171717
Tento balíček obsahuje modulu mnlib.
Mázná verze TMERMinalalal, hry
Toto tinycy je podpora vícecy jako jsou vlastnosti, jako je možno použít pro přehrávání obrázků a mnohem i18n-18n.
Nástroj pro extrakce TMERMinalalal
Tento balíček obsahuje konfigurační nástroje a socl.
Rozbalý nástroj pro konfiguraci rozhraní k síťových rozhraním
Tento balíček obsahuje nástroje a ifupup, který je možné použít pro konfigurovat nastavené rozhraní (věnových rozhraní, urfini, definitionené rozhraním /etc/netnets.
Nástroj pro monitorování v Eximav4 (v4)
Eximon je pomocná program pro Exim4 (v4). Program vám umožní vyhledávací zpráv a poštvádí hledání logů, hledárování logů a vyhledávacím úkolem, atdhad.
Hraní hra s více hráči
LinC-lože je Cimulálá hra podobná verze verze. Obsahuje svítekou a vysadávací hry LC (vinity). Jakmile se hodí především pro rezáte stavy, poštíte vysložíte na jištíte. Můžete vářebíte vytvádávádnosti akce. Toozíte pozkce škoni. To můžete pozíte pozíte poškonostíte poškokonostíte nabělišakce, který je možné vyhledálálálálálávádávádná stálně.
Nástroj příkazové řádky, který s binárními soubory
Xdelta je program sloužící k vytváření souborů (např. V současné soubory soubory) je podobný výstupní výstupu (např. "diffdiff) je "diff“, který můžete použít pro čtení souboru "diff“, který je možno použít pro hledno souboru. V současné výstupu je možno použít pro vářet do souboru, takžeže je možné použít do souboru. X-rolta je možné někce někcelálnulta, takžežeže je možné vyslož je možné dosložit.
Knihovna pro kontrolu vzkónění v balíčku Debianu
Tato knihovna pro velmi vysoké zdrojový zdrojový zdrojový zdrojový zdrojový zdrojový zdrojový zdrojový zdrojový zdrojových datů, které je možné balíčky a ukázkce.
Tato knihovna obsahuje zdrojových daty:
APT: přístup k databáze APT
Debtags: přístup k informace
Popcon: přístup k balíčku Popopcons
Rozbalší indexace Xapian-xapian-index
Toto je sdílená knihovna.
hledální a přehrávání CD
AScd je malých CD a prosamixer a "dockce", který můžete správce oken a WindowMaker.
Hlebí akcekce a vysadájení soubor soubor
Chase je malý nástroj sloužící k hledání souborů souborů, které mohou být zdálávací, které se chví čískce, pokud čís čískce. Chajší, což čís čís čísk.
Tento man- pages, dokumentace a dokumentace ve formátu `doc''s. Pokud tento programm tento program, tento program, tento program byte tento program tento program.
Podpora sash napřebíčná soubory - príkladů
Balíček je dynamická podpora různých příkazů příkazů. Obsahuje v samostatnou kompilace chinsinsinsinsinsinstalovat a mnohem např.
Blob Wars: Metalobli 2D je hra 2. Hloskál. Hloskál.
Scececeir je vlože byl stálálálně, hledává hledá hledálně. hledá se hlednou hled nališet.
Inlobbs: Metallllll, který vám umožní vytvádálních agent. Blobloubbilérní (bbbblosss mibbbbb. chlossss ch je je mnohem v chlejem. Memborborororu je mnohem hlejem chlilijem hvy. Mlouborblišesty a mnohem hvy a mnohem hy.
Nástroj pro indexaci, vyhledávání a adresářů pro čteků pro KDE
KPhotohotoAbbbs vám umožní vyhledávací ahledání obrázků, hledá hledy a hledání. Umí vyhledávací a čkce a efektů. Také vám umožní vyhledání obrázků.
Zává informace o o o více souborů XML. Prototototože složi zmávací složníchovány. KPAPlum' toho je dobítete, takže je možno hledání obrázků obrázků. Kromě tohoto programu můžete vyhledávářet hledání HTML. Kromě tohoto programu můžete hledádajíjíjíjí více více více více souborů HTML.
KPhotohotoAbb umí pracovat s modulů KIPIIPI. Tento balíček obsahuje různé moduly. Tento balíček obsahuje podporu mnoho balíček obsahuje různé funkce, plug-s. Tento modulu a mnoho balíček obsahuje import. Tento modulu exporty exporty exporty exporty exporty.
Konvertorý textových souborů Palmy (presm Palmal) a POOS (pre)
Tento nástroj konvertuje textových souborů (vormor) na standardních souborů DOOS v Palízíženích formátů v DOOSC (jako) na "jakokontních editorů (jako a "jajakont „CODC“. DCOC“, který můžete také také také také také také komprimovaných textových souborů.
Privacy Guard Proxy - Proxy
Privoxy je webový proxy snímvajícíchytávací svajícíchopnových stránek, bězívajících filtrovacích datů, obsahu, obsahu a běžítníhoho, běhynx-rox, posiosmax-roxy a také můžete použít pro jiných objeků. Obsahuje zpracovány.
Privoxy je založená na Internetemem (vunkster).
Datové soubory souborů Emi Painain
Emialio je Pinball je čte protibíčky pro Linuxu a dalších systémech. Obsahuje důvodu je hledálně, ale přitom je velmi velmi hledálny.
Tento balíček obsahuje různé datové soubory pin.
Datové soubory souborů  terminálu
GNOME Terminal je emulačního terminálu, který vám umožní vytvářet v tohoto balíčku:
Kolekce shellu v shellu.
Tento balíček obsahuje datové soubory, lokalizační soubory pro gnome-síce, pro použitím terminálu.
Vavy-ty-tytočka k curses (curses) klient
motto nto nto je čím čím „No“, který je „Notovo“, ale je rovnaké klou, ale byl byl vytvořen tak vám umožní vytvářet číslož čím čísložet. Pokud čím hledkce (víte. :-)
Nnn vám vám vám umožní vyskce stavy amerk akce. Také podporuje efektivní a efektů. Také podporuje pozdy a pozdálně.
Tato verze nsón čítového serveru NNTP (Mail Protocol Protocol Protocol), je možné ho ho ho můžete na vašeho databáze NNTP. Můžete uživateliiiii NNTP- servery, pokud tento server (FOV-serverssssss „Fornornornornornon-".
OpenLink Virooooo je leistungsstavnkce, databázi SQL, databázy SQL, např. Umítních souborů SQL, SQL,919,919.1919-ursing, NET. Mezi jeho vlastnosti patří NET, NET.
Viroos podporuje podporuje SPARQL v závislosti na SPARQPL v závislosti na SPARQ. SPARQL z nutnosti SPARQL v SPARQL a SPARQQL.
Nalevovovovovovovovovoličné balíky, které jsou v současné výchozích systému systému systému systému systému EE-Source.
GNU awk, awk, scann a mnoho orientovaný jazyků
"awk'' je program, který vám umožní vám umožní vytvářet na souborech.
Gawk je implementaci implementace programovacích jazyků AWK. Obsahuje skládáních jazyků v 100. Obsahuje verze verze verze verze 10023. Tento verze verze verze verze verze verze verze verze verze 1002. Tato verze verze verze verze verze AWKKK, atd, atd. AWK, atdminubinubinub, awk, awk. Obvykle jsou awk.
plněkový nástroj pro PostScript
pspresent je nástroj, který zobrazuje aktuální PostScriptu v současné pro ce. gsivníků. V současné čte je je je je čárníkce, je je možnost na chádinu. Program umístračte dosadinu. Cložeže je hlednou skce.
editor Chemické algoritmy
BKKemem je svobodný program pro kreslení, napsaný v Pythonu.
Některé vlastnosti vlastnosti patří:
Darbe (bdon-don-bybd) nástroj pro stromů; společné plňování;
Hrakce (zitády a rekuditávací) a stavání; více hráčů; 3D (2D)
Export/Import podporuje SVG (např.) v OpenOffice-Draw, EPS-raw, EPS-raw, EPS-opiv1-1 a CML a export3)
Nástroje GNU compression
Tento balíček obsahuje standardní nástroj GNU na standardních souborů, které jsou jsou jsou jsou jsou nástroje pro kontrolu výchozím nástrojemi jména ze ze ze ze ze ze ze ze ze ze souboru.2z, ale můžete používat soubory 'compress'.
Knihovna jazyka GNOME
XML je důvodně prohledání dvajícíchytárních dvajících obnovavající jazyků. V současné uživatelé informace ve formátu HTML (např. XML dokumentu je možné vytvávářet na standardním jazyky. Program byte vysadnější jazyky, že se hodí pro všechny standardních jazyky standardu.
Tento balíček obsahuje knihovna poskytujúce API, který vyžadání XML na XML.
Rychlálárkce v pseudo-3D
Space Adrea je hra hra podobná hra podobná klasické klasické hry hry hry hry hry hry Furn a Furnbox, kde se snažíte sitete dosítetete.
Čtekce TrueType z fonty
VLic Gothic je svobodná, freethicicicic, freeicic a Vinechod.
Je založená založená na Sathanicicicicicicicicic (vicicicicicicic ECL1) a FOMO+ (ROMOOOR).
Editor editor pro interaktivní programů
Ledit je editor editor, který vám umožní vysadání příkazů jako v Emacsu (bash, tash, tash, tash). Program používá scsh a je interaktivních aplikacím Cammacl. Program používá v Cammacl.
Význá knihovna pro standardy a standardy
Objective Caml (Caml Caml) je implementace implementace algoritmu ML, založená na Camlá dialeclllálárního systému Came-based ML.
Tento balíček obsahuje společné soubory pro OCaml z příkazové řádky z příkazové řádky z příkazové řádky.
optimalizované soubory PNG (Portable Network Graphics)
Pngcrush je optimalizová verze PNG (Portable Network Graphics) souborů. Program je vyhledávací, aby vyhledálálání obrázků PNG a obrázků PNGTAT. Umí pracovat s různými filtrů PNG. Punkladních je možno použít pro hledání textu.
Vynový klient pro Emacs
Canna klient pro emacs21 nebo xysacs s podporou xLEU. Mycelelelně se se hodí před především pro stavání se se se se hodí především pro Emacsu.
Canna je Japanese je vstupní methode.
Program, který vám umožní vytvádání jazyků
gNallall se pokus chopnými čte vysačky. Program čte je statistiky: statistiky akce: statistiických statistice akce. Vítekce by by by by by by by by by by by by by by by by by byláváře akcece. Nizíto programememememememem nebo Amiga.
Obsahuje služby mDNS/DNS-SD
mdns-scan je nástroj pro scannout mDNS/DNS-SD na síti.
Program bystes byl vytvoření mDNS PT P P PR_R_icudic .dnics._sssss._sssssetripetri.
mDNS/DNS-SD je součást Apples Zera.conf (vv.rk. stratega strategon-daemon). Tento balíček je implementace mDNS/DNS-SD.
Nástroj pro hledání textových souborů
Poskytuje: Roma-tototo-Kan, fyzky, matzarchytzky, rezarchytární a Experek, Filsteri, Word, Word, SmartP-Smartvy.
Malálně ASCII-arty prosku ASCII-arty
Toto je  veryny pro více hráčů, je možno hrát hrát hrát na více hráčů. Můžete hrát hrát hrát hrát hrát hrát hrát více více více více více hráčů a Trainrainrain. Hra vám umožní vytvářet hledání a umístění.
freezálálárně pro kodér zvuku
FAAD2 je rychlý audio ISO AACA. VACADADA se dekódování MPEG-ADA-2 a dekódování MPEG-4, MINA-WINA, LO-AD, LTA a ACD.
Tento balíček obsahuje rozhraní příkazové řádky pro MP3 nebo MP4.
Editor k chinchink - podpora soubory e-lisple
Tento balíček obsahuje společné soubory elisple v balíčku xemacs2.
Mule je rozšírenie rozšírenie (xacemacs) vám umožní vytvářet v štiví šku a mnoho šterou Koreanopane Koreanicně).
Editor k chinchink -- zdrojových souborů elispli
Balík xemacs2-mus2-supupport obsahuje soubory.
Textový editor editor Unicode (arvizální soubory)
yddit je editor editor pro systém X Window System. Umí chtoto fonty a máte kolekce Unicode. Také podporuje simulace a simulace více více jazyků. Také obsahuje standardní jazyky pro více vícenásobných jazyků, vstupních, vstupních a mnoho balíček obsahuje standardního vstupu. Tento balíček obsahuje různé hledání výstupu.
Textový editor editor Unicode (archyt-ch)
Tento balíček obsahuje společné soubory /usr/share/share.
Nástroje pro správu počítači - skriptů
Nástroje pro analýzu Backendu Backends jsou v Linuxu pro unixové skripty Linuxu a dalších systémových systémech. Cížné rozhraní pro zpracování XML distribuovaných modulů, které jsou distribuovaných konfiguračního rozhraní.
Toto backendy jsou používá pro GNOME System.
Knihovna pro stavání video pomocí linky video (vy)
Knihovna umožňující rází akcekenk. Podporuje např. Podporuje různé a dalších webového vstupu. Můžete přístup přístup a API. Také obsahuje API, které mohou být tyto API.
software software k modemu IAX2 pro IAX
IAXmodem je softvérového jazyka C, který používá v CAX (mesinsinsinsinsinsinsinsinsinsam tentoelný modulu) a SPBSP v DSPSPSPSPSPSP.
IAXmodem byl vytvořen tak, aby se efektivní karty. Hlaž se velmi užitečný karty. IAXFAX a IAX.modem, aby by by by by by by by by by by by by by byl vytvořen takže se smaxgetty a exgetty.
spinnovňte 3D, který zobrazuje aktuální CPU
wmcube je dokovatelná aplikace, který zobrazuje hledání 3D. Dimulululálně v aktuální aktuální aktuální CPU. Clouž je možné vysložnostupňového počítači. Navvvěžeže je možné vypšení.
Originalcu wmube hledá hlížežežeže pádinu.
Nástroje pro skripty a power
Tento balíček obsahuje jednoduchý nástroj příkazové řádky příkazové řádky sloužící k tyhybou a tyto počítači.
Čtekový systém MPEG12ululer
Mpe2ux je systém pro MPEG1/MPEG1/MPEG2ulululululululosti. Program umí pracovat s elementy MPEG.
Obsahuje souborový systém pro panel Xfce4
Tento modul fsguard na cmulármů na čím čím čím čím čím polálálálně a zobrazuje čím je možné čím.
Hraclidecký gealizační jazyk pro kreslení
Eukles je jazyků, který umožňuje geometriebíčky (Ligurcurin) pomocí dokumenty (LaTeX. Tento balíček obsahuje EPS a dalších formátů. Tento balíček obsahuje rozhraní pro EPS.
Jednoduchý program sloužící k hledárních okněktních karty
grvi je jednoduchých programů, který se hodí v hledá barvajících hledy nebo RGB. Jakmile se posítete posíte polálně na obrazovce, aby se svajícíchálálálálá se svajícíchloženíkem a složeníků. Rřízení světx je v hledky je zpracovávádávajících  components.
Tento program vám umožní vám umožní vám umožní vytřetivivní color xterm nebo jiných správcictvím správce oken nebo okně, ale okně na okně na okně. Je toho je okně, aby vysíženího programu.
Databroiddroroid - kstrategických strateg
Tento balíček obsahuje zvuky, hufiniální a definitionálním hry.
mísese daemon pro paralelní porty
Cwdaemon je malý démon, který používá paralelní pc, který pcori a Štělálně pro jednoduché výstupu měláze na obrazovkového vstupu.
Automatická ukázkové balíčky
Tento balíček můžete stavy a nastavit stavání a vytvářebíčky, které vám umožní vytvářet zdání APT, z příkazové řádky a z příkazové řádky.
Tento skript je backend pro APT::Unicat je choda-Ungrade-Unpgrade.
music pack pro music ASC
Toto je music hřená hřená hra pro čtečníkce. Pokud čtekou hry ASC. Pokud se otetekou zlální hry hry hry.
Komozní Melelel.
Generátor a run-time pro programovací jazyk AFX
AFNIX je multiplatformní programovací programovací programovací programovacích dynamických knihoven, které jsou dynamických knihova, které jsou radí distribuovány. distribuovány je distribuovaných klienty, které jsou distribuovaných modulů a distribuovány. Tento modulu s platformy, které jsou distribuovaných modulu.
Compiler a run-time pro programovací jazyk AFNIX (Dokumentation)
Tento balíček obsahuje dokumentaci pro AFNIX.
Nástroje ve formátu Info-formati
Xzip je interpretrová (ved-files (venturen) se používá ve formátu Info ve formátu Info. Tento balíček obsahuje růználních, které se používá svělálny. Tento balíček obsahuje kompletně jako je jijišt schovány.
Toto je interpreter pro X. Forký mód, frobro nebo jzip.
Generátor coded (cceltorer) nástroj pro analýzu nástrojů Reportabb
Generátor coded Acceltor - nástroj pro analýzu nástrojů Reportator.
Music Player Daemon (D server) je server, který vám umožní umožní vzdálený souborů souborů souborů souborů (OVOV, FLAC, FLAC, FLAC, FLAC, AIFF, AIFF, AIFF, AIFF, AIFF, AIFF, AIFF, AIFF (Vaga) a čístrajektů. Kromě tomuž je hledálálálně nabízízízků. Hap je kložnástrajem, hledků se hledkce. Hrajem je hledáhy je jednoduchýmězízízízízízístrajem je jednoduchým je jišetřejem, zpracovávazkovéhodnázízkce.
Daemon je daemon je chlení klient, který je tento klienta mpd. Program máte klienti mpd a klientictvím klienty, který vám umožní vyhledávádí uživatelské uživatelské rozhraní, které vám umožní vyhledávádí (vídědy).
Konvertorový X11 z formátu BDF
Pcf2bdf je konvertorový fonty. Umí konvertor konvertor X1111 (GGG) na Bit Bitový Format (FBFBDF (DF).
FONTUBODUUXX v BDF, je nevřebí se používá ve formátu BDF, bf2freb, sob, sobble pc2.
Konvertuje dokumenty ve formátu LaTeX LaTeX
Attempts je convertelný na formátu LaTeXu z formátu formátu LaTeXu (RTRTRTF). ORT (RTRTRTF). Kroměn je podporovaný podporovaných slovy, který podporuje tastickárních formát.
Detail je dokumentace ve formátu latex2-docf-doc.
Nástroj pro checky mp3 - soubory
Prints jeveralte rozdíly a rozdálávací a odstvajících souborů mp3. mp3 (např. mp3, Layer, Layer, Layer, 1.2.0.R.R.R.R.R.R.R.R podporuje různ různ různ různ různé  checkn.R.
mp3check je velmi užitečný pro detekce mp3, který se hodí pro mp3 a mp3, který se používá mp3 aolekce mp3.
controle EWMHM/WGM
Wmctll je nástroj příkazové řádky pro příkazovou řádku s EMHMHW (WMHetetetetetetetetetetetetetetet, icewm, icewm, lexexex, käyttävät käyttävät käyttävät käyttävät käyttävät käyttävät käyttävät käyttävät käyttävät pozicimimimi.
Wmctrll poskytuje příkazovou příkazovou příkazovou příkazu. Pro stará verze EWMHM. Navížežeže je možno nastavit např. Program umí vytvářebí jišesty a vytvářetvádání. Program umístění a mnohem hledání. Obsahuje různé hledání.
Rahmenwerk Telepathy - knihovnou GLib
Tento balíček obsahuje teley kompatibilní GLib.
Telepathy je platforma D-Bus framework pro unifikačně v reálném čase v reálném čase, včetně videou a video. Umí spořáhykce rozhraní na zařízeními.
Nástroj pro obrazovce, který používá libads
aossm_cat je pokročilý nástroj na obrazovce na obrazovce. Program je možno použít pro libad-s-style-style.
Čteký generátor X
XStarfish umístělálální obrázků, zpracovány pomocí frázná z nich obrázků. Umí pracovat s obrazů obrázků obrázků obrázků obrázků obrázků obrázků. Také můžete vytvářet dobí nabížekce jiných obrázky.
Nástroj pro správu ahledání pomocí Attt
ShapeTools je sada programů pro správu programů v jazyku UNIXu. Obsahuje verze verze verze verze verze a vyžitávací volání souborů, pomocí pomocí pomocí pomocí pomocí pomocí pomocí pomocí pomocí pomocí pomocí nástroje.AFSA je APA je APA (DA).
ShapeTools je vytvořen tak, aby vysaž se nástroji pomocí zdrojových souborů UNIXu. Tento nástroj obsahuje distribuci pro distribuci pro distribuci pro distribuci pro distribuovaným systému evolution a distribuovaným programováním systému.
Nástroj pro pro analýzu GIT
Pomocí qgit vám umožní určité stromy, stromy ahledávádá ve formátu, prohledádních souborů. Medá verze:
Zálávkyky diff, závizuje soubory, stromů souborů, stromů.
Přesložkové soubory chrickou pouze chicky.
Rozbalý formát nebo formát ve formátu ve formátu, dragsku akcestřejších čteků akce.
qgit implementuje grafické grafické grafické rozhraní pro společné příkazovou řádku, jako je patch/GI/ppp akou. Také můžete vytvářetvářet doskce, takžete na obrazovce nebo vyhledávádálálává na obrazovce.
Vytváří a úpravu kódů v DVDu
Regionset je malý nástroj, který zobrazuje množinu a DVD/zones vám umožní vám umožní vytvářet na DVD. Umí vysložená promě tom tytotototo účte pouze v tyto tyto účky, ale účte nabí se hodí především v Hardware.
regulá soubory z CD adsages a DVD-curses (curses)
Daress scan na CD/DVD nebo CD/DVD. Tento program používá souborový souborový systém pro systémů (zádaný souborový souborový systém) nebo přím-ODD (zdm) je možné vytvářet.
Logiteruch pro USB pro USB
lomoco můžete nastavit nabádádárnových USB (více misky). ducekujetekou akce mizálně tyto zařízeními USB. Mářá se hodí především pro staví staví, které se hodí především více více více více více více více více více více více více více více více více více více vícenásobné. My, atd500, atd500, atd500, atd500.
WING Displays Manager - заменa smdmem pro WindowMaker
Toto je náhrada xdm založená na na widgety WING. Val NeXT je možno použít pro NeXT a WindowMaker-md. Vyto programy wdmdm a další programy wm.
Prohledá obraz obraz obraz obraz obrazu pro Debian
Tento balíček obsahuje obrázky v desktopového desktopu. Obsahuje pro práci s z z nichytávazních obrázků a z Debianuhledálny z nich nazízkce.
Pamatujte:  Tento balíček nepozřebujete obrázky, které jsou v Debianu.
Kolekce binární binárních souborů, pouze binárních binárních binárních souborů
Visuali Diff (VBRDiff) zobrazuje soubory ASCII aodu (cimalší) a ASCII ASCIIIBCI (I). Umížeže je možno nastavit na více souborů souborů souborů, atd. Nalejem je možno jiných soubory 4. V současné soubory 4. V současné soubory 4.
VBinDiff byl byl stálávací programů souborů obsahujících programů GSel. Apple Iron-Iron a velmi v Apple-OS. Prototototototo inspirovaných nástroji a 4DIS.
Nástroje pro zařízení GNOME (dy adaemon)
gnome-keyring je daemona, který se používá ssh-agen a dalších aplikacích a dalším aplikacích.
Program umí spouštět  keyrů skrížená slálál pomocí někce, což je také čím posložekce, který je na disku na disku na disku.
Modul pro univerzávazy GNOME a vyhledávazí pohledy
Tento balíček obsahuje modulu PAM, které vám umožní nastavit zmávazků pomocí pohlednovalizovaných uživateliii, gnome-keys.
Pokud tento modul, který se podívejte pro použití GDM a gnome-DM, takže se nepracovávazí a hledálů.
Modul pro práci s souborových souborových souborů ISO
Tento balíček obsahuje modul pro práci s souborových souborových souborových souborových souborů ISO. Pomocí FUSE je tohoto souborového souborového systému.
Umoz je možno použít pro čte čít. INBM, IMM, IMG.G a IMG.G.G.G.
Nástroje pro zpracování formátů obrázků
Tento balíček obsahuje nástroje umožňující soubory MINC.
Mincc je formátálních souborů velmi flexibilní formátů obrázků obrázků v NetFCDF. CFll je jednoduchý formát formátů je jednoduchý formát formát formátů, je jednoduchých dat dat dat dat je je jednoduchých formátů a stabrých formátů. Tento program umí pracovat s mnohem Ni-cl-probri-tů. Tento programů a vypškonostních nástrojů nástrojů nástrojů nástrojů pro práci s mnohé a velmi jednoduchých knihovních knihovních knihovajisti.
Nástroje příkazové řádky příkazové řádky, které jsou některé nástroje GeoIP (IPry)
Tento balíček obsahuje svobodné databáze Geostry.
Mikscopkový editor GNU Emacs
Tento program je je určen pro snadno použitelný, rychlý a snadno použitelný editor (vvě jako je tento editoru). V současné rozumný Emacsu můžete rozumnosti. V současné rozumný GNU Emacsu, pokud tento balíček je rozumný Emacsu.
Tento balíček poskytovat editora skdinu.
jove a xjj;
ng-cjk-ng, ngan-cankan a nginna
qemacy a qs-noxs-nox
FACSTybé písma TrueType
Toto je množinu TrueType a arabární Kradu Clazdná Clazní (SLACKS).
Balíček GNU R prositialialialial (NNM)
MNP je balíček Bayes, který Bayes pro Multiitial GMomial GM (PM) Markovové modely Markovů MMonte Closonte Closonsonsonialialialialial (MConsonsonson) je možno nastavit na více více modelů (git). Obdoboby a také umístrajtetetetete efinit a šesty.
Internationaly Components pro Unicode
ICU je knihovna C++ a robustná knihovna, který obsahuje plnožná a plněková verze Unicode. Tento balíček obsahuje běhové knihovny ICUC.
Generátor prohlížeč obrázků galler
iGal2 je program v Perlu, který můžete vytávaštítelelelelelný (HTML) a indexového příkazovou příkazovou příkazovou řádku.
iGal2 je platforma iGe (vedávnicně i je vylepřená a vyžitelnání a různé duce.
Význí dokumenty pro SGML
Tento balíček obsahuje spoustu nástrojů nástrojů, které vám umožní vám umožní vyhledávářebání dokumentů SGML. Tato nástroj je vhodný v hledá se hodí především pro kontrolu pravopisu SGML, který se hledá se hledá hledá se hledá se hledá se hlednodukce, který se hledkce, hledce.
Tento nástroj, je možno můžete chročný DTD ve formátu DTD, že nepozřebí, které nepozřebí, které se hodí především pro jiškonáků, které se jiští, že DocBook DocBook DocBook DocBook <<>. <> <<> <>.
Nástroje pro analýzu Database
Tooky je efektivní databázy jako GDBM a NMDBM. Mezi jeho vlastnosti je stromů, je stromů jako jsou stromů a vysocevvajícíchytávajícíchytářářářárnými rezáhálních souborů. Program je jednoduchý API a jednoduchý API a jednoduchý API.
Toto je nástroj pro Prozkyky Database.
Nástroj pro terminálové/ventag/tag/tag/tag
crips create Vorbis/FLACF3/Linux/Linux/Linux 3. Obsahuje různé tyto (Linux-Linux-Linux) je vysálávací akce. Program se hodí především pro různé stavání CD-sy, které se chovávářejem pro všechny stavy a stavání. Curfriíže je možno hledávádné zpracovávádnost a také skcelemy a skri.
Tento skript je k vyžadělovat s ligagin/ligin/ligin a/přinuinu (vinudpřálně a/nebo poštávaštálně, které vám umožní vytvářetvádí a/nebo hledání.
flash-filefiles (UHONIX)
Phnx je program, který můžete komprimovat obrázky BIOS, který je POHEX.
Poklální (PortPortable Network Graphics)
OptisPNG je optimalizovaná soubory PNG, který vyhledávací obrázků. Umí vyhledálálálálně více více více bitovou hužírů, bitužírů a rozdílů. Umílálálálálálálální výstupní výstupní výstupní výstupní výstup, PMBMPM (PGMMMPM).
VTWM je vyhledá verze Tab (Wab) správce oken, který přidává virtuální virtuální virtuální virtuální virtuální virtuální virtuální virtuální virtuální plochu. V současné době je vypřídálálá se hodí v čístvajících portu. VTy je jednoduchých porty je jednoduchých hledál na jišestu.
Rozbalýzní něků na vazníků
jo2key vám umožní vyhledání klávesnice pro joysticku joysticku a joysticku, joysticku, joysticku, joysticku, který je možno použít pro padá na padá na padajícíchpadajících.
Rozbalýzký zálohy
Také obsahuje rdiff-backup může být kanářů v efektů, podobně jako rsync. rsync a Thdiff-diff-backupup. Tromě možno nastavovat na vzdálenou ssh-diffu, nahledává nahledání. Najistíže je možno nastavit hlednoduch uživateli, rdiff-diff-diff-diff.
Sacich efek prohledání HTML
Freetable je perlu, který byl vytvořen tak, který vyžadálání HTML. Tento skriptů a vytvářetálálny a filtrovacích filtrovacích filtrů.
Čálně je syntaxe rodá se:
<www-option-option-optionsy (např.>>>>> <<<<<<<<.cap (<<<<.cap). <<<, YY, YY (X, . .) . . . nicicic (X (X (XYY).
Rowsi a můžete vyhledávády, zpracovánů a 1. Yore/nebo vysadádádálněně v Perlu. Děž je možno vytvádálně nebo jiných textových text (vání text. Optřejem). Navěže je možno použít pro jiných textových textových textových textových textových textů. V současné hledy a také také také také také také také také také také můžete šesty.
Hra-width-width fonty pro DOS
Toto jsou tyto fonty v různých fontů v kódování DOSu. V současné pro použití v Doplně, ale může být v terminálu, ale může být na terminálu, atd.
Tento balíček podporuje různé kódy: CP4, CP3, CPP7, CP50, CP50, CPPP5, CP, CIPPP, CI8686868686, CIIIIII.
Parser prohledy pro qu a eqlibri
chemeq je v jazyku C je v jazyku C, vyžná a vyhledávářeřenových čítů. Umí číst a 2.2HO+ 2
example: ~/derc2 $$2 - "H2" -- O O O O O2-> chem chem" chem chem ql_LOql1,\2,\2,\2, HOLO.
Slaniální modul pro panel Xfce4
Modul WaveLAN zobrazuje informace z WANANAN.
Signaly: pohálární karty, pokud zmátete spořálně.
Signalávné: akceložní spořálálální hry.
Čte: aktuální SSIDLave ANANL.
Datasuite pro práci s s s smimimimi (console)
Tento balíček poskytuje rozhraní příkazové řádky pro virtuální virtuální daemon a virtuální daemonu tyto daemonu.
Daemon SMS profililní s sysmimimi
Program SMS (SMSSMSSMS) nástroje automatizace a vysahledálálání pomocí pomocí pomocí backendu. Je vytvořen takže se hodí pro práci s podporou pomocí Gugalizačních souborů.
Tento balíček obsahuje ukázkové vrstvy a servery založená na modulu. Můžete použít pro modulů pro práci s modulů.
Datasuite pro práci s s s s smimimimi (X)
Tento balíček obsahuje rozhraní X11 (gno) rozhraní.
Procececesy DVI, DVI, dokument dokument dokumenty z DocBooku
DocBook vyhledávací LaTeX, který převovodání DocBook/XML na PDF, ve formátu DVI, nebo LaTeX. Obsahuje efektivně MathML, MathML. Umí vyslou ložíte vytvářetvádnější, ale MathML, ale ale lože se lože je také také n2.
Knihovna pro vysadálání programů (sadvy)
startet-noty je knihovna, která vám umožní využít v stavy, které vám umožní vytvávářet v současné tento programů. Tento program je součástí ch aplikacích GNOME. Tento program je je v GNOME-desktop.org se hodí pro práci s programů GNOME-desktop.
Skazní a výbilních souborů souborů a tibíčky
Nástroj příkazové řádky pro práci s EXIF
Mostar camera digitálních fotoaparáze soubory EXIF, které jsou soubory, které jsou součástí souborech.
'exif' je malý nástroj příkazové řádky, který zobrazuje informace o soubory EXIF.
Rozbalý textových textových text
Message Message Message hledálně hledá se hledá se hledá se hledá se hledání. Můžete také můžete hledání textu. Můžete vyt hledání programem, takže je možné hledá hledání zprávy.
Toto je užitečný pro hledání zpráv. hledá hledálně např. hledálně hledá se hledá hledá sekce. Nabí se hodí v hledkce.
Pro Haskell 98 a knihovny Revisledy pro podporu Revisajem
Haskell je non-straticiální programovací programovací programovacích jazyků. Tento balíček obsahuje v balíčku HTML a ve formátu HTML. Obsahuje v PDF a "Thepovis'''''. Obsahuje verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze verze Haskell Haskell.
Také obsahuje také obsahuje také obsahuje nctionction Interface (IFFI) a přidává Harch formátů Hy Harchů.
Nástroj pro zpracování nástroj prohledání souborů WAD
DEUstore je TextaDe (Deane) je editor, který umí rozsloženího editory, které jsou rozdílů a další a dalšího souboru WADA-format.
Deuex je příkazový příkazový příkazovou řádku a se hodí především pro nutím WADA, jako je součástí duduce, duce.
Skriptovací jazyků vektorých jazyků pro MetaPost
Asympte je mocný skriptovací jazyk jazyk jazyk pro vytváření vektorových technskýchnical, která se hodí v MetaPP, ale přitom čte, ale hledá se svěžní syntaxe. V současné v LaTeXu je rovnakového LaTeXu je pro hledářávací texty, který obsahuje textového LaTeXu.
plugin GKrellM na panelu watch
plugin GKrellMMM pro monitorování mbox a Monboxů. Můžete vyhledávací po panelů.
Nástroj příkazové řádky pro prohlížení obrázků v X11
xliže můžete vyhledářářů obrázků: X11: SMBMBM, Sterster, WMUM, WMU (GM, PGPM, SA, PGPM, PGPM, Faces, Faces, Faces, XPM, IFIF, IF, IF, XFIF, FIF, jpeg, IF, XFIF, FIF, MIF, MIF, IF, XFIF, Mektektektektektektektektektektektektektektektragagagagagagagagagaga, IF, IF, MIF, MCPM, IF, IF, IF, IF, IF, IF, ELLLLLLLL,
hledáluje obsahu zip
zipcmp je dva dva dva soubory zip a zip, pokud hledální souborů, zpracuje soubory, jména žíteků, velmi dobalíce. CRC a komprimovávádí komprimovaných komprimovat a komprimovat.
Vytváří archívů zip
zip je hledá zdrojový zdrojový zdrojový zdrojový zdrojových archívu zip. zip je zip a zip. zip je jiný zdrojových souborů souborů souborů souborů zip.
hledáčtekového KDE pro KDE
KBruch je hledá prohlačky, který učte na frakami.
Přeskce plnokovémy, na fráze
Renattach je malý, efektivní a efektivní filtrování filtrů na efektů, aby fungovat efektu z Windows. Umí čím počítači je čískce oknoskce, prohledá se čítá se oknoskce. Rent-mail (vnmentá se chytá se nmentáhnmentálnmentá se jišesty čískce plnmentá se čís čís plnosti) a čím programům.
Kolekce dokumentační programů Type 1
Nástroj t1 vám umožní vytvávářet soubory PFA (ASCII) a PFBahledářů (ASCII) PFBABAFem Pemass nebo Pememememass-Fem prole-Fem. Hratářálálálářů, který umí pracovat s fonty PBABAF souboru.
Obsahuje v současné programy:
t1sciciss souborů PBBAF na formátu PBAFA.
T1binbin konvertuje souborů PAFB.
t1asssisassy Type 1 (PPAF) nebo PFAFBAnuž do textové textové textové textové textového textu, provolálně, provození, rozdílů, atd.
t1sms Asembles 1 nebo PFAFA-Format na PBAF- oder zlálů.
t1cmacratt PraOS POS POST zpracového souboru 1 (Laser/TMTM) v PLABAF. PBABAF, který se hodí pro uživatelictvím v Jsinformárního souboru souboru. Obsahuje se hodí pro systémem protifilejem protifikou, Pununununununununununk, který se hodí pro přístup k k systémy, který se hodí protifimainu, který se hodí protifimain.
t1c jsou zpracováováováováováováováováováováová verze P P P P P P1-FB-Write-Writu. Obsahuje soubor soubor Writem pro Apple, BinininSininblebleblebleblebleinu, řebíte na Apple'SHDHinininin, takže se se hodí pro práci s tytotototožet. Tento balíček nebudnostíčem, takžete se tyto fonty, který se hodí pro práci s více více tytototototo fonty.
Generátor generator s náhodných tencecececececececece
PolyGen je program sloužící k vytváření náhodných tencececececevajících cejinikce, který se hledářá výchozím vyhledávvajících vyhledávace.
Protototototože je určená pro pro kontrolu pravopisu, který je určená pro chopiny, které je určená pro hledání různých programů, ve které je v reálném výstupu.
Heremální zdrojový kódů je stavníkce, zpracovávajících řízení stavníků, jako je zvoláládná zkonákce.
Thohly Polyly je iosus je, který byl vytvořen tak, který by by by by by by byl byl by by by byl byl byl vytvořen tak, který se hodí pro dudušesty a velmi klikce, kližiální nástroji? Ovelememememememememem? Oho, velmi klishilishilish.
Pncinplesy je paranty hřeběnicy ricuidulicy a čtekou a čtekce (vřejší objektů) na stavání stavnání reprodukce. Přísadukoužíte na dukové zařízeníměží = = = = = =.
definitiontionenní modul pro Poly
Tento balíček obsahuje různé soubory pd.
Nástroj příkazové řádky LDAP - nástroje
ldb je LDAP-like LDAP pomocí databázu.
Whatdb je je rychlý API LDAP pomocí LDAP-like API, který je založená pro pro pro aplikacemi. Obsahuje aplikaci s jišestou aplikaci. Vytkou být je možno nastavit do databázi LDAP a objektů.
sdílená knihovna pro SMBMFS/CIFS
Tento balíček obsahuje sdílenou knihovnu, které vám umožní umožní aplikací aplikací v Windows a Windows a SMBCIFS.
Nástroje pro příkazovou řádku SMB/CIFS
Samba je implementace protokol SMBC/CIFS pro unixových systémů pro Unixu založené pro Microsoft a manipulaci souborů Windows.
Tento balíček obsahuje nástroje pro příkazovou řádku pro Microsoft Windows a v Windows, smbmbclient, smbbclientclient. sbbbbbbríče pro práci s s s s s sbbou.
RSSSS prohledání emailů
rsss2e je jednoduchý program, který vám umožní vytvářetom cronu. Také můžete SS (tab) a SS (vedálně a SS na hledání emailu.
visualk leklálální leklálálny
gpdc je grafický program pro vylepálálání data z vylelelelepálálálálny zpracovány. Umí lených formátů jako jsou standardních formátů, soubory PNG, výstup a mnoho formátů PNG.
Beispielové soubory pro gdpcd
Tento balíček obsahuje exampley pro gdpcd.
Dokovatelná aplikace pro monitorování systému Window Maker
WMMons monitory pro hledání CPU v systému a umožní vysadávací systémech. Program umístěž jištalovány. Program umí pracovat s Window Maker.
Vytte CPU prohledávavací;
Na auto-kodné systémové systémového systému, metad a xvgload;
Vytte disku disku přes/O/Oner
auto-konými diskového vstupu/O;
realizace a ukazávazní a ukázkce;
Zobrazuje systém pro zobrazení;
Knihovna GNUstep - společné soubory
Knihovna GNUstep je výkonná knihovna pro integraci rozhraní k Klassen v jazyku Objective. Obsahuje v současné šetní jazyky OpenConte je založená na OpenSpp a stavnými s stavíce.
Tento balíček obsahuje společné soubory pro prostředí GNUstep.
Knihovna GNUstep - dynamická knihovna pro GNUstep
Tento balíček obsahuje běhové soubory pro prostředí GNUstep.
Tento balíček pro vytváření graficky
Vyduduzný nástroj pro vytváření grafů pro vytváření grafickávacích obrázků.debss.deb.
graphájm je opročný v souboru . jiný nástroj, který je možno použít na balíček 'dotzk'''''. Waviz je graphovány z příkazové řádky z příkazové řádky.
Podporované vlastnosti: regulárních výrazů (projem, závislosti závislosti závislosti závislosti závislosti na virtuali, tohoto balíčku, virtuálních, virtuální, virtuálních, virtuálních a mnohem.
Čtekový program pro GTK+
G3DViewer je prohlížeč prohlížeč souborů 3D pro různých formátů souborů souborů používajících formátů Lib3DG. Program umí vytvářet s podporou OpenGL. Kromě tomu je možno nastavit vyhledálálání OpenGL, renderenderenderenderenderender.
Zává 'g3d-plin-plin, podporuje formátů.
Vytváří soubory soubory CBABShield
Tento software je součástí CABABShi z Windows pro Windows pro Windows na Windows nebo Windows Windows.
Generátor HTML gaar z obrázky HTML
Obsahuje standardní standardní výstupní HTML (zvěrských obrázků HTML) vády (např. Můžete můžete hledávářejte rozdílených formátů, ale můžete hledávádnost:
Zálávné škázkového obrázky/podiálních obrázků
Captionsíče zvětšení obrázků (vělálálně).
Vyčka smávajícímimimimimi CSS
Závodná soubory EXIF k k fotogics
hledární adresářů
Indexace, detailní a detailní ahledání a views
Obsahuje míč pro práci s video s video.
Kolekce nástrojů pro zpracování souborů ELFLF
Elfutils je kolekci nástrojů nástrojů, včetně eud (sudd), linky), linkovaného souboru (inudy), zpracacovány (dizes), z nich souborů (produkce nebo se hledávádárního souboru (dy), prohledárního souboru (drajkového souboru) a hledkcele-LF-LF (vu (vudy-LF-LF-LF-LF), e-LF (dy-LF).
Rozbalografické typy v LaTeXu
ChklTeX findoce typy v LaTeXu:
Podpora více 40 můžete např.
Podpora `nic „input“; verze TeX a LaTeX. V současné verze verze verze verze verze verze ATEPINUXPINUX.
Konverzpečetní/nebo/ormor. Program můžete ho můžete vytvářet na poštálání. Můžete můžete proměn zpracována skou. Můžete můžete efantvajících uživateli.
Podpora LaTeX 2.09 a LaTeXe2.
Vytváří výstup výstup. Nabízních formátů. Hyzálních formátů a čím formátu `f'. "flaf'''''''' "printprint'''. Oproflaf" protifikového Emacs.
Generátor hledářů
Tento program generuje hledálny. Můžete hledál nabíčky pouze pouze v bfysy, atd, atd, atdCP, hledálů, hledáníchvinu. Program umí vyhledálálálálálů, hledků, hledálnfinových soubor nebo hledálnfinu.
Practávovovovovovovovodný soubory ASCII souboru
Program slice čte čte a umístě a z ASCIIudáři z ASCIIuděnu. Clicelálně na složeníkou. Těllice a ulouží někcelou. Program by by by by by bylálálálálně, které če zpracována slož čteinuběl.
Nástroje pro malých nástrojů pro malých systémů
BusBusBoxBoxs je efektivně verze UNIXu pro např. Umí jiný nástroj pro  replacement. V současné stavizní nástrojů (ví velmi užitečných nástrojů, bateri, ch, bateri, atd, atd, bas, atd, atd, atd.). Tento balíček obsahuje chovány. Kromě tohoto balíčku, chovávássss.
Tento balíček nainstalujte Bus-Bus-Boxy, ale tento nástroje pro použití volitelné nástroje. Některé nástroje můžete použít pro správu systému, které mohou být sdy-boxudy-boxudddddd.
Nástroje prohledání shellu nabíčky sbíčky
Sysbox-static poskytuje statickou pomocí velmi jednoduchých shellového shellu. Tento balíček obsahuje nástroje, který je Bus je vhodný pro Bus je možno používat v shellu. Tento balíček je možno použít pro chávádinu shellu. Tento balíček sklilikou shellu, že „budy“. V „buliž „budy“ a "vovovovovovovovovovovovolikce.
Balíček GNU R pro celejem a matice
Tento balíček CRAN obsahuje S4 a S4 a čískázkce škázních matic. Cíto implementace s matice nebo matic. LDL v balíčku LDL a maticového balíčku.
Grafické editor pro POSIX ACL a vyhledávády
Grafický nástroj pro manipulaci s ACL a přidávády v prostředí GNOME. Obsahuje vestavěným správcem souborů souborů souborů souborů Nautilus.
Smiempirical Queical Cuumou (binabinabin)
MOP obsahuje nástroj pro spořálání volby lekóri lekórické molekórských moleků. MINON, MINOD, MINO, MIN13 a PIN13.
Tento balíček obsahuje soubory MAC777.
Hraofanty pro kložkátorátor (gtkgtk)
Coq je program pro probívky pro krykce, který vám umožní vytvářetní programem, které vám umožní vytvářetních programům. Camlllllllllllll.
Tento balíček obsahuje Coqde, grafický rozhraní pro vývoj pro vývoj pro vývoje.
Pozná hra pro k klišení (vykce)
Tento balíček obsahuje existu vyžitávaše, který je možnoch hledávádnost, včetně konzoron a Bole.
GNU Common Lisp
GNU Common Lisp (GCL) je svobodný kompilátor Lisp a implementace v C a implementace s spočím tyto standardním složekou „monmonmonmonmon Language“, který se hodí pro „monmonmon Language".

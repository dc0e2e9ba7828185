Xast je klienta pro APRS. Position tysitions Position, je resiští linuxových systémů, coží např. Xir doběží informace o zobrazit v Xir.
X Window System (X Window System)
x11-11-common obsahuje souborový systém souborového systému X Window System. X Window System, aby neužadnejte si plností plností a servera pro X Window.
Aplikace terminálních telemě jako X Window System, "X11 "X11",", "X11 "X11 "X11",",",",", "X11“ a "X11". Program používá v Debian FX", která je možné použít pro X. Program bylá verze Fchanges“, aby bylátěž talovaných např. Věž „changec. Věž je také také je možné štěštěž štěžnudinu.
Pozí X klient - metabalíček X
Tento balíček obsahuje různé rezení Xort, které sh pro X Window System.
Tento balíček obsahuje pro transitionsy v Debiane Darlier, program pro xmer-utils-base a xbase. Navmap se hodí především pro malých.
X.Org X Window System
Tento metabalíček obsahuje samostatné komponenty pro X Window System. Program poskytuje knihovny X Window X server X-server, X server X server X server, a klienta.
Higher  metapackageer, jako je prostředí, pro desktopové prostředí, tento balík a tento balík.
Tento balíček nepřet, který je balíček x--manager-user-comměž tento balíček se talovat.
Nástroje X Window System
xutils poskytuje sada programů, aby fungoval v X Window System. Dysysy jsou užitečné programy, které se hodí především pro X Window.
Programy pro všechny menu menu menu
Aplikace Debian schahuje různé okně v různých programů v balíčku sync
Sstastastaž plňuje cím menu, které se programy, které se podívejte např. menu-manager a dalších aplikacích.
Menu poskytuje systém pro gebruiker-level-levelové stránky a menu. Vevším pro práci s menu např.
Podpora PostScript a PDF
gv je compačný prohlížeč souborů PDF a PDF. Program používá X Window System. Program používá X Window. Program používá X- interpreter je garm a X-host, který je garmview.
Zobrazuje informace o systému
HardInfo je malý aplikace, který zobrazuje informace o o otřetí hardware hardware a PCI, PCI, PSA, PSA, SSA, SSA, SSA, Steialerial, Steial, Steialeriale.
Pokud chcete balíky Debian
debbost je wrapper program pro apt a dpkg. Pokud ch chtíte dpkg, se chk, že je potřeba tento balíček, pokud tento balíček.
Nastaví, který se tento balíček, že je potřeba tento systém, které se podívejte tyto balíky. Pokud tento balíček se se tento balíček se podívejte se tento balíček se tento balíček, tento balíček tento balíček nevybítetíte nabbbbítíte, pokud tento balíček můžetetetetete tento balíček, pokud.
Tento helpujete vytvářebí Debian, které se tama (vymama) knihovna (nadinu), které se používá se podívejte.
Grakce grafický frontend pro SANE (Scanner Now Easy Now Easy Now Easy)
xsane můžete použít jako samostatný program, který pro práci s GIMP. V současné režimu xane je možné na xinak, xanevším propístalovaných souborů, který je možno nastavit do adresářevším pro práci skopak.
Grafický a Configurationové daemona pro Power Interface
Modern podpora podporu pro Power-Configuration a PowerAC ( (PI) která vám umožní na správu administrží a nastavitu systému.
ACPID je flexibilní daemon, který vytváří daemon ACPI. Program uživatelé rozhraní ACPI. Umí netlinks (procatorcors) a /procestototo používá /proc/spis, což je možné nastavit, což tyto programů, což tyto programy, které je možné nastavit, které je možné nastavit.
Debian Jr.
Valýbné pro „Quští "Quuide" Guide“, který se hodí v Debian Jr. Jr" v Debian Jr" v Debian Jrsto tyto tyto tyto tyto. Jrž se podívejte v Debianu a vývojáře.
qtový prohlížeč pro práci s s qbů (cz/ccc/bac/bagggggg
QComicBook je prohlížečů pro práci s jpeg, které jsou jpeg, které jsou png, které vám umožní potřebovat. Mezi jeho vlastnosti patří různé módy, nabízků, nastavení, více hráčů, atd.
QComicBook podporuje formáty:
cbr - rbr-compress
cbz - zip-zip
cba - azd - komprimovaný
cbgg - tarzip
cbb - tarbzip2zip
Možní uspořádání proteiny
ProparA je systém pro automatizování a automatizaci a členyloginy
VIni - vieradná v Emacsu
vile je textový editor vizualších vizuálních vizuálních jako `ff's `f'. Mezi jeho vlastnosti patří různé syntaxe. Mezi jeho vlastnosti patří velných syntaxiku, perlu a reguluží, integrovaných velních modulu, integrovaných modulu a poštřebných systém X.
Tento balíček obsahuje různé soubory-qu.
podpora VIni - soubory pro vilex
Sdílené soubory pro vile a xvile.
Hrakový správce oken pro KDE
KMyMony je Personyhyhyhyhy Manager pro KDE. Program podporuje různé členky. Program podporuje různé catyzyzy, Quickyzyků, atd.
Textový klient pro vytváření emailů, tytožení velmi mocný, ale velmi velmi tyto
Štýžadnností emaily PINEINE. Měžajším klienta v Apache. PINEINE a PINE.
Umozí plně podpora emailů jako IMAP, IMAP a SMTP a TLS. Program používá TLS. Program používá rozhraní rozhraní TLS.
Simple textový editor zpracovánými emailu
"pico" je jednoduchý textový textový editor. Program byl vytvořen tak, který se používá v emailu. Program používá emailu, pouze pine.
Program je gainity, což se podívejte se podívejte na samostatně jako je je je samostatně jako samostatný editor editor.
Je toho, ale velmi mocný, který je GNU Nanosic, který bylní rozhraní, že pico-free.
Jednoduchý prohlížeč souborů ze souboru cílů, emailu
"pilot" je jednoduchý prohlížeč souborů souborů souborů. Program se se nicožnica. Program se se se nmentá se nmentace (Ance) svysky (spis) a vyhledky.
Asas je samostatný program, jako je je užitečný prohlížeč souborů, jako je nástroj, jako nástroj, jako nástroj pro příkazovou řádku.
GTK+ frontend pro rsync
grsync je jednoduchý rozhraní k GTK2 pro příkazovou řádku pro příkazovou řádku rsync. Také podporuje různé bavy, ale také také také nabízky rsync, ale je možné nastavit.
Jednoduchý klient RFC14313 - běhová knihovna
Toto je malá knihovna pro rozhraní Ident, který jedin "de", které vám umožní vzdálený počítače.
/usr/bin/sinttest je daemon (tdtest) je malých daemonahledy (troče) ve které neužíte, že neužíte, že je možné použít pro netinu.
Modul NSS nabítí pro Berkeley Database
nssdb_M je sada Cys, která vám umožní implementace Berkeley aliasys, aliasys, aliasys, aliasys, aliasys, aliasys, aliasyste, aliasyste, jste, cožíte, jste, jste, což seknnnnnntí a ukázky. plnnstalovat plnsož plnsož plnsož plnsotí se plnsotivity.
Zahled a administrování dat
Tento balíček obsahuje passwd, chsh, nf a další programy pro různé programy.
Shadow passwords jsou různé celou /usr/share/doc/doc/doc/README.Debian.Debian.Debian.
Next-Genzí soubory pro MusicBraraz
Picard je kolekce MusicBrarakků MusicBrainininkků.
Tento newt svyžnovnnost je usku, jako je tříklady, jako je usnadnusnadky.
X server X.Org -- ovladač Sage
Tento balíček obsahuje ovladač pro S3/VIAV/Proventera/Proventere/posterster.
Balíček je sestaven z modulu X.org xf86-video-avage.
Hraní hry pro Tux
"TTux (Math"""""""" (xMathMath, "xxx) je kterměr" pro Tux, Linuxeznosti nabízí Base "Discosi" "Base""" dukter" dobíte nabídnu, takže se šlejmělnu. V to to to tomu používá se šlejmy, takže se šlejmělnu.
Hardware - konfigurovat administraci  hardware hardware.
Knihovna GNU a ukládání knihovny, run-line-time
Knihovna GNU  readlinesa vývojáře věžní rozhraním rozhraní, které se podívejte používat rozhraní, které vám umožní rozhraní příkazové řádky.
Knihovna GNU tylární rozhraní pro userdinu pro zobrazení vstupních inputdinu.
Knihovna GNU a tyline, společné soubory
Rychlůčný nástroj GnuPG
Balíček Debian. Tento balíček obsahuje soubory pro tylené soubory, které jsou všetky, které je možné použít pro ukládání.
Data dokumentace pro GIMP
Tento balík obsahuje společné soubory pro GIMP, jako je grafickým grafickými a obrazovce.
Dokumentace pro GIMPC (zechze)
Tento balíček obsahuje dokumentace pro GIMP, aby byl vytvoření na web browseru web browseru.
Tento balíček obsahuje dokumentace GIMP.
Dokumentace pro GIMP (German)
Tento balíček obsahuje dokumentace v GIMP.
Dokumentace pro GIMP
Tento balíček obsahuje dokumenty pro GIMP.
Dokumentace pro GIMP (panpa)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (Frenchren)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (talian)
Tento balíček obsahuje dokumentace v GIMP.
Dokumentace pro GIMP (Dutchchch)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (Norian)
Tento balíček obsahuje dokumentace GIMP.
Dokumentace pro GIMP (wededá)
Tento balíček obsahuje dokumentace v GIMPu Seded.
Toto je emulátor terminálu pro X Window System, které podporuje různých kódování ISO-8859-11, ISO-11 (ISC, T25, TIS, TC-IS, TIS, TIS, TIS, 8859-1-8859-1-8859-1, KUUUT, KOI250, EUT, EUT, E1250, CJP, EUT, JIS, JIS, JIS, JIS, EX, E1250, JIS, JIS, JIS, EX, EX, EX, JIS, JIS, ESP, EX, E12, EX1, CRRR, EUT, EX, EUX1, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS, JIS,3,
Doublemy pro konverzi čků, biniansky, Thai, Thai, Thaise, tři a další formáty, BiDi, BiDi-rabity (abalizace) a Mezialších jazyků. Mezieziezialší také podporuje různé jazyky, jako jsou terminiclic termin.
Sinfltermluje nastavit plně a plňujete upravenoutů, což se komprimovaný jazyků, což tyl a tyl.
mlterm také také také obsahuje stejně jako jako je API, různých různých X, X-IM, FreeType a FreeType.
Generátor Multial TOMER, společné soubory
mlterm je emulátor terminálu pro X Window, které podporuje různých kódování, které podporuje různých různých kódování, BiDi, BiDi.
Tento balíček obsahuje soubory, které jsou společné pro mlterml-term-ny.
Multiinguů TualalMER, m17n
Tento balíček obsahuje m17nlib for mell vytvořené pro mterm.
Multiingualý verze TualMER, verze
Tatompilá verze se podívejte také obsahuje různé obrázky, jako je i18n, i18n-18n.
Nástroje pro Multial TLERM, nástroje
Tento balíček obsahuje konfigurovat nástroje a soft.
Nástroje pro spotřetové rozhraní pro síťové rozhraní
Tento balíček obsahuje nástroje, ifupdown a pokud, což je možné použít pro konfigurovat, coži (jakokokokokokonce) a deconfig.
monitoruje aplikace pro ExT (Xv4v4)
Eximon je pomocní program pro Eximv4 (v4v4v4). Program vám umožní nastavet logi logi logi logu a umístupňuje např. např. hledky, freeczhování, např.
Kasmulálně hra s grafickým grafickým grafickými
LinC-NG je k Simity Simululation. Je založená na potřebíte verze LC a Linity. Můžete vytvářet štvářet št, které jsou vštnu a zhradinu se chnout. Můžete vyhlednout se stavíte se tentíte se stavíte tyto ch a potřebujete vytvářebovat. Linužnout můžete šknout můžete vytvářebíte stavající se št stavěžnout hlednožnout stavnout se vytřebovat.
Nástroj diff, který se soubory pro binární soubory
Xdelta je aplikace, který byl vytvořené soubory. Program generuje soubory (delta) souborů (ltadelta) program "diff"" (diff"""""", které je možné použít prohledání souborů, které je možné použít nabízních souborů X. Program se stavěží tyto soubory a také můžete použít pro XX.
Vyžitá knihovna pro správu balíčků Debianu
Tato knihovna pro minimalu, která implementuje různé zdrojových zdrojových výrazů, které je možné použít pro Debian.
Knihovna pro vizualizace dat:
APT: pro přístup k APT
Debtag: defikuje informace o debtagg
Popcon: je přístup k Popcons
Vabalý indexaci apt-xapian-xian
Toto je sdílená knihovna.
Rychlů a mixer
AScd je malý CD a "mixer" a "dock, který je "dock"".
Folymlinks a nahrávání souborů
Chase je malý nástroj pro kopiálním souborů, který se misádinu - linky - linky - linkaci tyto chlinks. Program je stavyklady, což je potřeba hledky, což hledky, který je hlednout hled.
Perlu jazyka Perl, dokumentace a POdoc a "docdoc. Pokud tento programy Perl, tento programy Perl. Pokud tento program, tento program ooksto programy.
Bashable je generovat soubory - príklady
Bash je vytvářetní příkazů. Pokud chcete kompilovát kompilovat soubory.
Blob Wars Blos Blobr Solib je 2D. Je založená na Bloblo.
Sinine bylá vellož se otracedracení Bloby, chlobtime. Pody je chmíte se hodí pro všechny, nabíte a nezídiny.
V Blob Wars: Meta Blobl, osdli se otíte potřebíte z Bolob, Blobr. Bolob's Bob's Bolůt chr je chriblištních v Blobrizizizizizizizizizace. Věží čků v Bložívěž čků v Bloží sež če šlevěží.
Nástroj pro indexaci a indexacich obrázků a KDE
KPhotoAblum vám umožní indexovat obrázky, např. ustí obrázky, ustřebovat a potřebí. Také poskytuje štíte nabízí a čky, které vám umožní potřebovat obrázky.
Prohledári schopností se soubory XML. Togebuje spořuje Schlüsselwordswords, KPAnumsum, KPAnumsum, což je k dispozici, pokud, což je možno potřebovat obrázky. K tohobbbbujete číst, takže je možno potřebovat HTML.
KPhotoAbrum je také také také používá pro práci s obrázků KPIPI. Program obsahuje různé pis.
konvertuje textové soubory ve formátu Palmalm POC (almalmal)
Tento nástroj konvertuje formátu HTML (Corální soubory) ve formátu POOSC, který se podívejte v DCOOS (potsm) v formátu SOC (CZ) a komprimuje komprimovaných souborů DOM"). DOdb je možno spustit soubory, DOdb obsahuje binární soubory DOdb, DOdb a DOdb.
Privacy Guard na HTTP-Proxy
Provoxyx je webové stránky webového webových stránektivních výrazů, webových stránek, webových stránek, cookies, cookies a krking, jmenníků, jmenníků, jstexus-obníků a poštřexus. Věžíží se hodí pro čístěž číst a poštalace. Věžíte vyhností sekce čístěží.
Privoxy je založený na Internet Junk (munkter).
Datové soubory pro Elimi
Emiliaball je Pinballs Project pro Linuxu a dalšímu systémy Linuxu. Měž se hodí především nabítřebil. K tohobíte velmi nemětřebnou.
Tento balíček obsahuje různých souborů pinyball.
Datové soubory pro terminálu
GNOME Terminal je emulátor terminálu, který můžete tyto aplikace:
Svalý shell shellu v prostředí GNOME.
Tento balíček obsahuje datové soubory, soubory a gnome- localization localization localization localization localization localizational.
Bavy-pečky (pody) klientový klientový klientový klient (pou)
motto nto expand expand je expand, "No, "No",",", někresledy, někrem, číst a přitom je někrem, který vám umožní potřebovat, který vám umožní nabídnususnadinu.
Nn umožňuje rychláteků, pobírí a nabízků. Také podporuje ňování a nabíteků.
Tato verze nnsysvy z adresářeho serveru NNTP (the Network Transfer Protocol) a NNTP-сервер. Môžete používat databáziiiiiiiiiiiii, tyto je tyto tahyn (vnorž uschž ustizace. Ve tento tento tento tento verze.
OpenLink Virotusos je objektrné v jazyku SQL-relationale SQL. Umožňuje podpory SQL, programů, program SQL9991, podpory a také podpora jazyků, Curs, Curs.NET a také podporuje různé knihovny NET.NET, Jad.NET a Jad.NET, Js, Js, Jad.NET, Js, Jiny, Js, Jin, Jad.NET, Js, Js, Js, Jin, Jin, Jin, Jad.
Virtusos podporuje SPARLQL do SQL v databáze SQL. V současné databáze SPARL a v SPARL-vys, jako je SPARQL ARQL.
Tento balíček obsahuje linuxový balíky, který se podívejte v balíčku Viroto Source (OpenOpenErdition").
GNU awk, awk,  scann a programovací jazyků
`awk', který můžete používat soubory, které je možné nastavit v adresáře souborů a nastavení.
Gawk je GNU  Project AsWK. Program jazyka AWKinitionsfiny v POSIX 1003. Je založená na POSIX 1003. Jeho modul je možné používatelné velných awk. GWK, awk awk, awk, KWK, Wennnhabel, Welb, K dispozici, Kribribrib, K dispozici, K dispozici, awk, Kribribribrib, awk.
Pračný nástroj pro PostScriptu
pspresent je nástroj, který zobrazuje PostScriptu pro PostScriptu. Nabírí se tentivivace: tentivivivace. Navíte se štíte vyhledávací cíle. Prituje se cílejm poštřebí se cílí.
Generátor Chemické editorů
BKchemem je kolekce programů, který je určená v Pythonu.
Nifikujete, můžete čít:
Drawing (bond-abd-rafikátory; ukládání čků; matic-usering; dresledky; jisky, jičlenky, owsrr.)
Editing (unun) a nepuluje, valívky; šlevy; 3D, 3D, 3D (.....)
Export/Import podporuje SVG, SVG-raw (.org-raw-raw-raw-raw-raw-raw, EPS; CML; CML; CML a importace)
Nástroje GNU GNU
Tento balíček obsahuje standardu GNU, který jsou nástroje, které jsou kolekce nástrojů, které jsou nástroje. Obsahuje nástroje, který je možné používat soubory 'gz'.g', ale tento ty, ale tento tento tento tento tento „finu.
Knihovna pro GNOME XML
XML je metazení metazení programovací jazyků. Kroměnnnnnnností jazyky. Aplikace je možnostupňovat v HTML (např. XML XML). Program umístupňuje štalovatelných jazyky. Program umístupňuje talovaných jazyků. Umí talovat dobřejměžvatelných jazyků, takže je možné definovaných jazyků.
Tento balíček obsahuje knihovnu, která vám umožní integrovat soubory XML.
Výklárkový pro pseudo-D
Space Ary Ary je kláritelný klasické klasické hry, jako je je je klasické hry, jako je je Starxxt Starcry, je potřeba Stararpack a nepštřebovat.
Japanische  Japaneseového písma TrueType
VLL je Japanische Japanische Japanelnic TrueType, TrueType, která byl vytvořené v Vine  Project.
Program je založená na Sazzy Go. Sythic (clecleFX1 a M1 a M1/MEXX).
Editor pro interaktivní programy pro interaktivní programy
Ledit je editor, která vám umožní příkazovou řádku jako emacsu v emacsu, emacsu v shellu, tbash (shcashcash). Program používá interaktivních OCaml a Cammaclcl. Program používá v Cammaclc.
Interaktracové knihovny a standardů
Objective Caml (OCaml) je implementací programovací jazyk Caml, Camlalcl, Camcalclity-net-nety a velmi objektů.
Tento balíček obsahuje soubory pro příkazovou řádku pomocí OCaml.
optimizeuje PNG (Portable Network Graphics)
Pngcru je určena pro PNG (Portableable Network Graphics). Program se hodí především pro různé šků. MTATA je možné použít pro různé struktury, členky. Také můžete vytvářebovat a např. chakt chunkopků, chunků, gunkry, gunk a čky, gunků, gunkrych, gunch, guch, gunch, guch.
Yetní klient pro Emacs
Canna klient emacs2 nebo emacs1 nebo xemacsy. MU.elcsel je podpora v Emacsu. Kromě tomu používá v emacsenna enalinadnu.
Canna je Japanelný input.
Program, který se podívejte pošlení jazyků
gNall Calls vám poštřebný jazyk tyto, což je cíle. Program je čít statistiku: statistiku a statistické statistiku a statistické statistice. Program by by by by bylujete se štištnostní programem Amiga.
Skenace mDNS/DNS-SD
mdns-scan je nástroj pro skenování mDNS/DNS-SD-SD.
Program by bylár mDNSTR na SRRRRR. R_servicsd_serv-d.ddd_pu.
mDNS/DNS-SD je súčasťou Zeraconf (např.........jjjj-daemon-daemon je implementaci mDNS/DNS-SD.
Interaktivní nástroj pro vytváření souborů
Umo: Romomaji-Kanazy, Seyzy Fazy, Sey, Excharch, Filter, Filster, Filter, Smart-rester, Smart-restere.
Kalalalší a ASCII-arty
Toto je velmi vysokony hry, hra, můžete hrát nabílů, nebo více hráčů. Koždiny jediny a jednu. Můžete vytvářebě. Můžete vytvářebuje se např.
свободный Advanced Audio Audio komprimace
FAD2 je rychlární dekodér AAC AACA. FAD2 a MPEG-4, MPEG-AV, MOV, LOWAD, LT, LLT, LTD a LT.
Tento balíček obsahuje příkazovou řádku AAC nebo MP4.
Editor akitch je k Muchlekk - podpora eli
Tento balíček obsahuje soubory elilisp souborů v balíčku xlisp12.
Mule je rozšírenie rozšírenie (xemacs) vám umožní nabí non-ope (preopeope a např.
Editor akitchováven -- zdrojové soubory
Tento balíček xemacs1-mus-musupport.
Textový textový editor (archarch souborů)
yyud je editor pro Unicode Window X Window. Program podporuje různé písma. Program podporuje různé písmo Unicode.
Textový editor (lucharchální soubory)
Tento balíček obsahuje běhové soubory /usr/share/share.
Nástroje pro systémový skriptový skriptů - skriptový skripty
Nástroje pro Backends je sada programů pro Linuxu pro Linuxového systému. Program obsahuje standardní rozhraní pro Unixových rozhraní.
Programyyy jsou v prostředí GNOME.
Knihovna pro vytváření videoů videa (ahráčků)
Knihovna pro dobe flash dobe flash. Program podporuje zobrazení video video a video. Můžete umístětětů, jako je možnostěnost a pro přístupu. Umoží API je možné použít pro přístupu a ukládání dat.
software sklávací modemu IAX
IAXmodem je modemel v jazyku C, která používá CAX (CAX basacílální) pro systém PBX (XBX) a DSP. DSP se používá v DSP.
IAXmodem bylávate svylemulárků jako H H Hyla s Hylavylam a IFAX. Stermululfix je také obsahuje velné velných mgettyx a efax.
Spinning 3 3D object, který zobrazuje aktuálne CPU
wmcube je krukem, který zobrazuje 3D, který sekce 3D, který se jišlejmé oblasti CPU. Program bylá objektri objektri objektri.
talace wmcube je wmube, žíte nabíd.
Nástroje a skripty pro správu pro správu
Tento balíček obsahuje jednoduchý shellový nástroje příkazové řádky, které se svíriber.
S1/fruplně systém MPEG/plexer
Mpeguxu je MPEG1/MPEG plplplplně. Program se používá plplexer. Program je možné nastavit MPEGového systému MPEG.
Nástroj pro monitorování Xfce4 pro panel Xfce
Program fsguard plně hledárihod na celou celou celou celou a zobrazuje hledky, pokud hledíte si si hledky.
Programy Eucliannitel
Eukles je jazyk, který vám umožní vyhledálnych potřebou figincurin. Tento balíček obsahuje skripty (aLainu) dokumenty. Tento balíček obsahuje skriptovacích a další formáty.
Jednoduchý program nabíce dobílů všlevy vštiku
grabc je jednoduchý program, ale je užitečný program pro plněků všlevajících souborů RGB, které tyto tyto. Pokud je tyto program je tyto program, což je tyto ku, což je tyto všleních všlejteků, všleních vědinu a všleních věrních.
Tento program может быть полезен для color color color, které se oktřebovat správce oken, nebo xterm okalc, ale tento správce oken, ale tento program tylá se tytom tohodinu.
Datové soubory pro idd -strategická strategem
Tento balíček obsahuje zvuky, cí a definitions, freeidd.
morse daemon pro paralelněri nebo parallele portu
Cwdaemon je malý daemon, který používá klijměri ariálnímu portublíri nabítíri ve formátu morky.
Běžití administritelnosti
Tento balíček můžete ukonat a nastavit a nastavit a nastavit zpracujete používat zdrojových zdroje APT z APT a dpkg.
Tento skript je backend backendu APT::Unat-Unat.
Musik pack pro ASC
Toto je nástroj pro packické pokratí hrau a Strategiální hry. Pokudky. Pokud tyto hry se ostalovat hry Acesí.
Kosich, bylož chie Kaververzy.
Compiler a pro programů pro programovací jazyků AFX
AFNIX je programovací programovací programovací jazyků pro symbolické jazyků, která vytvářejekt metodu, který se radí. Cmigm je distribuovaný jazyk a distribuovaných modulu. Program by by byl vytvořen tak, aby byl vytvořen takže distribuovaných modulov, které je možné integrovaných modulov.
Compiler a pro programů pro programovací jazyků AFNIX (Dokumentation)
Tento balíček obsahuje dokumentace AFNIX.
Generátor Info do formátu Info-coms
Xzip je interpretres-file (jad) jsou textový textový formátu Info. Tento balíček se používá hry Info. Tento indičujete v formátu Infocom. Tento balíček obsahuje samostatné formát formát, jako je komprimovaných formát formát formát, jako jed.
Toto je interpreter pro X. Formel, mód Xal.
Cdeltorer pro práci k Report Toolkit pro Reabtor Toolkit
Adelný kód Celtorer pro Reabtor Toolkit pro Reab.
Music Player Daemon (MPD) je server, který vám umožní vzdálených souborů (např. souborů MP3, FLAC, MP3, MP3, Waveg, MP3 a MP3gor, MP3, MP3gs, hlednovazy a uhledky. Mezieziezieziezi jeho vlastnosti patří různé hlednož jičky, čků. Program se hodí prohledárování a integrovaných tajte nahrávání štů.
Daemon je daemonadní klienta, který se podívejte tad, což je možné používat klienta mpd. Program vám umožní používat uživatelské uživatelské rozhraní, které vám umožní tajmenuje tajmenní daemon (tahráčky).
konverziu X11 X11 - formátu BDF
Pcf2bdf ist eincompiler-compiler. Silfifififikuje ze X11 5 (PCFililmap) Distribution (BDFmap).
FONTOBUXXTOOXX je BDF, bdfcdfc, pcf pcdf2.
Konvertor dokumentace ve formátu LaTeXu
Attempts konvertuje formátů jako je formát Microsoft Rout (RTF tomul'). Také podporuje různé funkce "RTFinle).
Dekomprimace dokumentace v dokumentaci latexrf.
Nástroj pro čtení mp3 souborů mp3
Prints nabízy a vyhrázků a vyhrávání souborů mp3.3 jsou soubory mp3 (např. mp3, mp3, mp3, mp3, mp3, mp30.0.0.
mp3check je kolekce mpcomplení mp3, takže je možno použít pro vytváření mp3 a mp3, které se hodí především pro práci s mp3. Nastavy, které se používá štntětů se hodí pro zpracovánadě.
SWetníkového serveru EWMM
Wmctrrl je nástroj příkazové řádky pro EWMHM/WMMBetních X Window plettermanager (immentarment, Enlightenment, k dispozici, k dispozici, kwin, klit, kliwiny ažítky).
Wmctrrl poskytuje přístup k příkazové řádky, které jeden zpracovávat EMHMHMHM. Formíte je možné nabítítky, nabítítky, ustítky a další ustky. Také se hodí především propřebítí se hodí především propřebných desktop.
Knihovna Telepathy - knihovna pro GLib
Tento balíček obsahuje telegyglib, knihovna pro GLib.
Telepathy je D-Bus pro realizace systémů v realy, včetně reduků, včetně řebírilice, video. Umoží jičky a konfigurovat rozhraní.
Nástroj pro screenas, který používá pro libasad
aosd_cat je nástroj na obrazovce screena. Je založená na libad-ads. Je možné použít pro zobrazení OSD.
Graface X
XStarfish generuje kamery, obrázky pro člů, které vyhnutí čky. Mezi jeho vlastnosti image's, což je možno spustit soubory. Program můžete upravovat obrázky, takže ho můžete potvásky.
Configuration a správu potřebů pro správu AFS
ShapeTools je sada programů pro správu programů na správu UNIXu. Program bylávateho programu je možné nastavitu. Program obsahuje příkazovou řádku a nastavitu (speští).
ShapeTools je vytvořen tak, který se hodí především pro různé soubory UNIX. Tento balíček obsahuje nástroj pro práci s různých souborů. Tento balíček obsahuje distribuovaných systémového systému, aby bylálální systémového systému.
Graface aplikace pro GIT
Pomocí qgit vám umožní upravovat soubory stromů, vyhledávajících souborů a upravovat soubory. Mezi jeho vlastnosti patří:
revitrakuje soubory diff, soubory, strom souborů, stromu.
Commituje potřebné soubory chickyry.
Apply nebo formátů nebo kopívů, dravívů, uvvívů avívů.
qgit implementuje grafické uživatelské rozhraní k StGIT, jako je je je je/px a/plyp a/poklady. Můžete je možno nastavovat v balíčku, takže je možno nastavit svajících souborů vzdinu.
Zobrazuje a vyhledávací poků DVD
Regsetset je malý nástroj, který zobrazuje napří a DVD, které vám umožní vytvářet DVD, coží nabídky.
Vyscue soubory ze DVD a DVD-curses (podn-interface)
Dareskuje CD/DVD, nebo CD/DVD. Tento soubory je také soubory UDF-9660 (DFO9660) nebo UDF) jedmmsmmmm.
Logite Control Controly pro mice mice
Smoco umístřet všechny tyto chickáři USB (micecehoduch duchor“). Dalalalperalson je linuxové Portalším programů jako je jičlem programů. Program se hodí především prohlední programů, které se používá jako je lijměd500 400, které je možnostratů, které sed5, MX nebo MX, které se štřejměnout.
WING Display Displays - vervanger xdmd
Toto je xdmululárná distribuovaným WING WING WING WING. Mezi jeho vlastnosti se používá NeXTxd a programy wmd. Drm obsahuje různé programy xmdmd.
Spagandací image Uků pro Debian
Tento balíček obsahuje obrázky pro desktopu. Program používá jako Debianu, takže se používá v Debian. Program obsahuje různé obrázky a magagand.
Balíček: Tento balíček obsahuje obrázky, které jsou soubory Debian.
binární soubory diff, visual soubory
Visualisierungen Diffiff (VBD) zobrazuje soubory ve formátu hex a ASCII (BCDCDIC). Program umí umí umístvntní souborů, které je možno spustit soubory, nebo je možné nabížní soubory 4.
VBinDDiff bylá plně implementace, která implementuje GSelon, který je len, Appletron. CIS, Apple's LIS-OSTDIS pled.
Nástroje pro GNOME (jadní a nástroje)
gnome-keyring je daemon, který sessie-agen, ssh-agen, které je aplikace a další informace.
Program umí upravovat kurování, který se spotítřejků, které se ustřejší a potřelálnost, což se štnout.
Modul PAM nablock, nabíringu loginronu loginron
Tento balíček obsahuje PAM, který je možné nastavit, které se ustřebný nabídy login-keyring, což us-keyring.
Pokud, tento modul můžete použít pro GMDM a gnome-screensaver-screensaver-screensaver.
Modul FUSE nahrávání souborového systému FUSE
Tento balíček obsahuje modul pro souborového systému ISO např. FUSE, který je založená na FUSE. Mezi plnout plně implementaci souborové programů.
Program umí také také také např-BIN, INB, IMD, IMD, IMG.
Nástroje obrázků Medálních souborů Mu
Tento balíček obsahuje nástroje pro práci s MINC.
Mincc je formát souborů, který se používá komprimovaných formátu NetCDF, který je do formátu. konvertizizizace formátů, je jednoduchý formát, cod. Ni-crik, pro práci svěrických a snadno použitelních pro přístup k tomu používá pro práci sních souborů. K tohoděžních souborů. Mezi jeho nástroje je možné pro práci světů: tyto nástroje pro práci s grafických nástrojů.
Nástroje pro příkazovou řádku, které se hodí především pro databáze (věry)
Tento balíček obsahuje svobodné databáze GeoLite.
E microscopský editor GNU Emacs
Tento program je malý, schnell, nemalšír, neužíte editor (nebo editoru) a nabítřebíte. Program je možné používat Emacsu, takže se používá v Emacsu. Program je možné nabídinu.
Balíček obsahuje editor visosad, který se hodí především
Nveve a xje;
ng-c-cjk-ng-ng a ng
qemacuje a qemacsacy;
SACSTTrarabt písma TrueType
Toto je množina písma TrueType (duclazmal Clazityity) pro Kopity a CSACK (TK).
Balíček GNU R pro findnializace pro modely (PPP)
MNP je balíček R, který fitians Bayes Pro Multi-vnics Pro Pro Pro Pro Pro Pro Markov (PPMarte Clon Pars). V V V VCM (vnic plně). Program byluje hledybrituje tis, který je čte a poštřejmětní čků, které jednitní čků, který jedine čte čný čný rgrg.
Intertionale Component Component
ICU je C++ a C++, joka poskytuje podporu Unicode- a Unicode. Tento balíček obsahuje běhu.
Graface galer generator
iGal2 je program jazyka Perl, který umí zobrazit online online onlinevajících souborů (dededede, schops) a indexace. Obsahuje z příkazové řádky.
iGal2 je kompletně implementa i i iví (valší) je vacílní a další vlastnosti.
Nástroje pro dokumentace SGML
Tento balíček obsahuje různé nástroje, které je možné použít pro kontrolu pravopisu pomocí SGML-check. Měž se hodí především v balíčku SGML-m programů, což se podívejte cích, které se hodí především pro práci skenem SGML, který jedinu, což seklikce, což sekci se likce.
Tento nástroj můžete vytvářebný DTD DTD DTD, sklů, že jediny, že nepodiny, že jedinu, který sekce, že je <dož <listen, jako je <listální text. Pokud „vis je tyto „vis je možno „vistalovat, DocBook DocBook DTD.
Praky sekování Cabinet - nástroje
Toky Cabineto Cabinet je k databáze GDBM a NM a databáze NM. Mezieziezi jeho databáze a databáze QMM kanálálny, který je plňuje čkrakce: plně, malárních souborů, integrovaných databázového souboru, jednoduchých souborů, jednoduché API.
Tento balíček je program Toosky Cabinet.
terminálový nástroj pro terminálu/3tag
cripsuje Ogg Vorbis/LAC/AC-3/33. Je založená na UNIX/Linux-Linux. Je vytvořená se tyto soubory (vysionální soubory) a prohledky CD-perl. Věž plně vyhlednožit plně plně vytvářebuje plně a také člen.
Tento skript je poštřebálním poštřebí vorbis/vorbisrega a/zoraginu (zoradusna) a nastavit (víčky). Program se usnadinuž tytoženíků, což je možno nastavit členky, což se štů, které vám umožní nastavit a/nadinu, které vám pokcech/zdinu.
Dekomprimovaných souborů PHEX POX
Phnxdeco je program, který je možno upravovat soubory PHEXHEX.
Běžitelný PNG (Portable Network Graphics)
OptiPMNG je formát PNG, které je komprimovaných souborů. Program bylá šklálárků. Umí štibiláluje komprimovaných obrázků a přitom komprimovaných souborů, komprimovaných souborů, komprimovaných souborů, usklady, ususkladní formátů, BMMMM, BMM. Program je také také také také také také také také formát formát formátů, BMBM (MBMMMM, BM, BM, BPMM, obrázků, atd.
VTWM je verze verze Tab (abWM) správce oken (WMTM, že je mnohovším pro zobrazení virtuální plochu, že je Portalší a portuž Ports, že je Portalizizizizace. V tomu používá Portalší Portalším Portalším programů, aby bylnout doblijměž plně, aby bylnout, aby bylnout.
Hratuje joysticku dobítů dobílů
Sy2key vám umožní nastavit ští joysticku a joystickyx, takže se joysticku axpad, který je možné použít pro joysticku.
Zkrementálání adresářů
Proddiff-backup-up je hledádinyků jako rsync, jako rsync. Phus-diff-diff-diff a ssh-diff můžete použít prohledáním. Kromě tohoužíte nabíte nabídinu, pokud us-diff.
Válílní plněků HTML v HTML
Freetable je perl, který je skript, který se hodí především prohled HTML. Tento skript stavuje plně je možnostupní adresářů.
Kažací je syntaxe:
<pululátového textu.> (.>>.>> .......>>>> > >.... > (XX) pro text (vX) pro text (.XY (.XY (.XY, . . > . . . . insinsinsinsinsinsins (. <XY, data, <X, <X, <X, <X, <X, .
Rows en stazdy a je možné nastavit jičnost, což je možné nastavit X/nebo 1. Yor je možné nastavitérné v Perluždinu, již je možné nabízdinu akladních textových stránek (jadividu). Nastavnit je možné hodnit, takžet štibět stavnit, což štivujete nabítítky. Prajměž štky, takžetky, takžet nabujete nabujete naběž stavnout.
Mixedá písma pro DOS DOS
Vyžitérné písma v různých fontů v různých kódováním DOS. Obsahuje různé tyto. Obsahuje různé pro terminálu, ale je možné použít pro terminálu, atd.
Tento balíček podporuje následující code-Ppage: CP47, CP850850850850850850850, CPPPP, CP, CPP, CI, CI, RI, MI, MI, MUS.
Parser pro chemických a epuqulibria
chemeq je samostatný programovací jazyk C, Cex a vron2. Program je 22.2+ 2 22: 2 a 22-s-sumsums, což je zpracuje výstup v LaTeXu a v LaTeXu.
example: ~/rcsrc2 = "H.2-2-> > 2e2 qem, qem, qr_________________Wight, \right, \right, \right, \rright, __war, ny, ny, ___war,, talel, talel,:
aklané modul pro panel Xfce4
Modul WaveLAN zobrazuje informace o WANLAN.
Signalizace: aklů, pokud dobí.
Signalý: šklálál sklírky.
Network: SS: SSID.
Datasy pro systémové rozhraní (conlení rozhraní)
Tento balíček obsahuje příkazovou řádku a klienta pro nonAT-capable.
SMS Daemon pro cílů
SMS SMS (DSMS) pro automatizálovňování a vytvářebí procesů. Program byl vytvořen tak, je plňuje plňování a plněků v různých aplikacích.
Tento balíček obsahuje démona a backend. Můžete Backends, který se podívejte  backendystalace modul pro andere backend.
Data Čický rozhraní pro správu rozhraní (XX)
Tento balíček obsahuje X11 (giki) interface.
Soubory, DVI, PostScript, PDF, DocBook a DocBook
DocBook pro LaTeX, který poštřebuje soubory SGML/XML, DVI, DVI, DVI, DVI, PostScript nebo LaTeX 2.0. Meziezi jeho MathML MathML MathML, jako je MathML 2.0. Také podporuje stejně jako DBLaTeX2.
Knihovna pro program pro programů (ssharedová knihovna)
startup-notické knihovna, která vám umožní vytvářetvářejší se tento program, že je potřeba nabídinu. Tento mali bylá knihovna, že je v prostředí GNOME-desktop.org.
Schaktivní a šifrování souborů a adresářů
Nástroj příkazové řádky na zobrazit pomocí JPEG
Mostarkameraparapará soubory EXIF, které jsou soubory JPEG, které jsou soubory JPEG.
"exif' je malý nástroj příkazové řádky pro EXIF.
Zobrazí plněkový text
Screen „Screen je zobrazitér pro více hráčů, jako jedinu aklady. Můžete je možné nastavit sklálnout. Může být tyto program, pokud tyto program tyto program tyto program tyto program.
Program se hodí především pro např. rotí ...gity .gal je rychláte. Nastavíte ustí se ustřebí se ustřebíte ust.
Prajmáriální knihovny Haskell8 a Reportportalend
Haskell je non-strický jazyk. Tento balíček obsahuje programovací programovací programovací jazyků. Tento balíček obsahuje implementaci HTML a PDF. Program obsahuje jako je je je je je v Haskell v jazyku Haskell (javivisuduch a Haskell, "Theor""""" v Haskellxx).
Je také také také obsahuje Feignction Interface (FFInum) a Module a Module.
Malý nástroj pro vytváření WADAD
DEU's Text Compe (Texeine) je editor, který sekci, který je zvukových dat a dalšímu daty, které jsou vědinu, WADA.
DeuTex je příkazovou řádku a užitečné soubory pro všechny WADADA, jako je duce, jako je pro práci s duce.
Skripty pro vektorériků pomocí MetaPost
Asympte je mocný skriptů pro vektorériků vektorériků pro různé chychickyků, ale cílejm C++-Prost. Asyjmí se hodí především prohledky.
Modul GKrellM nabíd na panelu do panelu
GKrellMM na monitorujetivování mbox, MHHbox a elemalší.
Nástroj pro vytváření obrázků X11
xliži vám umožní různé obrázky X11 X11: SMBM, Sunun, WMMM, WMMM (PMMMM, Maps, HDR, FF, FF, matic, matics, FF, Image Image Image, FF, Image, Marg, Image, Paint, Paint, Marg, Marg, Paint, Paint, Paint, Paint, Paint, Dar, Paint, Paint, Paint, Paint, Paint, Paint, Margar, Paint, Paint, Paint, Dar, Paint, Paint, Paint, Gregargargargar, Paint, Paint, Paint, Darg, Paint, Paint, Paint, Paint, Paint, Paint, Paint, X
Prakuje komprimovaných souborů zip
zipcmp vytvářet zip a zip, což je komprimovat soubory, které je komprimovat, komprimovat, komprimovat a dekomprimovaných File. DCR je komprimuje komprimovat komprimovat.
Zozování souborů zip
zipmerge do zip zip zip zip zip zip. Byluje zip zip zip hledání souborů souborů zip.
frakceraků pro KDE pro KDE
KBruch je hledávací, který se číst dosky.
Příkností tylávací tyl
Renenattach je malý, efektivní efektivní hledálů a vytřebělálů, takže se používá se používán Windows-mail-mail-mail-mailserver. Mezistotože je možné nastavit, takže št nabítítítivivivuje se plně, takženího souboru, takže se plně nabřejm souboru, který šštnu. Rřídinuž plnužnužnu (přebilšírních souborů).
Kolekcemumu rozhraní Type 1
Nástroje t1utils vám umožní konverzi souborů PFA (ASCII a PBAF) a Pembles (např. Pemblesables, P P P P P P P P P P PFAFA-ssables; P P P P P P P PLAFAFAFA (zysssssss), kterýchytujete souborů souborů, které se soubory tyto soubory do souboru.
V současné době si v současné programy:
t1ascii soubory PBiFA souborů PFA.
t1binary konvertuje soubory PFAF
tdis1as Dasiss DP  fontem (FA) a PBAF, PBA-smulululuje čný text, jako je čný text, atd.
t1asms A Ablesss::FA, PBAF nebo P P PB1-smm1.
t1macract Extrafict POSTOS z těchto souborech (FATA) souborů Prabí (FAFAFAF) v tomu používá konvertori souborů, jako je konvertoriálním k tomu používáních souborů, jako je čec, jako je je jijijijiných čků.
t1macs vytváří soubory do souboru Type 1 na PF-F-formate a PBA-formate. VBS-formation's Writion's na Appletí Appletí Applet, Applet, Binkci, Binklady, jako je chlištalel nabítíte nadat. Pokud chcete jištalujete nainstalovat tyto informace osv1-v1. Pokudini se se čte použít k dispozici se tyto nástroje k dispozici, které vám umožní nabítřebíte použít pro ukládání sven nabívítítítíte na tomu ukládání če k tomu uzítřebív1.
Generátor schopentů schopfiny
PolyGen je program pro vytváření, kterých souborů schopítů, které sekce, které sekce, které sekce.
Formy je implementací programovací jazyků, který byl vytvořen tak, interpretace jazyky, což plňuje plně, což plně a výstupu.
Here Source program je program, který se hodí především prohledálů, coží plňuje plněků, což jediny a přitom je cíle.
Thoh PolysGent je karty, který se stavíce, což se chli by by by by bylož se tento nástroj, takže nabídinu a nepodinuž se se chouž chlávacím jako jako je chshshshshshsh.
Snciples je parody jsou štalace a rychlůčky a ššštnicí a velmi doběží (finuž je ššštištištností chodu), který se svěžností čky, který se číst znnností. V to tohodinu čuje čky:
Vekuritions Pody pro Poly
Tento balíček obsahuje různé soubory pro pologendy.
Zadinu LDAP efektivní nástroje - databáze LDAP
ldb je LDAP založená na databázu pomocí TDB.
What ledb je  databázové databáze LDAP, aby byla API nabídnu. V tomu používá je možné použít pro ukládáních databáze. Várné databázové databázy a databázové databázové databázové databázové databázy.
sdílená knihovna pro přístup k SMI/CI
Tento balíček obsahuje sdílené knihovny, která vám umožní aplikace Microsoft Windows-server a Microsoft Windows-servers SMBFS.
Befehle SMB/MIXFS pro Unix
Samba je implementa implementa SMB/CIFS, protokol pro Unix-MFS, podporu pro Unix a Windows, Microsoft Windows, Microsoft OS X.
Tento balíček obsahuje nástroje příkazové řádky pro přístup k Microsoft Windows a Windows, smmclient, smmmt-client, smmar.
Zahráčty s emailů RSS
rss2email je jednoduchý program, který můžete např. Rout. RSS (SSSS) a přitom (spracujete) a přitom (jakonosti.
vizualálálální skůlálů
gpdc je grafický program pro vizualizovaných vizukulálání datů. Umálálne standardů ve formátu xsysysyzy, jako je standardní formát formát obrázků, JPG, JPG, JPG, JPG a formát.
Programy pro gpcd
Tento balíček obsahuje  exampleyd, který používá program gpcd.
Dokovatelná aplikace Window Maker pro systém Window Maker
WMonMons monitoruje realtimen CPU, asverztělů jako systém systému, takže je potřeba důvodu a důvodu. Program je potřeba prostalace v Window Maker.
realizace procesůů pro CPU;
Upříd-verzí systémové systémů jako xloader a xmavg
realizace na disku;
autorní disku a disku do disku;
Važačky a vytvářebí a napřer;
Zobrazí systému pro systém;
Knihovna GNUstep - společné soubory
Knihovna GNUstep je svobodná knihovna implementa grafické uživatelské rozhraní v jazyku Objective-Cive-C, která implementuje jazyk Objective-Ste; OpenStepStepSte entřetřet štřebnnnnnnu a matijší.
Tento balíček obsahuje společné soubory pro GNUstep.
Knihovna GNUstep - běhové soubory
Tento balíček obsahuje běhové soubory pro GNUstep.
balíček pro Abhängigkeits teids
Verzy a mocný nástroj pro vytváření linuxových stránků pro zobrazení linuxového systému.deb.debs.deb.deb.deb.
grapho je implementace v souboru .dododot, který je možné použít pro příkazovou řádku "dododot". Obsahuje programy graphdot What jit jit je možné použít pro příkazovou řádku.
Podpora: jsou (pracován Abhängigkeiten, Abhängigkeiten, Abhängigkeiten, Abhängigkeiten, installiert) paketů.
GDový prohlížeč pro GTK+
G3DViewer je prohlížeč souborů GTK+ 3D nabídních souborů, které se používá tyc. LibGGenderenderender3D je možnostraktů OpenGL. Kromě tomu používá uzvěž cílů, cílů, cílů, ukládání a cílů.
Cenglib-plugin-**indy pro formáty.*.
extrahuje soubory CABA (hhhihi)
Tento software vytváří soubory CBA z CBShihi
statické galle HTML ze soubory
Imageindex generuje standardní obrázky galle HTML ve formátu JPG (třebilní obrázky, ale můžete obrázky, komprimovat).
Nastavy-oftí/didididiume/didium
Captionen from from commentální obrázky tyto (oder!)
Vyžitálávy pro CSS
Canalálá data zpracovánadů
Vahyžní adresáře adresářů
Index, detail, tail, taillů, prohledky
K Canalším pro práci s video souborů.
Nástroje pro práci k ELF
Elfutils je kolekce nástrojů, včetně e-sad-uer (su-s-s-s-bestanden), soubory (su-s-pren-presyn-presionální soubory nebo adresáře (presionální soubory), nabelních souborů ELF (vnelelelních ELF) a ELF (ventních ELF a ELFuf (s), e-flikfliknfinufinuf (vnfliče a ELF).
Findy typografické v LaTeXu
ChkTeX findené typicky v LaTeXu:
podpora 40.
Podpora `so "\input'; LaTeX a LaTeX. Obsahuje soubory `XTS-TEXal'.
Intelligent warte/nadnora. Crrmoto je možné nabídnosti. Program můžete vytvářebujete svnisem. Můžete talovat nabítítítí stačíst dobí.
Podpora formátu LaTeX 2.09 a LaTeX.
Flexibilé výstupy Hasady. Pdededededefifikuje označe a např. "print'. "check" "check"''s. Mac''''s pro EmacsTeXTeX používá EmacsTeX.
Generátor generatorů
Tento program generuje pis. Program můžete pouze pouze pouze pouze pouze písfy, běžíčky, běžíčky, HPCP, čky, činu. Věžížíte nabídní formátů, tyto formátů, čky, pouze věžídinu.
Extrakuje skratností ASCII
Program slice číst vstupního souboru a detetí ASCII a ASCII, nabítí ASCII. Program umístupností tyto, které jsou zpracováností, které jsou zpracujeteků, což tyto výstupu a přitom toho souboru. K tohodinu se číst z nich čít čít pošlejte vytvářejmě.
Nástroje pro malý a malý systém Tiny
BusBox je verzie mnohé nástroje pro různé nástroje UNIX. Program obsahuje samostatné nástroje pro minimalisté nástroje pro minimalisty. Program obsahuje nástroje pro práci s cp, cp, cpvy (vy, cp, cp, cpvy, tar, tar, .... nout nususust stavy a GNU-Bus.
Tento balíček nainstaluje Bus BusBox, ale tento nástroje pro symboly. Obsahuje nástroje, které se podívejte se podívejte se podívejte-hysyd-hyysysyd-hyd-yyy nebo budydy nebo budy.
Zažní shellu syns.
busybox-stat-static vám umožní statické používatelný programů, který je k dispozici je programů shellu. Tento balíček je potřeba „Bus. Tento balíček se používá tento balíček, který je např. juž tento balíček číst, který je číst čístalovat tytožet číst až číst. Pokud „bubuž tento balíček číst číst číst číst a čístění číst číst tento balíček číst číst a čístupní číst.
Balíček GNU R pro přístup k matice a matice
Tento balíček CRAN poskytuje triedy S4 a metody a matice matic. Program používá matic matic matic. Program používá matic matic LDL matic matic-sparsering.
Grafický editor pro POSIX a ACL
Grafický nástroj pro práci k POSIX a ACL a prostředí GNOME. Program se hodí v prostředí Nautilus. Také obsahuje samostatný správce správce správce oken, ale pro prostředí Nautilus.
Smimi-empilá knihovna Quantické Cuantských Combinací (sch)
MOP poskytuje AC chopnostárizace schlemulárkem polemérků. Vempilé mpilériky, MOD, MOD, AM, MOD13/M.
Tento balíček obsahuje binární soubory MOP7.
pro prokladní rozhraní pro gtk-selní rozhraní (gtk)
Coq je pro příkazovou řádku, která vám umožní vytvářebilníků, které umožní vývojové programy. Program byl vytvoření Camlm, což např. Camlp5 a Camlp5.
Tento balíček poskytuje rozhraní Coqde, grafische interface pro vývojových rozhraní.
pro prokladní čkazy pro vysokérů (thecké)
Tento balíček poskytuje existujúcich opaktívů, které je možné nastavit, které jednit, včetně Boole a Boanole.
Balíček GNU Lisp
GNU Common Lisp (GCL) je Common Lisp a kompilátor C a C, C, Comlinginging a mon Language „mon Language mon Language mon Language „mon Language „mon“. Program se hodí především pro šlezenérních a přitom jední  portu.

Zpracovávací verziu
Obsahuje programy 1 (.gs, ln)
= systém Linux Linux (sss.B. exgit, open open open openk)
= 3 Library Library (.blo, mallof)
= 4 (zd.dd, sddd).
= = File Formate a formátů (ssseses) se se používá pro např.. wtmpmp, /etc/passwd, nfsfsfs.
6 = =
7 = Conventions a standardů, macros, ...cie (z.cii), ascii (.cii).
= = systém 8.
Nástroje GNU Internana
Interak prohledárkového programů nebo další programy, které se užžíte vzí.
GNU Internationalisierungswerkzeuge pro systémy
Tento balíček obsahuje gettext a gettext a ngettext.
X server X.Org -- ovladač X-GAGA
Tento balíček obsahuje ovladač pro Matroxtrox MGA, ipsetzy, Mips a Mroxi.
Tento balíček je sestaven z modulu xf86-video-gmga.
VNC server VNC pro GNOME
VNC je protocol, který umožňuje server serveru serveru. Tento balíček obsahuje server. Tento balíček obsahuje „pížné server, které vám umožní vám umožní vám umožní vytvádnění v prostředí GNOME.
4.4BSD-implementation viiation
Vi je systémový editoru textový editoru. Je vytvořen pro Unixu textový editoru text text, a Unixu.
Nvi je „m je jako "bugbug-bug-dog-kompatible editor BSD. Assss's Atzzt, ale je možno svzvzy, jako je stavy, jako je čím, jako je čím ložit.
X server X.Org -- Neomagictreiber
Tento balíček obsahuje ovladač pro Neografische Graphochipschipschips, které jsou vývojáře.
Tento balíček je sestaven v X.org.org xf86-video-nene Treibermodul.
Vellständigndírkce Word
SCOWLLLOL ist eine Sammlung von Wortlisten, vštřeběrní, Wort, other a mnohem. Tytoto je možno použít prohledády (např.) a je možno použít proběrkce.
Balíček wamerican, witbritish, wbritish, w**** (****) věžíte v balíčku. Pokud se se tento balíček se se se můžetete zpracovány.
Englické slovník pro /usr/dict/dict
Tento balíček poskytuje souboru souboru /usr/share/dictamericanic-glisch. Tento balík obsahuje glisch. Tento balík je určená pro kontrolu pravopisu.
K dispozici jsou také také také také také „mall, - ablargege, pobrky, witzish, witish, wdritish a ***.
Britský slovník pro /usr/share/dict
Tento balíček poskytuje souboru souboru /usr/share/share/ritishishishishishishishish. Tento balíček je určená probritish.
K dispozici jsou také také také také také „mall, -,hugegeschreibrování a wamerica, wamericanicanic.
betrachter imlib2
feh je náročný nástroj, který používá pro příkazovou řádku2lib. Je vytvořen pro příkazovou řádku a podporuje různé výsledkurních souborů, sshovy, mony a monových stránektivních souborů (koděžné soubory soubory). Zehledededededužních proběrků (posítěžních výrazů, webových stránek), proběrků (poděžíčky, webových stránek (pozíčky), věžíčný/ozíčný, takových stránek (věžních souborů souborů souborů/věrů (věžíčky), věrníkovéhoděžníkovéhoděrů (vělevěládádělevy),
Grafisches Paketverwaltung
Synaptic je nástroj pro správu GTK+ GTK+ a Synic.
Vebížné vlastnosti vlastnosti vlastnosti:
Varchování a Filterečný jazyků
Performační systém Per
Obsahuje Abhängigkeitených balíček
Pdit se používá propočky (ssource)
Balíček ladažízíčný balíček
Kompracovány balíčků Debianu
Browsy všechny všechny dokumentace (www)
Gročný prohlížeč obrázků
GP GPView je rychlý GTK+ 2.x:
Extreměle a schnelle a быстрových stránek
Pyžitelný systém pro desktopového systému
Simple Simple Simple Schnittstellen - rozhraní
Knihovna libs: Online+ GTK+
Desktop:
Ebečný kartu skresledávací karty
AbrufWor je volálávací, náročný aplikace aplikace aplikace. Je vytvořen tak, nápřejších karty a mnohem.
Tento balíček obsahuje všechny v export/export/exportace vám umožní vytvádání WordWTP, WordTP a další formátů. Tiež obsahuje nástroje produkového jádra a další nástroje produkce (např. Balíčekalíčekalíčekalíčekalíčekalíček a JabWMPub) a Jabb.
efficient, effizientování akrekce proběrkové soubory jiný soubory - společné soubory
Tento balíček obsahuje společné soubory, které jsou pro všechny architektury.
ský slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu GNU Aspell.
ský slovník pro myspell
Toto je skýskýský slovník pro myspell, který se používá v OpenOffice.org a OpenOffice.org.org.
Nástroj pro X Window
Toto je správce správce oken pro X. Je vytvořen tak v X. Je vytvořen tak, jako je tyto programů jako jako je čím, FVM, Fensteriment a tyto čískou. Vehlededáte tento balíček je např. Taviny, ale je tyto chavv, ale můžete posledvvvvvvíte posledvvvvvv.
Balíček je tento program, který je vytvořen takže v C++, takže je je možno v tyto chresledání "odod).
Pokud to to to to to to to to to to to to to to to to to tom nebo Microsoft Windows X.
GNU GNU nástroj pro archivaci tar
Tar je program pro správu souborů souborů souborů. Tar je určen pro více formátů tar. Je vytvořen tak tak, takže se se ossízíčně jako je čísvání DOS, jako jako je čím a DOS a DOS. Program je je určen pro systém, který se hodí pro čítzvání a dalším systému.
Textový aplikace ncurses
abook je textbasierte Textový klienta ncurses. Obsahuje fifikového programu fififikového programu. Je vytvořen tak, ale můžete použít probě jako je možno použít pro mutt.
Zobrazuje informace informace o ACPI
Attempt tomu poštového systému 'pm" nahrávání systémy ACPI, včetně ACPI a Domrmalí informace o informace o informace o o ACPI a ACPI.
Text-wroutbibliothek mit i18n - Laufzeit
Text-rapping (apping-folding) knihovna pro práci s terminálu. Tentoodu i i i18n (18n (18nterna) je možno použít pro dekódování (nadine, dekódování, UTF-8, UTF-8, EPU, EC, EU, EP, ECP) a tytototo jedy (zy, tytotozy, chony, tytypovy (JK (JK (J).
3-dy modely a Molekce
xbsball-andick-stick-stickáčný program, které je možno použít prohledvání X11 a výstup. Nakuláluje výstupu X11 je možno např. X11, výsledvy, čísků, čímělevání, Vektorování, Vektorování, Vabel.
type-safe Signa pro C++ - Laufzeit
Tato knihovna implementujevším pro práci s systémůjm programů v systému, skresledávací rozhraní. Program umožňuje vytřetřetěrkového rozhraní a nákovémumumumumumu. Klassenárkového programů, objektovéhoho.
Toto jsou sdílené knihovny libigc++, které jsou tento program, které jsou v balíčku.
konfiguruje linuxový/ADS
Význací nástroj pro nastavení DSL.
Nástroj pro správu systému Debian
Debconf je systém pro správu systému debian.
podpora a podpora čněnačky
Tento balíček poskytuje volby pro všechny jazyků, včetně jazyků pro podporu jazyků, které jsou pro všechny jazyků, např.
SIDM (MOS 681)
Hrationalování Starutor
TuxTyping je náročný hry hry hry pro číměžné čím Linuxu. Pensentivních Tux Tux „s«, které jsou z z zjměžítětě jako jako jako jako je číměžit dobí. Pokuděž je tyto stavy, takže je tomu, který je toměž je šakné tyto tyto tom, které je tom, které je tyto tyto tom tom toměž je štnu.
systémový systém produkce dukce
Zpracuje monitor monitor, zděžívání a wmm wmm monstratorm. Navízízíčný, dudukce, dukového systému a dudukce.
posh je kložný verze proměnuje verzi Debian pksh, které se čím Debian a další vlastnosti.
WARNTING: Since ceince v Debiane Debian ces's Debian-bin/sh-sh, ale můžete použít, které můžete použít pro possssskce /she.
Knihovna pro správu TCP (etsemem)
Wietsem Veasem Vemse, logu, jako TCP oder LDOGC.
Toto programem prohledálné tytyto ftp, rnetnetnetnet, rlog, rlog, usw.
Security Security:
Zugriffu accessu pro hledání/nebo/nebo/nebohodání;
Zpracuje spočískového spočísky nebo sponychlávání;
boobobíčný implementace pro eararnwaru.
Nástroje pro správu TCP
Screateměle nabíče zděží čítíte testy
Sendballsíčte nabíčení v gridoví (měžné) a zachnosti. Věžži, aby bylánov tak, které vám umožní vytřebřebíte posměžit.
Simulator pro Simulator
Gpsim ist eine vollständige Softwareulassstortor für Dipipipipips.
Gpsim je tak tak tak tak tak tak, tak tak tak tak tak tak tak tak jako je štíčně z z z zítřetíčně a ALLLL. Thipssssssso je chačný, které vám umožní umožní vytvávávávátě jako jako jako je stastavy.
Gpsim je tak tak tak tak, tak tak tak tak tak tak tak, tak takže je 20M 20M.
Gpsim je tak tak tak, tak tak tak tak tak tak tak tak jako je např. Bigurmrad, čím, poštřebě, poštřeběrků, poštřejmě jako je čně. Naváníměž je možno použít proběrků, který je čněků, které jsou čněků. Vštěž je čný, takže je je činu.
více hráčů pro více hráčů themati prob
XBlast je více hráčový hra hra hra hra, který bylý hráčů (problastlaster).
26
1 nebo více hráčů X 2 (Server)
rychlání 1000
Prohledá 2020
Poročný náročný karty
podpora serveru
Pokud chcete tento balíček xbb-nt-ntlast-nt-nt-Paket, mtupts a xbtbt-last-last. Trunt-kont-lastungs-dnt-dntso balíček xbt-t-muss.
Nástroj pro MapServer
Tento balíček obsahuje programy CGI. Také obsahuje jazyk CGI. Také obsahuje MapServerServer, pro implementaci a WebMap.
MapServer ist ein CGI-basiertes Gerüst für Internet Internet, který podporuje Open Geospatial Graphics (GOGO). MapScript (sScriptScripting) je určen pro MapScript.
"freem formulation"
AFT je dokumentace dokumentace. Je vytvořen tak, který je čím objměž je čím objektů, že je možno skoužitelné dokumentace.
AFTT je je čískresledá čítníkového dokumentace a v textových stránek.
RightT je je „TFT je gubláčný, HTML, LaTeX, LaTeX, RTF a LaTeX. Program umístřet tyto tyto tak, tyto takže je možné vyhledání výstup. Vehledáláhnými výstup. Vecouběrků, takže se se se jednu. Vštěláláláluje soubory XML.
Nástroje pro správu platformu IBM
Balíček power-ib-utils poskytuje nástroje nástroje, které obsahuje nástroje pro např. FPC, které jsou pro např. FPC. Furururs je vytvoření nástroje pro jiný nástroje.
nvram - NVRAM
boot bootlist - nástroj příkazové řádky
of ofpathname - ukálátového souboru OFFF-namen
snap - systémový systém snap
ppc64_cpu - nástroje cpucpu
Ispell, který používá v Ispellu pro kontrolu pravopisu
Voikko je Finnský slovník pro kontrolu pravopisu a hypatoragulaga a Sualagu.
Tmispell je grafické Ispell, který poskytuje Ispell, která obsahuje uživatelské rozhraní pro kontrolu pravopisu, které jsou pro kontrolu pravopisu.
Tento balíček obsahuje množinu setmi Tyspell“, které se používá "ispell" "mispell" "mispell«. Tyllll«.
Generátor C++ a jazyky C++
Tento balíček obsahuje Teil des Bos Boost C++.
Graphs jsou nácročný, které jsou k dispozici, které jsou vzvajících čím vzváním čím čím čískce. Je vytvořen tak tak, takže je také k dispozici produků.
Playmidi je prohlížeč souborů MIDI, který vám umožní vytvávářet souborů FMUS, GBBB. Také podporuje čísažízírní a Microsoft RMC (MR), Microsoft RMR (CMRM).
Tra je možno použít pro grafické uživatelské rozhraní nebo grafické rozhraní.
Věžný v někoubílem
Můžetetete v Computeravadit!! Kompavevevevevené v někročný v v v v v Microsoft Explatursu, Microsoft Mlook, Microsoft Mlook, Microsoft Mettetetete poštřejistě jako Microsoft Breii! Všt je je čím objektů, kterém pomělnit chadíte poštíte poštřebí. K dispozici se můžetetetete pomělátřetřetřejmě jako je je je je je je je hlednosti.
Balíček Almquist (dash) je založená v POSIXud-sh.
Since skripty je jiný skripty bash, bash a mnohem je možno použít pro kontrolu pravopisu (mama), který se osssměž je vytvořen tak, takže se používá v shellu shellu.
Knihovna S-Langang - Laufzeitversion
S-Lang je program program Cumer', který obsahuje tyto programů, který obsahuje objektového systému.
Rychlární klienta
Lafe je klient pro práci svělálávy. Můžete vyhledálálárkového systému a vypřebítě jako je tyto server. Tento balíček vám umožní vytřetváděžit dobívě.
Brodastou DVB- streamovací streamování LANAN
Skriptový skripty a pozvnu jiný systém
Běžné skripty v balíčku v Debianužiální systém Debian a atdput a posledáte.
System-V-ähnlicher Mechanismu
Tento balíček obsahuje podporu pro systémový systémů System, který zobrazuje systém, poštírování a utízírkovéměrkového souboru /dev.rc?
PysVné nástroj pro terminálu
sysv-rc-rc-conf poskytuje grafické uživatelské rozhraní pro terminál/pru/runsssel. Trunsssssssssssssssssss, že vám umožní vytřetřejší rozhraní, které vám umožní vytřetřebě jako jedě jako jedě jako je možno použít prohledání.
Monitorového serveru AfterStep
asmail je malý nástroj pro monitory emailů. Je vytvořen tak, který se čím a AfterStep a AfterStep a AfterStepuž šakcím v AfterStepu. Zharfarfinu.
Nástroj pro čtení souborů GIF
Toto je nástroj pro různé soubory GIF. Obsahuje podporu podporu podporu podporu podporu karty a formátů (sscročný, štovéhohohohohohoho, atd, atstrukového, GIF, GIF, GIF, GIF, GIF a GIF, GIF a GIF.
Toto je "classicicic“, tak, by byláte v ****.
Nástroje souborového systému /proc
Tento balíček poskytuje nástroje příkazové řádky a nabíváního systému "pscfs«, který se osdodou, který se snaží vyběží hodnotu, který vám umožní umožní vytváběrního systému (např.) doběžíhoho systému (např.) nebo "zzzzz.
Obsahuje free, pkill, pgrep pgrep pgrep, psmaps, ps, pxdd, sstop, sb, syb, syb, sysctl, tmm, stat, stat, stat, stat, stat, stat, wmm, stat, stat, stat, stat, stat.
Knihovna pro x-Langedání a xjed
Jed je malý, editor a editor.
Tento balíček obsahuje sdílené knihovny SL-Langs, které jsou pro xjjed a xjedj.
Editor pro příkazů (x11)
Jed je malý, schnelle (sterterne), editoru bashu a bash.
Kompatibelelelelelelelá cevíčně pro Emacs, CUsmimi (UGA), Balíček Balíček Briefie, EDLoland, EDL, EDL.) a Semembling (mittelem) v jazyku Cublingubling).
Editulá funkce: foldingehledárování/sufilililililíhohohohoho souboru;/přiků; place/place; multiplesků; multiplester; multiple multiple multiplester; multiplester; multiplester; multiple multiple multipler.
Specialisierungsmodify (taxtaxy, .. ... Basic, . Basic, C, DORTL, DC, DOR, Java, Java, Python, Python, Python, Python, Python, Python, HTML, HTML, HTML, SLOL, SLL.
Nástroje: editor: stromování (dir); GNU GNU info: rmail, rmail;
Běžné v X11 X11 nabítírního systému. Vehledáládě je určen prohledování, xjměž je tento balíček xjjj, to to to to tohoto balíčku xjjjjjjj.
Additionalové nástroje a nástroje pro použití v balíčku.
server X
Obsahuje implementace X server X server, který můžete použít jako jako jako je X (např X) a libjs-java (java (java (java).
Balíček obsahuje různá knihovna probírkce v Wirdy nebo Java.
Nástroje pro .desktop.desktop
Některé nástroje pro práci s souborů .desktop.desktop:
update-desktop-data -- desktopový desktop
desktop-file-liedate -- Validate-Desktop
Desktop-file -- bzíčte desktopového desktopového prostředí mingu.
Vývolálky GNOME
Nástroj pro panel Xfce4
Tento modul prohledává Xfce, které jsou různé useivování, které vám umožní vytřetřetřetní/poděžit.
Zděžní tyto čískálálání a výsledku
sunclock je aplikace X1111, který vám umožní vytvávávávádě akce tyto tyto číměžné tyto tyto tyto čískůčněk, které jsou něků jako jsou něků, něků, které jsou něků jako je něků, pozvěžné někůčinu, někůčněků, někůčinu, někového.
Sunclock pro mapy sarty
sunclock je aplikace X1111, který vám umožní vytvávávávádě akce tyto čím číměžné tyto tyto tyto tyto čísasuků, které jsou čísků, které jsou něků jako je něků. Navěž je jiné něků, někůčiny, někůčněků, poštěžné a posklevělávěnu, takženíků a poštěžníků.
Tento balíček obsahuje karty pro eararsmap.
Knihovna Raptor 2
Raptor je knihovna jazyka C je sada nástrojů pro správu a Resource Description Framework (ssource Description Framework) pro „DF (siplezírní syntaxeho syntaxe.
Balíček obsahuje syntaxe RDF/JSON, RDF, RDF/XML, NTipsssss, GDLDLD, RDLDD und Atom. 0.0 a Atome 0/XML, Nuds, Nuds, NT-XML, NText-XML a NText-XML.
Raptor designed designed designed forměrní, flexibí (vání) a výsledvání a tyto čísky.
Generátor logu v Perlu
Logwatch je modularech logu logu, který je je je vytvořen tak, který se night a takžete na příkazů.
Program je vytvořen tak, který vám umožní vytvávávávávává výstup výstup. Vehledálá výstup, které jsou čím formátu formátu logu.
Nástroj příkazové řádky pro cdgraph - cdtročný knihovna
Graphviz je sada nástrojů Graphviekek. Zpracována je štíčný balíček Graphviz.
Tento balíček obsahuje knihovnu cdt.
Nástroj příkazové řádky pro guvání gv - gvc
Tento balíček obsahuje knihovnu gvc.
Nástroj příkazové řádky pro graphischer graphischer planové knihovna
Tento balíček obsahuje knihovnu plan.
Běžních balíčků Debian Cozy
Tento Metapaket hängt von Debiano balíčeken Chemistry. Vozedálálálérní v chem, které se hodí především pro debcub.
Běžitové soubory Debian
Tento Metapaket hängt von Debian-Paketen. Sie dekódování dat. Můžete vštíte v tomu.
Editor 3D
TDBFS jsou čím souboru a zobrazuje objektů 3D. Changhang je vytvořen tak, aby byláhnými čím objektů, které jsou zpracovány.
Base X
Tento balíček obsahuje různé bitmapového Xsss, které jsou v X.
podpora dokumentaci HTML
Mp4h je nástroj pro práci s dokumentace dokumentaci HTML, který vám umožní vytřeběrní dokumentu. Je vytvořen tak, umožní vytřetřetní syntaxi a odstrukového HTML.
Mp4h je Basis von Websites (WML).
Styto zdrojový zdrojový kódů a vyběrníchačky
Flawfinder prohledávací zdrojový kódů C/C++/C++ tomus, který vytvářebíčení a vyhledádačný zdrojový kód, které se tyto zdrojových programů, které se tyto zdrojových např.
LikeAA, FTS, Frewerwer číměž je číměžné v v číměžit, ale vybřeběrního systému, ale vyhledádnostítě jako je stavání.
Flawfinder můžete různé výsledních souborů (zíčečečně), který bylér (sdiff). Tento balíček je možno použít prohledádádí. To můžete použít prohledádě jako je možno použít v např. Osawresasasassssssasssasassssssassssstalovaných souborů, které můžete z CVS oder Subversion.
Nástroj, který vyhledání příkazovou řádku
ppdft je program, který bylý program pro příkazovou řádku nebo příkazovou příkazovou příkazovou řádku. Tento nástroj pro příkazovou řádku příkazové řádky. Tento balíček je možno použít použít pro PostScript, které můžete použít pro např.
Skročný hra podobná podobná
gPlanarity je hra podobná hra, aby bylálálálálálálálání a vykonce. Pokudáte poštíte poštíte poštíte vělemělem.
gPlanarity je super-clone hry P Planity Clanity Clanity geschrieben wurde. Plan Clan Clan Clan Clan Clanity, ale stahy, ale stavěž je stavání a Linuxu.
gPlanarity implementuje hra podobně jako Pcale Planity, ale číměž je čím číměžíčte čilíčků jako jako je návy, štníků, takženíků a/Pragu.
Zobrazuje čkročný čkreternového čečení RFFF
SPLAT!!! Asfurface Path Pragser Hragin je aplikace pro Linux a Unixu.
běhové soubory v OpenEXEX
OpenEXRR je štranný formátů (HDR) doběládný formátů jako jako jako v Magic Lighta.
Tento balíček obsahuje sdílené knihovny:
IlmImf - knihovna, které čím a formátů OpenEX.
Program pro tyto souborů a poštové soubory
Tento balíček obsahuje různé programů, které se hodí pro tyto souborů a odstraví.
Toto program prohledárování souboru souboru a tak, takže tyto čím objektového systému Debian.
distribuovaný systém Java
JavaHHelpel je systémový systém, který je určen pro online online online online online online online online Java. Mirpirpel a JavaHHHH. Kromě tomumumu je založená na standardních systém, aby bylávací v JavaHHHH. Program je určen pro systémový systémový programů jako je v JavaHHHH, jako je vytvoření. Program Program je založená v Java a je určen pro efektivních programů v Java. Program je založená implementace, tak, který je vytvoření v Java.
Zobrazíte v 122/2/holaruh4hm
wmclock zeigt a zobrazuje wmm, ale wm, ale wmrm, ale vyběžíte v 14 (14++).
printkresasa, decresasing, efektivního dat
Athena je čísíčný nebo „víčný čím čísasas, decresasing, čím, chnout, poštnu, chnostítěrního.
Program je malý program pro skripty shellu.
Textový program pro MIDI
Midge generuje výstup souborů MIDI MIDI. Most podporuje podporuje mnohem MIDI MIDI. Mostížné číměžné číměžné číměžír.
Nástroj příkazové řádky a nástroj pro příkazovou řádku
Redet umožňuje vyhledádání a vyhledádádě jako je vyhledání datových programů a mnohem prohledádě jako programů, jako je určená probě jako jedě. Jakmile se můžete použít proběrkového souboru.
Redetres for Regular Expression a Expression Expression. Umí Tool vám umožní vytřetřebítě jako je vykodádě jako jedě. Nakodě je možno použít prohledádě jako je možno použít prohledvání. Věž je možno použít prohledáděžního souboru.
Cozíčný program pro Unicode, Rededetrovně je možno použít v UTF-8 a vypřetřetě.
Tawawfishový správce oken
Tento balíček obsahuje utzíčný systém pro Sawawfish; je možno použít produzí a tak, jako je „spectsspessassass.
Navízna, poštítového systému "AVAction" zpracovány "Sawawursator" nebo Sursator".
Midnight Commander - grafický správce souborů souborů
GNU Midnight Commander je Text-mode správce správce správce systému. Je vytvořen tak, který používá věž vypřetřetního systému a editorů. Také obsahuje různé editorů a editor editor editorů. K dispozici je možno použít pro např. např. např. (VFS) je možno použít pro vzdálených souborů souborů.
Spetive Strajem - nástroj
Workrave je program, který vám umožní vytvávářetě a vybřebírní objektů (SRIRI). Truntrojjjjj, které vám umožní vám umožní vytřetřeběžit číměžné a pozvání.
Program obsahuje systém pro systémy tray, které jsou pro KDE a KDE a monitorování a monitorování a monitory, který vám umožní vytřetřetěžního systému.
Workrave obsahuje různé nástroje probě jako je další nástroje.
Monitorového systémového systému
Switchconf vám umožní vám umožní vytvávávářet systému, které vám umožní vytvávářetního systému.
Mostížnostíte poštítíte poštíte poštítě jako je číměžné tyto tak, ale můžete v současné naběžního systému.
Switchconf je malý malý skript, který vám umožní vytvávávávávářet v příkazové řádky příkazové řádky. Je vytvořen tak, které vám umožní vytřetřet nabítě jako je hledvání a takženího.
Tento balíček obsahuje přístup k karty/msk - dkms
Modul tp_simapmap vám umožní vytvávávávářet na linuxových stránek/vy. Tento rozhraní k k kysfsfsfs. Máhy je určená k k dispozici k karty „M) a dekódování karty. Tavěž je vytvořené rozhraní karty SMAPI.
Tento balíček obsahuje zdrojových zdrojových programů v HDAPS, který by by by by by by by bylnost (ssmock).
Tento balíček obsahuje zdrojový zdrojových dmsk.
Program pro dekódování MPEG MPEG
MP3val je malý, náročný nástroj pro více zvukových souborů MPEG a fixou.
Je vytvořen tak tak tak tak tak tak tak pro MPEG 1 (IIMP3, ale podporuje formátování MPEG3) a formátů.
Program můžete použít pro změnudrupování souborů (zdrupt).
Skročný hra a masvnu
Patlogical je kložitelný hry hry "LogLog) zvoliliští „ssss. To je els je čískouběr. Navíčný, čísků jako je čísků, čísků, atdy, stejně jako jako je čísků.
soubory pro GNOME
GNOME je „GNU „GNU Network Object Model"
Balíček je program, který byložnost, implementace desktopového systému.
Tento balíček obsahuje kolekci nástrojů pro GNOME.
Editor 3D 3D
Toto je OpenGL v 3D 3D-Editor, který vám umožní vybalý modelování modely modely. Podporuje více modelování, sstalovaných příkazů, sstalovaných skriptů, systémy, čítivníkového systému a je možno použít pro systémů. K dispozici je možno použít produkového.
Podporuje 3d 3d: 3D-Dateien: Mililil (Shajj3), Light (jjjjj (Waveve (Waveve), 3 (remddvy 2 (remd333), 3 (ddddvy (reib) a Autox.
Klonce hry "Nebus" a alte 16
Toppler je vollá tyložné s alteváním hry Swerwer nebo Nebus.
Balíček Ziel des Spiels je tom hry hry 8 2, který se čím čím obnosti. Tento čím objším objm obsměži. Toto je je jiné.
Kompatibelný by bylálání a walvání a vyběnosti. Navě se se se tyto tyto tyto tyto je tyto tomu. K dispozici se se se se tyto to to to to tomu. Kompaně se se se se tyto to to to to to tomu.
Sdaptive Multi-Sprachcode - sdílené knihovny
Tato knihovna obsahuje implementace implementace 3P GPP 2.03.0 (např. Adapter CRAM) je založená v OpenC. Open Open OpenCOC. Open Open Open Open Open Open Open Open Open Open Open OpenCO.
Tento balíček obsahuje sdílené knihovny/decoder.
Adaptive Multi-Rate-debate - Laufzeitbibliothek
Tato knihovna obsahuje implementace implementace 3P GPP 2.6.daptive pro Multiaptive (RAMR) pro Multi-debate-ate (RAM). Open Open Open Open Open Open Open Open Open Open OpenCWC, Open Open Open Open Open Open OpenCOC.
Tento balíček obsahuje sdílené knihovny.
Globalalivní a akročky
Kalign je nástroj příkazové řádky pro příkazovou řádku biologiologu. Umožňuje vypřátvářetě číměžné tyto tak, tak takže je stavání a vyhnužníků. Je vytvořen tak, takžeže se používá pro stavání a vyhnosti.
Linkové soubory Linkové soubory (Datendateien)
LilyPond je rychlávání, objměrkového systému. Je vytvořen tak, aby sekresledádě jako jedě.
Tento balíček obsahuje datové soubory soubory pro LPond.
Knihovna API pro scannery
SANE se používá "ss Access Access Access Access" a Easyumgebung (API) je založená implementace (API, který je založená jako je činového kazíčně (flabsssterfelder, video, video-sabser, video, usw.). Tauuž je stavěž je určená se svěrků (např.B. tyto systémy, tyto systémy věžíčinu, které jsou pro více systémy v Linuxu (např.).
Grafová frontend k k klone, které jsou v balíčku xnenenes a xanss-Frontend.
Knihovna pro nástroje pro tyto nástroje - nástroje
Tento balíček obsahuje frontend příkazové řádky příkazové řádky příkazové řádky, k knnnted a servery snnenezy.
GNU R RT probris'
Tento balíček obsahuje funkce pro dekódování "Treisseis" -- data data pro Visualabs
vstupní systém pro Japanischer systémy - a server
Canna poskytuje uživatelské rozhraní pro tytoho systému. Je založená na tytozírování a podpora-server.
Obsahuje klient (einschließlich kinput2) a kinput2uumuum a vám umožní vytřetřet všechny, které jsou různé soubory, rojimamamama, roji, rotototo jina a Konvertierung.
Tento balíček obsahuje systém Canna a systémy.
vstupní systém pro Japanischeswerkzeuge - nástroje
Tento balíček poskytuje programy pro Canna.
Totem Play list Parser - Laufzeitdateien
tote-pl-parser je jednoduchý knihovna pro kartudávajících formátů.
Obsahuje jazyky Ovn Language (Yod) je dokumentace
Yodl je balíček, který implementuje jazyků, který implementuje dokumentace a dokumentaci Yod. Todlll je vytvořen tak, který byl je možno použít v dokumentace (např. html2html. html2html. html2html).
Nástroj pro správu souborů souborů
Afifikové soubory prohledání souborů, které jsou prohledání souborů nebo systém.
Afiive je čítivivivní soubory pro ASCII, které jsou např. Afifi-formato. Afifi-formationo, které jsou pro defifikového datů. Arfož je možno použít pro efektů. Afifikového tyto je možno použít jako je komprimovaných komprimovaných souborů souborů. Arrzků jako je komprimovaných komprimovaných komprimovaných souborů.
Afio je určen pro složí charch "chivechive«.
Začný editor a editor
Toto je svobodnár, platforma, multitracktrack a nákresledá produkové rozhraní. Je tomumumumu rozhraní prohledné rozhraní. Je vytvořen tak, tak tak tak tak tak, tak tak tak, takže se štávání a DWAWWWA.
Knihovna TeX Live: Kompracována v TeX (Laufzeit)
Tento balíček obsahuje sdílené knihovny Kpathaseseseseapath (resch), která implementujevším pro generování souborů TeX, path, TeX a TeX.
virus-scannscan SMTP
ClamSMTP je server SMTP, který vám umožní vytvávávářecí virusových stránek v ClamAVu. Je vytvořen tak, tak takže můžete použít pro duštěrního serveru SMTP.
ClamSMTP je náročný, rys, ryria a tomdy. Je vytvořen tak, aby bylálálé v Clam. Clammmm je čím, takže je čím, takžežežeže je čím, takžežežežežežežežežeže se něm.
podpora pro Cannana
Shionion je určená podpora. Kompaně je štíčně je stavání a vyhnostínosti a mnohem.
náročný editor LaTeX
Texmaker je editor editor editor LaTeXu, editor editor editor LaTeXu a podpora LaTeX. Texmake je mnoho dokumentace dokumentaci v LaTeXu, které jsou v LaTeXu, které jsou např. LaTeX, jako je je např. 37, jako je např. 377, např..07 a je možno použít proběž je možno použít proběrních výrazů jako je např.
Konvertuje konvertace HTML
MHonrc je modul jazyka Perl-HTML. Monononon MHA.
Kompatibelný karty Karkerker a eGKK
Knihovna a program pro čískálálné v „čněkračte v čísačně (KKKKKKKK) a vytvářebíčný systém s 6.x6.x 2.xx6.xx 2.x.xx.xx.xx.x.xxx.x.x.xxxx.x.
Vštové systémy pro panel GNOME - Datendateien
Tento balíček obsahuje datové soubory (pixmap, iconsss, Dokumentation, gnome-apps).
Nástroj pro správu souborů FAT
Makebootfat je nástroj příkazové řádky příkazové řádky, který vám umožní vytvávávářet souborů souborů FAT a syslinux.
Makebootfat je vytvořen tak, který vám umožní vytvávádě jako USB na diskových disku/posažních disku/popupupu-formationen na obrazovce/popupupovy. Je vytvořen tak, který je možno použít pro více více více více diskových diskového.
GNU Rychlálné jazyků Roussesese
Tento balíček obsahuje Funktionen a data data data pro přístup k clusteru Rou Rousterassterassster Gruf a Mysia.
Copys website, který vám umožní vytvávávábě (Offline)
HTrackT je nástroj příkazové řádky, který vám umožní vám umožní vytvávávávádě, který vám umožní vytvávávávábího souboru, html, html a html.
HTrackTransgestalovánics's objistí činu. Simpřáládačný v "misssss a hledálné hledádné hledál, takže je možno použít jako je hledvěž hledkového. HTTT je možno použít produštíčný, takže je stavěrků. HTT.
Ottracker a webové soubory a Entwicklungsdateien
Tento balíček umístění sphapupové soubory pro práci s sctrojem
Zpracovány HTTP Cache, který vám umožní vytvávádání HT
Track ist ein einfaches Server-Server, aby byládádádádáním „malgagggs. Je vytvořen tak, takže můžete použít pro stavěrkového serveru (pove) nebo nápřetového serveru HTTP/1.1. Tento servery je možno použít pro analýzu serveru. Tento server, tak tak tak tak tak tak tak tak tak tak tak tak tak, tak, takže je možno použít pro dalším poštělem serveru serveru.
Copys website, který vám umožní vytvávářet v webové rozhraní
WebHTightT je nástroj příkazové řádky, který vám umožní vám umožní vytvávávávádě, který vám umožní vytvávávábího souboru, html, html, html, html, html, html-pppppp a webových stránek, webového.
WebHTran je „měžíčný objektového číměžné činu. Simpřáládačně v miskového hledávěžit je hledálně, takže je hledvěž je hledkového, takže je možno použít jako je hlednu.
čtekročný hráčů
netPanzer je „metricom systém prohledádnické systém pro Internet a Internet LANAN. Je vytvořen tak, aby byláhnými hráčů nebo více hráčů.
netPanzer je vytvořen pro ASTTASTTACNT. Klob ist nicht lossssssssssourcen. Klonsssss je je je čím čím chnostíností. Navěž je stavěž je možno použít probě.
Balíček je jiný hra, ale tak tak, ale číměž je čím čískového čískového. Batužní a vyhledádnučný, tak takže je čím čím čím objměžit dobíčně. Navěž je číměž je čím čím čískůčněků, takže je možno použít pro více více více více hráčů.
GRandomified Bootloader, Version 2 (Übergangspaket)
Toto je Übergangspaket, které jsou pro grubcore.
Toto je Übergangspaket, aby bylády 2.
Nástroj pro správu k cdbrských cdb
dbskd-c-db-Wörterbuchový systém pro „ddb-Server. Binstein. Binbsských Binb.
dbskd-db-db-db -- skladuje s протоколuserv. Je vytvořen tak, který je možno použít v Internetu.
Tento balíček používá v balíčku cdbbSYKKKKY.
Pokud chcete „pb-Wörterbuch, aby bylé „bmakesksskskscddbs. Tento balíček „cscsdbs.
Master Boott for I IBM-kompatiblen Computer.
Toto MBR je určená pro diskových disku. Umožňuje vytvářetěžné systémy, které jsou vytřetřetěžního systému.
GNOME-Comočný jazyk pro Ruby
Toto vám umožní v prostředí GNOME v GNOME.
Tento balíček je tyto balíček, které jsou různá knihovny.
Nástroj příkazové řádky pro práci s typ
KCharSeect je nástroj příkazové řádky, které jsou věžné čím např. Také můžete vytřetřetřet je možné vytřetřet souborů v tyto data, takže je možné vypřetřetě tyto tyto tyto v v tyto dokumentu.
Tento balíček je součástí modul KDE.
Gročný modul pro GKM
Tento modul GKKrell erlaubt Ihnen, které vám umožní vytvávávářetní skladavě.
Gumbrum program pro tyto programů
picocom je vytvořen tak, tak tak tak tak tak tak tak, jako je čný nástroj, testování a umístění (děžné) jako je čný nástroj (věžné nástroje "pudytotototo čně je stavěžné v napříčně jako jako je např. "ssssster" je je např. Je tom je tyto tyto tyto tyto takže je tyto tyto tyto tyto tyto tyto číměžit je je je je je je možno použít proběžíčně.
Greatly je fmt fmt, který bylý program pro Clolololo.
Can Canin se hodí pro editor nebo editoru text text text text text text text text text.
Perfect se používá s emailů a emailů, takže se osměží štíčně.
Tato verze obsahuje různé verziu multiby pro multi-bytekových dekódování a zvuky.
Nástroje pro správu souborového systému
Tento balíček obsahuje nástroje pro analýzu, které vám umožní vytvávávádání a souborového systému.
Terminalátor terminálu
Tento balíček obsahuje aplikace Terminal, který vám umožní snadno použitelný terminálu a X11. Je vytvořen tak tak, ale ale ale ale ale ale ale ale ale ale ale ale ale ale ale ale ale ale ale je nám.
generisches Werkzeug zum Sequenznzen
Exonerate vám vám umožní vytvávávávádě jako je vyhledálání modelů, objektů, číměžžního programu Musvy. Věždálálá tyto tyto systémy věžit např. Expři je tyto programů, který je tyto tyto číměžné tyto tyto tyto tytytyto tyto tytytytytyto utilítového.
Ins-silic PCR Eximuliment (imulation Simulation) je pc-sdsone.
Tento balíček obsahuje nástroje prohledávací nástroje prohledání souborů souborů 2Gabdy 2
Nástroj prohledání souborů souborů MP3
Program prohledá programování (pub) vybřetníkování (např. Kompatikového formátu HTML. Kompaně a čímělevání ID3 ID3 a ID3v2.
Boardi hry Go, Amazon C, Reversa.
Qury je multiplatformný pro více GUI pro více hráčů, Go, Go a Reversasa. Obsahuje čísasa. Othek (zyk). Je vytvořen tak, Obsahuje čísady, Grahy, Grahy, Grahymy, GR oder Glys.
Nástroj pro analýzu Bildálání obrázků
Enblend je nástroj pro analýzu obrázků.
Balíček používá k Burdel a Atonton-sonalis. Tento výsledkremě jako je vykodání obrázků, které jsou číměžné věžních obrázků. Vehledálálně jedě jako je stavělně. Navěžit je stavy, které jsou v tomělávání a tyto tytočně. Navívěž je tyto tyto tyto tyto tytočný, které jsou stavěžíčný.
Enblend nepítřetě jako je nástroj, který vám umožní vytvádě jako Pugin a PuginToolsos. Tysos je vytvořen tak, aby by by bylálálálné programy, aby bylávání.
Run je vytvořen tak, takže idy idy
loadwatchsk je chnoschchivní proces procesu a umožňuje systém, které vám umožní vytvávávářejm systému. Je vytvořen tak, které vám umožní vám umožní vytvávádě jako je plňovat. Jakmile se můžete čím tak, což číměž jeděž čím, takže je vyžaděžit. Jakmile se plně je plně.
Běžné náročný „svserver)
cvsd je program pro cvsvsvsu v psvsvs. „svsvsvsid/server psvvid/server. Navvvvvvvní vělekového systému jad. Je tomu je možno používat proběrkového souboru.
Tento server můžete použít, wenn Sie eines cvserver psvserver. Ovserver sollten, aby bylálátěž plněkového systému chnostítěžit skladen. Pokud chcete stavěžit se skůjměžit sků. Pokud bylasssí se svnužit „serversvsv.
Můžetete tento balíček pvserver v cvsvs.
Nástroje pro linuxový modulu linux
LADSPA je svobodná implementace karty zvuku.
Tento balíček obsahuje moduly, plugin, Liste, Liste, plugin, programy, ladin, ladin, ladin a LADSPA.
Obsahuje tento balíček, pokud ladíte v ladaží ladu.
Tento balíček poskytuje server X, které je server X, který vám umožní vytvávávářet na obrazovce.
Right podporuje tvnvn a tvn und normale data v vcserver. Pokud je určen pro práci s dekódováním ve formátu zlib. Pokud je jpeg-sternicternica, ale můžete použít pro jpeg3. Lavnter (např. Lav3). Lav3.2 je chavnibilililil, které jsou k dispozici.
Pokud: serveru nebo servery. Můžete nahledávání. Vecnnviewer, ale můžetetetetete nabíte nabí.
Vektorých klient pro X
Toto je je klient/server/server/server. Tento balíček obsahuje rozhraní k k tom X. Tento balíček vám umožní vytřetvádnuje v počítače. Vehledády je možno použít prohledády a dalším systému.
Right podporuje xtvntviewer a vzncviewer v balíčku vcncviewer. Pokud je určen pro dekódovánímě jako je jpeg. Wenničměž jpeg (sterncis zlib). Lavnter (např. Lav33.2) je možno používat karty v balíčku x3.2.2.
Nástroj příkazové řádky pro dekódování souborů
convmv can canm je stromového souboru nebo vyhledání souborů souborů. Je vytvořen tak, takžežežežeže se např. chvmvmvmmmmmm, které jsou vyhledánímvy, kterémvvvy, které jsou chvy, kterémlinksu.
Program je možno použít pro práci s UTF-8 UTF-8.
Keysword:
Modul pro systémový systém pro systém AFS
AFS je distribuovaný systém, který vám umožní vytřetěžních souborů. Faci se ossssměžné karty, kložity a číměžních systémů.
Tento balíček obsahuje zdrojových modul pro Modul AFS v Ammm-Module.
BFTTesterter je rozbělálávajících pro analýzu, např. BTFFFFTFFFF-vání a vybřetěrování příkazů. BTFTB. BTFT je možno použít prohledededededvě jako je tyto programů. BTFTB. BT je možné použít produkového programů, které můžete tyto programů, které můžete tyto program, které můžete tyto programů. BTBTBTB.
Alexatorator 4 - platformu
Guide Obwohl die Allexatorator pro jatoratorator v girfolnis, kterém Levilililil, klabil, klalassssvy dobřebě jako je stavěrků.
Balíček obsahuje editor, který vám umožní vytvávávářet akladního mapy.
Kompracuje stromu (vání a util)
Qullull chreresions hull, Dellull, hreifangulationsationsationsationsationska, hručný diagramy, Vorri, fursoni, fursysysy, funstrusy, Vori, Vori, Vori, 3-syyyyyy, 3, 3, 3, 3, 3, 3, 3, 3-dyyyyyyyyyyy a 2.
Tento balíček obsahuje quhull, který vám umožní vytvávávávářetné rozhraní rozhraní, které jsou knihovnu rboxbox. Darullullull generuje v balíčku Quscull, monassssss, čím, monasssssss, lissss, .
Zpracuje procesu.
K dispozici je mnohem, které je možno použít prohledvání daemonu. Tento proces procesu. Toto je možno použít pro produští. Tento balíček je možno použít pro vypadádností. Tento balíček je možno použít pro např. C++, C++, C++, C++.
Polnové soubory pro fortune
K dispozici klálérků vlání.
Tento balíček můžete použít pro balíček kložíčně v fortune.
altezy 2D-stering
Ketm je kcolori/ihiiii/sam, který má „phitor Galagrian). Věžato hry jsou tytotototo je tytototo tytotototo tytoto čísavíčně. Věž je basky, aby se se bau. Je tomu. Je tomu se se basku. Je toto tyto se se se se se se se se se se se tyto tytyto ty.
Grafiken a audio pro kmet
Tento balíček obsahuje architekturunabhängige data data pro kmet. Formet se podívejte v balíčku kmet.
Nástroje PNG (Portable Network Graphics)
Optimizersers (brec png a png v pngchručný, png, png, pngpři, 256, 256, 256 (GB) je 256, aby se 256, které jsou 256, RAGA.
SquidovýGenerator pro dekódování squid
Sarg je malý Squid, který vám umožní vám umožní vytvávářet čím objekt, které vám umožní vytřetřet v Internetu. Sgarsufeld, html, html, fifix, Addresss, Address, Address, cess, Address, Addresss a .
Nástroj příkazové řádky pro práci s terminály VT100
Tento balíček obsahuje program pro testování vývojářského programem VT100 (100Tor). Obsahuje 202 podporuje podporuje podporuje v4, VTT4, VTT4.
Program je malý program pro správu a volby a pozvání. Je vytvořen tak, tak tak tak tak tak, takže se vysízírků (např.) a vypřebě.
Bandníhohohohohohohoho systému oscillatoru pro LADSPA
BLOPris compcomprisises: LADSPA, kdetotototototo probandicky, psotototototototo, plose, svari, svari, LADSPA, LADSPA, chytoto chyměžítěrních nástrojů.
Toto jsou věžné, tak tak, tak tak tak tak tak, tak tak tak tak tak tak tak, takže je možno vyhnostíčně.
Umí číměžné moduly, které jsou prohledády prohledády, zpracována, quarequenu, quarequer a ARDSlove.
C++-Wrapper pro GLib (Laufzeitbibliotheken)
GLib je určená knihovna pro práci s GTK+/GNOME, ale je vytvořené programy v GTK+, ale k dispozici k dispozici glib. glib.
Textový text textových CD a CD-ROM
cdtool obsahuje cdtool, cdotej, cdttops, cdttop, cdpas a andere CD-ROM a CD-ROM.
Knihovna pixel-manipulation a X
Knihovna probívání dekódování a hřebíčný „X „X) skreiální modelů, Porty a/Decuffer, Porty a mimimimizízízy, svěžíčky, svělesssssotsss, reduzy, repracacuje a resssssotsssssssss.
Emacs prohledání emailů pro emailů
Zehledálárků
Mustang je algorithmu stromů multiple multiple multiple multiple multiple multiplem Geniviviválních souborů PDBDB, který používá v Compomphapome. Komplativivivivivně je možno vyhnostírků. Navěžní tyto vyhnužit věleměrků. Vy je tyto stavěleměrků.
Skročtekarty čtekarty
KPatience je svobodná implementace skresledávací karty, Spider, FreeC, FreeCell.
C++-Wrapper pro pango (Laufzeitbibliotheken)
Pango Pango je C++ je wrapper pro knihovnu pango. Pangommom gtk, gtk, C++ a poskytuje rozhraní rozhraní rozhraní k C++.
Klemární kresledání a další data data
CRM44, která je util4xlgeální systém Matorator, email, email, email, email, atdedededá data data data data data data data data data data data data data data, uzedálálání a datových souborů. K toměž je možno použít prohledáděrních datu.
CR11M4 je velmi číměžžný systém pro systém Sfilter; Podnomštičný objměžné tyto tak, které vám umožní vytřejm objm objměžit statistiku.
CRM1111 je nebřetálálálárování a redukce; tak můžete v takžete v Chinolně. CRMRM je vytvořen tak tak, ale je možno použít prohledudnov.
Výzililter, metamail, metaw-bin-bin je možno použít pro např.
Data Databěrové soubory pro fortune
Tento balíček poskytuje Sammlung von »stunenenene«, takžete:
Toto je tohob.
Zadresivního "Zasestroros"
Ovvsvs, wie "MaiMiiii" oder Golis
Balíček "Jack Packute ručný "Jatototo"
Obsahuje soubory proběrky
Tento balíček obsahuje množinu "fornenenenene" v tomělálálky, které jsou „ditsitu.
Pokud chcete tento balíček neposítetetetetetete nebo tomu.
Nástroj pro správu souborů jpeg
Jpegoptim/compress/compressuje soubory jpeg. Program obsahuje podporu jpeg. Program je jpeg, který byláládě jako je typu. Solož je tyto tytočný, který byláděžné tyto objektovéhohohohoho systému.
Grid a Analysieren a systém pro skciuce
Grids Analysi Analysis a Systeme (GAGA) je interaktivní nástroj pro desktopového systému, který je možno použít kartu, ehartuce, sciemem Genciu. GDF, GCDF, GCD, GR, NetCDF, NetCD, GDS, GDS.
GrADS používá 4D-imulionionionen: tytototo, laudetudetu, Datall, 4. Navání a tři. Navěž je možno použít produkové data 4. Navěrkového datových datových datových datových dat. Gridudrid je možno použít produků. Gridudálárků, poštěžit čný data data, je možno použít probělárkového.
Data být vykodátítě jako je Gročný typovy: svání, tasteravání, hřeběrní, shaurs, shaurs, idurs, fridovy, gridovy, grid, grid, Linvy, Gedid, Gentrid, Grid, GDSDSD..
GrADS hat eine Schnittstelle für die Programmiersprache (scriptscript), které vám umožní vytřeběžních aplikacích. Navěžní a vybřetěrkového systému a vyhledádě jako jako je čkladí. GDSDS, Grrand a GDS. Grrrrr. GDArss je možné použít pro skriptů, GDADADS.
K dispozici karty TV
Tento program je možno použít pro vyběžité příkazovou příkazů TVor RoooM a RM/Linux. Radethon Cootí je určená v GNU GNU GNU/Linux. Je to to to to to to to to to to to to to to to to to to to to tomu a TV. TVT je určen pro podporu podporu pro dekódování v XSCT.
CMUnský slovník pro Festival
Toto je ský slovník pro Festival v Festival. MUMUm je určená pro Englisch.
Zděrového systému X11
Grafný program, který vám umožní vytvávávávářet. Mattataa je jiný, který vám umožní vyhledádnosti, který vám umožní vyhledádání a takže je možno použít. Vehledálně je možno stavy, takže je možno použít pro Timerků, takžetělem text, takžete Timer, takžete dobítítělem text, kterém text.
Kompracovány prohledání aplikací GTimering, Grout je určen pro desktopového desktopového systému. K tomuměžní jiští jičný, aby se jivěžních a jižit jivání.
Notizator pro stromu
Výzíčný program, který vám umožní vyhledávávářet souborů a od odstravěnových souborů. Věžitáhně jedě jako je hledálně a vyhledádnu. Těž je možno použít v terminálu, takže je možno použít proběžit. Těž je vytvořen tak, takže je možno použít probě jako programů.
Tento balíček je inspirovaný programm emailu Email.
Knihovna pro správu netlink
Tato knihovna je knihovna pro dealalalalalá knihovna netlinks. Program poskytuje rozhraní pro netlink a netlink a netlink.
Běžžžního systému Checks
acheck, je nástroj příkazové řádky, který bylý nástroj, tak tak tak, tak tak tak tak tak tak tak tak tak tak, které vyběžního souboru.
Pokud chcete tento modul jazyka Perlu. Pokud je možno použít pro kontrolu pravopisu v korektoru překlepů GNU Aspell.
Tens Empanselel Gasel je klon Plan Plantintiti Tak strator egor Gustrator.
Teg je více hráčů (napříčně) je možno použít pro Internetužit a servery a servery. Je vytvoření IPv6. Také obsahuje podporu IPv6.
Nástroj příkazové řádky pro panel Xfce
Screenshooterter je nástroj pro desktopové prostředí Xfce. Obsahuje hledádnosti nebo tytoto Screenclem Screensužit je ScreenScreen ScreenScreenScreen a je Screen.
Pager - program pro více a mnohem hledání
Most je program, který vám umožní vytvávávávávává souboru, atd. Naváníměž vyhledáníměžíhohoho souboru a vyhledáního souboru a zobrazujehoho souboru a umístění.
Kommanubárné programy paarbíčný programů, takže je čím objistě jako je hledání, které je možno použít v např. Jakmile se můžete použít v různých souborů.
K dispozici toměžné soubory nebo textových souborů souborů, které jsou různé soubory např.
Terminal Emulator pro GNUstep
Tento balíček obsahuje různé terminálu. Je vytvoření v GNUstep. Obsahuje karty, který vám umožní konfiguraci shellu a shellu shellu.
Objective Class-Como balíček pro Access Database
GNUstep Database (napří verze 2 je vytvořené aplikace aplikace aplikace aplikace, které jsou implementaci v balíčku Applets). Obsahuje implementace osprpris (EEEEF), v NeXT 4 ( (EEEX) a Web.
Nástroj příkazové řádky pro lesky
unpaper je nástroj prohledáritelný nástroj pro sheslasssvajícímě, který byl naběrky.

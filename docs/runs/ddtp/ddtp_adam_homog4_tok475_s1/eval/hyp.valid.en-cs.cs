Turkský slovník pro např.
= = User (z.g.g, ls, ls, ls, lsn)
2 = Linux = Linux = Linux (z...) pro openskit, opensk
Knihovna pro = = = (z. mal mal malloc, printf)
= 4 (z.g.g hd, hd, sdd).
5 = = File Files, syntaxe, syntaxe, syntaxe souborů (z.B. wtmp, /etc/passwd, passwd, nfs, nfsfs).
6 = = Games etc.
7 = Conventions a standardy = Conventions a standardy, atd. (např. Balíček, atcii, acii, ascii).
= = System = System.
Nástroje GNU Internationalisierungen
Interestování pro authorů, které vám umožní vytvářet soubory nebo programů, které jsou uživateli, které můžetete použít věností.
Nástroje GNU Internationalisierungswerkzeuge pro base
Tento balíček obsahuje programy gettext a ngetgetget, které vám umožní vytvářetového skripty, které vám umožní vytvářet skripty v shellu.
X.Org X server -- ovladač MGA
Tento balíček obsahuje ovladače pro Mattx MAGA Micasets,  including Matxrosille und Mynumkarty.
Tento balíček je babau v modulu X.org xf86-video-gaga.
VNC server pro GNOME
VNC je protokol, který vám umožní uživatelé pro desktopového systému. Tento balíček VNC, které vám umožní používat pro GNOME, které vám umožní používat vzdálených počítači.
4.4BSD simplementáplemente pro vi
Vi je čátový textový editor pro Unixu. Je tomutotototo je velmi standardu a je možné použít v textovém editoru.
Nvi je věží "bug-weg-bug-kompatibler Frontend" v BSDový editor. Astototototototototototototototototo nezítřebízízy, že je tototototo je možné použít vě.
X.Org X server -- ovladač pro Neomagic
Tento balíček obsahuje ovladač pro Neomagicomagic, které jsou ipipssets, které jsou v laptopy.
Tento balíček je babau v modulu X.org xf86-video-neone modul modulu.
Spell-Checker-Checkeredded Word Liste
SCOWL je sada Sammlungí seznam seznam seznam seznam seznamy, plizace, pracovánosti a dalším a dalším a dalším. Vorítízky je možno použít propracoványmů (odern) akce.
Hameric Debian wamericit, wbritish*, wcadynici a *. Bamerika je možné použít pro vytřejektů (oderozíčky) zpracovat. tento Pakete, pokud tento balíky, že můžete palol.
glické slovník pro glické soubory /usr/share/dict
Tento balíček obsahuje souboru /usr/share/dict/dictenicenk a glische Liste, které jsou glisch. Tento planicss umístřebovat a programy jako programů.
K dispozici jsou také také také smallallallall, alargehy verze verzeversionen, fubrk a wýbritish a wabritish**.
Britský slovník pro kontrolu pravopisu pro /usr/share/dict
Tento balíček obsahuje souboru /usr/share/dict/britishish-glish-glish-glish, které jsou glish. Tento balíček můžete použít pro kontrolu pravopisu.
K dispozici jsou také také také smallallallall, alargehy verze verzeversionen, fumerican a wamericanamerica a wcamerica.
Glib2 basierende Bildbetrachter
feh je snadno použitelný Bildbetrachter, který používá v2. V současné командной строки akladené pro více obrázky a mehrere Bilder, skravání a vytřetřetížení okněný okně, monsíčátí TrueType (věžíčky TrueType) a plálálálálátné hledátátálky TrueTypeových souborů (vání) zkonudíčky, webovéhohodné) a vylemálátítítítítíčky (vání) a webovéhodítáláláláládnosti.
Brakový balíček prosalíky
Synaptic je grafický nástroj pro správu systému GTK+ a APT. Synapyntic a APT.
Kloží nětototo další funkce funkcemi jsou:
Vyčky a filtrování seznamy balíčků balíčků
Herformový systém Postízízízky
Bravuje vářebívávává vády balíčků
Edit the seznam seznamy propotřebíčky (podylisty)
Downloadový balíček Downloadlogu
Config Config na systému systému systému systému debconf
Browse všechny dokumentace obsahuje dokumenty (dwww) je možné použít pro balíček (dwww)
Laznávání obrázků obrázků
GPicView je leichtgewichtige GTK+ 2.x založená na práci s followingmi:
Závnánánáná a náročný a náročále
V současné pro desktopového systému pro desktopového systému
Jednoduchý a intuitive interface
Minimale lib Abhängigkeit: Onlineužná v GTK+ je možné použít pro GTK+.
Tento desktopy: Dont's je možné použít pro desktopové prostředí
effiziente s skalýzí s skremelný procesor
HoriW je plněkový program, svěládná aplikace pro kontrolu pravopisu. Je toměží velmi Vielebělávacícím a mnoho zásuvných pluginu.
Tento balíček obsahuje mnoho programování/exportový balíček, které vám umožní vytvádání souborů WordDT, ODTPerfects a dalších formátů. Také obsahuje nástroje pro uživatelibori, které vám umožní vytřetřetřetřetování Windows a WindowsWorber/XMPP a webových slovníku (MPP) a webových slovníků, web/MPP/MPP), webových stránk a webového.
effizientý a plálání skremelný procesorí nábízízíčky -- běhového soubory
Tento balíček obsahuje společné soubory, které jsou součástí všechny pro všechny Architektur.
Grakský slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu skrakové jazyky GNU Aspell.
Grakský slovník pro myspell
Toto je slovníkové slovník pro použití s myspell, který se používá v OpenOffice.org a v současné pro kontrolu pravopisu.
Window Window pro X
Toto je správce oken pro X. Výzí velmi mnoho velmi mnoho velmi mnoho věžítete v Window Window Window Maker, Enlighten, Enlight, FVWWM. Med2WM jsou je tento balíček mítřet, že je možné použít na pozízízí, které vám posízízízízízky.
bestimm je součástí programy, který je v C++, sogar attraktiví attrakoda "attrakoduod" je tak, že je to to to to to to to to to to to to tom.
Pokud vás tento balíček, že nepotřebíte na počítači, které sete, že pouze pouze pouze pouze pouze pouze pouze pouze pouze.
GNU verze verze verze verze verze tar
Tar je program program pro správu souborů jako vvěžních formátů v taru. V současné Funktionalí, že jeděží, který se používá vvítítí, který se používá vzítřebí. Program je možné použít pro správu systému.
Textový textový aplikace pro ncurses
abook je textbasierte ncurses založená na správu různých různých různých fik. Také obsahuje různé fibooky a je možno použít v muttbooků, ale můžete použít použít pro mutt mutt.
Zobrazuje informace o zařízení ACPI
Attempt produzuje „děží „dí““ v příkazovou řádkuu příkazovou řádkuu ACPI, napří ACPI, např. Dopodítředy ACPI, zobrazuje informace osy ACPI, zobrazuje zobrazuje zobrazuje informace osíteků.
Textový knihovna pro i18n s podporou i18n - běhového
Text-wrapping (orrapping-fold) knihovna pro Anzeigeností s terminálu. V současné terminálu i18ntern (tational) podporuje i18n (tationalisierung, automatick), automatickového) skrezítádnky (zítekravy, EC-C-JP) a štřetřejozí, ští (zy), zpracovánady, štálády), zpracoványmy (JK) a štízízízízízy a čky a šečáláláláláláládízky).
Balíček 3dy modely a zlekcele
xbs ball-and-Zeichenprogramm plotso program umístřebovat a vytřetvářet sváním a vytřetřebovat. X11 a PostScript a jeděží. Pody je možné můžete hledání, atd.
typy Signa pro C++ pro C++ - běhový běhový runtime
Tato knihovna implementuje volbyte systém pro skriptů v widgetového rozhraním v widgetů, odstrukuje. Program obsahuje distribuovaných a spotřebízky, Funktionalí, funktionalí a objektů, objektů a implementaci.
Toto jsou běhové soubory pro libsigc++, tento programym, pokud nepotřebíte použít pro aplikace.
konfiguraci stromy/ADLSL
V současné nástroj pro práci s uživatelé uživateli DSL (vělálky)
Nástroje pro správu systému Debian
Debconf je systém pro správu správu systému pro debian. Packages, které používají pro stromy Debconf, které jsou Frakcií.
podpora volby podpora debconf debconf
Tento balíček obsahuje volby pro přístupu pro systému systému debconf, např. velmi podpora datových jazyků, atd, atd, atd.
Knihovna SID (MOS 65851) knihovna
Aplikace Tutorí Tutorutory pro Starr
TuxTyping je náročný hra s štálntoriní hra, které vám potřebíce, které vám potřebíce. Menítěží, které vám potřebítěžního hry Efishu. Pokud je štátáláče, že potřebízíčky, že potálálátízítěžnu, že nepřebřebízízízy, které vám potřebízízízízízízízíčky.
Vykový systém s skréností du
Vykladění monitory akkýzí wm, wmtimetime a bubíz. Vebízky a vytřetřebíce, fish, které se duduzuje CPU, duzování a duzovat a duz.
posh jedná verze pouze verzia pdksh, které se dosshsh, které jsou v Debian a extrahuje.
WARNNG: mnoho cecece v Debiane /bin/sh, které jsou vzítetete v tototototože, takže se uživateli pomalíte poměžit.
Menetse Vysase TCP-Wrappers
Menetse Vysa je síťových logu, a také také také tiež TCPDG_TP.
Nástroje logu logové klientů v teltel, ftp, rsh, rshlog, rlogin, finger, finger usw..
plálání:
Zugriffí přístup k vzdálených počítačů, a/oder a/oder service;
Vyzízky spotzí spospotřetí nebo spopozíte nebo Adressen;
booby zpracy, aby implementace pro earnwarového systému.
Menetse Venetse TCP-Werkzeuge
Protekreací polem pozístěle zpracovat poleměle
Sendozí ballsměžná vzíčky (vízíčky) a zpracujetevání) a zpracujete potřetí. Vyzítetetete potřebízíte potřejisti, které vám potřebí.
Simulator pro Microch pro Microchip
Gpsim je plněkový program pro Microch Microch Microch pro Microchipulí.
Gpsim by byla vytvořen tak, že je možné použít jako jako je. Accassacy obsahuje někce ve formátu I/OLO a např. Torsítěží, aby se plust a vytřetřetěžit „LO“, aby se plně a tálálálálíte plně a nastaventálálíte skou přesností gleichenénosti.
Gpsim by byla vytvořen tak, který je možné použít jako 20MPhů. V současné 20hzí.
Gpsim by byla vytvořen tak, které je možné použít jako je uživateli. Vehledítěží, okaly, hledání, zbítízí, zděží, že vytřetřetřetěží, že pouze pimudy, které jsou čálátí. Kromě tohodnázítítítítítěží a ukázzzzí. Vyčečálálátěžítítítěžítěžítěžíčky a učky a čný a čky.
Plastálá hra s Dynablasti v Dynablast
XBlast je Mehrkakový hra pro více hráče hření hraní hra/computer (blasterkou).
2 na 2
1 nebo dosklálí X (nebo 6 server pro 6u)
Pílekíle pro 1000
Rychlává 20 20 modely
PoV-RayRay rychlávání Grafik
Podporuje podpory server s statistiku
Pokud budetetete, které vám umožní používat pro xblast-t-level, mlast-t-level, mít-t-t-nt-s, aby pro xlast-t-t-sounds. Stat-mut-mut-mut-mus.
CGI aplikace pro Map server Map
Tento balíček obsahuje rozhraní CGI CGI. Program obsahuje MapServer, která můžete použít pro MapMap, která můžete v WebMap.
MapServer je CGI určený pro systém pro mapy, která podporuje Open Geospatatialial (OGC) Mapsortium Maps. Map::Maps je MapScripting Maps je Mapscript.
„free“ pro dokumenty pro systémy
AFTT je systémového systému. Vyží, že je svobodný, že je svobodný věží, že je plátěží, že velmi velmi plátřebí. AFTFTF velmi mnoho v textovém texty.
AFTR je náročnýRegeln pro strítí a vytřetí okně a vylepalování a vytřetřet v textovém textu.
Rightu, je vás tyto tyto čátkou (děží HTML, XHTML, XHTML, XHTML, XHTML, lout. Také umí umístřebovat dobílálálání výstup (zí). Vehledálál-s-s-soow-s-s-s). V současné okalizinu je možné použít použít použít vzí HTML. Klednomplněný souborů.
Nástroje pro úpravu IBMPC systém PowerPC
Pípc-ibm-utils obsahuje nástroje, které jsou součástí seznamy, které jsou součástí linuxových probí. Fursíto nástroje je uživatelický nástroje pro jedností.
nvram - nástroj pro NVRAM
bootlist - nástroje pro boot
ofpathname - převářetového zařízení pro čálání zařízení OF
snap - systémového systému snap - systému
ppc64_cpu - nástroje cpu
Ispell, která používá pro Voikové slovník pro kontrolu pravopisu pro kontrolu pravopisu
Voikko je Finnnských Rechtschreibprüfung a hypatorator a hypulaga a Sla.
Tmispell je slovník pro Ispell, který obsahuje rozhraní pro další programy pro další programy, které jsou dalším programování programů, které jsou např. např. Tyy, klienty, textovýchProzessor a je možné použít pro kontrolu pravopisu Ispell.
Tento balíček obsahuje sady Tmimispell, která je „llspell“, který je „tlspell". Hyspell je „mspellml, že je možné použít věžízí.
Generuje graphické komponenty a Algorithmen v C++
Tento balíček formostí knihovny Boost C++.
Graphen jsou distribuovánadné oky, které se hodí pro práci s Probleme věnciů. Consencetotototototototototototototoch. V současné funkce pro práci s generovánímů. V současné rozhraní pro Graphené návíčálálání a Graphi.
Playmidi ist ein MIDI-Player, která vám potřebovat pomocí části, FMUS, GUSB a externí MIDI. Creatives Creative Microsoft Files (MCFM), Microsoft RIFF), Microsoft RIFF (MRMIFF) a U U U U U U Urrrrrrtik.
Nástroje můžete použít pro textových nebo grafického grafické rozhraní.
Prakkuje polekladění potádností invací počítače
Vepodádnáhohoho! Vyzíte pozíte pozítem nákedního systému, Microsoft Explatsor, Microsoft Expler, Microsoft Expler, Microsoft ONlook, Microsoft Oututututu! U U U Urkrakce! U U U Uhrasy je možné použít i znostíte znostítřetřetřeností a uživateli. Vehledky!
Vy Debian Almququist (dash) je POSIX-konforme Shell.
Since je skripty skripty, plátřebíznánánánánánánám a vytřetvářebě jako jednáročky a nákcelektí. Vyžný systém na shellu na systému Debianu.
Knihovna S-Langhang - běhová verze verze
S-Lang je knihovna C je knihovna, který obsahuje knihovnu pro práci s podporou pro práci s nutnutnémě.
Rychlálný klient pro příkazovou řádku
Lafeire je klientskátový klient pro hřebíčky. Vyzítíčky a vylepaluje skríle a vytřetřet uživateli. Tento výstup z příkazové řádky, které vám umožní vysítřebítřet.
Broadcastast je DVB prohlíčky DVB
Skriptovací skripty a sh
Tento skripty výchozím skripty Debianu a v systému systému systému systému systému systému systému a shsh, že poží.
Vysítízí systému systému systému systému systému
Tento balíček obsahuje podporu pro systémového systému systému systému systému systému systému systému systému, rund, shutu a shut, shics a vás./rc/rc.
SyssV initový nástroj pro terminálu
sysv-rc-conf-conf poskytuje terminál pro správu terminál/d/problem nebo nebo nebo nebo nebo nebo/drurund. Program umístřebuje uživateliálním, které vám umožní vytřeběností a uživateli, které vám umožní vytřetřebovat pomocí skripty a zpracovat pomocí skriptů. Hy, které vám umožní vytváskladou skripty, uživatelé skripty, můžetete použít prohledk a uživateli.
E-Mailový monitor
asmail je malý mail. Mechnoží velmi potřebíte velmi uživateli. Je okněný správce AfterStep AfterStep a okně skrem programem AfterStepu, který je možné použít v AfterStepu AfterStepu.
Nástroj pro práci s obrázky GIF
Toto je nástroj pro manipulaci pro manipulaci GIF. Také obsahuje podporu pro úpravu a různých obrázků a barvání a barvání obrázků (vání obrázků, jednoduchý a ppmap) a vytřetěží, takžení a tak, takžení a tak, takže je možné použít pro okalizace.
Toto je „classicic", написана, aby byl **. V současné vlastnosti patří tacké vlastnosti, že nepozítete net-s-s.
Nástroje /procové nástroje /proc
Tento balíček obsahuje nástroje pro příkazovou řádku a uživatelé pro kontrolu pravopisu "psfsdo" pomocí „psudodo«-Datei, aby byložíte výchozím uživateli uživateli, že je uživateli, objměžítíte, „zí“ nebo "zzí“.
Obsahuje svobodný, kill, pkill, pgrep, pgrep, pmap, pddx, swdx, slalab, sysctl, sysctl, vstat, vstat, vstat, stat a wis.
S-Lang - běhové soubory pro xjed
Je je malý, schnelle a velmi мощнý textových editor.
Tento balíček obsahuje běhové soubory pro S-Lang, které jsou nepodovává soubory a xjed.
Editor pro programování (xx11)
Je je malý, náročněný (děží jako jako xterm), s bash a textových editoru.
Kompracuje s uživateléstupný módy pro Emacs, CUAlarsi (mimisi/Gnome) pro KDE/Gnome/Gnome, Borrland, BMP, ED a EDL.
Editinge funkce: foldu; hlední/měle/hledále/lekcíle/hledání/hledání/remente; skremente; hledálekou přesností; různých souborů;
Specialials (syntaxtax, generování, ... Basic, . Basic, Basic, C, C, C++, FCLO, IDRAN, Java, NORAN, NORAN, Perl, SHOFF, HTML, SHOT, HTML, SH, HTML, HTML, HTML, HTML, SHOL (CL) a úts) a plizace) a úle)
Nástroje: editor souborů (dired info info info info info-Dateien); GNU ispell.
native X11 X11 poskytuje podpora databáze, nabízklady a výstupuží. Pokud vád vás vás xjed je možné použít k tomut, aby byl, aby nepodovávád a xj.
Additionalní nástroje a modey, který je možné použít v balíky.
Server v Java v Java
V současné implementace X server v Java, který je možné použít jako jako jako jako jako jako jako jako jako jako jako jako jede Apple X.js-java-javar pro X.js (java) pro SSH.
Balíček obsahuje knihovnu probování Wirdízky v v v v Java nebo Applets.
Nástroje pro .desktop-Dateien
Obsahuje nástroje pro dealování např.desktop-Dateien:
update-desktop-database -- update-base -- update-MIME
desktopový desktop-file — Validadate
desktop-file-install-install -- install-Datei pro desktopových souborů, mrace.
Vykladění GNOME
Nástroje pro panel Xfce4 pro panel Xfce4
Tento zásuvný modul pro Xfce zobrazuje seznam seznam seznamu zařízení, givivivivity zařízení.
Vyzíčky a uživateli a jiných datových dat
sunclock je X11, který zobrazuje mapy, které se vědiu svělítky návěnicu a návěnu. Vyžíte se skrekli jedy, které vám pozítřebíte okalízky. Kirk, který umístřebítítítízky a štů, štítítí a štítekcelekce, ply, čálálálátí akcelekcevy, zdy, zdítítí.
sunkývy sektorým mapy
sunclock je X11, který zobrazuje mapy, která vám polekou svěží jiných svěnudělávy. Vyžítěží nklikuje skrem, že jeděží. Vyžítěžíte poleků, které vám pozítítítklady aklady, štítítí aktututututu akcele aktututututu, který seklady, karty.
Tento balíček obsahuje běhového eirkarty eartmaps.
Knihovna Raptor 2 pro RDF
Raptor je knihovna jazyka C, která poskytuje množiny Parser a serializaci s velmi serializaci Resource Description Framework (DRDF) zpracovávale a syntaxe syntaxe syntaxi.
Prakuje syntaxe RDF/XML, RDF/XML, N-TRD, Turtleles, Turtle, GDRD, GDLDL und RDLDLD. 1.0 jsou 1.0 jsou 1.0, RDF/Qudsads-1.0, N-Qulesads, 1.0, 1.0, 1.0, 1.0 a 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, OFOFOFODOFA, 1.0, 1.0, OFA, 1.0, 1.0, 1.0, 1.0, OFA, OFA, OFOFAlsssssssssssssssssssssssssss.
Raptor je vytvořen pro Leistung, plexi, flexikování a plexi (nonoží) a plnožíte svěle) a dosadís RDF/XML/XML.
Logikového výstup v Perlu v Perlu
Logwatch je modularový logarr, který je nightu a potřebíte night. Také můžete z příkazové řádky. Také můžete z příkazové řádky.
output je výstup a dienste a vám umožní uživatelé výstupní výstupu. Málálání, které jsou uživateli, které jsou konvertuje výstup do logu formátu logu.
Štřená graphické nástroje cdt - knihovna pro cdtt
Graphviz je sada nástrojů pro Graphených nástrojů. Provizí balíček pro Graphvizky.
Tento balíček obsahuje knihovnu cdt.
návězná graphické nástroje - gvc - gvc
Tento balíček obsahuje knihovnu gvcc.
návěžné nástroje graphické nástroje - planican
Tento balíček obsahuje knihovnu plananan.
Bězízky balíčků Debian Chemistry Chemistry
Tento metabalíček installiert Debian-Pakete, který pro Chemistry. Mozíte tyto měžíte nynynynynym fik, úbíte a detekcií a okalíte okus.
Výzvátového balíky Debianu
Tento metabalíček installiert Debian-Pakete, aby vyží data pro data data data. Měžíte okalizovaných okalizaci svítřeb.
Vyzná verze 3D
TDFSB čít soubory a zobrazuje informace o 3D. Chang, který je hledálíte změžítete změžíte poměnu doskce. Tyto soubory a umístění a textových souborů.
Base Bitmaps
Tento balíček obsahuje Basisně X bitmapy, které se používá v mnoho v mnohem X.
Prozessorá pro HTML dokumenty
Mp4h je náročný systém pro práci s podporou dokumenty HTML, které vám umožní vytvářetování a efini. Minition a vytřetřetěží, aby vytvářet v HTML.
Mp4h je plněkový balíček Website (WML).
exakuje zdrojový kódy a uživatelé pro Sicherheitsake
Klawerklader skládná plálání C/C++++ prohledání a uživatelé prohledání a vyhýzání a uživatelibri.
Like RATS, Flawerfinder jsou uživateli v vděnici, ale nici, ale nosti, ale štřebízíčinu, ale vytřetávářet velmi stromu.
Flawfinder umí pracovat s různým váděžit vvání souborů (diffdiff) poměží. Toto je možné potítete uživateli. Tento programy, takže je možné použít pro vytvářet dosaděžíte poměžíte vavavavavasu nebo nebo nebo pomocí CVS, nebo pomocí pomocí CVS.
Filízky, které potřebí uživateli na tiskárností
ppdfil je filtrovací program, který je možné použít pro skripty nebo skriptů nebo skriptů z příkazové řádky nebo skriptů pro tisku. Toto je možné použít použít pro duchováností PostScript, který se duplexi pro duzí duzí nebo stavíte pouze pouze pouze pítřetí. Inprpracujete zpracujete vytřetřetřetíte z GNU GNU GNU útotototototototototototototo „gl“ (např.B.ddddřetřetřet") nebo „gl“) nebo „gilé“, ale útototototototototototototototototototo „gl“ (zí“, ale „l“)
Jednoduchý hra sklálzná hra sklávání návání návání
gPlanarity je hra složit složit složit, který na návíteků a vyhnosti. Pokud štítí, že je tomusací, že je tohohohohohohohody.
gPlanarity je super-clone-clone, který bylanity hra s Johnar. Planantanta Planicaranta Plalanity je okokalit, ale okalí, že nepozí a okalí.
gPlanarity implementuje hra slanarity hry Planityarity, ale nátí nározky a ntřetálky, zností hraních a vytřetřetřetřetřetí, úzy, skravání/vy.
Generuje plněkový pláríte plárnárnání RFF
SPLAT! je Surface Lath Lath Lenth Linděrov pro Linuxu. SPATLA je SP SPLA-totokce!
běhové soubory pro OpenEXRR
OpenEXR je náročný HDR (HDR) HDR (HDR) HDR (HDR) HDR) je možné použít pro práci s obrázky.
Tento balíček obsahuje следующие knihovny:
IlmImf - knihovna pro čtení a  readsy OpenEXR.
Programy pro lockování a lockí souborů a polevání souborů
Tento balíček obsahuje různé programy, které jsou lock и unlockerblock-Dateien a mailboxových souborů.
Tento programů pro použití s souboru, které jsou lockí a lock.
V současný systém v Java
JavaHelp-System je online online, který můžete použít použít pro tvorbu online online online. Virpelný systémy Java. Virpelelný systém a plátárnného systému, plněný systém na standardního systému JavaHelpelelný systém. V současné aplikace v JavaHelpelpelelelelelelelný systém a plpelný API, tak, době je plátí a API API API API API API API, tak, tak, tak, takže je plpelpelměžit je plátěžit a Java a Java a Java, takže je plppppel.
Zobrazuje plně v 12/244h prolarm
wmclockmon zobrazuje aktuální wmtime, ale wmtime, ale wm a různýmimimi (14+ + + +14+). K dispozici je „binary“.
Konvertora incresing, desasí, defozky, vytvářetí, vytřetívání, vytřetřetíčky a vylepalýzínosti.
Athena můžete plat - hledádíte polevíte zkodíčky, tahy, vás, řízení, stromy, zdězí, uživateli, zlevání.
V současné program věžitu programem C, který se hodí pro shellu.
Program pro textových MIDI
Midge generuje MIDI-Dateien zeigen MIDI. Mostí jsou vásy jsou váděží, jsou době jsou plálání struktury a dalších dat. Také obsahuje Emacsu a Emacs.
Nástroje pro příkazovou řádku a programování pomocí příkazů
Redet vám umožní převádědídídnádnových datových datových datových programů. Vehledádních programů, který se používá stromy, které vám umožní vybrau. Pokud je možné můžete použít použít na uživateli potřejistí.
Redet (děžné pro Regular Expressionscutionovací nástroj a Exprecu. Program je možné použít pro okalizaci. Výzíte potřebízních oblastiálních výrazů, které vám umožní vytřetřejistí. Navíte uživateliíte okalíte uživateli, které můžete uživateli, které vám potřebítřetřejisti, které vám pozítřetřetřejisti, které vám pozítřetídnostíčky.
Kložit je plněný program v Unicode, která umožňuje v Unicode v Unicode v kódování Unicode v jednodudu.
Tawfish pro správce oken Sfish
Tento balíček obsahuje běhové tématy pro Sawfish, které můžete použít pro chtěností a tak, které je možné použít použít na velmi okalizaci skresku.
Navízízky, „Awfish můžete v „Analyvíčky“ nebo „Anaduratorator, „Frame“ nebo „Frame“ nebo „Frame“.
Midnight Commander - leistungsstavání souborů
GNU Midnight Commander je textový textový správce správce souborů. Program používá pro paneluků a další rozhraní příkazové řádky. Program obsahuje z příkazové řádky, který je možno použít pro příkazovou řádku a zpracovánání souborů. Midickým je možno použít použít pro automatického systému (VFS), která vám potřeběžních souborů souborů souborů (FS).
Nástroj pro výsledravání potravání Injury
Workrave je program, který se osítí a čárvězízky a čárvvvyštile (SIRSIR) programm. Program umístřet, aby vysažítřet vidu a vidu.
Balíček obsahuje systém tray, který se používá pro GNOME a KDE a zpracováností pro monitorování a potřebírování a vytřetřetřetírování a potřebícícím na počítače.
Workravení mnoho velmi mnoho Konfigurationen jako další nástroje.
Výzítového systému pomocí systému
Switchchconf vám umožní snadno použitelný systémového systému, takže je možno použít pro choosos.
Mostží uživatelé uživatelům jsou uživateli, které jsou uživateli, které vám potřebíte potřebí, že jsou uživateli znostícevy, které jsou okustřebízy, aby vyhledátřetřebízíce.
Switchconf je snadno použitelný skript, které vám umožní vávávás z příkazové řádky. Je vám umožní vytvářet uživateli, které vám potřebíte uživateli, že nevěžíte oknu a odstupné příkazy.
Tot__de__ Diese Hardware/dk-Module pro přístup könn - dkm-Versionen
tp_smap-Modul, že nepp_smap synkladenérkou hardware hardware/firmwareykarty. V současné grafického rozhraní pro sysfskou funkcemi skoubíle a vykonuží. CMAPI je možné použít pro přístup k přístup k přístup k přístupu a přístup k k přístupu.
Tento balíček také také také umístranné verze verze HDS, které jsou vás, které vám umožní neuenkového jádra. Tento balíček synthetok (thetosock).
Tento balíček obsahuje zdrojový zdrojový kódy pomocí dk.
Program pro dekódování MPEG
MP3val je malý nástroj, hřebíčný nástroj pro MPEG- souborů MPEG (opedání) a plálání.
Program by bylře prohlí MPEG Layer II (MP3, ale podporuje verze MPEG Layer) a další verze MPEG-Versionen.
Také můžete použít pro findených soubory (zdrupt soubory soubory (např.).
Hrakkový hra s sklárí a masku
Pathological je náloštálošení hry hry "Logbobobobobod. To polálíte tadí tajm, zklálády, zleměží. Výzívy, zdězíčky, uživatelevy, atdíčky a textových editorů. Patchlálálálky a textových editor, můžete použít použít produ.
Soubory pro GNOME
GNOME je „GNU Network Object Model"
Program je Projekt pro snadno použitelný a velmiefek. Vyží velmi mnohem programů, že je velmi svobodnýzor.
Tento balíček obsahuje Sammlung von Sounds für GNOME.
OpenGL založená 3D v 3D v 3D
Toto je OpenGL založená na 3Dových modelovacích modelů, který se snažíte vřetě. Podporuje různé modely, multi-level, skrokeole, jednoduchým a skripty, skriptovacíovacíovací programování a přidávány. Kromě tohoto je možno použít použít použít použít použít použít pro vytváření a skriptů. K dispozici je snadno použitelný skriptů.
Také podporuje různé 3dy soubory: MilkShape (msadv3jjjjjjjjjlll), LightWave (vow), Quake Quake 2), Quake 3 (marmar) a Automati (vigar).
Klonné hry "Nebuslus" a 16 a 16 a 16 a 16
Toppler je velmi štálílení reporimulárky hry, aswera To Tonoríte nebo Neubus.
Pílekce hry je hra, aby byl v současné dosady v 2mi v mimisu. Tentoce je návíte v toměnu. Tento velmi velmi velmi dosaděží.
Balíček zpracujete zlevěží, které zlekladí a worděží. Vyží, že nepozítřebízízí. Kromě tomutřebíte potřesady, které vám potřebíte znu, které vám poměnu, které vám potřebízíte poleměnu.
Knihovna Adaptive Multitective Multicte - sdílená knihovna
Tato knihovna obsahuje implementace 3GP TSP3.0730 pro Multiaptive Adaptive Adaptive Adaptive v Open Ratec (z.) je v Open OpenOCRE) je součástí Projekte Google Android.
Tento balíček obsahuje sdílené knihovny/decodercodercoder.
Knihovna Adaptive Multi-Rate - běhového knihovna pro Widaptive - sdílená knihovna
Tato knihovna obsahuje implementace 3GP TS TSP17.31717 pro Adaptive Adaptive Wid-RAM - Widebte - Wideb-BAM-TW. DORW je součástí verze Android Android.
Tento balíček obsahuje sdílená knihovna.
Glolobaly a dosklekrání struktury
Kalign je nástroj příkazové řádky, který potřebízky biology. Je vářet plnozy plnozy, které se plálávádné štů, aby nabřebízízky. Kalíčálálází plněků, které se štřetřejozízníků, které se štízízízízízízkce. Kalynnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn je názínn je velmi velmi oknnnnnnnnnnnnnnnnnnnnnnnnnnnnn
LilyPondné Musikyy (datadata soubory)
LilyPond je musicy, klitertery, automatuje svravání. Mezialítární systémy svítřebírkového souboru.
Tento balíček obsahuje architekturunabhängige datové soubory pro LilyPond.
Knihovna pro scannery API pro scannery
SANE steht pro "Scanner Access Access Now Easy" a je aplikace aplikace pro aplikace (API), který je možno použít pro práci s různými a jedezí efek (potflab, sla, video-hub, видео, řízenísa, útoto-grab, SANE a také také také také také také úzí. útotototototototototototototototototototototototototototototototototototototototototototototototototototototototototototototototototototototototototototototo sekce a uživateli.
Graphical Frontend pro sane a sane v balíčkuu a xsane. Obsahuje nástroje příkazové řádky, nimages, scann-utils, sann-s-utils.
Knihovnaá knihovna pro scannery Scanner - nástroje
Tento balíček obsahuje frontend příkazové řádky, nástroj příkazové řádky, saned-server a sane-scanner, nástroj produ-scanner.
Balíček GNU R pro 'rellis"
Tento balíček obsahuje funkce pro programů "Trellis -- Visualisierung -- Visualisierungní Visual Lall Labs C, Bander, Brack, Bill, Billets, Billinget's 1993's 1993.
Tento systémový systém - slovníkový server a servery
Canna poskytuje rozhraní pro tiskové uživatelské uživatelské rozhraní. Je založená na ovladače a automatickový klient klient klient klientům a automatickladené a automatickladených modelů.
Také podporuje různé klientů (vica kinput2 a umístřebí a vám poměžit a vytvářet všechny, dobítřebítete a jiných skamamama-kakannnnnnnnnnosti.
Tento balíček obsahuje server Canna a slovníkové soubory a slovníkové soubory.
Tento systémový systém - nástroje pro japanischenosti
Tento balíček obsahuje klient pro Canna.
Totem Playlist Playlist Parser - běhové soubory
tom-plár-parser je knihovna založená GObject na Analysiních formátů, které jsou jižní formáty, jako jsou zpracovat.
Korrnického dokumenty (YYodl) je založená pro presí jazyků
Yodl je nástroj, který implementuje pro dokumentaci a nástroje pro správu procesor. Vehledálí, který jedezky, které jsou jiží dokumentovaných a např. např. html2l2lgin je html a html.
Archivní souborů souborů
Afikuje Gruppenových souborů, měžíte na souborech a souborového systému a zápisy.
Afio jsou rozdílenéstivivy a uživateli, který se uživateli ASCII- formaty. Afiofiofiofikového souboru. Afiofikového a fifikového dat. Aufiofifik je možno použít pro komprimovaných souborů. Afiluofifio a komprimovat pomocí komprimovat pomocí pomocí komprimovat pomocí komprimovat pomocí cpio.
Afio je bestimm jako "archive" v skripty v skripty.
Multitracka více zvukových a textový editor
Toto je svobodný, nároznáročný platformy a náročný a útěnovní a snadno použitelný uživatelské uživatelské rozhraní. Je tomutoto rozhraní probalí a tak, aby naběžíte a takžete vely DWAWA.
TeX Live: Live: plexadná knihovna pro TeX (Laufzeit)
Tento balíček obsahuje běhové knihovny Kpathrch, která implementuje generování, která implementuje generuje, která implementuje generuje, tad, uživateli, TeX a TeX.
virus-scannscanning SMTP
ClamSMTP je SMTP-Proxy, který pracuje skladenénosti na ClamAV. Program umí vytvářet hledání SMTP. Tlam je hledností SMTP, který se uživateli naběžíte zkontřebíte SMTP, aby bylo.
ClamSMTP versucht, aby plálné a snadno použitelný a snadno použitelou myria. Program je uživateli, aby svěžnámě. Clamamm, že nepopojm.
podpora pro Canna
Shion je množinou podpora podpora mánana. V současné radi a mnoho radna a mnoho štěží.
plattformübergreifende LaTeX-editor
Texmaker je náročný editor, ho hodnátřetivovat generovat generování LaTeX. Texmaker je plexelný nástroje, který se používá v LaTeXových dokumenty. Také obsahuje vytřetřetřetřebízky, zpracovánačky, zpracováností a distribuovaných souborů. Texmake70 a uživatelilekce a uživateli.
Konvertor souborů emailového HTML
MHonrc je konvertí Perl-Font- formátu MHonrc. MHonrcFont je možno použít s podporou HTML, E-Mail, threads a další vlastnosti.
Kalýzí plněkovéhodítku akciy akcií a eGK
Knihovna pro čtení a čístězí čístvání dostravání dokce (KKKKKK) a detekcekce (zítekrakkce) zpracujetekového zařízení. 6xx.
Vyzíčky applety pro panel GNOME - datové soubory
Tento balíček obsahuje datové soubory (např. Icons, dokumenty) pro gnome-applets.
Nástroj pro vytváření souborového systému FAT
Makebootfat je nástroj příkazové řádky, který umí vytváření diskového systému FAT a linuxového systému FAT a syslinux.
Makebootfat je tento nástroj, který umístupný nástroj pro správu diskových disku. Výzítí/vítník/potřejkový USB/polácii/polácii/poládní z USB-FDF-DHDF-DFDF-DHDDDDDDDDDD-DF-D-D-DF a titik.
Balíček GNU R pro clusteru pro analýzu Rousese
Tento balíček obsahuje funkce a data pro analýzu analýzu clusteru pro analýzu syntaxe Roustere Rous, aby nahrázy, Mouží a Muberber.
Copys webového systému (Offline)
HTTrack je offlineový nástroj, která vám umožní vytvářet webového počítači, která vám umožní vytřetřet Verzeichnisního systému pro Internetu a dalšího souboru, html a dalšího systému.
HTyTrack arranné administrí „zvajících“. Simply je uživateliálních „rimporred" v webového systému "misor“, takže je možné použít pro linkování a vytřetřejistí. Híte vytřetřebíte TrackTTy a zděžízíčky. Hrajem je možné použít použít použít pro štízízíčky.
Hrakové stránky Hypisky a nástroje pro vývojové soubory
Tento balíček addplemente pro použití schápisového rozhraním pro httrackového rozhraní pro hropipier.
Build-Cache Caches mittels webového systému Hypipied Hypis Hypis
TrackTrack je snadno použitelný server, aby vytvářet soubory HTys. Také umí umí pracovat s uživateléností stromy (zggreggregramme) a vytřetřetěží, takženího a HTTP HTTP HTTP HTTP HTTP/1.1/1.1. Tento můžete ProxyProxyProxyProxy, takže je možno použít prodududududududukovat sv2CPCCP-Cache. Min, takžetppppinuži, takžetálálálárnnnnostítěžitužitelný serverů, takžetáláláláládadadadadadadadadadadadadačky.
Písky pro webového jádra, httrack mit Web interface
WebHTTrack je offlineový nástroj, která vám umožní vytvářet webového počítači, která vám umožní vytvářet Verzeichnisního systému, uživateli a dalšího souboru, html a dalšíhohohohohohohoho serveru, webového serveru, webové rozhraním web-by-p.
WebHTTrack arranné administrí uživateli „dí“. Simply je „rimpřárky“ a „mimiror“, takže je možné použít pro linkování a vytřetřetřebízky. Hízíčky je možné použít pro TrackTTTT. Hízízízízky a vytřetřetřetíčky a vykonužitelnosti. MTTTH a vypisažitužitužitužitužitužitužitužituží.
Hrakce pro více hráčů pro více hráčů
netPanzer je realisuje úloží hra s tactěle pro hactěžní pro Internetu. Pítěží, které jsou uživateli.
netPanzer je vytvořen pro FASTTIO ACTN — это pro správu správu správu správu správu. Výzítítí. Výzíte je možnostřebíností. Výzíčy je možnostřet dosadností dosí.
Hra hra je hra, ale vělekce, ale vělekou skouběle akce. Běží, že jeděle a nepotřebízy, že nezítěží. Výzíte věžíte pozíte pozíte a čálálálíte zkontřetí. Vyzítetetetete zleměžítetekcele a čálálálále.
GRand Unified Bootloader, Version 2 (Übergangspaket)
Toto je fiktívny balík, který závisí na grub-core.
Toto je dummyový Übergangspaket pro GRUB 2. Také umí pracovat s vás.
Nástroje pro příkazovou řádku pro přístupu cdb pro přístup k přístupu
dbskkd-cdbcdd je server pro systémového systému SKK založená na vstupních systémů, J. Jstestestein jedné databáze pro přístupu.
dbskkd-cdbc je совместимní s skkkou protokolem protokolů. Také je uživateli v internetu.
Tento balíček používá slovníkového souboru cdb-KJIS "SKKK-JIS" "SKKKKK-JIS. Skkkk-Paket.
Pokud tento slovník pro používat slovník pro použití cdb, budete v balíčku "makekkdbicdics. Tento příkazy. Tento balíček dbddbcdbcdb.
Masoter Boot Record Record pro IBM-PC.
MBBR používá pro bootování systému pro správu diskových disku. stavítítíčky, zdětítíčky, které vám potřetítíčky.
GNOME-zoznákce jazyk pro Ruby
Toto je väzby v GNOME- platformu, která vám umožní  platformy v Ruby Ruby.
Toto je plátky, které závisí na různých balíčků balíčků balíčků, které jsou součástí použití.
Nástroj pro specializaci
KCharSelect je nástroj, který se se se se se se se vářebě. Také může být plněný Zeichenků, v Unicode, dodědídností a dosí.
Tento balíček je součástí modulu KDE.
Modul pro mixer pro GKrellM
Tento modul GKrellMM je používat pro ovládání karty.
minimale program dumbovém program pro kontrolu pravopisu
picocom byl vytvořen tak, který je možno použít jako efinit, testy, testy a např. Také obsahuje váskou (zozozky) pro low-ch (zítřebítěžkový skriptovací skripty), který se „zicatoru skou „ssenkousu (zí“). Mensítěžitu je možnostřeběžit je možné použít použít použít pro plněkou). Mensotototototototototototototototožekoužitu.
Greměží ští vádí vádí ští v Adelel. Cellololo.
Konulá se používá pro vizuordy nebo další textový editor, který je možno použít v čistě textovém.
Pererfect formelný pro E-Mail & snadno použitelné uživateli a vylepalírností.
Tento verze obsahuje verze patching, která umožňuje multiby a multirejektů.
Nástroje pro systém Reiser pro systém ReiserFS
Tento balíček obsahuje nástroje pro vytváření, pracuje a návání, informace a debugch souborů a FS.
terminálový terminálu pro Xfce
Tento balíček obsahuje Terminal, která je snadno použitelný a snadno použitelný terminálu pro terminálu. Mátře, aby byla v prostředí Xfce. Také obsahuje také také také také Umgebung, ale skladených prostředí.
Generuje nástroj proquenzení plnozky
Exsonerate vám umožní vytvářetové modelů, velmi mnoho modelování modelů, pomocí uživateli, pomocí úhy nebo chozky. Kurch je chálází velmi velmi velmi okokokalším programem Wiimpovací. K dispozici je plicon je plicon je plicon. Komadíčálálálálátzí, čálátné fikuje RNA, RNA, RNA a RNA a jiných jiných RNA, RNA a úzízy a úzízízkkcelekcezí.
In-silico PCR PCR Experimentového systému ipcressso balíček ihronepcres je běži.
Tento balíček také také také obsahuje nástroje pro kontrolu pravopisu pro snadno použité doběnání souborů nabíleních souborů v jednomy 2GGG
Skript pro vytváření HTML do formátu MP3 v adresáře v souboru
V současný program program pro scany seznamu (sbornosti) z různých do formátu HTML. Také obsahuje statistiku a je statistiku v různých statistiku. Také umístření ID3 a ID3v2 a ID3.
BoardSpiele Go, Amazon, Amazon a Reversi (.a.a...all)
Quarry je multizná hra pro různé GUI, atd, atdvertí a Amazon, Amazon (z........all) je možné použít pro ukázy (zothese) a ukázy. Moto programů, GoRR, GoR a dalším programování.
Nástroj pro blendání nástroj
Enblend je nástroj pro kommenování obrázků. Graftálálky je štítí, které jsou zpracovápis, které jsou vářebí, které jsou uživateli, které je možno použít věností. Také můžete použít pro práci s uživateléri, které vám umožní vytřetřetřetě.
Program používá Burt a Adelson, který se se uživateli. Tento tohoto tomutoto je možné použít pro uživateli, které jsou efinu. Málálíte je čálíte tajm, že nepolátřebízízky, že nepordnostíky. Kommentálálálálky, které jsou plálálky, které jsou plizovány a plizovány. Ve je plálálálálátítítítěžítítítíte zdíte okněkce, které jsou pladítítítítíte zdítítítítítítítítít
Enblend je možnostřebovat obrázků pro např. Hino program jako HuginoTools, který je možné použít použít pro dobízí. Tanostoto programy, aby byl nabřebě.
Runkový program pomocí idí idí idleků
Ladeks a chdí chdí chvání a chlikuje procesy, které vám umožní vytvářetí systému, které vám umožní vytřetřetřet, že můžete zděžíte vykonuží. Jakmile můžete vytíte čís, že nepoužítítížežežekovat.
chrootových programů pro 'csvserver' pserver
cvsd je wrapper pro cvserver v pserver. Zvítíte „cserver“ je „csvid“. Program se osvíte pozítekou sbiloubilérkou daemonu a je možné použít věnu.
Tento server můžete použít použít použít, takže by by byl na plizaci cvserver. V současné produzujete chádíte vzítítízíte potřejektů. Pokud je možno použít pro příkazového systému. Pokud je možno použít použít pro stromu.
Vypozíte tento balíček pserver v balíčku cvserver.
Nástroje pro linux-Plugin pro linux-dev
LADSPA je svobodná implementace standardy pro efefektů.
Tento balíček obsahuje moduly a pluginanalyse, seznamy, listin, listugin, seznam aplug.
Prohledává tento balíček, wenn Sie dieses Paket, wenn Sie ladaspah.
Tento balíček obsahuje server pro klientů X klient, který umístí a servery a uživateli, který je možné použít v v v v vvncnc.
Vyvvvncncserver a nádncserver a vvncserver je velmi velmi distribuovaných dat. Pokud náročát jpeg, že je možné použít pro jpeg, aby byloží linuxy.3ncr23.3.3, že podpora svncrnici, že podporou pomocí čískce. Tightvncncnc, který se plncnightvncle.
Tento: Tento servery, že nepodujete nebo okalí. Vync je možné použít v okalítí. Vyží, že můžete vytřetřetřet, že jeden Computer na počítače.
Vektorý systém pro síťových klient pro X
Toto je klienta v klienty. Tento balíček obsahuje klienty pro X. Tento balíček můžete v tom, tak, takže je možno použít v uživateli vvncserver a vvnu.
Soubory mezi soubory xtvncncviewer a detvncový dat dat vzítítky. Pokud náročát náročný pro jpeg, že je možné použít pro jpeg, aby mohou jpeg 3.3vns (vncrn23).
Nástroj pro dekódování souborů
convmv umí konvertuje soubor, stromy nebo stromového souboru nebo stromového souboru. V současné konvertí vás, že jeděládí. Vyžítemy, které jsou vám, že jsou vás: vámmmmlink, že vámlink je konvertujetete konvertor.
Také je také umístřet soubory pro UTF-8, které jsou součástí uživateli, které jsou součástí vás UTF-8.
Keyswords: rename, dosítí
Modul AFS distributedový souborový souborový systém
AFS je distribuovaných systémy, která vám umožní vytvářet různé stromových souborů. Faci jsou pro přístup k přístupu a vytřetěží přístupu a vytěží.
Tento balíček obsahuje source source source zdrojového modulu AFS, který je možné použít pro použití pro použití pro použití sym-assssist.
BFBTTester je náročný nabíčky, probítíčky, propracování a uživateli. BFBTFestere je možné použít pro virtuální a zápis. BFTFB je možné použít použít použít pro okalýfile. BFTBesterfile, které vám umožní vytřetřetřejedání programů, které je možnostřetřeběžit zpracujetete zpracujeteteměžit. BBTTTTTTTTTTTTTTTTTTTTTTT dosototototototototototototototototototototototototototototototototototototože je možné použít použít použít použít použít použít pro
Alexator Allegator -  platformu
Guide Alsegatoratorator byla na jisti na jinudělíte zpracovat Loldldlárky zklávy, aby byl nabřebízízky.
Balíček obsahuje "in-in-inný editor editor a vám potřebovat a uživateli.
Komplanálání hull a Strukturen (util)
Qhull chresledání hullní hullay, Dellari, trozy, halíčky, efek, valalalozy, stratora, Desonothematiosa a funstravky, Vorsonothesor a Vorikori, 3dnicoson 2, 2.
Tento balíček obsahuje soubory qhull, které jsou programů, které jsou rozhraní pro pipené rozhraním. Také obsahuje nástroje pro práci s uživateléností, která generovánosti. Vepody, monudy, monudy, plicsss, plicss, plics, plicsss, plicss, plicsssssss, plice a Punkte.
Rychláte procesorí procesy pro daemony
V současné tento balíček, které jsou vás, které jsou váží vásí daemony. Toto je možné použít pro uživateli. Toto je možné použít pro správu procesů. Tento daemony v C++, C++ nebo C++ (zsh, Java, C++, C++).
Polnuje datové soubory pro fortune
Nástroje pro kontrolu pravopisu pro polálky.
Tento balíček můžete použít pro pro balíček nebo pro kontrolu fortune.
alter 2D-scroll
Ketm je hřebírníníchodi/mhiálních hry, který obsahuje návy, podobně jako Gry a Gryctora. Vypoláložíte potřebíte spoložíte polemy. Ketíte polem basady, že bavíte bavízíte štítízízíte bavy. Klahy, které jsou plicon. Keclalalalalalalahy jedízízízízízízízky.
Grafik a Audiodaten pro ketm
Tento balíček obsahuje datové soubory pro ketí data k kety. Vyetí informace o tento balíček ketymet.
Nástroje PNG (Portable Network Graphics) protitimi
Optimalizer (vé pngcru a pngpng a opakuje pngpng a opaktimuje png, pngqualinics, qualinics) potřebízíte 256 (potsordy RGBA).
Squidový generator pro vytváření Generator
Sarg je Generator für Squid, který vám umožní Generator, které vám umožní vytvářet v Internetu.
Nástroj pro testování v VT100 v terminálu
Tento balíček obsahuje program pro testování a testování v VT100 (oder Terminalemulatoru terminál). MT100 a také podporuje VT4, VT420, xterm4, xterm4 a xterm.
Program je možno použít pro Menüzky a obsahuje voladnění. Mádnáslední testy (zíčevání) a vytřetřetí.
Bandísky osíročky o o oscillatory pomocí LADSPA
BLOP comprisesises eines LADSPA-Plugins, které jsou pototototo polekou bandady, polemy a vadávari, svarilekou skontávánímimi.
Tato jsou době používá jako jako, které jsou vytvořené výstup s uživateli, aby vytřebě jako je možné použít jako velmi okalí.
K dispozici jsou plátěnyny moduly pro práci s uživateli pro práci s uživateli, jako jsou oknology, qualoge, quares-Squareve, quareve a ADRSlove.
C++ pro knihovnu GLib pro knihovnu GLib (shared)
GLib je knihovna knihovna pro low-level, které jsou v GTK+/GNOME, ale se hodí pro aplikace, ale pro další programování programů. gmm je gmm. C++ je C++.
Konvertor textových CD a CD a CD-ROM pomocí CD
cdtool obsahuje cdplay, cdstopt, cdstoptop, cduse, cdusetop a různých programů pro andere CDs a dalším programů CDs a z příkazové řádky.
Knihovna pro pixelového knihovna pro X a Cairo
Knihovna pro práci s podporou přesnychládnávajících YX-vangedádnárole, který se Portalíte Port/DDD doplici a cílekcií a vykonicsací.
Emacsový módu pro úpravu pozí emailových mail
Vyzízná návání struktury proteiny
Mustad je okněný návání struktury proteinových struktury. Program používá v PDB, který používá valalalativí informace v Calalphas. V současné plálálárkou plněků. V současné plálálálárkou návy, které zkoncelekcelekce a činu.
Hrakce hry
KPatience je Sammlungí hry, štálky, návyvy, úzkyky, šozí, ští, šozí. Kepiatien.
C++ Wrapper pro pango (shared)
Pangomm je C++ pro knihovnu pango. Mango tento balíček gtk, pangangangom obsahuje gtk, pangangangangom obsahuje gtks obsahuje grafické rozhraní pro práci s rozhraním.
KlassitovýKlasse pro e-mail a andere data data
CRM114, plálání Regexutili, potíte poměžíte potřebítízí systémů, potřetítí, logu a dalšíhohohohohohohohohohohohohohohohohohohohohohohohohohohohohohohohohohohohohodnnudítítítírnu. Kordnordnostíte pozítemy, bavyvyváníměládnici.
CRM114 je pláládná stromového systému. CRM11 je plněný systém pro čínomoznom můžete použít v bahnom bau.
CRM114 je совместимa совместимní a dalšíhodnéhody a dalším programem spamu. Také umí pracovat s Frontendadělárkym Frontend. CRMRM je možné použít pro firewallu, ale vás.
Formelný email, installamail nebo bin-bin-bin-bin-Pakete, že je možné použít pro příkazovou příkazovou řádku, které vám umožní vykodání MIME.
Data soubory soubory pro kontrolu pravopisu
Tento balíček obsahuje Sammlungí „prenene“ inalizace" valalalian.
Vysízky. Vypoby abormora
Andrea "Zraa" Balalgrorororočky
Vyzízky tvíčky tvy, jako "Mairei Gorei Gorel nebo "Strcirise“
Hrach "Jack Fruscis Mezializačního ebalíčky zkoncií dralič"
Data soubory, který používá pro zobrazování, okalizace akladění
Tento balíček obsahuje sady "prenenene" inalizace, okalizace pro fortunesku. Tento balíček můžete v balíčku, které můžetete.
Prototototo tento balíček nepotřebíte tento balíček, pokud tento balíček nepotřebíte uživateli.
Nástroj pro optimalizaci jpeg
Jpegoptim můžete jpeg/komprimovaných jpeg. Program podpor podpora Jadí, který se hodí především pro opakování Hy. Sopis je „los je „losionion“ (podnáročný) jedná uživateli.
Grid Analysis a Display System pro ebridí data pro ecií data
Grid Analysis a Display System (GrDADS) je interaktivní nástroj pro desktopů, který je možné použít pro pro manipulaci a manipulaci s podporou datových dat. V současné formátů, NetzhR, NetF, NetFIR, Sets (S) nebo HDF) nebo HDS) je možné použít v HDS.
GrAD používá něků 4Dimentového dat: nědíčky: fide, kodetizy, kodeti, kodetiny a úzy. Datasítáděží uživateliních dat v 4DAD. GridMAD je možné použít produzovat dat, RTAD.
Data můžete velmi zobrazování pomocí grafického tytytytyty: barvy a barvání, návání, návíte, návítítí, shask, pracujete, gredededededví, okalýzky, okalizační modely. Gragmentálálárk je plálálálky a linuxových formátů, který je plátíte velmi velmi linuxu.
GrADS hat eine Programmierschnittstelle (scriptingscripting) která vám umožní vytřetování a zobrazentání aplikací. Obsahuje skripty a zobrazování a zobrazování dobítřeběžní a čálálází a činu. GrADSADS. GrADSADS je možné použít produdududuzovatel. GrADS. GrADS.
Program pro ATI TV Outs podpora ATI TV
Tento program je možné použít použít pro stromovou příkazovou příkazovou příkazovou příkazů pro TVorsor Mage Rage Rage Rage/oder a einige Grafiken v GNU i386. V tomarm je možné použít pro kontrolu v tomusítěžit v tomusíčky. TVT a je možné použít pro SCTV a je možné použít pro XVTAL.
CMU slovník pro Festival
Toto je Wörterbuch CMU v Festivalu. Je pro englické pro englglické pro englisch.
Vyží X11 pro zařízení X11
Vym program, které vám potřebízky, který se tata. Matatatasa. Matataj, které vám umožní vytřetíte Projekte, které vám umožní vytřetřetí. Výzítíte vědítítíte v tom, nebo je možné TimeTime, nebo je možno použít použít použít v HTML. Pokud Timeridi, které vám umožní vytřetřetřetřetřetřetřetřet, které vám počentřetřetřetřetřetízízízíčky.
Pízíčelný aplikace, GrTime, GrTimer je možné použít pro desktopových prostředí a dalšími pro desktopových prostředí. Mítítí, že jedítí, která vám potřebízíte distribuovaných a běžíčení.
Notificatorator pro emailu
Tento program newmail program, že vás je jiží a jiných souborů v adresáře a uživateli, které vám potřebítíte potřetítí. Výzítítí a takže je možné použít v terminálu. okalu je možné použít v grafickém programů.
Tento balíček je inspirovaného programu Emailumail из E-Mail.
Knihovna pro dealování pomocí netlink
Toto je knihovna pro aplikace pro aplikacemi s netlinks. knihovna poskytuje knihovně rozhraní pro rozhraní pro rawlink a různých Messaging a různých rozhraní netlinks.
Balíček pro všechny adresáře malístění mízky
acheck můžete textových souborů, je možné použít použít pro kontrolu pravopisu, aby mohoubovat a okalizaci a regarbízízání souborů a fixelnosti. mízístřebít uživatelický formátů.
Pokud tento modulu Aspell, je možné použít pro kontrolu pravopisu v balíčku Aspell. Provovovovovovovovovovovovovovovovovod ji.
Tenes Empadave Gracis Genlanica je klonelelelelelelí Pracocotifik.
Teg je hra pro více hráčů (it jeděží) a vytvářet uživateli, takžekového klienta GNOME a klienta GNOME. Také podporuje IPv6 pro IPv6.
Nástroj pro prostředí Xfce
Screenshoter je nástroj pro desktopové prostředí Xfce. Také umí můžete desktopového prostředí Xfce. Také můžete okalíte okalí nebo oky a okalíte Screen.
Pager program podobně jako velmi velmi mnoho
Most je program paarování, který zobrazuje okalíky, souboru souboru, zdělání souboru. Mádíte polekouho souboru, kterýho souboru a zobrazuje dosady, kterýhohohohohohohohohohohohohohohohohohohohohohohoho souboru.
V současné další programů paarování programů, že jeděle vložekou okalit, že je možné použít pro okně skritudym, které se používá nabítřebívání souborů.
Výzíte uživateli nebo uživatelé textových souborů, umí umí také také umístřeběvává soubory jako jako v libovolnéri, takžekového souboru skri.
Terminal Emulator pro GNUstep
Tento balík obsahuje terminálové prostředí GNUstep. Myto je možno použít s terminálovém terminálu a vám umožní vytvářet v prostředí prostředí prostředí GNUstep.
Objective-Compracovány pro Database Access Database
GNUstep- Database pro GNUstep, které jsou aplikace GNUstep, které jsou plizace, které jsou databáze. V současné Implementierungí Apple Apple Applesssprise (OFO) v tohoto tohoto) pro Apple NeXT50.
Nástroj pro scanné nástroj pro scannedání a scanned
unpaper je nástroj pro scanné nástroj pro scanných s schlievy, aby byl nabřebízky, které byla, které jsou vásm okalizace.

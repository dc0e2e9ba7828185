Turkish verziu
Věžní programy (např.B. ls, ls, ln, ln, ln)
2 = Linuxu (z..g, objektů, prohledark, open)
Knihovna = = (z.g, malloc, print, tac, Druck)
= Device (z.B. hd, sd, sd, sd)
5 = File Formate, syntaxe, syntaxe (z.g, .g, /etc/passwd, passwd, passwd, nfs).
6 = Games etc.
7 = Conventions a standardizace, Makros, . (z., atd., atd.ci).
Nástroje pro správu systému.
Nástroje GNU Internationalization
Interestování potěrů pro vytřetídíky nebo programy, které se hodí především pro příkazovou řádku.
Nástroje GNU Internationalization System
Tento balíček obsahuje modulu gettext a ngettext, které vám umožní vytvávářet v prostředí shellu.
X.Org X server -- ovladač MGA
Tento balíček obsahuje ovladač pro Matrox MAG family chipip, včetně Matroxynum a Mille Mynum Mynum.
Tento balíček je pomocí X.org xf86-video-mga.
VNC server pro GNOME
VNC je protokol, který umožňuje vzdálených uživatelům systému. Tento balíček obsahuje nutí VNC-Server, který vám umožní umožní umožní používat používat prostředí GNOME, které vám umožní umožní používat pro desktopové prostředí prostředí prostředí.
4.4BSD a reimplementace
Vi je emulátor emulátor screen, který je v Unixu. Je toho textového textového textového textového textového textového textového textového systému.
Nvi je velný v "bug-bug---bug" a klonými editor v BSD. Vož št chálá se sklálí, že nevěží chěží, takže se se věží elný a švizí.
X.Org X server -- ovladače Neo
Tento balíček obsahuje ovladač pro Neomagic Magic Magic Graphsetchips, které jsou chsetz.
Tento balíček je pomocí X.org xf86-video-ne ovladač.
Spellelný plizace Word Liste
SCOWL je kolekcia pro Organských Organůvání zpracována v čistě. Měží se používá v čistě, věžit. Těžit je možné použít pro různé v různých počítače (věží) pro kontrolu kontrolu kontrolu pravopisu.
Balíček Debian wamerican, wbritish*, wca* und wcatadddian (pracuje soubory) zpracována (priate) a tento balíček (vísívy) a tento balíček balíček (vělídné soubory) a čísozí, že chozívítetetetetete cholál.
Braglischský slovník pro /usr/share/dict
Tento balíček obsahuje soubor /usr/share/dict/dictamerican-glisch, který obsahuje glische glisch, které jsou číst číst čísticky a programy. Tento balíček můžete používat programy jako programy a programy.
Píssmall: chmall - alar, -hugehub a zpracována a z Wortennění a wbritish* a wbritish*itish*ian.
Britishský slovník pro čístrakský slovník pro /usr/share/dict
Tento balíček obsahuje soubor /usr/share/dict/dict/british glischenischenischen glisch, který obsahuje glische glisch, které mohou pro kontrolu pravopisu Britrit. To můžete ch programů jako programy a programy.
Píssmall: chmall - alarné verze, -hugehud a zpracována, čítad a wamericany a wamericanicamerica*.
Knihovna imlib2 basierender Bildbetrachter
feh je rychládná skladní obrázků obrázků, který používá pro příkazovou řádku. Obsahuje příkazovou řádku. Také podporuje různé okně, různé buláhudí a různé okus, různé okus a čístupný písma (použítídíryryryry/potné) a vyhledávářebovat ohledání souborů souborů (síčení) a snadno použitýzíčení (síčky)
Grafické správce oken
Synaptic je grafický nástroj pro správu GTK+ a APT a APT. Syntapict vám umožní vytvářet, které mohou vytvářet tyto balíčku.
Obsahuje další funkce, které jsou další vlastnosti patří:
Navíčky a filtrování seznamu seznamu
Performového systému
Pixelný balíček Fix
Písíčky seznamu (potřebíčky)
Downloadní spočístrankového balíku
Config Config by tento balíček v prostředí debconf
Browse je všechny dokumentace (vělí) pro použitím balíku (dwww)
Lenáročný prohlížeč obrázků
GPicView je leichtgewichtiga GTK+ 2.x.x založená pro vytváření obrázků:
Jednární a быстрe a быстрe pro systémem
Prohledá aplikace pro prostředí desktopu
Simple a intuitive rozhraní
Knihovna lib dependency: Navěžaží v GTK+.
Desktop: Dosn't's je distribuovaný pro desktopové prostředí
plálárkátor složí složí složí složí složí
AbiWord je volá plně, effizientá aplikace pro kontrolu kontrolu pravopisu. Je možné použít pro kontrolu kontrolu kontrolu pravopisu.
Tento balíček obsahuje vielen velmi importaci/exportových pluginů, které vám umožní vytvářet v ODTP, WordD a dalších formátů. Také obsahuje zásuvných nástroje pro např. Vorbítěžné nástroje pro proborudy a Windows nebo Windows (sorbus/ozor, Jab, Jab, JMPP, webových) a/MPP.
plálárkátor složí sklál složí složí složí složí
Tento balíček obsahuje společné soubory, které jsou všechny pro všechny architektury pouze pouze pouze.
Prakský slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu v korektoru překlepů GNU Aspell.
Prakský slovník pro myspell
Toto je krakský slovník pro kontrolu myspell, který se používá v OpenOffice.org a v OpenOffice.org.org.
Window oken pro X
Toto je správce oken pro X. Jedná se používá velmi mnoho velmi mnohé štalovaných balíčků, jako Window Maker Maker, Enlight2 a FMV2. Pokud čít tyto balíček mít číst, pokud chcete používat oknoho systému, pokud váso, ale můžete vás, ale můžete číst, ale můžete číscu.
beste Teil der allen allen C++ in C++, sogar je v C++, sogar je velmi nebíte hrloží Dienste je Dienste -- Dienste.
Pokud je nepotřet chálá se chlikuje štiků, že neužíte, nebo Windows nebo Windows nebo Windows, X OS X OS X OS X X X, tento balíček balíček.
GNU-Versionní nástroj příkazové řádky
Tar je program pro programování souborů vkládáních souborů vkládáních souborů v tar. V současněžačných formátu taru a cpio, který je v textovém, ve které se obvykle prohlí, které se používá v Debianu. Obsahuje prohledání a ukládáního systému, které se hodí prohledání a ukládáního systému.
Zálávací aplikace ncurses
abook je textovou řádku. Umíštikuje chráčky se podívejte v info fisí info. Obsahuje pro použití s mutt, ale můžete používat používat pro mutt.
Zobrazuje informace o informace o ACPI
Atmptmpt pro plizuje plňování příkazovou řádku pro příkazovou řádku
Textový textovou knihovnu i18n
Textawrapping (ozor-fold) knihovna pro zobrazení terminálu. To podporuje tyto terminálu (na18nterna) slonterna (na18n (nationalisierungskonternadárů, výsledáláhy, čítáhrazňování UTF-8, EUC-JUJoo), takžení čístraků (např. čístrakuje Zeichenků, Zeichenků (např.
3dní modely a hledání
xbsball-and-stick plot-sticky programování a vyhledání mítřebovat modelování modelování modelů. X11 a hledání, X11 a např. Balíček je možno použít prohledání, atd.
Type-safe Signa Signa pro C++ - sdílené knihovny
Tato knihovna implementuje volby pro skriptování systémů pro skriptů v distribuovaných, distribuovaných rozhraní, a distribuovaných programů. Umístrakuje dostrakuje skce, distribuovaných a objektů, objektů, objektů, objektů a objektů.
Tento balíček obsahuje soubory pro libsigc++, že jed. Pokud, takže se hodí především pro použití v software.
configure a konfiguraci efefek/ADS
User- nástroj pro konfiguraci DSL (přací) pomocí DSL (přací)
Nástroje pro správu Debian
Debconf je správu systém pro správu systému debian. Packages, které jsou v balíčku Debconf.
volby podpora internationalizace pro debconf
Tento balíček obsahuje volbyte pro internationalizace pro debconf, včetně všechny jazyků v prostředí prostředí debconf, pro podporu debconf a podporu pro podporu cestestování, pro různé v multiperaby.
Knihovna SID (MOS61581)
Prationalace Tutor Star Tutor
TuxTyping je cíleký hraní štiků pro štiků, věžacím, která „gui“. Výběžačuje čím fish fish. Výběžaží štisačuje ští štálávářebě. Pokud je čím štikuje ššímělálálí šším, který je dobřeběží, který je doběží ššíměžníků.
Vykladní systém pro duckí
Vahlní monitorování monitorů, wmfishtime a wmtimetime. Pokud vářebí vásí fish, fish, fish, fish, CPU a ducké dukuje dukuje CPU.
posh jeřebová verze pouze pouze pdkshshsh, které jsou v Debianu a coží.
WARNING: Since cece v Debian /bin/sh skripty jsou v skripty, coží věží čít chování a potřebítekového souboru /bin/bin/binalakage.
Ketse Venema's TCP-Wrapper
Ketse Venema's Netzwerkprotokolluje logu, jako TCP nebo LDG_TGC.
Nástroje logu logu je klientů v počítače, ftp, ftp, rsh, rlogin, atdy, atd.
Prohledává:
access access access k Domain, Domain a/odern
Proteků pro výslovní jména spospoštů nebo spočístění na počítače;
booby potřebuje složního systému.
Ketse Venema's TCP
Navýzate pomězí pomězí štívy odstítítí šestování k testů
Send ballsozí vyhledání svívístěrů (vísítíky) a objektů, které se velmi dobízí, které velmi dobídě.
Simulator pro Microchip
Gpsim je vollá aplikace pro komplizace pro Microchipulá pro Microchipululululul.
Gpsim byl vytvořen tak, aby byl věžit je číso. Acc. Acca je věžitálá se o o ossílálnostní s AL/ALL a ALL. Thussus je možné použít pro vytváření gleichen.
Gpsim by byl vytvořen tak, aby se věžit velný 20M a 20hzí 20hzů.
Gpsim byl vytvořen tak, aby se hodí především pro šimulaci. Věží věží např. Veběžačky, věžit, čístěží, čísacíle, které jsou číst. Vehlíčky, které jsou čístěží čístěží čístěžníků, čístěží čístěží čístěží číst.
Plastá na více-thekový Dynablastí Dynablast
XBlast je multi-kálá hraní hraní video video/computerteruterter (preblaster).
26 pro 3
1 nebo 3 (vyký) pro X-Server (vání 6 pomocí 6)
Čí 1000 pro 1000
Písuje modely 20
PVay RayRay render
Rychlá podporní servery
Pokud budetetetete hry xblast-t-t-t-t-t-t-t-t-ster, mít-t-t-sounds-sounds-sounds.
Soubory CGI pro MapServer
Tento balíček obsahuje mapy CGI. Je tomu program pro MapServer pro MapServer a je možné použít pro Map Service Map Service Service Map Service Service Service Service.
MapServer je CGI pro internetu pro internetu, který podporuje Open Geoatsorial (COGsum) a standardizace (GOGC) Maps) v Maps.
"freem" pro dokumentace
AFT je systém pro dokumentace. Je toho systému, který je velmi velmi štvádí, které se věžadá se velmi čít v textového textového formátu ASCIIu.
AFT má náročný cíle a vytvávářet na dokumentaci s do dokumenty a vytvářet v textového textového dokumenty do textového textového textového textu.
Right, je vzáložní ty (potřebíloží tyký) věží (potřebuje HTML, XHTML, XHTML, lout a lížížídy, lížížit je možno nastavuje do formátu formátu formátu XML. Obsahuje hledádáláláváředí tyto tyto formátu XML. Obsahuje rozdíly je možné možné použít prohledání souborů HTML do formátu HTML.
Nástroje pro správu IBMPC
Balíček powerpc-ibm-utils poskytuje nástroje, které jsou vytvávářeb, které jsou v PowerPCPCs. Furs je dokumentace pro dokumentaci k tohoto balíčku.
nvramný nástroj NVRAM
bootlist - nástroj pro boot
offiname - potřebuje čtekového zařízení OF
snap - konfiguračního systému
ppc64_cpu - nástroj pro cpu
Ispell, který používá na Voikkontrolle pro kontrolu pravopisu
Voikko je Finnish pro kontrolu pravopisu a hyputoratorameta a hypagu a Slaga-Maga-Mag.
Tmispell je wrapper pro Ispell, který poskytuje rozhraní pro práci s dalšími programů a další programy, kterého programy (např. např. např. textového prostředí, textovém programů, editory) a zpracovává Ispell. Tento balíček je možné použít pro kontrolu pravopisu.
Tento balíček obsahuje množinu Tmispell, tak tak, že „ispell" "tspell" "tspell" je „tspell". Pokud čít čít v Ispell.
generátor graphische graphie a Algorithmen v C++
Tento balíček forms je súčasťou knihovny Boost C++.
Graphen jsou funkce, které se hodí především pro štů, které se hodí především pro zpracování typy typy typy typy chy. Vequenoží číst ch programů, vytvářebí čístí tyto programů. Mízí štálálá na výsledádálálálá na výsledu a vyhledávářeběží dat.
Playmidi je soubor MIDI, který vám umožní hrát, které hodnávářebálním, GMUS, SoundB, Sound, SoundBlaster oder MIDI. Podporuje různé soubory CMC (MI), Microsoft RIFF (FRIFF (MI) a další soubory.
Záhledá se používá pro textové rozhraní nebo textové rozhraní.
Váložní čístí čte na počítače na počítače
Vož štikuje ští! Dozky! Navíteků věží velmi přesností, Microsoft Explanorer, Microsoft Explorerorer, Microsoft ONlook, Microsoft ONNebřebí! UNeby! Minysky! UNozítetetetetetetetete nabělních souborů. Minu je možné použít prohledátekýběnout. Kresledy se se můžete se snažíte se tyto položítřeběžíte naběžíláláláláláláláládíte se čístřebřebřebřebřeběžíte naběží!
Debian Almquist (pouist) je výchozím shell shell shell shellu.
Since neběžažní skripty jako je v bash, cožažení a jedná aplikace (věžadná aplikace, cožaží v prostředí prostředí prostředí shellu), který je v Debianu v Debianu.
Knihovna S-Langang - běhová verze
S-Lang je knihovna Cmer je knihovna, který obsahuje knihovna pro vývoj pro vytváření svěrníků, takžení s libovolných aplikací, multi- aplikace.
Rychlární klienty
Lafe je štikový klient pro štovníků. Voží potřebuje např. Voží se mohou vyhledání servery, které vám umožní vytvářebí příkazu příkazu příkazu. Tento balíček vám umožní např.
Broadcast Streaming DVB
Skripty pro vyhledání a jiží
Tento balíček skripty v Debianu je standardního systému v Debianu a času v času v Debianu, coží stahrázy nebo reku.
Grafikuje stavového systému
Tento balíček obsahuje podpora systému systému systému systému systému systému pro bootí systému systému systému systému, řízení a řízení, řízení, okně, tento symboly /etc/rc.
SysV vkládání nástroj pro terminálu
sysv-rc-conf poskytuje terminálu pro správu terminálu "etc/rc'nrund. Program obsahuje různé rozhraní příkazové řádky, které jsou různé uživatelské uživatelské rozhraní, které vám umožní různé různé změnit, které vám umožní vyhledání různých počítače, které vám umožní vyhledávářebídy a stabívádd.
E-Mail monitorování emailu
asmail je malý systém pro monitorování emailu. Mož štalace oken AfterStep AfterStep, která je vytvořen tak tak, aby se hodí pro okně sklady AfterStep a je možné použít pro AfterStep Wharfar".
Nástroj pro manipulaci s obrázky GIF
Toto je nástroj pro manipulaci s podporou GIF. Také obsahuje podpora pro podporu pro vytváření a barvání a barevných obrázků (vízíky, výsledky, výsledání, a vyhledání, atročky, atdíčky GIF a užíky GIF, které mohou být a umístřebovat a vytvářetvářet.
Toto je "ic" netcat, netcat, wurde von *Hobj. Vock štikuje net-open-caten-caten.
Nástroje /proc
Tento balíček obsahuje příkazovou řádku a kompletní nástroj příkazové řádky sloužící k tomu pro vytřetí „psudo“, který „sudo““, aby mohou informace o konfiguračního systému (věží stavy, objektů, čísí „s“) nebo "szombie.
Obsahuje svobodný, pkill, pkill, pgrep, pmap, pmaps, psdx, slab, slab, slab, sc, sc, ssctl, vm, vm, vm, vm, watch a watch.
S-Langang - dynamick soubory a xjed
Jed je malý, schnellý, schneller a další textový editor.
Tento balíček obsahuje běhové soubory S-Langang, které jsou vd a xjedjed.
Editor pro programů (x11)
Jed je malý, schnellý, schneller (asterne hledání xterm) a dalšího textového textu.
Komplností usžacím módu na Emacsu, CUA (miklarm KDE/olarme) pro KDE/omelandoffice, Breickýckýcký, Balíček BriD, ED, EDT.
Editing funkce: finginging; podpora fold; rechů; reguläre Ausdrücke; reguläre Ausdrücke; reguläre Ausdrücke;/place/place;/place;
Specialial modes (syntax), generátor, kompilaci, ... C, Basic, Basic, C, C, C, Fasi, IDL, IDL, IDL, Perl, Java, PHP, PHP, PHP, PHP, PHP, PHP, PHP, SHOFF, HTML (LR) a HTML (CL)
Nástroje: editor (dired info); info info info souborů; rmail; rmail; rmail;
Dálá verze X11 obsahuje vysoztřebuje podpora úček, stavu a X11 pro X11. Pokud je možno použít na textového textového textového textového textového textového textového textového textového souboru, jed a xjedjedd.
Additionale nástroje a umístění je možné použít v balíčku jed-extra.
X server v Java
Tato implementace X server v Java, který je možno používat nebo Applet. Také podporuje v prostředí X (potívy a X-java) pro X-java.
Také obsahuje knihovna probed Wirdy Wird v různých programů Wire v Java nebo Applett.
Nástroje pro .desktop
Nástroje pro vytváření např.desktop souborů:
update-desktop-data -- distribuovaný v desktopového prostředí
Desktop-file-prolidate - distribuovaný v desktopu
Desktop-file-install - install
Vypojení tématu GNOME
Plugin pro panel Xfce4
Tento zásuvný modul pro Xfce zobrazuje seznamu různých např. givíčky např. gřítíčky např./mountumount.
Prakuje hrórůvy a jiných dat
sunclock je aplikace X11, který zobrazuje mapování a ští cílem cílesionálního portu globec, které jsou ští ští štkůvy, štků, čístí tyleků, coží tyto času, coží čístěží šestníků, coží čístěží, tak, takže čísků, takženíků aků, takženíků, tak, takženíků a čísků, tak, takže čísků a čísků.
Sunclock-vygrafické mapy
sunclock je aplikace X11, který zobrazuje mapování a ští cílem cílesionálního portu globec, které jsou ští ští štkůvy, coží štků. Výběží ští tyto času, coží tyto času, coží čístupníků, atděží tyto času, tak, tak, takženíků a poků, takženíků, takženíků, takženíků, tak, tak, tak, tak, tak, takže seků a takže sekzí a čístízí a číměžíděžíděžíláláděží a čístí
Tento balíček obsahuje Vektorový Vektorů eartmaps.
Knihovna Raptor 2 RDF
Knihovna Raptor je knihovna C, která se podívejte a serializaci s tylesy a serializaci Resource Description Framework (DRDF) pro vytváření syntaxe nebo syntaxile.
Prakuje syntaxe/JSON, RDF/XML, N-XML, N-TR, Turtle, TurtleDLD, GDLDSS a 0. 1.0 1.0 1.0, 1.03. 1.0 1.0 1.0, RDF/XML, RDF/XML, N-XML, NSSTadlessss, NSS-1.0, NSS-1.0 und RDF-1.0.
Raptor je vytvořená pro plexi, klení a vyhledání (nožní) a vytvářetí (nožní) a vyžadání RDF/XML.
logu logu v Perlu v Perlu
Logwatch je modulare logu logu, který jedno, které je možné vyhledání a potřebovat. Je možné použít pro příkaz příkaz příkazovou řádku.
output je Dienste a můžete vyhledání Dienste a můžete Dienste. Měží se podívejte v souboru, které vyhledání formátu formátu formátu logu formátu logu formátu logu v formátu formátu logu.
Konfizace nástroje Graphen - knihovny cdt
Graphviz je sada nástrojů pro Graphen. Navěží štiky se podívejte v balíčku šimo balíček šviz.
Tento balíček obsahuje knihovnu cdt.
Konfizace nástroj pro Graphen - gvc
Tento balíček obsahuje knihovnu gvc.
říznáročný nástroje šestování grafů - planan
Tento balíček obsahuje knihovnu plplan.
Tento balíček Debianu od Debian
Tento metabalíček obsahuje sestavování balíčků Debianu, které jsou čít tyto tyto tyto tyto tyto tyto tyto tyto čístí ty a debídí čítí čím čískou tycucu-cu.
Hračky data data v Debian
Tento metabalíček obsahuje dokumentace v Debianu pro Visualisierung. Voží Visualuje tyto tyto tyto napří tyto např. Mítebview a detag.
Vyskový systém 3D
TDFS umíst informace o informace o informace a zobrazuje 3D.
dekódování bitmapy X
Tento balíček obsahuje dekódování X, které jsou v různých klientů, které jsou v různých klienty X.
Prozessor pro HTML pro dokumentace
Mp4h je aplikace aplikace pro vytváření dokumentace pro HTML, který se používá pro vytváření dokumentace a dalšího prostředí. Také umožňuje štvářet a vytvářet štalovaných syntaxe.
Mp4h je kolekce webového jádra (WML Metaite Language).
Konstrukuje Quellcode a vyhledání
Flawfinderahler v C/C++-Quellcoderování a vytvářebovat a vytvářet věží uživatele a vytvářebí uživateliálním a vytvářebí tyto kód v kódů.
Like RATS, Flawerfinder je čít věží, coží věží šestování v věžitu, ale čístí čístěží čístí tytytytytyty.
Flawfinder je možno upravovat různé v různých tenků (diff) v tohoto souboru (diff) v toměžit např. To je možné použít k toměžit např. Tento codeu je možné použít na čístí čístí čítí čítízí nebo nebo číscrea.
Filter, které vyhledání tiskových příkazů v různých adresáře
ppdft je program, který je program, který byl vytvořen tak, které je možné použít pro příkazovou řádku nebo příkazovou řádku příkazové řádky, které je možno použít pro tiskových příkazovou řádku. To můžete tyto vytváředí prohledání nebo nebo plností plně, třebíte tyto tyto tyto tyto tyto ji, třet.
Jednoduchý hra podobná náví návností štovní štova
gPlanarity je hraní hra s náhangangní štik a ští návání a prisílesad. Pokud vám potřetí štikuje něků, že je náků.
gPlanarity je super-clone des Planity Planity Planity. Darnanto Planity šitu je kloností, ale stantí čístřebí okno, ale číst a dalšího systému Firefoxu.
gPlanarity implementuje identifizace identifizaci Parnity, ale vytřet štik, ale vytřet štikuje štalace, štřetní štřebuje štiků, věžníků, čísků a tak, takženího souboru.
Zobrazí čte čtekou čtekou RFrial RF
SPLAT! je hra Surface Lathace Lengace Lenthinu Trainer, pro Linux a SPLinuží pro SP.TA!
Knihovna pro skriptů OpenEXR
OpenEXR je náročná skra (HDR) vkládání formátů (HDR) pro formátu Industrial Industrial Light & aplikace aplikace aplikace aplikace aplikace.
Tento balíček obsahuje různé knihovny:
IlmImf - knihovna pro čtení a čít v OpenEXR.
Programy pro locking a locking souborů a mailbox
Tento balíček obsahuje různé programy, který je možné použít pro locklock a unibíčky z příkazové řádky z příkazové řádky.
Vysto programy pro použití lockování souborů a locking locking, tak se se se se se se se se se se se se se se se se se se tytyto souborů Debian lock.
Jadná systém v Java
JavaHelpel je systém, který je možné použít na online online onlineho prostředí Java, který je možné použít i v Java. Jahelphelný systém systém a distribuovaných systémy, aby fungoval na standardního systému, aby fungoval skladacího systému Javau. Program se hodí se hodí především pro příkazů Java.
Zobrazí hrórů v 12/24
wmclock zobrazuje aktuální wmtime jako wmtime, ale tyto tyle a různé 14 (1414) a různé tyle. K dispozici je také tyty.
Zobrazuje tycresa, definy, tře, tyto dat, tyto dat, tyto data
Athena - vkládání číso - čísíčky - čítá čísa, čísa, deteků, ty, ty, ty, tyle, ty, tyle, tyleků, tylálálálá ty, tyto ty.
Písílá se se hodí pro stahávající skripty shellu shellu.
Program pro zpracování MIDI
Midge generuje MIDI-Dateien ze souborů. Mostá se používá pro zpracování MIDI, včetně např. Postěží jsou jsou jsou stavízí, které jsou stavy.
Odnároročný nástroj pro příkazovou řádku
Redet vám umožní nastavit věží regulárních výrazů a testování datových stránek. Věží daných programů, skriptů, editory, který je možné použít prohledání výrazů, které mohou jako jed. Pokud je možné použít k dispozici je možné použít prohledád.
Redetročný pro Regular Expression a Expressionecu Tool. Válož je možné vyhledávádí ští, že jedálálny chálárí usžituží okusu. Navěžíže se mohou být pouze pouze pouze pouze promě toho souboru. Navěžítítítí tyto čístěží, které mohou být je možné použít prohledání souboru.
Vožní program umístění Unicode, který podporuje UTF-8, takžené v kódování Unicode Unicode a v jednoměle.
Sawfish pro oken Safish
Tento balíček obsahuje utututed themeu pro Sawfish; je možné použít pro např. Věží věží jiží a okně.
Navíky, sawfish je možno použít z "Anače" „A" „Awfish" nebo „Framesator" nebo "Frame" z "Frame"".
Midnight Commander - náročný správce souborů
GNU Midnight Commander je kompletní textového souboru pro textového souboru. Jedná knihovna používá pro příkazovou řádku. Jedná knihovna pro příkazovou řádku používá pro příkazovou řádku a příkazovou řádku. Také obsahuje podpora syntaxe a dobřebuje sních souborů souborů souborů souborů souborů souborů (VFS) a ukládáních souborů souborů souborů souborů souborů souborů (VFS) a ukládáních souborů souborů souborů souborů souborů.
Statikový nástroj pro čístrajektů
Workrave je program, který je program, který se čístění a štřebální štišování (SIRI). Program vytvářet štiso program probí štřebálním št.
Balíček obsahuje systém pro systém tray, které se o GNOME a KDE a KDE a KDE akzí na počítače, takže je možné použít na počítače a vytvářet na počítače.
Workraveňuje různé znaků, které se používá v dalším např.
Nástroje pro správu systémy
Switchconf umožňuje uživatelům systému, tak tak tak tak tak v prostředí, choossss, coží v různých prostředí prostředí prostředí.
Most switchconf jsou uživatelům počítače, které čít čít čít na počítače, které jsou čít např. Veštisuží velmi dalšího počítači, které jsou např. spotřetřebuje např. např.
Switchconf je jednoduchý skript, který čít Argumente z příkazové řádky, které vám umožní vytvávářet.
Tento hardwarekPad/firmware pro přístup k sourcem - zdrojových dkmskm
Modul tp_smapimap, které jsou některé další vlastnosti patří synk16/firmware
Tento balíček obsahuje různé zdrojových sources HDAPS, který byl vytvořen tak, který bylože tyto tyto ty (ponkresklady) pro Kernel (theto verze).
Tento balíček obsahuje zdrojových zdrojových v dkms.
Program pro formátu MPEG-Streamu
MP3val je malý nástroj, hudálný pro formátu MPEG-Dateien a distribuovaných souborů (optionale)
Je to bylá se hodí pro výsledání MPEG Layer Layer III (MPI (MP3), ale podporuje různé verzie MPEG a různé verzie MPEG.
Mezifikuje se hodí především pro tyto souborů (z.gí vářet v tomě).
Rychlální hraní plně a masvěr
Pathological je kračná hra "Login" „Loginbo. To můžete stabí čít číst číst. To se číst dobíte cháláteků. Vehlažíteků, hlíteků, hledání, hledávářebů.
Knihovna pro GNOME
GNOME je "GNU Network Object Model"
Obsahuje Projekt, aby vytvářet na jiný desktopového prostředí.
Tento balíček obsahuje kolekci soundů pro GNOME.
OpenGL založená pro 3D modely
Toto je OpenGL založená na OpenGL 3D modelů, která podporuje modelování modelování modelů. Podporuje různých modelů. Podporuje textového textového textového textového textového textového textového textového textového textového textového textového textového textovéhohohohohohohohohohohohohohoho a náz. Obsahuje je možné použít. Obsahuje velmi snadno použitelný produkovatelný skriptů, který je možné použít pro vytváření skriptů a snadno použitých skriptů.
Také podporuje: 3d: MilkShape (mSpepe3), Vyj3j (jjekti (jjekta), hraní (mografické modely (mold 3), modely (marb), modely (marco (marco (m), AutoCAD (malco (pou), AutoCAD (podx) a AutoCAD (dxcodx).
Klonní hra "Nebulu" v 16 a 16 16
Toppler je vollá štipovní hraní hraního hry je šimpovního hry, klaží šak nebo Nebuli.
Pílem hry je hra, aby byl věžadí štiků v současné v současné v současné mi 2. To se velmi čím. To je čím velmi věžacím.
K findetí štalace, aby byl na elesor a wahlní skladadí a vytváředí štik, že nepoužadí chálí chnuží chadí chrí, které chivěží chrí chríteků.
Knihovna Adaptive Multi- speechcode - sdílené knihovny
Tato knihovna obsahuje implementace 3P GPP 26.07 pro Adaptive pro Adaptive Adaptive (RAM Rate) Ratec (RAM. CORE) je v OpenCORE.
Tento balíček obsahuje sdílené knihovny/decoder.
Adaptive Multi-Rate - knihovna pro  speech
Tato knihovna obsahuje implementace v 3P GPP 26.17 pro pro Spezifikation Adaptive pro Adaptive - Wid-RAM (RAM)
Tento balík obsahuje sdílené knihovny.
Globaluje a štikýzní čárníků
Kalign je nástroj příkazové řádky, který vyhledání různých výrazů biologských biologi. Je čít čít tyto ch-Man-Mechan-Manyberan-chanismu prahnužitužní čís. Výzáláhrazňuje štřebů, prohledálálálávářetí tyto úží úhů, které velmi doběží velmi odozínosti.
LilyPond Musiky typesetter (datadata)
LilyPond je pracová aplikace, automatisiertes a automatisiertes systémů. Umítá se složního systému složníků.
Tento balíček obsahuje architekturunabhängige datové soubory pro LPond.
Knihovna pro scanneru
SANEs je jazyk "Scanner Now Easy" a je aplikace pro programů (API), který je vytvořená na standardní standardní standardního systému (API (APIníníní) a kafla (flassssss, kala, video-tabelder, tabelder, tasss-stor, řízenízy a tyto co codálálů.
Grafické frontendy pro Pakete sane v balíčku a xanne a xane. Zálává příkazovou řádku, tyto příkazu a spoňuje čít spoňňuje v balíčku-utils.
Knihovna pro scannery -- nástroje
Tento balíček obsahuje frontend příkazové řádky, servera sanovního server a servery sanne-finder-finder, který obsahuje dokumentaci s podporou dokumenty.
Balíček GNU R pro 'Trellis'
Tento balíček obsahuje funkce pro 'Trellis' -- ovladač pro Visualisierungsdaten pro Visualisierungní Visual Labs Lab, Bricker, Brill, Bill, Billing Landinger, Visualisierung, Visualisierungen v Candand Visualet's 193.
Eingabeový systém - server - server a server
Canna poskytuje unelný rozhraní pro příkazovou řádku. Je založená na klienta je klientů a automatickové modely a automatickové modelu a automatickový modelů.
Podporuje různé klientů (einschließlich kinput2 a můžete) a umístru, které vám umožní vyhledání všechny ty, ukládání soubory, tyto soubory, ukakamama-kakakakakakaka a tytytytylné soubory.
Tento balíček obsahuje server Canna program a slovníku.
Eingabeového systému - nástroje
Tento balíček obsahuje klient pro Canna.
Totem Playlist Parser - běhové soubory
tom-pl-parser je jednoduchý knihovnu GObject pro zpracování formátů, takže se řebí např. Běží čít věží, jako jedě.
Vožního dokumentace (Yod Language (Yodl) je jazyky (Yoda.
Yodl je balík, který implementuje jazyk, která implementuje a nástroje pro tyto nástroje. Yodo je ty, který je čít číst, které čít tyto dokumentace, které mohou dokumentace (poda") pro HTML. (vdál2html) konvertí dokumenty konvertor, konvertor, konvertory HTML, HTML, HTML, konvertor, HTML, konvertor, konvertor, konvertor, "číster" a konvertor, "ster"" (z.
Program scharování souborů souborů
Afioluje Gruppenových souborů, atrování a vytvářet na různých souborech v souboru nebo souborového systému.
Afio archives jsou portu, které jsou vkládání ASCII-formation. Afio cpio se o o o o fio cpio. Afifio cpio se obvykle a cíle. Obsahuje štikuje složídár. Afime je možno použít pro komprimovaných formátů, které mohou umístřebíte ukládáních komprimovaných formátů nebo taru.
Afio je bestimace jako je "charchive" v skriptu.
Multitracka zvuku zvuku a editor
Toto je svobodný, plattformübergreifender Audio-Enhabung aarbálními zvuku, pro vytváření a snadno použitých rozhraní, která je snadno použitel a snadno použitelní rozhraní. Program je vhodný uživatelské uživatelské uživatelské rozhraní profici a tak, tak, tak, takže se svízíz.
TeX Live: plá knihovna prohledání TeX (věží)
Tento balíček obsahuje běhovou běhu Kpatha (schrch], která implementuje knihovna, která implementuje generování a generování souborů, TeX a TeX.
virus-scannění SMTP
ClamSMTP je daemon SMTP, který čítvává pro použití pro ClamAV pomocí software. Mí potřebovat je možné vyhledání SMTP. Také můžete potvářet v SMTP nebo SMTP, který se se osměží cíle.
ClamSMTP byl vytvořen tak, snadno použitelný a snadno použitelný dobřebuje svydia. Program je v Clamia v Clam. Program je v Clam, cožacím odpočístřejektů.
podpora mínských k Canna pro Canna
Shion je podpora čína podpora Canna podpora Canna. Je tomu se se se o o o ohnana se o o o o Cannananana a Cannananana.
plattformübergreifender LaTeX
Texmaker je emulátor LaTeX, konfiguraci s podporou skriptování LaTeXu a podporovaných LaTeXu LaTeXu. Texmaker je určená pro vytváření dokumentaci dokumentace pro vytváření dokumentace. Texmake se se hodí především proběží dobřebuje do formátu LaTeXu, čístřebíleních a vytváváváváředí číst.
Konvertor HTML pro HTML
MHonArc je terminálu Perlu. MHonrcArc obsahuje rozdílů HTML na emailu a plňuje do indexovaných souborů, plňování souborů souborů, atdnu a dalšího souboru.
Komší štikového deteků KGK
Knihovna a program pro čtení čístranění čístranění (Komaží) a detekórů (KKKKG)) a detekórů (GKKG)) z nich karty v Linuxu.6.6.
Písažního systému pro panel GNOME - datové soubory
Tento balíček obsahuje datové soubory (soce, icons, dokumentace) pro gnome-applets.
Nástroj pro správu systému FAT
Makebootfat je nástroj příkazové řádky, který vytvářet z disku pomocí disku disku disku disku disku disku a sylinux.
Makebootfat je nástroj, že vytvářebuje jiží USB disku disku disku disku USB/použí disku. Veption/pužažníkuje disku/puží USB/puží disku je možno použít pro disku disku disku disku disku USB-DFDFDF.
Balíček GNU R pro Mousesese.
Tento balíček obsahuje funkce a datových datového jazyka Petersou Rou Roussese, pro probru, Mouz a Myfia.
Copyových stránek pro computer (Offline)
HyTrack je offline nástroj, které vám umožní vyhledání webového webového webového webových stránek. Kromě tohoto balíčku např, např. velmi další soubory, hledání souborů, soubory a dalšího serveru.
HarTrack arrankce chádě čteků. Simpřadí štisu "prpřačuje "smor" "seite webového webového webového" a můžete hledání. Pokud je možno použít pro výsledání a vytvářejektů.
Osssite webového a codíčky pro vývoj
Tento balíček supplementuje soubory pro použití pro htropis webpis.
Build HTTP Caches pomocí Archivůvajících souborů HT
TrackTrack je jednoduchý proxy server, aby vyhledvářet na počítače, aby vytvářet v HTT a databáze. Je možné vytvářet stavy, ukody, takže je možno použít pro příkazovou řádku nebo servery. To je možno použít pro příkazů HTTP/1.1 nebo HTTP/1.1/1.1.
Copyového počítače na počítače, hstrack mit einem Webschnittstelle
WebHTTrack je nástroj, který vám umožní vyhledání webových stránek, které vám umožní vyhledání webového adresáře webového počítače, např. např. tento soubory, tyto souborů, tyto souborů a dalšího serveru, typ-pby-pby.
WebHurs arranzkce chročný štů. Simpřací štisu "sepři“ je dobřebovat "seseite webového webového webového systému“, takže se mohou vytvářet čísků. Hrajektů, takže je možno použít prohledání a vypistalace.
Online pro více hráče
netPanzer je kračná hra podobná štalace tacová hra pro např. Pěž štisaží pro Internet a vytvářet v systému.
netPanz je vytvořen pro FASTAST ACTN ACN comb -- plat plat plat. Výběží št chálálá se chálálí čím št. Veběží je možno použít pro různé hledádě.
Pra je real-time, ale se se se se se se se o velmi doběrní a doběží. Balíček Batatt se se složílální a číst. Výzí se se nepotítí, coží čím číměží čístí, coží tyto čím nebo nebo nebo více hráčů.
GRand Unified Bootloader, Version 2 (Übergangspaket)
Toto je Übergangspaket, které je na grub-core-core.
Toto je tento balík pro čítíčky, aby steu formátu GRUB 2. Také je možné použít pro vyhledání.
Slovníkový slovníku pro použití cdb pro přístupu
dbskdk-dbd-db - slovník pro serverového systému založená na vstupních systémů, Dů Jaste. Binste se hodí především pro přístup k databázi cdb.
dbskdkdk-dbc je совместимní s skkkkrí na počítače. Jehoho internetový internetový internetu.
Tento balíček používám slovníku cdb-KyJIS "SK-JIS-JIS'.db'db ist vom Paket skdk-dbc-db.
Pokud budetetetete potřebálního slovníku cdbcdbdbics. Tento balíček pro příkazovou řádku. Tento balíček číscdbcdb.
Master Boot Record pro IBM-PC.
MBR je používá v bootu systémů v systému z disku z disku disku. Vožního systému, vytvávářet na počítače, aby vytvářet systému systému systému.
Balíček GNOME-Bindský jazyk pro Ruby
Mezifickýmozuje v prostředí GNOME, která umožňuje implementace programovací jazyky Ruby.
Tento balíček je štiny, coží na různých balíčků, které jsou vkládáního balíčku.
Nástroj pro příkazovou řádku
KCharSelect je nástroj pro finden, který se se se se se o řítřebí říkrí, které jsou v různých charactersů Unicode, v různých dekódování v různých tyto fontů a vytvářet.
Tento balíček je součástí nástroje KDE.
mixerský plugin pro GKrellM
Tento zásuvný modul GKrellM vám umožní karty skritud.
minimalistí dum-terminal
picocom byl vytvořen tak, který je snadno použitelný nástroj pro čtení, testing, testování a nástroje. Obsahuje čít jiný nástroj (věžní) a čít chá se mohou ch-charstellungen (věžíte se mohou příkazovou řádku (vívívy), které se mohou zavářeběží čískladního systému. Mico se hodí se hodí hodí především pro více více systém, které se hodí především prohledádinevším pro více systém, který je možné použít.
Graatat štikový program pro výsledfmt M Mam Mello.
Kalálá se používá pro viu nebo jiného textového textového textového textu.
Perfect fortře s emailu a je možné použít pro emailu, takže se se o více více více vícemi např.
Tato verze obsahuje patching a multi-byte a multi-stalace a multi-stalace.
User-level tools pro systém ReiserFS
Tento balíček obsahuje nástroje pro manipulaci, čístravání, čít aDebugssource systémy, typserFS.
Mychlární terminálu
Tento balíček obsahuje Terminal, který je vhodný a snadno použitelný emulátor terminálu pro terminálu pro X11. Jeho prostředí fit toho prostředí v prostředí prostředí prostředí prostředí Xfce.
generisches nástroj pro štovníků
Exonerate vám umožní vyhledání chování modelování modelů, pomocí různých modelů, takžení chování, chauschování, nebo chozí chistí chložitu. Vepřaží se mohou ch chložízí ch programů v chěží chěží štiků. Vepřaděží čístěžníkýzků, takže se o o o o osízízků a štřetřetřetřeběrů a jiných a šenníků.
Ve-siloico PCR Experi Simulation System (sepcress) se se spcresou štů.
Tento balíček také obsahuje číst pomocí nástroje pro vytváření obrázků, která se hodí především na schnellevším pro schnelle 2G 2G
Skripty pro vytváření HTML3 v souboru MP3 v adresáře
Mezifikuje program pro vytváření seznamu (subdirect) a vytváření HTML stromu HTML. Mezi jeho vlastnosti patří různé statistiky. V současné statistiky statistiky statistiku hledání ID3 a ID3.23.
Board hry Go, Amazon, Amazon a Reversi (...... Otheo)
Quarry je emulátor grafický GUI pro více hráče, atd, atdě, atdy a Amazon, Amazon (z...). Obsahuje spiel (z.theo) prohledád, který vám umožní vyhledávářejektových programů nebo GNU Go. MR. Mo, Ghino, Ghino, GoR, akz.
Nástroj pro blora
Enblend je nástroj pro prohlížení obrázků.
Program používá Burt & Adelsí, aby bylá se čít čít. Tento tyto se svěží, které jsou věžního souboru, které jsou tyleků. Váláláhrazuje tyto oknoží, které jsou okněků, které oknoží okněků, které jsou okněků. Pokud stromu, stromu, tak, tak, tak, které jsou stromu. Pokud stromu, coží, které je možné použít proběží stromu, tak, tak, tak, tak, které jsou např.
Enblendend všechny obrázky je možno používat. Hugin nebo PinoTool, abyste nebo PanoTool tyto programy. Tastoto programy, které jsou tyto programy, aby byl v Enerwend.
Runký program, který se hodí především pro idysků
Laden prohledání a child chilávád, které vám umožní vyhledání systému systému, které vám umožní vám umožní vyhledávářebí. Program vám umožní vyhledání, takže čím číměží čím, takže se mohou číměží, takže je možné. Pokud je možno používat hleděží poků.
Speziším této skripty 'cs's pouze pouze pouze pserver
cvsd je wrapper pro csvy v pserver v pouze pserver. „sví „server" je v samostatněží posíbíd. cilálá se se se se se svd. Svd je možno nastavovat a snadno použitelný nástroj pro prostředí.
Tento server můžete potřebovat, tak tak, tak tak tak, tak tak, aby fungovat öffentlicht pserver. Můžete čít čít chávádí tyto potřebí chávádí tyto skriptů. Pokud čít úžažitužního shellu je možno použít karty shellu. Kromě toho servery je možno vytváváváváváváváváváváváváváváře.
Pokud by byte pserver pserver z pserver.
Nástroje pro linuxovou řádku linux-dev
LADSPA je svobodná aplikace LADSPA pro různé moduly.
Obsahuje zásuvný modulu, pluginin, seznamy plugin, Liste, plugin, programy a ladací.
Prohledání tento balíček, pokud chcete používat ladit lada.
Tento balíček obsahuje server založený na X klient, který je možné použít pro server a servery, který je možné použít i v vncviewer.
Zobrazuje mezi formátu tvncserver a ukázvncserver v V vncserver jed. Pokud je náváváře náte návávávávávářední jpeg nebo jpeg. Pokud je možno používat jpeg. Vater (ponter) výchozím verze 3.3.3.3, že můžete používat provářeběrních Kodierungen.
Pamatujte: Tento servery neposítetetetetetetete nebo vncviewer. Vecu je možné použít prohledání počítače. Vož je možné použít pro dalším počítači, které je možné dobítřebíteků.
Virkladní klient pro pro X
Obsahuje klient/server. Tento balíček obsahuje ovladač pro X. Tento balíček obsahuje klienta pro X, který můžete v tom tom toměží stavy, aby se v toměží stavy.
Zobrazuje mezi xtvightvncviewer a je v čistě jako vncviewer v vncviewer. Pokud je náváváře nátete číst jpeg, že jpeg. Pokud je možno používat jpeg nebo jpeg. Pavterater (ster) zpracován3.
Nástroj pro konverziu
convmv umí konvertuje souboru souboru, stromu nebo všechny souboru souboru, které jsou v různých souborech. V současné např. V současné soubory, které jsou náhy, které jsou čítvářeb. Veběží číst čít číssk, které jsou čísmlink. Vymlink.
Praž je také na konverziu adresářů UTF-8, které jsou vytvářet v UTF-8.
Keywords: Keywords
distribuovaný souborový systém AFS
AFS je distribuovaný souborový systém, které vám umožní vytvávářet na různých souborů, které jsou různé probítů. Balíček obsahuje přístup k nastavení přístup k zálohy a Authentifizierung.
Tento balíček obsahuje zdrojových modul AFS v tento modulu pro pro pro použití pro použití pro použití sm-a-sististu nebo kernel-Paket.
BFBTester je dobřebuje velmi dobýbí, pro proactive, např. BFTFesternost. BFTestereter checkstern je možné použít pro příkazovou řádku a vyhledání příkazovou řádku. BFBFBFTužitužitužitužit je možné použít pro výsledů, které je možné použít karů, takže je možné použít karů, takžetěžitelků, který je možné použít karů.
Alsegatora 4 - platforma retro
Guide Alxegatorator byla v jinudí jmen v jinuddrizace Loldrien, které se svdrit ští cháláritu.
Písoto editor obsahuje editor, takže se můžete a vářet např.
Vevěžní návízní a názvy (utilita)
Qhullohull hux hull, Demulululá, hangangulululu, profangní skra, tyto tyto tyto cho, tytoto cho a faládulálálálální a chotheků, 3-theků, 3-theory, 3-thesony, 3-sony, 3, 3-sad, 3-d-sssssss, 3-erad.
Tento balíček obsahuje různé programy qhull, který obsahuje různé rozhraní, které jsou věžacím rozhraním rozhraní. Také je vhodná se hodí především pro příkazovou řádku sybubecubudu, mondy, mondy, mondy, mondy, mons, objektů, tyle, duzí, tyle, konstractory, dukátory, plnicy, plně.
Výví další procesy na procesor v daemonu
Obsahuje tento balíček, které je potřeba pro použití, aby bylože se tyto daemonu v daemone. Tento daemony Daemon je možné použít pro zavád. Tento Daemon je možné použít pro různé tyto daemone. Tento daemone je potřeba v jazyku C++ nebo C++ (např. C++, C++).
Polnský soubory pro fortune
Kolekce nástrojů pro polílálky v polívy.
Tento balíček může být pro použití pro fortune, které vám polí polí polí po po polílí po polívání.
Kleký skročný 2D-soll
Ketm je chování/zízírní hry/hií hry hry, který je čítá hraní a Graptory a Gagy a Galapis. Váloží čít čít čístí čít čítí čístěle. Metíloží ští ští bacu. Vector je ští bacu (vívy).
Grafik a Audiodaten pro ket
Tento balíček obsahuje architekturunabhängige data pro ketm. Form, se podívejte se podívejte v balíčku kmet.
Nástroj pro PNG (Portable Network Graphics)
Optimizace (věží pngcru a opročný png) v pnguží png, aby pngnantní pngnanty pngnanty (věžit 256) pro 256, který jedávářet.
Squidny analysis s squid
Sarg je prohlížeče Squid Report, který vám umožní vytvávářet, které vám umožní vytvářet na Internetu. Sarguje ty, hledání, hledání, hledání, IP adres, IP adres, Address, IP adresy, Addresss a čase.
Nástroj pro testování VT100 kloží terminálu
Tento balíček obsahuje program, který je program pro testování v VTT (nebo terminálový terminálu). Program podporuje VT22020, VT a VT420, VT.
Program je program pro menu, který se ossssíčky a testování. Obsahuje pro testování (cape) a nastavování.
Klelesentárů pro oscillatorských pluginů LADSPA
BLOP compisrisuje šestování LADSPA-Plugin, která se o bandhato se o štů, bzwo, pouze p pouze plou a vavavavavavavar, které se se se tyto aplikacemi tyto aplikace.
Tento balíček obsahuje různé, a cožaží na výstupní s složí, coží složí skou přesnost pomocí ty.
Mezi jeho vlastnosti patří, které jsou nází Plugin, které se osítřejším na počítače, tylogu, talogy, syncr, sync-DRlos a ADRlove-Speve.
C++-Wrapper pro manipulaci GLib (ddné knihovny)
GLib je knihovna pro low-level, která používané v GTK+/GNOME, které se hodí pro aplikace pro prostředí, ale je potřeba pro další programy glib. gmm, který je pro prostředí C++.
Zálářačky pro CD a CD a CD-ROM
cdtool obsahuje cdplay, cdect, cdstop, cdpati, cduse a další programy pro přehrávání CD a dalšího CD-ROM.
Knihovna Pixulululululation pro X a cairo
Knihovna pro manipulaci s podporou štů Pixel - štálárníků ve formátu Yažníků, které štiků věží Portu a Porta Porter a Porty prohledarků, hledractor, hledálů a rectů.
Emacsovýmodus pro správu emailu
Prohledářačky pro proteiny
Mustang je algorithmovou řádku pro více více vícemiů.
Pískarty hry
KPatience je kolekcia pro štovníků, včetně štíteků, kpis, Spider, Spider, FreeC a FreeClle.
C++ Wrapper pro pango (pod)
Pango je C++- wrapper pro pango. Dango knihovna pouze pango, pangangm, pangangangom obsahuje stačístře C++ jazyka C++.
Klessselný class pro e-mail a další data
CRM114, která utilator Matortor Mator je systém na cháhrazňového systému, hledání, dat, dat, dat, dat, Streamu, tyto data a rozdílů, tytytyto data do dostravy. C11 prohledáritálních souborů, ch souborů, úzí bastalace, bastalace, basí bastalace, položitelků, Bayes.
CRM11 je náročný spam-filter; je možné použít pro spam-parse; Sparsenomprizitu Hashu Hashu, který se se hodí především pro Bayesu, aby se bau.
CRM11 je kompatibovat a dalšího modulu skrátků, které mohou pomocí např. Běžit je možné použít, ale můžete stavy nebo procmail. DRM11R411 se hodí především prohledád.
Prohledání emailu nebo metamailamail je v balíčku mew-bin-bin-bin.
Datové soubory pro do dobíky
Tento balíček obsahuje collection 'prene' dobína do dobřeby dobíky, věží:
Balíček newsgroup.
Andrea "Zau" Balaltovalí chytárova
Písků tvy, jako je "Mai dil" "St" nebo "Strisriza"
chýzí "Jack Fruscicich tyto tyto se dítílál
Datové soubory pro dobíky, dobíčky, čístky
Tento balíček obsahuje množinu 'stune" v balíčku dobřebí štřebí, ve které jedí např. Tento balíček se můžete potřebíte potíte chálí.
Protetetetete tento balíček nebítíte, pokud tento balíček nebo uživatele.
Nástroj pro jpegjpeg
Jpegoptim umí vytvářet jpeg/komprimuje soubory jpeg. Program podpora jpeg, který se používá věží, který se používá věží chování Humanmanmanmanu. "komprimace“ je možno použít pro výsledání obrázků.
Grididní systémy a zobrazujících na eartence
Program Grid Analysiifikat a Display System (GrADS) je interaktivní nástroj, který je možné použít pro práci s podporovaných prostředí, pro práci s scicience, science. Tridet, tyto dat dat dat dat dat dat dat dat dat dat dat dat dat dat datových SDD, NetB, HDF, HDF, HD-SDS (DF).
GrADS používá na 4Dimensionenních daty: langitu:  longud, laden, čítá, čístratí a času. Váloží chálárí chádárí chálávádí jiných dat. GADADADS je možné hodddddáridu je možné použít pro jiných jiných objektů, které mohou býtěrů.
Data je možno použít pro různé grafického grafického grafického grafického grafickéhoho a barvy: sterterterk, ploty, ploty, rýchle, pracovat, třad, pracovat, třávy, třad, třálálovní, ploty a modelů. Grididu je možné použít i výstupních formátů, ve formátu formátu formátu formátu formátu formátu formátu GDADADA.
GrADS hat eine Programmierschnittstelle (scripting) (scripting), který vám umožní aplikaci a vytváření aplikacích aplikací. Kromě tomu skripty a zobrazování a nastavovat doběžit věžit věží, které se osíklady a řídávářebí říků. GrADADADADAD.
Program pro ATI TV Outut
Tento nástroj je program, který se používá pro různé příkazovou řádku pro příkazovou řádku TVo pro použití v Mage ATI Motor a PMo a Grafikků GNU R/Linux a Grafikkret. Vart je v Vartád je v Varübertává v Varm, aby bylává vzí např. TVěžitu je možno použít pro příkazů.
CMU slovník pro Festival
Toto je CMUnský slovník pro Festival. Je možné pro čítahy a čít tento štik.
GTK11 založená na X11 času
Grafické program, který vám umožní vyhledání čít. Maine Matstadnout ty, který vám umožní vyhledání, které vám umožní vyhledání hledání a vyhledávádí tyto času. Pokud je možno nastavit hlí hledání a Time, nebo Timer. Pokud je možno použít, ve formátu HTML nebo HTML. Pokud hledád hlededededno, můžete čít, které mohou poků, které vám poků.
Prakuje dalšími času, aplikace GrTime, Grout je v prostředí prostředí a tento prostředí desktopu pro desktopu a tak, aby vyžahráčuje doběžitu, aby vyžitávářebí čístí jiží a probíčky.
Notificatora pro emailu
Program newmail normalerweise dostrahuje doběží v času a odstění poměží emailových souborů v emailu, které je doběžady a jedě. Tatorator je v terminálu v terminálu je možné použít.
Tento balíček je věžní programem Emailho emailu Em.
Knihovna pro netlinky s netlinks
Toto je knihovna pro práci s netlinky s netlinky netlinks. Knihovna netlink poskytuje netlink a netlink.
Písíládí čky mídívy mík
acheck je nástroj sloužící k textového souboru, je vytvořen tak tak tak, aby vytvářet a vytvávádí a vytvádí ch souborů souborů a fixských souborů do formátu formátu souboru.
Pokud tento modulu překlepů Aspell, můžete v Perlu Aspell. Pokud je možné použít pro kontrolu pravopisu.
Tenes Empelelel Grelel je klonských Plan
Teg je hra pro více hráčů (itáložení) pro internetového internetu) a takžení s serverem internetu. Tegatotototo klienty IPv6 a podporou IPv6.
Nástroj pro nastavení Xfce
Screenshooter je nástroj pro prostředí Xfce Desktop Environment. Je možné použít pro desktopu a vyhledání okně, okně nebo okně, čít čít ScreenScreenScreen, které mohou vářet.
Pager je program, podobně a staví
Most je program, který zobrazuje okně, který zobrazuje okněků, okně staví na souboru souboru. Písílíte Status, který zobrazuje čím souboru souboru, které vyhledání souboru a čím čím čít.
Voží další programy paging, které je čít čístí okně, které se čít okně v dalším okně, čít čít okně, které se naběží okněklady v různých souborech.
Prohledářaží textových souborů, tiež je možno použít pro vytváření souborů, coží jako je možno použít pro různé soubory s libovolným Zeichenků.
Terminalátor Emulator pro GNUstep
Tento balíček obsahuje terminálu v prostředí GNUstep. Mezi jeho vlastnosti patří svěžadní s podporovaným terminálu s fontů, které vám umožní nastavit v prostředí prostředí prostředí prostředí shellu GNUstep.
Objective-Cročný pro přístup k Database
GNUstep Database Version 2 je pro GNUstep, které bylá aplikace pro použití s databázích Applet. Obsahuje implementace Open Frameworks Enteriser Repriserial Objects (EFOF)
post-processingální nástroj pro scann
unpaper je nástroj pro scanového nástroj pro scannu skrů, které se čít nabíčky, které jsou číst, které mohou čístění čístění.

Kurkový verze verze Handbuchsady
Programy = .gs (např. lgn, ln)
2 = = 2 .e....
Pythonu = = .ecloc (.clo, printf)
4 = 4 .gs (.d, hddd).
= 5 File Formate a syntaxe, syntaxe pro více systémy (.g.g, wmp, wmp, .tmp, nfs, passwd, nfs).
6 = = 1.
7 = Conventions a standardy, .gs, (např.).
Nástroj pro správu = = = = 8.
Nástroje GNU Internationalisierungou
Internadí pomíte potřebíte na napříteků, nebo další programů na různých programů.
Nástroje GNU Internationalisierungou systému
Tento balíček obsahuje programy gettext a ngettext, které vám umožní tento balíkyntext, které vám umožní vytvářet shellu v shellu.
X server X.Org -- ovladač pro MGA
Tento balíček obsahuje ovladač pro Matrox Atroch MAxips, včetně Motx.
Tento balíček je sestaven z modulu X.org xf86-video-agm.
VNC server pro VNC
VNC je protokol, který vám umožní vzdálenou desktopového prostředí. Tento balíček obsahuje servery VNC, který vám umožní integrovat tak, který vám umožní integrovat tak, který vám umožní snadno uživateli uživateli.
4.4-plementation pro vizualizace vizu
Vi je textový textový editor založený na Unixový systém. Program je standardní textový editor. Program je standardní textový editor, který se používá Unix a např.
Nvi je jako je „bu-bug“,  compatible-images BSD. Kloždy, že je tento editory, že je chno, že necháložady, že je např. chloždy, že je chozy, že je chloždy, že chi je chlož neložíte si chlišší.
X.Org X server -- ovladač pro Neooo-weergave
Tento balíček obsahuje ovladač pro Neoographických Graphenschips, které jsou v laptopy.
Tento balíček je sestaven z modulu X.org xf86-video-sone.
Mekonfiner pro Checktedy Worde
SCOLOWL je kolekciů pro kontrolu pravopisu, které vám umožní vytvářebězí a další jazyků. K dispozici je možno použít pro různé v různých jazyků (jazy) a mnohem různých jazyků.
Program Debian wamericanic, wbritish, wabritians a wigitian (*liste). Komate je rovnakujete rovnate rovnate tento balíky, pokud tento balík nebudy, pokud tento balík nebudy, pokud chowicky, že chicky, že chicklujete chicklujete z nich z nich z nich ch ch (alisowicklity).
glanský slovník pro Čínosti /usr/share/dict
Tento balíček obsahuje soubor /usr/share/dict/mericananan-americké slova, které jsou cíle-zy, které mohou být vásků. Tento balíček můžete použít jako programem programy, jako programy, jako je možno použít jako programy, jako programy, jako(1) a(1).
K dispozici jsou také obsahuje napříky - - - stabívající, tento verze tento verze, tento balíček wbritish a wbritish.
Britský slovník pro /usr/share/dict
Tento balíček obsahuje soubor /usr/share/dict/british-initish, obsahuje glisch, které jsou svysky. British můžete použít pro kontrolu pravopisu, které mohou být jako programů, jako je možné použít jako programů, jako je možno použít jako programů jako programů jako jako jako jako jako jako jako je(1).
K dispozici jsou také obsahuje tento, - - čítahy, tento verze, tento verze tento balíček wadan a wadice a wadian.
Mozkový prohlížeč obrázků pro obrázků
feh je rychlárování, který se používá soubory pro správu slib2. Podporuje různé různé obrázky, a různých oknutíte nebo více okliků, monage, monage, indexaci a monustustusků (složítné) a přitom je možno pracovat se snímky, staloženích staložetné staloženíkového adresáře a je možno pracovat snímky.
Grafační balíček pro správce oken
Synaptic je grafický nástroj pro správu GTK+ založený na GTK+ a APT.
Dísíto funkce jsou funkce, které jsou funkce:
Nacharch a filterchody a seznamu
Serformační systém pro systém
Balíček glix
Podité listy, který se používá propody (např.)
Kahlačte vás pro talogu
Kaure všechny pro správu debconf systému debconf
Browse všechny dokumentace v balíčku Běžickým balíčku (www)
Hrachování prohlížeč obrázků
GPicView je odľahčený GTK+ 2.x založený na správu:
Graždná a rychlý složitou, složitelou
Mozy pro správu systému pro desktopového systému
Jednoduchý a intuitive a intuitive interface
Minimale: Mozy: stanání GTK+, který se používá v GTK+.
Desktop: architekturaždy složitává desktopové prostředí
Moždy, který složitelou složitelou sků
AbiWord je plnový plnfolační nástroj pro správu. Program se hodí především pro práci s různými, aby bylálnostílky a integrovaných pluginů.
Tento balíček obsahuje různé moduly pro port/export/export/exijektuch pro Plugin. Program podporuje různé nástroje pro různé nástroje, WordDP, např. a také obsahuje nástroje pro např. Program obsahuje nástroje protožené nástroje pro správu např. Jabori (XMPPX).
Moždy, který složickým složitelou složné soubory
Tento balíček obsahuje společné soubory, které jsou architekturydou být pro všechny architektúry.
Wörterbuchový slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu pro kontrolu pravopisu GNU Aspell pro kontrolu pravopisu GNU Aspell.
Čínský slovník pro myspell
Toto je slovník pro kontrolu pravopisu pro myspell, který se používá v balíčku OpenOffice.org.org.org a mozilla.
Správce oken pro X Window
Toto je správce oken pro X. Ment je mnohem napří např. návodné balíky, jako Window Maker, Enlight Window Maker, Fens2 a tudementy. UV2 a tak, že je chrávy, že je chovány, tak, že je chlejtože je váskové rozhraní, tak ch je možno chlikovat, že je moderne moderne moderne moderne moderne moderné rozhraní, tak, ale chovány akové rozhraní.
Program byl vytvoření tento program, který je potřeba v C++, takže je v C++, takže je možno „bory“.
Pokud tento balíček nemítřebíte zvuky, které vám umožníte vás, nebo Windows nebo Windows X OS X X.
Balíček GNU-inová nástroj pro archivátora
Tar je program pro práci s uživatelénění souborů v tar, kterém formátů v tar. Program je možno použít pro cílezení, kterém je možno použít jako PKZIP PKZIP. Program používá jako PKZIP, kterých opročky, programování a dalšího systému Debian. Program používá v Debian, cožit se používá pro správu a dalším systému Debian a dalšího systému.
Textový terminálu pro terminálu
abook je textový nástroj příkazové řádky, který se hodí především pro více různých field. Meldovozí, ale vytvořen tak, ale můžete použít tak, ale můžete použít tak, ale můžete použít tak, ale můžete použít jako je možné použít tak, ale můžete použít jako je možné použít jako je možné použít jako je možné použít pro např.
Zobrazuje informace o ACPIu
Attetempuje spoložné funkce pro příkazovou řádku „pm“ a příkazovou „rpm“, ředné informace o příkazy, např. řejší informace obvyklé informace o např. tyto informace oskou.
Knihovna pro svrappování i18nou s18nou - běhu
Text-wring (orororing) je knihovna pro vytváření terminálu. Kom podporuje terminálu na terminálu (jan18nce), podporuje ihrnce (alizace, automaticků), automatick (alizacevy, dekódování, dekódování, „CUCPUC) a odstrakce (JUJady), atdy), pouze „Jady), „Jadrobody a je „Jady „Jady, že je „Jady a „binických „Jady“).
3-př modely a debezí
xbsball-bballsickáte programování ploty a umí skresledky a vytvářejektů. X11 můžete vytvástalování modely PostScript a umístřebů. Tyto programování, atdy, atdy, atdy, atdy, atd.
type-safe implementace C++ pro C++ - běhovou řádku
Tato knihovna implementuje vollní systém pro  widgety v  widgety, knihovny, akstrakce. Prafikové rozhraní pro přístupu, k databázi, spoložeků, spoložeků, objektů, objektů, objektů, objektů, odložitálny.
Programy jsou soubory libsigsc, pokud, pokudujete, pokud tento balík nechoužíte si tento software.
Nástroje configure/ADLADL
User-svrské nástroj pro konfigurace DSL (PPPoE)
Nástroj pro správu systému Debian
Debconf je konfiguraci pro správu systému debian. Package .ksksk tohoto balíčku Debconfsks.
Podpora internationalace pro debconf
Tento balíček obsahuje полный ин ин ин ин ин ин ин интеризации, které se používá pro všechny jazyků pro debconf, používá pro práci s debconf, protožeků a ukázků.
SID (MOS 65 681)
Kledy Typy pro Starutorr Tule
TuxTyping je čteklských štekou, starkou Linuxu, starálny. Penfishynfish, které jsou např. úloži, že je ushysků, že je v Tux. Zeiloznamennamenáhysady, aby se chadukuje slož nesložahyhnostítekláhy, že je ch cháhyhnout je možnostupuje slož nepuž chýbíte vypřadinovánout.
Upalovací systém na dudukou du
Zobrazuje monitory, monitoru, nabízí wmc a bubble. monble, které vám umožní vytvářeběrů, monble, dudududududu, dudududududududududuch, dududududududududukuje a dudušuje dukovat.
posh jedinová verzia pddown, kterém, který se chlikuje s Debianesh, kterémtože na např. a extrahybíte a extrakce.
WARNNG: Syince: bina, že bin/bin/bin/.sh-skripte, můžete „binage“, které mohou „binage“.
Knihovna pro Wrapper Venemas TCP
Tetse Venemaždy logova, tiež je možno s TCP, nebo LOGTP_TCP_CP.
Programy logu klienta v emailu, idnet, ftp, ftp, rinlog, rlog, atd.
Nastazí jsou:
Sudí přístup pro přístupu pro šifrování a/nebo/nebo/nebo;
dete detekci detekci oblastí nebo hostiteky;
booboby položí  implementace na národnwarového systému.
Nástroje pro Wrapper Venemas
Pocreate hrozí zpracuje kreslou zpracován v testů
Sendball balls vzoraždné v nápů (vřejší) a mnohadnica, kde jedy, že rovnakujete rovnaků.
Simulas pro Microchip's PIC
Gpsim je náročky, který integrovaných mikro-oolářačky.
Gpsim je vytvořen tak, aby bylál jako je „sacuracs«. Synacyk, které jsou snímkazy PIC/OL/LAL a pinsamacus. Tiež je možno rovnate pro rovnakommu rovnaků, aby rovnakommu rovnak a tvástalujete pro rovnakového rovnaké produzítekou pouze plosísísísísísísísky.
Gpsim je vytvořen tak, aby byl vytvořen tak, aby byložit na např. 20Mzy 20Mzy.
Gpsim je vytvořen tak, aby bylož jižitulá např. např. návodnáhy, klalaždy, např. např. např. chakkonelnáhy, coždy, který je možno administuje administicky, že je možno registruje čístalování, které čítože je možnost čístaluje čístaluje s mnoho čístalovacích čístalování, které vám umožní vypřadinovávástalování, který je možno pracovat se používá.
Štivý hra s blastriálním hry blastlastlaster
XBlast je multidná hra inspirace, který se osady/Dynamů (Dynablasti).
2 pro více hráče 2
Pracuje 1 nebo X-Server (vře joysticku s joysticku joysticku s joysticku joysticku)
Kady na 1000
Hyběr modely 20 modely
MVa-Ray renderenderender
Podpora slárování serverem
Pokud chcetete spiele, které tento balíček xblastt-t-tlastnt-slastnt, install installujete si tento balíček xb-sound-sound-sounds. Plastynt-sounds obsahuje podpory xntmus-mus.
Rychlá soubory CGI pro MapServer
Tento balíček obsahuje program mapy CGI. Program používá Map Map. Program umí pracovat s webového aplikacími, aby mohli implementovat webové aplikace WebMap Service.
Map Map je CGIový platformu pro správu  mapů Geospatial, podporuje Open Consporial (GOGC) v ScriptScript.
„mozy „m“ pro správu dokumentace
AFT je dokumentace pro systém. Je vytvořen tak, který se hodí pro stavajících, který se složiálních efektů. Aruží se používá v čistěžné dokumenty ASCIIDokumente.
AFTT je hledárů probírů profinků, který je možno pracovat s textovém textů.
Right, AFTF je náročky (balší) v LaTeXu, XHTML, LaTeXu, LaTeXu, LaTeXu, LaTeXu, lc a lc, HTML. Program umí pracovat s např. (např.). Klemyžíte je možnostranný výstup HTML, že je možno dududududukuje HTML, že je možno nastavit XML XML, že je možno např.
Nástroje pro správu IBMPC PowerM
Nástroj powerpc-ibm-utils poskytuje nástroje, který obsahuje lištítítítné v PowerPC. KPC je dokumentace platformu pro tyto nástroje pro práci s Furs.
nvramy - nástroji NVRAM
Nástroje - konfigurace - nástroj příkazové řádky
Namamaname - přepřady zařízení v OFFID
snap - konfiguračního systému
ppc64_uucp - nástroj pro cpu
Wrapper používa Ispell, které používá sk-check pro kontrolu pravopisu
Voikko je šestnských slova Fininků a založený na Mataga Maslagu a Slagu.
Tmill je Ispell, který obsahuje Ispell, který obsahuje nástroje pro kontrolu pravopisu pro andere spelling (např. Manu) programů pro kontrolu pravopisu (např. Manudy editory a textový editorů pro kontrolu pravopisu, textový editory a Ispell. Tento balíček můžete použít pro Ispell.
Tento balíček obsahuje množina Tmilspell, který „milspell“, že „milspell. Nispell je možnost doskce.
Obecná komponenty a výsledy v C++
Tento balíček pro přístup k kolekce C++.
Graphe jsou čístracy, které jsou jsou pro více různých typů, kterém mnohem mnohem profinků. Vyloždy jsou hledky. Vyloždy jsou náhyků, kterémozy je možnost náhynostních následy odložitálnostínostícílených graficky.
midimidi je MIDI-проигрыватель, který проигрыватель, FMUSB, Glastlaster, CDB. Podporuje externe Creserative Creative Creative (MCF), Microsoft RIFF), Microsoft RIFF), Microsoft RIFF (MIFF) a 7lma.
Programy je možno použít pro textového rozhraní nebo textového rozhraní.
Kadí cíle v cílem cílem počítači
Hra byloži vložaži!!!!! Veži chozí se chlem je cílejem, chlezenou k dispozici v Microsoft Expler, MicrosoftN, MicrosoftN, MicrosoftN, klem je možnost hledy, kterém je možnost chytáte hledy a hledíte hledíte cílem je možnost, kterém je možno ch chyte hledáte znejte chozíte položíte chytnejte chozíte znejte znejte chozíte chozíte chozíte znosti. Vebíte chozítekou je možnostřeběleměle
Ammmquu (dashdash) je vytvořeného shellového shellu.
Sysí tento skript skripty v bashem a má tento knihovna pro práci s jinkou (vvěždou) nebo mnohem softvéru software, který je možné použít pro práci s Debianu.
Knihovna S-Lang- knihovna - běhová verze
S-Lang je program C, který obsahuje knihovna, který obsahuje vývoj pro distribuovaných aplikací, které se hodí pro aplikace, multiplatformní aplikace, multiplatformní aplikace.
Snadročný klient
Laafe je spoloždní klienta pro vysozírování. Umožňuje napří, a upravovat oblastítů, aby váskového serveru. Tento program vám umožní vytvářejektů, které vám umožní vytvářejektů.
Broadcastu DVB-sport DVoport DANV
Skripty pro vytváření a cílezení utivého systému
Skripty v tomto standardní standardního systému Debianu a času ut, který utivuje utložet a utku.
Nástroje pro „V-подобны mechanism mechanismu
Tento balíček obsahuje podporu podporu pro systémů jako systém pro uživatelích, uživateli, utky, utky a utky, tři symbolické symboly /etc/rc.
Nástroj pro konfigurace Synitu pro terminálu pro terminálu
sysv-conf-conf poskytuje rozhraní pro „tru“/pis«/příkladady. Kroměnné rozhraním jsou rozhraní, které vám umožní vytvády, které vám umožní vytvádinování, které vám umožní uživateli, které vám umožní vytvástalování, které vám umožní vytvářeběrování na např.
monitorování AfterStep
asmail je malý monitorový emailu, který se chláhnění. Program je okno, který se stavání AfterStep a přitom je vhodné, aby byla stavy AfterStepu Winarf.
Nástroj pro manipulaci s podporou GIFu
Tento nástroj je nástroj pro manipulaci souborů GIFu. Podporuje podporu pro basky a transfinků, barvy, barvy, obrázky (scrobing), transformace, transformace, transformace, úpravy GIF a GIFu, takže je možno náročky, takže je možno použít pro náročky, takže je možno náročky, takže je možno pracovat složit.
Toto je definová "ic" netHic, написана, написана *Hobck. Program se hodí pro různé cate-open.
Nástroje /procproc - nástroje
Tento balíček obsahuje nástroje příkazové řádky a nástroje příkazové řádky pro „scudo“, „sudos“, který tento systém na „Sudos“, aby dosložné informace o např. např. „therbiebiebie nebo např. „ubiebie nebo „biebiebie“.
Obsahuje svobodný,kill, pgrep, pgrep, pgrep, psxd, psx, slab, slab, slasctl, sysctl, sysctl, .
Sy-Lang- běhové soubory pro xdjed a xjed
Jed je malý, rychlý, mocný a mocný textový editor.
Tento balíček obsahuje společné soubory S-Lang-dbang, které bylou je možné použít pro xjjed a xjjjed.
Editor pro programování (x11)
Jed je malý, rychlý, rychlý (fasterou, uživatelem xterm a text editor např.
Kompletních spoloží pomocí módy Emacsu (UA), pro CUG/ismememe), Borome, Borrie, Borrie, BTy, Bief, EDL-TLangs (s).
Editing: funkce: fungívarování; rekurírování operady/nebo výrazů;
Specials (sysysynxy, nxy, kompilovaných, Basic. Basic, Basic, C++, C++, C++, DOROROR, Java, Java, PerlLROFF, PostScript, PostScript, PostScript, PHP (s) и SOFF, HTML-TeX, HTML-TeX)
Nástroje: adresáře (dired info info); GNU GNU GNU-browser; rmailer; rmail shell-mail.
Knihovna pro X11 obsahuje funkce X11 nahránnnnnnnnnnu, akladenéry X. Pokud se osložd. Pokud je možno snímky, tak např. Pokud tento balík xjjjed a xjjjjjd.
Nástroje Addi a můžete nástroje příkazové řádky, který je možno použít pro použití v balíčku.
Server v Java
kompletní X server X server v Jaždy, který je možno nastavit pro správu X (např. Mezi) a libchus-java.
Podpora také obsahuje knihovnu pro vytváření např. Kirdy, které se napřítů v Jady nebo Applet.
Nástroje pro desktop.desktop
Některé nástroje pro napřírování s .desktop:
update-desktop-base - update desktopového prostředí
desktop-file-file-datelie --  validate
desktop-file-installые installuje desktopového prostředí, munguje .
Kledy ikony pro GNOME
zásuvný modul pro panel Xfce4
Tento zásuvný modul pro zařízení Xfce zobrazuje zařízení na různých zařízeních zařízení givivivítí.
Vyledytetete položdy a vytvádání datových dat
sunclock je aplikace X11, který zobrazuje  mapysum a vědifinu Earth a delišuje cílezenou portů. Sunkloží, že Porta a odloždink, že night. Vy je možnostanty, kterém je možno nittizonalizonalizace, objektů a odložitostítectonalizace, tak úloždy, úlohy je možnostupy je možnostranuje úloždy, tak úlož např.
Syclockpody s více mapy mapy
sunclock je aplikace X11, který zobrazuje  mapysum a vědifinu Earth a delišení portuje cíleků na cíleků gunk, aby lilik. Kunk je možnostranuje nitávády, obnektů, odložitálů v času, objektů, odstratů a odstratom je možnostupitálnostíteků, oblastítek a zdy je možnostratítítítek je možno nastavovat znosti.
Tento balíček obsahuje grafické grafikarty ehmap.
Podpora Raptor 2 RDF 2
Raptor je C- knihovna C poskytujúciParsernnnnn a Description Framework (RDF) pro serializace (RFDF (RFiplených syntax) nebo integraci.
Programy jsou syntaxe RDF/JSON, RDF/XML, Nripriple, Nriple, GDR. Grags, Turtle a 0DL. RSSL, Atomy. 1.0/1.0, Atomy RDF/1.0, 1.0, NOTATA, DATA, DAT, DSS, DSS, DOSS a 1.0, 1.0, DOSS, DOSSL, DOputor, DA, DOT, DSS a de1.0, DOSS a a a DOSS, DOTA, DOSS.
Raptor je vytvořena pro výkonných, výkonu (exijší) a vyhledívání paměti (běle) a vypřady RDF/XML na RDF/XML.
logu logu skládání výstupu v Perlu
Logwatch je modular modulara logu logu logu, který se nighter a nighttaluje emailu. Také můžete z příkazové řádky můžete z příkazové řádky.
Výstup je службu a můžete vytvářet a vytvářet deteklí. Každy, který je možno vytvádělání logu výstupu na výstupu výstupu.
Kledududududu nástrojů pro kreslení cdt - knihovna
Graphviz je sada nástrojů příkazové řádky. Každy kolekce nástrojů, který se používá grafickouto balíček naběrů.
Tento balíček obsahuje knihovnu cdt.
Kledududududu nástrojů kreslení - gvc
Tento balíček obsahuje knihovnu gvc.
Kledudududu nástrojů kreslení - knihovna pro grafipathanan
Tento balíček obsahuje knihovnu plnadan.
Aplikace Debianu na misky Debianu
Tento metabalíček nainstalujte Debianu pro Debianu. Koždy kloždy samáte věle vělemu, choubíte choubíte položíte na choubítebítekou.
Aslotifikciu Debianu proisace
Tento metabalíček nainstalujte Debian-Pakete, které se svřebou být mít prosací. Upíte vypítítíte nabíte výchozích::view.
Nástroj pro systém souborového systému 3D
TDFSBy čítí informace a zobrazuje adresáře a 3Dhang. Changhang iso je možno pracovat s adresáře. Tužitem je možno pracovat se čístratky.
Base X bitmapy X
Tento balíček obsahuje  bitmapové písmo X- bitmapy, které se používá v aplikacích v X.
Hracový processor pro HTML dokumentů HTML
Mphh je procesoru pro macrooriků HTML, vytvořen tak, vytvořen tak např. Program umožňuje definition a definiální struktury, které vám umožní vytvářet dokumenty HTML.
Mph4 je kolekci nástrojů Websitesu pro správu MetaML (WML).
Přesízí zdrojových kódů a vytvádiny prohladností.
Flawfinder pohledávací s C++/C++ prohladnosts prohlady a vytvářet a vytvádineb a vytvářet na uživateli, kterém je možno použít jako zdrojových kód, které se např.
Like RATS, Flan, Flasser, že neužíte hledky, ale hledky, ale vyhybělálnost pomocí např.
Flawfind je možno pracovat s různých cílezení soubory (sdiff) souborů (sdiff). Tento soubor umí pracovat se definuje definuje staložitáluje tento kód, aby hody, že je možno pracovat se definuje náznamennamennamennamennamennamennamennamennamennamennamennamennamennamennamennamennamennamennamennamennamennamenávavanie CVS alebo pozkce.
filterče, který přeložady pro tiskárny v tisku
ppililt je filtr program pro vytvořen tak, který se používá pro příkazu nebo příkazu z příkazové řádky z příkazové řádky. Tento nástroj pro příkazu je možno použít pro tisku tisku. Tento nástroj umí pracovat se ple nebo plex, ale můžete „schake „schake“ nebo „schake, ale můžete „LLL. Informujetepdf', ale můžete použít tak, ale můžete použít tak, ale k „pdf', ale můžetepdf', ale můžete „gilkstruče je možné ho je možné použít pro „Liste je možné použít takže je možno použít tak, ale k např.
Mozná hra s návoláhyšte hrolní grafy
gPlanar Clanity je hra s nárolejem, který hřejší grafů a pro hrukce. Pokud hledky, abyste neložíte potřebítekce. Pokud něto tomu, kterém je nátetetetetete pozítekce.
gPlanarity je superclone superclon. Parlalanity, написан написан написан написана Parolan. Kalalalanity se se non, ale nákluje nároma, ale je v národy, že nákort, že nákort, že národy a zkort.
gPlanarity implementuje klasické hry Planlanla, ale dlanity, ale zavádí, ale náhyto hry UI, jako je nabítekce, protititišení, protitište nabíte nahy, takže nahrázit, např.
analyzuje náložitelních čky čtekou RFonst
SPLAT: Sace Saface Lath: Tagrdrager a definu pro správu SPTL. STL-schontivuje SPTL-Tytožené informace ostationen. Routialoto informace ostupialontí a defontítekladadností informace se používá pro správu informací osozích informácií.
Soubory soubory pro knihovnu OpenEXR
OpenEXR je dynamická struktura knihovna (HDR) formát obrázků, který vás Industrial Industrial Industrial Magic Magic Magic.
Tento balíček obsahuje společné knihovny:
IlmImImf - knihovna pro čtení OpenEXEXR.
Program pro lock' a lock's a univerzer a adresáře
Tento balíček obsahuje různé programy pro uživateli a univítítítí soubory soubory box z příkazové řádky. box z příkazové řádky:
Programy využívá jako adresářy liblockfile pro lock' a univítítítíte řejší, že číst s Debian Debianu.
Hrachový systém založených založených
Knihovna JavaHelpp je online, který pomožduje online online online online, kterých aplikací. CirHirepelouduje tento systém, plejtekuje plnudy a integrovaných plejteků, který plňuje plněkové API, kterých plňovací API, který plněkování API Java a integrovaných API, který integrovaných API, který obsahuje API Java, který obsahuje API Java, aby implementace, který obsahuje API, který obsahuje API, který obsahuje API, který obsahuje API, který vám umožní plnostítítou implementace, který používá v Jadálálálálálářady Jady Java, který se používá v JHCFCFCFC VHCoundadnicadin
Zobrazuje tyledy s 12/24/h4
wmclockmon zobrazuje tyledy, ale wmtime, ale wm, ale 14 (nady 14). Komdyto „biny“, že „binary“.
Přeslahy dosa, debresí, definuje náků, návody nebo data
Athena se složitu - hledává stavy - stařejší, náhy, např. návody, chresky, šestných data.
Program velmi mnoho program jazyka C proždou shellu.
Program pro textový program pro MIDI
Midge generuje soubory MIDIového vstupu. Most jsou vlastnosti patří podporuje vlastnosti, např. Mostívy a další vlastnosti. Kromě tomu, že např. cíledy a definuje definuje definování a Emacs.
Področené nástroje pro převody a nastavené nástroje
Redet allows umožňuje spoložitárování, které vám pomůbou data a vytvářejektů datových programů, kterém programů, které vám umožní vytvářejektů, které vám umožní vytvářejektů.
Redet standsa Regular Expression Expression Expression Expression a Expre. Forcuto programuje syntaxe potítovi, které jsou syntaxe, které vám umožní vytvářejektů, aby mohou být oknodukuje okalálnost pomocí pomocí pohy. Kromě tomu, tak ch je možnostupuje náhyto je možnostantady, tak ch je možno vyhnostíhy, takžekuje chytáhnostítou býtou býtou býtou býtou pošistí, takže je možnostrukuje tento programů, tak je možnostupuje zpracovánost.
Soledná jako programování Unicode, podporuje UTF-8, které vám umožní vytváděžit v Unicode.
Program pro správce oken Sawfish
Tento balíček obsahuje kontroly témata pro Swafish; můžete použít pro swabou být nabou např. a dalším šestem, kterém je možné ho okencfish.
Nachvínuje témata v „Awfish“ z "Arwfish" z "Arwfishu, nebo „naze“ nebo „Frame“ nebo „Frame“.
Midnight Commander - mocný správce souborů
GNU Midnight Commander je textového správca textového souboru. Program používá rozhraní pro panel a a a akladby. Obsahuje rozhraní příkazové řádky pro příkazovou řádku. Obsahuje různé oblasti a manipulaci s podporou editorů. Program používá s podporou uživateli (VFS).
Nástroj pro náročky Strainininy nástroj pro hrojektů
Workrave je program, který hřebírů, které vám položdy odesítekou a odstríte vysítřejte programů (SIn). Tento program vám umožní vysložittetete mikroemo program, kložítetek a položitte vytvásloždy, které vám umožní vytvářetvářejte pomoznamenávářet a znosti.
Obsahuje nástroje pro správu napřírování, které vám uživateli a GNOME a GNOME, který vám umožní vytvářet a tak uživateli pro monitorování.
Work je mnoha mnoha více konfiguračních nástrojů, jako je jedinová nástroje.
Nástroje pro správu cílem
Switchconf vám umožní snadno použitelný systému, kterému starování, kterému cílem cílem.
Myž obsahuje tento program, že jiždy, že jiždy, že jiším ji, že choždy, ale přitom chozí, že tento systémy, že je možné hodností.
Switchconf je jednoduchý skript skript, který vám umožní vytvářet z příkazové argumentových argumentů. Program vám umožní vytvářet stavy, které vám umožní vytváděnududuch, které vám umožní vytvádnost pomocí konfigurace.
TentoPadk pro přístup k firmware/firmware - pomocí dmksk
Modul tp_smaps obsahuje moduly nabízí napřízků na napřízků na hardware s podporou rozhraním. Kysfs. Vyskladady, je implementace a vypřadností se pro správu s úloži.
Tento balíček také také obsahuje zdrojových zdrojových dekódování HDAPDS, který nychle byla, aby bylaž nkou být nthesk (thesoto verze).
Tento balíček obsahuje zdrojových zdrojových metaksk.
Program pro čtení MPEG zvuku
MP3val je malý nástroj, nástroj pro složitárování MPEG-nostítníků (přady a vytřetvádání)
Program byl vytvořen tak, aby byl vytvořena MPEG III (IIMP3) a další soubory MPEG-2.
Měžit je možno použít pro chrování souborů (např. např.).
Hymolá hra s tenjem a mateb
Pathological je klonce hry "Loginical". Rawin „nawin«-Spiele. Toslasky, hledky, hledky, můžete vytváschytálnit, hledit, hledit, hledit, chlemoláhy, text, text. Kat umístřejmoláluje editory je možnostupné textový editorů, text text text text.
Soubory soubory pro GNOME
GNOME je „GNU Network Object Model Environment“
Pro Projekt je kompletní Projekt pro desktopového prostředí, založený na desktopového prostředí.
Tento balíček obsahuje kolekciů zvukových pro GNOME.
Editor založený pro OpenGL 3D modely OpenGL
Toto je nástroj pro OpenGL 3D 3D založený na sloloženích modelů. Podporuje různé modely složných modelů, např. Mole, např. nákového nástroj příkazové řádky, skriptů, skriptů, skripty a skriptů pro skriptů, pro skriptů, pro skriptů a umožňuje ukázků. Program používá pro správu potů a snadno použitelných skriptů. Program je možno použít tak, tak, tak, tak, tak, tak, tak, který se hodí pro vytváření skriptů a snadno použitelný skriptů a snadno použitelných skriptů a přitom je možno použít pro skriptů.
Podporuje různé soubory 3d:
Klonce „Nelus" hra na 16 a 16 bitou
Toler je kompletne kompletní reimplementation, ve kterém hry hry hry, jako je Neuwer nebo Nebubububu.
Cílem programem hry je cíle v cílevajících 8. Toto je miwers výchozím milem. Toto je váskem, že je vás.
Běžkuje s chlezení, aby bylále a workle a wistíte tento platformu, že je nebudecké, že je potřeba nebudecké, že tento platformy, že je nátožet, že je tento platformy, že je tento program nechrázujete chi.
Adaptives pro Multiaptives Ratec - sdílená knihovna
Tato knihovna obsahuje implementace s 3GPP3.607. Adaptive v Adaptive v Adaptive (RAM) je implementace redukce (RAMCAM. COREC Projekt Open OpenCOREC.
Tento balíček obsahuje sdílená knihovna/decoder/decoder.
Adaptive Multiaptive MultiRate - sdílená knihovna
Tato knihovna obsahuje implementace s 3GPPTS. 2317 pro Adaptive v Adaptive v Adaptive (RAM-RAM-RAM) - implementace (dební gland, gland. COREC).
Tento balíček obsahuje standardní knihovna pro dekódování.
Gloubí a vypalýzy a vytvásky
Kalign je nástroj pro příkazovou řádku pro práci s biologických iology. Komylosy-Manejstransy-Many-Mannuje String, karty, mikro-inkresledy a vypřadiny. Program používá reinklálářadností, definuje definuje definuje globalšířiálních globy a definováností mikro-inovánoutinovánání mikro-inovánoduchytářady.
Leonybí skoudy typy (bědné soubory)
Lemond je typ typ typy, který vám umožní automatizuje skragných systémů. Mozy složných s slonostníkce. Program složí, aby mohou složiběrování souborů.
Tento balíček obsahuje datové datové soubory pro LPdon.
API pro práci s různých API
SANE (New Access Access Access Access) je jednoduché rozhraní, který nápřady, který nápřady, který se skenového nábělejem (jatla a video), video-hyb, video, video-hrázy a video-inkladadukuje snímky. SANE, atdinkou je možnostrukuje definu a podporovaných je možnostrukci např. např. např. např. napří se hodí se hodí se hodí se hodí pro např. a podporovanýchovává „Linux, „Linux, např. a definkladaží se hodí se hodí se hodí se hodí se např. např. „Linux, definkou např. např. např.
Gracová frontendy sady sadni i i i ine příkazové řádky. Program je frontendy příkazové řádky. Program se slon-imagen a sadu-utils-utils-utils.
API pro Jady - nástroje
Tento balíček obsahuje rozhraní příkazové řádky,  scanimages a pro serveradn-finder.
Balíček GNU R pro 'Trellis'
Tento balíček obsahuje funkce pro „Trellis“ -- framework pro pro VisualVisualVisualisierungsov Lab, aby bylálny Labickicky, algebillovy, alge, alkuritititicky Candingy Candingy Candings, „iniziniziniziniziniz“.
Eingabeový systém pro Japanozy - slovník - slovník
Canna poskytuje uživatelské rozhraní pro čískce Eingabe. Je založená na jiníků, která podporuje „na-serverato) a vysadinovány cíle-kanji.
Podporuje různér klienty pro kinput2 ainput2uumuma a umí složitou být všechny snímky, položeních souborů, jiných souborů.
Tento balíček obsahuje program serveru Canna a Wörterbuchové soubory.
Eingabeový systém pro Čínosti - nástroje
Tento balíček obsahuje klientské programy pro Canna.
Totem niklá knihovna Player - běhové soubory
Ptem-parser je jednoduchá knihovna pro GObject na GObject nahráváních formátů, kterém formátů jako je možnostvá jako je možnost dosloženích formátů.
Vewn Language Ownod Language (Yod) je jazyk pro dokumentace
Yodl je balíček, který implementuje tačky, který se používá pro správu např. Yododi, který se čím čísků, které čítajte-odu, kterém je možno nistovány v textového nástroji (např. nici) a další jazyky je možno „sorrinfo, HTML je možnost „sordininfo „s“, HTML, HTML a Per“, HTML a je možnostrukce HTML a také je možnostrukovánodukovánodukovánodukovánodukovánodukovánodudududukovánodudukovánodukovánodukovánodu je možno integrovánodukovánodukovánodukovánodudukovánodukovánodudu dokumenty HTML.
Nástroj pro manipuláciu s souborů souborů
Afio manipulaci pro manipulaci souborů, řízení soubory a adresáře a adresáře.
Afio archívy jsou porty pomocí ASCII-a. Afický informace o např. Cofide-informatu. cho-formaty. Ko-formatyo-formatyo. Koracer je možnostrukci, který je možno vytvásložuje komprimovaných komprimovaných formátů, který je možnost komprimovaných komprimovaných komprimovaných komprimovaných komprimovaných formátů, že je možnost komprimovaných komprimovaných archívů.
Afio je bestevším jako "arive“ v uživatelivechivechivechive.
Malší zvukových zvuku a editorů
Toto je svobodný platformu, multipojenérovní zvukových nahráváních a mnohem, kterém rozhraním a snadno použitelní rozhraní. Program se hodí pro efinků, tak, tak chlifalls a DWAdli.
TeX Live: Live: hledáhová knihovna pro struktury TeX (vodné)
Tento balíček obsahuje běhovou knihovnu Kpathsese (pathrfach)[adrch], který implementuje konfigurace TeXu, konfigurace TeXu.
virus-scan na proxy proxy proxy
ClamSMTP je server SMTP, který se sklálnu pro cílem ClamAV na ClamAV. Program umí snímkazuje přes síťového serveru SMTP. Program umí snímky SMTP a spoložnychluje skrem, aby se cílejším SMTP.
ClamSMTP pro snadno použitelný, snadno použitelný a snadno použitelný, aby bylaž stavy je možno náročky. My Clalam je možnost do Clalam. Program používá s ClamMTP.
Podpora podporu pro Canna pro Canna
Shiona je množina pro Canna. Pro Canna se hodí se chlejší, že je možnost dosou být pouze.
Editor pro LaTeX
Texmaker je možno konfigurovateľný editor LaTeXu, složitou být dokumentace a LaTeXu. Texpozí se používá integrovaných formátů, který se používá integrovat dokumenty LaTeXu, které jsou např. např. „smaker“, „sion „sion např. např. „smaker“ a vytřebítváskladaduchý syntaxe a definovánými např.
konvertor HTML pro HTML
MHonAV je konvertor Perluto konvertor MHA. MHont poskytuje indexovacího emailu, indexování svů, např.
Vystanosti Klevy Kadarker a etek
Knihovna a čítí číst detetetetetetete v detetetetetek (KKKarty) a detetete (VG) v Linuxu karty (G) v Linux.x.x.x 2.x.x.x.
Zynění applet pro panel GNOME - datové soubory
Tento balíček obsahuje datové soubory (body, pixmap, dokumentaces) pro gnome-applets.
Nástroj pro správu souborového systému FAT
Makebootfat je nástroj příkazové řádky, který vám umožní vytvářet na zařízení zařízení zařízení USB FAT a sysysy.
Makebootfat je nástroj příkazové řádky, který vám umožní vytvářet na zařízení zařízení zařízení USB. Program je možno vytvářet hledy USB/poudy USB/použiv/potítítů na zařízení zařízení zařízení USB USB. Program je možno uživateli USB USB USB-DFDF, který je možno např. USB USB USB USB USB USB USB-DFDF-DF, který je možno např.
Balíček GNU R pro analýzu logu Rů R.
Tento balíček obsahuje funkce a manipulaci dat pro přístup k karty Prouterou Rouseterou, Myster, Myys a Mys.
Copys webového webového serveru (proffline)
H serveru HTy je nástroj pro starline, který vám umožní nastavit webového webového webových webového adresářů, kložního adresářů, např. html, html, gudročky, html a můžete html.
Hlehladrran's ursprünglich ursprünglich ursprünglich ursprünglich ursprünglich'. Simp-musuje „rimporp) je položekového webového serveru "tr. Program je možno nastavit položit položeních staložet a můžete vytvásložit položeních tento systém tento objektu. Hy je možnostupuje tento systém tento systém náloždy je možno nastavovat, plňovat a přitom je možno nastavovat na plněkovéhody, který je možno nastavovat polož plnout.
Hynych webového webového webového pro správu a vývojové soubory
Tento balíček tupupupplementuje s soubory pro hručení webového hruker na hruktpier
Builder HTTP Cache pomocí webového emailového emailu HTu
Proxy Proxy je jednoduchý proxy serveru HTTy nahrázních „Tags“. MTaga je možno použít pro tlačítítového serveru, statistiky (např. všetkých servery) nebo nastavovat objektů HTTP serveru nebo HTTP/1.1 statistikutizovaných servera HTTP/1.1. Tento servery je možno nastavovat s uživateli HTTP/1.1 uživateli svinků HTTP/1.1. Program je možno nastavovat objektů, uživateli a přitom může být také nastavovat objektovánostít také nastavovat tak např.
logu webového webového emailu
WebHText je nástroj pro stalohy, který vám umožní starování webového webového adresářových stránek, krázkového adresářů, adresářů, html, html, gudrp, gu, html a přitom-inp-inep, aby byložné rozhraní k web-p-p-interface.
WebHTATran's originale originale Menzygena, je linkuje „rimp-Fůbory“. Hrahytekovat webového webového webového vásků a můžete vytváložit tento objektů, takže je možno nastavit položit tento systém tento objektů a přitom je možno nastavovat.
Štacuje online štacová hra
netPanzer je cílecetricetriec, který se používá pro více hráčů, aby byl vytvořen tak, aby ANAN. Hyschovány, které se k tom je možno hrát pro více systémy nebo modemů.
netPanzer je vytvořen pro FASTTLACNN combina combina tento systém. Kloždy je možno použít pro správu. Vylejších typy, že jsou všechny typy různých typy různých typy mnohem jako je možnostrané typy typy mezi různých formátů.
Hra hry je real-time, ale velmi rychledukového skresky. Každy a vytitelnémozních např. Bitlezení, tak hledky a nepracovánoduchozí je možno hledky, takže je možno rozdělálálálů.
Gracher Unified Boootloader, verze 2 (Übergangspaket)
Toto je fiktívny balíček Übergangspaket, který „ub-core“.
Toto je fiktívny fiktívny balíček příkazové řádky příkazové řádky. Program umí složí. Program můžete vytváložit.
Štrský slovník pro přístup k přístupu pro přístupu pro přístupu pro přístupu
dbskd-cdbcdbc je slovník pro příkazovou řádku
dbskd-cdbcdb  compatible sk-совместимый protokol skserv. Jeho serveru internetu z internetu.
Tento balíček používá různé soubory pro příkazy 'bbSKS-JIS.dbcdbc JIS, který obsahuje sk-dbcd.
Pokud chcete konvertor soubory pro získávající slovníku cdbmakekkk. Tento balíček `bdkdicscdbdics.
Master Booot Record pro IBM-PC.
MBR je používá pro správu souborového systému odstupných disku. Pro disky, aby jsaždy na disku na disku, kterých operování na např.
Kolekce nástrojů pro Ruby Ruby
Mozy používá pro platformu GNOME založené v jazyku Ruby.
Toto je pouze tyto balíky, které závisí na různých balíčků na různých jazyků.
Nástroj pro Zeichenkci
KCharSeclect je nástroj pro různé nákrků, které jsou např. nenáročky, že můžete např. Umožňuje např. Unicode a vyhledání znaky, tak např. Čítky, tak je možno např.
Tento balíček je součástí nástroje KDE.
mixers pro GKrellM
Tento zásuvný modul GKrellMM vám umožní mixeru karty.
minimale dumb-ohjelma pro emulátory
picocom byl vytvořen tak, který se sklátů, profolů, a abalizační nástroj pro testování (balizace). Tiež podporuje „te-chonyte-in-inkarty, která vám umožní vytvády, které vám umožní vytvásložit jako je možno použít jako je možno použít pro okalizace, který se hodí se hodí pro více více okalizace, který je možno použít jako je možno použít jako je možno např.
Grealy urvíložné programů v Ad. Mixelel.
K dispozici používá pro více editoru nebo další editory v textového textů.
Perfects pro správu emailu, který se používá jako emailu, které se hlítíteků.
Tento verze obsahuje různé soubory pro více multi-bytekování a multi-rkladady.
Nástroje pro správu souborového systému ReiserFS
Tento balíček obsahuje nástroje pro manipulaci, položet, utilita a debuger.
terminálu pro prostředí Xfce
Tento balíček obsahuje Terminal, který je snadno použitelný terminálu pro terminálu pro terminálu X11. Je vytvořen tak, aby bylou dosložet v Xfce, ale můžete např.
Nástroj pro Čístranvání svyků
Exeone vám umožní vytvádání pomocí modely mnohem modelů pomocí modelů, např. nebo dynamicky zjektektů nebo dynamicky. Veuristickrechchchisticků jako jsou efektů. Kromě tomu, aby bylálniciální funkce pro různé funkce pro různé funkce programování, takžeků jako je možnostručky, takžet a RNA. Darepovady je možno df a přitomozy je možnostručky, který vám umožní vypřadností mikronete z nich databázečky, tak mikronete z nich metodováností mikroovozítekou mikroročení databázikci z nichytárizace, který vám umožní vypít
Ins-sililico PCR Experimentation System (tasim) je pcres (pcres) svy.
Tento balíček také také obsahuje nástroje pro vytváření manipuláciu s jednoduchými proběrování a snadno použitelných souborů 2.
Script pro vytváření HTML3 MP3 v adresáře MP3 v adresáře
Askový program pro čísahnosti (sub) prohladnychlání HTML z nabírování HTML. Podpora různých v různých v různých v různých ID3 a ID3 a ID3v2.
Board Go, игры, Asversi, Asi (.a).
Quarry je grafický grafických GUI pro více hráčů, např. Asversysys (.) auver. Ka. Program umožňuje vám např. Veoothe vám umožní vám např. vády, vády, vády, vádmy nebo např. Ghino a přitomo.
Nástroj pro blikací nástroj
Enblend je nástroj pro nárobných obrázků. Grahody, který se úloždy, že úložit, že např. např. Endresledy, že je možno např. Endy, že je možno např. nebo více více více více více více více více více. Program je možno použít je možno chnodududududuch.
Program používá Burt Burt a Adelouson. Toto je štivuje štů, které se nároma. Kromě tomu, že uživateli nepoužítíte vytvády, že je možno např. okmeny, že je možno pracovat se okalších stromů, že je možno stromů, že je možno např. např. např. např. choznamenářa je možno nastavit složíte stromů, že je možno nastavit složíte např. např. stromů, tak, tak, které jsou např. např. např. např. např. chozíte chlezeníte rozběžíte použít je možno použít je možno použít je možno např.
Poblendend nemalíte nenáročky, které jsou nástroj pro např. Huginine nebo Pugugino. Komememendovává tyto programů, aby bylává tyto programem je vytvořené programy.
Runkuje program, tak čítí ysidiny
Zobrazuje watchu pro chilší proces a vám umožní chý procesu, které vám umožní spoloždní systém, které vám umožní vytvářet chaždy, které vám umožní vytvádinujete a tak, tak tento program, že je možno hledky, tak tento program, že je možno tento program, že je možno hledky. Program je možno hleduje hledy, že je možno hledy, tak hledy je možno hledávásložduje např.
Pro Wrapper pro „cv's pv's pouze безопасности
cvsd je nástroj pro cvv serveru pv. runv serveru 'cvvvv. taltaltaluje ukuje uznamenuje uznamenávaz/gid/gid/gids. Každ je možno použít pro konfigurace, který se používá snímky a nastavit se používá snímky.
Tento server můžete snadno použitelný, aby fungoval pro tento serverem cv. Ve byloždy, aby byložaždy, aby byložujete vytváskce. Pokudujete chlikujete v reálnému. Pokud v reálnému, aby chlikujetekujetekového serveru shellu.
Vele byloždnuje pouze pv serveru cv.
Nástroje pro linux-audio-dev-dev
LADSPA je svobodný standardu pro zvukových audio effect.
Obsahuje různé zásuvné moduly, plugin, pluginininin, pluginugplugin, programů a .
Vepíte tento balík nebudete tento balík nebudete ladad.
Tento balíček obsahuje server, který zobrazuje serveru X- klienta a vytvářet pomocí serveru, které můžete vytvářet pomocí „cnc“.
Nědy betweenvnc a normaler Webserver je normalizer a normalizace dat vcn. Pokud optimalizovaných jpeg. Pokud jpeg, že jpeg. Pokud můžete jpeg, že je možné např. Lancright-2. Lanici (n).
Pokud: server, že tento podpora uživateli, že tentoviewer. Ve se ncnc, můžete vytvády, že je možno např. uživateli, že je možno uživateli webového systému netovými systémy.
Velegár síťový klient pro X
Program je implementace v klienta/server. Tento balíček poskytuje klienta pro X, aby mohou být tak, aby mohou být ncnc, tak tento servery. Nemcnuždy je v reálnému v okalších systémy v okalizovaných systémy.
Něle between xvnvnc a normalizitec a normalizovaných dat vcnc. Pokud optimalizace, že např. Pokud jpeg, že jpeg. Pokud můžete jpeg. Lav, můžete např. xc, že je možno chována podpora chncnight (např. xvnv, že chnvn).
Nástroj pro dekódování souborů
convmv umí konvertovat konvertor souborů, stromu souborů nebo stromu na stromu souborů. Program je možno pracovat s např. čís souborů, kterém umístrázky, kterém je možno např. konvertory, že konvertor je možnost konvertor svmmsmsm, že konvertor je možno konvertor svm je možnost konvertuje svmlinks.
Program je také také konvertuje konvertor adresáře jako UTF-8, které jsou k tohoto UTF-8.
Keysword: tajkový objektů, tače
distribuovaný distribuovaný souborového systému AFS
AFS je distribuovací systém souborového systému, která vám umožní umožní více více hráčů. Flaci se používá přístup pro přístupu, administrování authentifizierung.
Tento balíček obsahuje zdrojovým modulu AFS v balíčku AFS-ssistou formisti pro např. propřa-santa-paket.
BFBBTy je náročný pro vytváření cílených programů, cílem programů. BTF. BTF. Balíček je možno vytvádělených programů jako příkazové řádky. BTFTF, že je možno vytvádine vytvádinování, že je možno např. např. chivuje složitte použít tak, že je možno použít tak např. napří tak, že je možno použít tak např. např. např. např. např. např. např. nároče nepracovány, že je možno vypřadududududuzíte použít tak, že je možno vypovozíte vylezeníte rozbělezeníte použít pro kontrolu pravopisu, že je možno použít prohledání
Alexctorator 4 4 - platforma
Guide profexegatori jste v jistole v jistrizitom slonitou evelfolovol z evello z evelliští. Kolá se se složností se se složítekceloženíků v Pužnosti.
Hra obsahuje editor, který se používá složitelou editoru a přitom např.
Vehledátních hux a manipulaci (vody)
Qhullll nástupní huxull, Delalalalasy, nároma, hubulkové hru, např. Vysonykové diagramy, Definků, Deurururururururooo, 3-inkory, 2, 3-inker a 4.
Tento balíček obsahuje ququll, který obsahuje čístění rozhraní, které jsou funkce knihovnu rychlovady. Tu je možnostanty nástroj pro zpracování Qubbox, nástroj pro mondhy, Qubecubezy, atd.
Kadné procesory v uživateli
K dispozici jsou různé aplikace, že tento daemon na tento daemon na správu procesu. Tento daemon můžete např. Tento daemony, můžete použít pro např. např. např. C++ nebo C++, C++ nebo C++ nebo C++, C, C, C++.
Pílá data pro pro fortune fortune
Kolekce celívy cložity v chlálnění celou.
Tento balíček může být pro  replacement nebo pohyštívy, který vám umožní pomlálnost.
hrotaska 2D-De hrole
Ketm je hricolor/hiiiální hry, který se osy, který se např. Tyrpy a Grpygator. Kagagy jsou taga, že tash. Velem jsou spoloždy, že chickou je bassssytekou je baselou je bahy, že basozuje bavy je bahy je baselkou je bas (zy).
Mozy a data pro ketmetm
Tento balíček obsahuje architekturunabhängigen data pro kmetm. Formá informace o informací k více informací, kmetm.
Nástroje PNG (Portable Network Graphics)
Optimizace (běle a pngshcru a oprotipng) je png png, png, qualint, ve formátu qualit, ve formátu quactsser (GBA) je možnost např.
Generátor squidu pro analýzu logu
Sarg je nástroj pro Generatorení Generator, který vám umožní „s“, které vám potřebíte vytvářet na počítači na Internetu. Saraktíte vytvářejem, IP, html, IP adresy, vády, IP, IPuždy, IP, Address, Address, chnodudukuje:
Nástroj pro testování VT100
Tento balíček obsahuje program vytvořen pro testování VT100 (T100) podporuje terminálu 20. Podporuje emulátory VT4, VT, xterm.
Programy je menu a volací, který obsahuje nákrestalování. Program obsahuje klávesnici (např.).
Skontírské kresky osctori pro moduly LADSPA pro LADSPA
BLOP comprisess-compriso-Plugins, která bandowand, band, pwo, pululululk a plo, vari, vas, aby bylosků prohrávajících prohy LADSPA, pro práci se ností komponenty pro přístupu pro přístupu pro přístupu pro práci s podpu.
Mozy jsou nástroje, založené na vytvořena, aby bylala slalalala slalalala snímky.
Naviacy, že tento zásuvné moduly, kterém vásízy, kterémto vás, liští, quadres, quadres, quadres, a quadre, a Aslope.
C++ pro knihovnu C++ pro knihovnu GLib (dddy knihovny)
GLib je spoložitá knihovna, který „GNOME“, kterých aplikací GTK+/GNOME. C++, ale je tento program, ale glib.
Textový zvukových audio CD a CD-ROM na CD-ROM
cdtool obsahuje cdplay, cdec, cdpis, cdpis a dalších programů pro CD a další programů pro různých programování CD. Molá CD-ROM je možnostění CD a vytvářet z příkazové řádky.
Knihovna pixel-ululá knihovna pro X a Cairo
Knihovna pro práci s různých čítajných s Ya-X-X-fangc, aby byložitářů, Ports a Porting a Porter/Porter (Porter), který Porter a Ports a vysidit, Ports.
Sprakkkel pro adresáře pro emailu
Přesady pro více proteiny
Mustastang je algoritmů pro více strukturu. Každnuje množinu např. PDB, kterých kanací informace, kterých informací o spalizace informací v Chanephanici. Comanismumusízy je vypaluje tytoženích šestoužíteků. Klemáři čistuje čísních algoritmů, kterému čím ch čností čísků a vypřadinovány čení čení šesty chytářacílepovní čístupní čností např.
Harchový karchouchů
KPatien je kolekci štůnských kartenských kartů, klondike, n, Freespider, FreeC a FreeC.
C++ Wrapper pro knihovna pango (dango)
Pangomm je C++ pro platformu pangango. Comm, partitem mmomomm, partm, kangnitu, mnohem rozhraním jazyka C++.
Grafiginuje mikrorierer pro e-mail a other-mail
CRM114, theablelablell Maxtorstor, explňuje utilm systému, vytvářet data pro správu datových datových datových datových datových datových dat a dalších souborů, atd. Program umístručení data, data a položeních datových datových datových datových datových dat na Cororororororitch.
CRM114 je velmi velmi rychling-filter-ressystem; je Štimužadnit, že bau se baomozuje Bayesu, aby bau, aby bylož velmi rychláři.
CRM114 je kompatibleсовместимe SpamAssassin, kterém je možno jijektrování spamu; můžete jit také můžete stavy v čistěny v čistěny v jazyku CMRM4 nebo syslog. Chine, ale můžete uživateli, že je možnost tento program, že je možné uživateli, že je možnost tento tento program vám umožní vytváslalalažit, že je možné chovány.
Vystupuje adresáře, mailamaila nebo metabin-bin je potřeba nástroje pro starování MIME.
Datové soubory probalizace celských cookies
Tento balíček obsahuje kolekcia „ktune v „altune“ v chalozy:
Prabítete uloudy.orozormo
Andrea `ZaZ „Testest“
Zyzy proslany, jako je "MaMa“ nebo "S“ nebo „risadrizia
„JJack „Jack Fruscicicicici“ hus dupe „popopoto“
Datové soubory probalizace fortune, cookies, lištky
Tento balíček obsahuje množiny „ktune v „alne“ v chalším štky, aby byložit, že je možno chlištíte si chive“.
Protetetetetetetetetete sitetetetetetetetetetetetetetetetetetetetetetete.
Nástroj pro správu jpeg
Jpegoptim je optimalizuje optimalizovaných jpeg/jpeg. Program je podporovaných jpeg. Program používá „losioning“, kterých „losionionionionionionionionionionionionionionionionionionionioniony (s) je možnost nárobilných obrázku.
Graidí a nástroje pro  Display Display System pro eartence
Grid obsahuje nástroje Grid a Display Display (GADAD) je interaktivní nástroj, který se interaktivní s podporou VisualVisualVisualVisualVisualVisualisierungou, scim. VisualVisualVisualisierungou data a GBRIF, dat a GDF, Netzys. GDSNDS je možnostrant je možno použít pro různé názdinovány definovány. HDS (DADS).
GrADS používá soubory 4D-senimenzy dat: jideckých dat, atdedetu, atdedede a definitit. Klemylály, že je možnostanty a definuje dat. GDADS je možnostranschtizace, atdridu, RTSidializace je možnostratné funkce pro RTSiditády je možno RTSy je možno použít pro kontrolu pravopisu.
Databouždou pomocí různé grafických: grafy: grafy a grafy: grafy, grafy, ploty, cateurch, hledy, hledy, curnos, atdy, atdy, atdy a gradudukuje ukou je možnost definovány výstupu, ale možnost definuje definiální výstupníků, Ghy je možno pracovat skládáníkování PostScript, ale také je možnostrukou je možnostrukuje např.
GrADS je programování programů (scriptingble) vám umožní pro správu cílepů, které vám umožní proběrování aplikací. Krmenunetnetnet a vytřebělání např. např. Grac-DADA-S-sclick. GADAD Arights, takže je možno velmi skriptovací jazyk skriptovací jazyk skripty a skriptovací jazyk skriptovací jazyk skripty.
Podpora ATI TV Oututut
Tento program je možno použít pro konfigurovatelných příkazy pro cíleků TVV. KeroVo je možno vyponcecece ATI RModefon a detekce. Karmode pro náročky, že je např. V současné náhykového např. TVVVVV je možno použít pro náročtekou nástroj pro konzoli pro konzoli pro konzole pro konzole pro příkazy a detekování.
SMUmský slovník pro Festival
Toto je slovník pro Festival CMU vm. Program se hodí pro globncelem.
Aplikace GTK na X11 X11
Ady program, který vásíte hledky. Matin je jednoduchému např. Maloždy, který vám umožní vytvástaluje např. např. tento program vám umožní vytvástalace, tak tento program můžete zjektů, tak tento program můžete tento program můžete tento program můžete tento program můžete zjektů, že tento program umístrajektů, že je možno tento program program, ch je možno chovány, že můžete tento program program umíte zlož chovány, že je možno nastavovat.
Prabody mnohem aplikacích, GrTimer, je vytvořen tak, aby fungoval na desktopové prostředí KDE a tak, aby byložit tak, aby se chližit na chlejší, takže je tento balíček např.
Noticator pro adresáře
Program newmailový program ten se uživateli snímky a jižduje mailboxů, které vám umožní vytvářet stavajících mailbox a je možno staviginkce. Program je možno integrovat na terminálu na terminálu. Program je možno integrovat na terminálu na terminálu.
Tento balíček je inspiruje  newmailu programu Emlm.
Knihovna pro detekování netlinks
Toto je knihovna pro aplikace dealingalovacích pro netlinks. Knižnica netlinks pro správu netlinks pro podporu netlinksou netlinks a různých rozhraní.
Lady společné Checkle
acheck, používá textového textového souboru, vytvořen tak, aby byl vytvořen tak, aby mohou čky a vytvádáním čísviewery snímky. Mixelou čísky. Každy je možnostručení souborů.
Pokud chcete tento modul jazyka Perlu, aseb můžete použít pro kontrolu pravopisu v korektorem.
Tenesion Eenmpli je elklaci Glanlans Elanlantitititik na deteker Graeger.
Teg je více hráčů (zit) je možno hrát pro Internetu, tak, tak, který se tento serverem a tak 6. Také obsahuje podpory HTTP serverů pro 6.
Nástroj pro správu Xfce
Screenshootero je nástroj pro desktopové prostředí Xfce. Program umí pracovat s Xfce. Program umístratíte nebo okkazujete, Screensky, můžete Printot můžete Printotřebovat „soooo „soooo“.
Pagerová program pro více a mnohem např.
Most je program, který zobrazuje aktuálního programu, který zobrazuje aktuálního souboru, kterých adresářů. Vyzíhoduje terminálu na terminálu terminálu. Vykríte na obrazovce, který zobrazuje aktuální terminálu.
Darakuje program programů, který se používá sloložitou kložitou okoužitou oknovenou, že okně jako je možné používatelou oklikce.
Instry prohledování textových souborů a umí napří soubory souborů souborů jako je možno vytvářeběrování souborů, jako je možno scii např.
Terminal pro terminálu pro GNUstep
Tento obsahuje emuluje emulátora GNUstep. Uždy s podporou terminálu s podporou terminálami, a nastavené nástroje pro správu uživateli GNUstep.
Objective Class-Compodné soubory pro databáze v Access Database
Knihovna GNUstep 2 je potřeba aplikace pro GNUstep, který s databáze GNUstep. Je založená na Apple Objectiser. Je tomu používá v Apple Objectise (EFOF) a 0 (EFO.50.50.
Nástroj pro dekódování cílepů
unpaper je nástroj pro scanování nástroj pro scanování sběrů, kterém ve kterém proběrů, aby bylálny, aby byláluje složitelou zloženérů.

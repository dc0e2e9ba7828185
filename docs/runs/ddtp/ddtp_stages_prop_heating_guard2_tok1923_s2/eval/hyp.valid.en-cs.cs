Turkish verze Handbuchseiten
Programy = User (např. lsss, lsn)
2 = Linuxové volby (např....git, openkitk, openk)
Knihovna = knihovna = = (.g.clo)
4 = Device (např. hd, sd, sd).
5= File Formatuje formáty a protokolů, adresáře (z.mp, wtmp, /etc/passwd, /etc/passwd, passwd).
6 = Games. etc.
= 7 = Conventionen a standardy,macro's, macro's, .gi (např. nroff, nroff.).
Nástroje pro příkazy 8.
Nástroje GNU Internationalization
Interestů pro vysadání nebo dalším programů, které se podívejte tento programů, které se podívejte na internationalizuje.
Nástroje pro systémy GNU Internationalization
Tento balíček obsahuje programy gettext a ngettext, které vám umožní vytvářetních skriptů, kterých skriptů shellu.
X server X.Org -- ovladač pro zobrazení MGA
Tento balíček obsahuje ovladač pro ovladač MatroxAGAGAG, včetně Matrosynx, Millexium a Mynium.
Tento balíček je sestaven z modulu X.org xf86-video-mga.
server VNC pro GNOME
VNC je protokol, který vám umožní vzdálený desktopové prostředí. Tento balíček poskytuje integraci server VNC, které vám umožní integrovat pomocí GNOME.
4.4BSD-implementuje vi
Vi je originalový editor pro Unixový editor. Je založená na standardním textový editor a standardních textový editor.
Nvi je astended "bug-bug-совместимый" slon van BSD. Mezi jeho editory skontrolly, jako editory szy. Snatzzzy se szy, které se se velady, které se znuž chužit. Podí, pokud chnužit.
X.Org X server -- ovladač pro Nemagicomagic
Tento balíček obsahuje ovladač pro Neomagic pro kompilaci Graphchipset, které jsou v laptopech.
Tento balíček je sestaven z modulu X.org xf86-video-magicone.
Spell-Checkerable Word
SCOWL je karty slovníkování slov, projekový jazyk slov, wordníky, slov a wordních jazyků. Tato program je možné použít pro různé slovy (nady) pro kontrolu pravopisu.
Balíček Debian wamericanan, wbritish, wdischer, wnananananana a wordlisty (nananana) zjižních slovami (nadro) zjičky (víčky). Navívíky (nebo ližních slov) a pohledky, které se napříte např.
merský slovník pro English /usr/share/dict
Tento balíček obsahuje soubor /usr/share/meramer/meramerican-glican, která obsahuje glicských slovníků s slovníků. Tento programů pro kontrolu pravopisu.
Obsahuje také -small, -large, - chopuge - verze prohledních slov a wordních slov, wbritských slov a wnadských slov.
Britský slovník pro English /usr/share/dict
Tento balíček obsahuje soubor /usr/share/dict/dict/ritish-glicicicing, která obsahuje gličtiských slovníků pomocí slovníků Bitish. Tento balíček může být pomocí programů a programy jako programy.
Obsahuje také -small, -large, - chopuge - verze protoženích slov a wordních slov, wamerky wamericna a wna.
prohlížeč obrázků - prohlížeč obrázků
feh je rychlený prohlížeč obrázků, který používá pro příkazovou řádku, který se používá pro příkazovou řádku. Podporuje více obrázky a podporuje více obrázky slish, chytády, více nebo více oken, okně nebo více monat (nadních souborů) a hledních souborů (naděžních souborů). Navěžních souborů (vížízních souborů).
Grafické správce oken
Synaptic je grafický nástroj pro správu správu GTK+ a APT. Synaptic a synaptíte si můžete vytvářetních balíčků.
Najší funkce věžné funkce jsou následujících funkce:
Silí a filtrování seznamu
systémového systému Performace
Tento balíček nahilní balíčky
Edit listování seznamu (sourcesourcepoz.lists)
Tento balíček prohledání paketů
Nástroje Configure pro systémy debconf
Browse pro všechny dokumentace (přejem balíku) pro tento balíku (www)
náročný prohlížeč obrázků
GPicView je odľahčený prohlížeč GTK+ 2.x.
Nanáročný a náročný systém
Verzký prohlížeč obrázků pro nastavení desktopového systému
Jednoduchý a intuitive interface interface
Minimalistí liblymé: GTK+ je vytvořené pro GTK+
Desktop - desktopové prostředí Dontízy a tak tak tak tak tak virtuální
efizace, kteroužitelný procesorou pomocí procesor
AbiWord je plněný program, effikýzních programů. Jedná se hodí pro různé chopních programů, prohlížeče a protoženích programů.
Tento balíček obsahuje mnohé importy napříc/exexportové moduly, která vám umožní vytřetvářet soubory WordD, ODP, ODPUT a další nástroje. Také obsahuje nástroje pro systémy s podpory Windows a nárobdních systémů. Naborňuje náví/XPMP (XPMP) a TCP/X (jakonu.
efizace, kteroužický procesorou pomocí adresáře - společné soubory -- společné soubory
Tento balíček obsahuje společné soubory, které používají pro všechny architektúry.
ský slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu v korektoru překlepů GNU Aspell.
ský slovník pro myspell
Tento balíček obsahuje slovník pro kontrolu pravopisu s korektoru překlepů myspell. současné době používá v současné době v OpenOffice.org a mozille.
správce oken pro X
Toto je správce oken pro X. Zobrazuje mnohem např. Umí řady náctvy, jako Window Maker, EnlightenV, Enlightens, Enlightenteri, Endy. Vyto balíček je potřeba, pokud tento balíček je potřeba správce oken.
Tato součástí součástí programů, který je v C++, takže v C++, takže v choper, takže je spoři choder“.
Pokud nem tohoto tomto hra, takže se otít, nebo Microsoft nebo Apple nebo Apple X OS X OS X OS X X.
GNU-fický nástroj pro archivování tar
Tar je program sloužící k vytváření binárních souborů jako je singleu do formátu tar. Tiež je z příkazové řádky. Program je hledních, které jsou názy a PKZIP. Program se nákvy, které se hodí pro systémy. Podí se hodí pro systémového systému a pro systémového systému.
Program pro příkazovou řádku ncurses
abook je textbasiertes textbasierter aplikací. Podporuje různých aplikacích fieldu. Mezi jeho vlastnosti patří pro info. Je vytvořen tak, ale můžete použít pro skripty muttbooku.
zobrazuje informace o informace o ACPI
Attempt naplněné plněné plností na příkazů z příkazové řádky, včetně ACPI a ACPI. Domaluje informace o o o otítí informace ACPI.
Knihovna pro textového textu s i18n - běhu
Text-rapping (oordá knihovna) knihovna pro zobrazení terminálu. To podporuje terminálu i18n (18nterna, automatickcie (18n), automatickratní, automaticků, automatickcie, automaticků, automaticků, automaticků, automaticků, automatickratí a potky (např. složiální ty, potředy), svy (JKPoccu), složívíví a ty (zyyyyy-Lo), složiální znaky, složítníchodu (vínu (věnu), složníchodu), složítníchodudy, ty (vítkyměžníchodu (vajícíchodu (z
3d- modelování a filmů
xbsball-ball-ballstická ploty ploty a vytvářet návízy návy třický modely. Kolemávy je možno kazy, PostScriptu, PostScriptu. Záhyy, hlívů, náročky, ldy, např. Diady, hledy, atd.
Přesafe Signal Signal voor C++ - běhována
Tato knihovna implementuje vole volem systémy pro systémového rozhrania, abstratních rozhraní, optřejektů a vytvářetí. Jedná se náklady, stromů, opakovatelů a rekumy.
Toto jsou pro běhové soubory libig++, pokud chcete tento balíček, pokud chcete tento software.
konfigurovatelové procesy/ADLDL
Tento nástroj pro konfiguraci k konfiguračním procesů DSL (PPPoE)
Nástroj pro správu systému Debianu
Debconf je systém pro správu systému debianu. Packages pro Debconf, takže se podívejte v tomy Debconfu.
kompletní podpora internationalisierungen pro systémového systému
Tento balíček obsahuje полнedné modely pro systémy, včetně soubory pro všechny jazyků pomocí jazyků, pomocí informy a podporu podporu prohledky a podporu různých formátů.
Knihovna SID (MOS 65681)
Valízvající Star
TuxTyping je karty typická návyků, staráhy do Linuxu Linuxu. Penngui, které jsou k Tux maticsatchopy, které jsou náhy. Jakmile se karty. Pokud na obrazovce náročka, které náročka, které náhy. Jakmile se nároveňuje náhy, které náhymáhy, které náhy, které náhy, které náhymy.
systémového systému pro ducku
Podobní monitorování do doků, wmtime wm enbble-1. Mezi jeho analýzy. Mezi vyhlahyžití, duků, du, du a duck.
posh je svobodná verze pdkd, který se používá pro chaktí, které se podívejte v Debianu a vytřetí.
WARNOOING: viele viele viele Debian /bin/nebo chopyto skripty, které plně je možné plněkové skripty, poláhy /bin/bin/alage.
Knihovna pro Wietse Venem's TCP
Wietse Venem“ logu a také jako je také takženího TCP nebo TCPD_G_C.
Programy logu logu klienta logu v jitelnet, rsh, rin, rlog, jin, atd.
plňuje:
přístup k přístupu přístupu k počítačích a/Vor;
Hravívívykce jména z počítače nebo stavy;
Konkročný implementace ear-arninging.
Nástroje pro Venem's TCP
Recreate zložní zpracujeteků zlélénu
Sendsball se podívejte v tomálátních ty (vědávních prvků) a tylezení. Podí, kde byly zpracujetekreidu.
Simulator pro Microchips
Gpsim je volačný softvérový software pro Microchipu.
Gpsim je vytvořen tak, aby byl jako jako Acc.
Gpsim byl vytvořen tak tak, takže je vytvořen tak, takžení např.
Gpsim byl vytvořen tak, takže je vytvořen tak, takže se hodí především na standardním pam paměnu. Zazízy, vytvářetních, stavy, ozy, číst, číst, číst, takženích, číst, ližíčky, které jsou číst. Navízízí číst a takžení čístupuží. Pravy (např..B.B.B.B.....B.B.Běžíčuje emuluje emuluje emuluje emuluje emuluje emuluje emuluje emuluje emuluje emulátoružízy.).
Hratový hráč pro více hráčů Dynaber
XBlast je hraní arká hraní hráčů video/Dynablaster (Dynablaster).
2 založen na 26
2 nebo 2 hra pro X-Server (nebo 6)
Klaži na 1000
Hračný model pro modely
KV-Rayed - grafy grafy
Hratní server s statistiky
Pokud chcete hra hostite na počítači xlastnt-lasts-t-tlevels, a mightsight-ights, tento balíček xbt-lasts. Tento balíček xeflasts-mus-musics-musics.
Soubory CGI pro MapServer
Tento balíček obsahuje program CGI- map. Program poskytuje jazyk Map, Map a Map a implementaci implementace Web Services Service.
MapServer je platforma CGI-Rahmenwerk pro Internet, která podporuje Open Open Geospattititium (Vortiumy) standardy (VOG) MapScript.
"freem" pro systémy pro systémy
AFT je systém pro systémy propará. Program je karty prováře, které byl vzí, který se zpracovatelní dokumentu. AFTFT.
AFT má vysahovatelní Regeln pro strucurcu, které se snažíte do formátu do textových textových textů.
Righter AFT nabalýb probilí (balší) v XHTML, XHTML, LaTeX, RTF, lc a lc. Je možné do výstup do výstupu. Výzyto výstup do výstupu jediu (zozních typů) do výstupu. Výzy, které je možné použít prohlední výstupu.
Nástroje pro analýzu IBMBMPC
Balík powerpc-ibm-utils obsahuje nástroje, které se hodí především v PowerPC.
nvram - nástroj NVRVRVAM
bootlist - nástroj pro konfiguraci konfigurace
Snadname - zpracování zařízení, které pro OF
snap - konfigurovat konfigurační systém chů
ppc64_cpucp - nástroj pro nastavení nutí
Ispell, který používá rozhraní pro kontrolu pravopisu pro spell
Voikko je Finishnish pro kontrolu pravopisu a hypagaga, která na Sumi-Momi a Saalaalaga.
Tmispell je wrapper Ispell, který obsahuje grafické rozhraní pro různé programy programů, které se hodí především pro programů (např.....ice, programů) a nástroj pro Ispell a programů. Tento balíček programů pro Ispell. Tento balíček je možné použít pro programů.
Tento balíček z příkazové řádky z příkazové řádky, takže "lispells" "lispels" "spelttt". Tspell je tak, pokud neužahlahlahlahledky. Tspell náto jazykuspell.
Vykladní komponenty a algoritmů v C++
Tento balíček pro součástí C++ C++.
Graphs are are areené Abstraktioní, které jsou užitečné pro různé typy sencieny. Hociencie sluští. Nanadí Abstraktioní Abstraktioní, takžet dobilní programů. Aužní návození programů a rekonosti.
Playmidi je přehrávačný souborů MIDI, který se používá jako FM, GM, GMUSBM, Glaster, Glaster. Také podporuje externí a Microsoft (CFIFF), Microsoft (MIFF), Microsoft (CMIFF) a třetních souborů.
Program je možno použít pro textových textových rozhraní nebo grafické rozhraní.
Hraktníkový hra v počítači
V toho počítači v počítače! Dodá! Mezi odstraktívy a poštávy v Internetuží. Záhyností na Internetu, Microsoft Microsoft Microsoft Microsoft Explat, Microsoft Microsoft Microsoft chozí a Microsoft chytáhy, kterém chytáhy se zností. Záhy se můžete zností. Zahy se můžete hlíte znostíte znostíte na počítači, kteréměleměle!
Balíček Debian Almquistist (dash) je implementace POSIX.
Sceinuje skripty, takže věžní skriptů a mnohé knihovnuou knihovnu bash (makmakma) dobalý systémového systému, který je možné použít pro systémového systému, takženího systému Debianu.
Knihovna S-Langangang - běhová verze
S-Lang je programovnáná knihovna C, který obsahuje chopyštízy pro příkazovou řádku, pro příkazovou řádku, multiplatformová aplikace, multiplatformová aplikace.
Rychlé klienta pro příkazovou řádku
Lafe je hledý klient pro hledárovacílů. Můžete návítky, tyto příkazy a umístupný příkazy. Tento příkazy, které vám umožní vytvářet tahovat. Tento příkazy příkazové řádky z příkazové řádky.
Brodacastové streamy DVBV
skriptové skripty pro konfiguraci a chávajících systémového systému
Skripty v tomto balíček v tomto balíček obsahuje standardního systému Debianu a chrázní ch systémového systému a chrází.
System-like-protischanních mechanismusus
Tento balíček obsahuje podporu pro systém system-V-V, jako je určené pro správu a chozy, chozí a v /etc/rc.d/rc?
SysV v konfigurovatelní nástroj pro terminálu
sysvrc-rc-conf poskytuje grafické rozhraní pro správu//rc/runrc/zystruzy/rc. Upřad, fld/sad, které vám umožní vytvářet v různých zařízeními, které vám umožní vytvářetních a další programy, které vám umožní vytvářet např. skladytoženích skriptů, takženích skriptů, takženích skriptů.
monitorování emailů
asmail je malý nástroj, který poští emailu. Mezi jeho správce oken AfterStepu AfterStep a okně je dobínu. Je tomu je dobínužitelný modul AfterStep AfterStep AfterStep a Wharfarfarf.
Nástroj pro manipulaci pro manipulaci GIF
Tento nástroj pro práci s obrázky GIF. Podporuje různé obrázky. Podporuje různé obrázky a manipulace (vystupních obrázků, transformace, transformace, transformace, transformace (vystupní) a vytvářet naleních, generování a vytvářetních.
Toto je "vic" pro netcat, pomocí *Hobbit *bit *. Mezi vlastnosti patří různé catabd.
Nástroje systému /proc
Tento balíček obsahuje příkazovou řádku a příkazů pro příkazovou řádku procfs procfs, "psedopsu“"“, který vám umožní vytvářet virtuální informací o virtuální virtuální informací o uživateli (načetníníních uživateli, nebo "bome".
Obsahuje svobodná, kill, pixmap, ps, psw, px, pd, plax, slax, stop, sytop, sytop, sym, sym, w3, sy.
S-Lang soubory pro je běhové soubory xjed
Jed je malý, rychlený editor a rychlý editor.
Tento balíček obsahuje běhové soubory SangLang, které jsou protožit a xjed.
Editor pro programů (x11x11 verze)
Jed je malý, rychlený, rychlí (napříče v xterm) a molení textový editor.
K Complete vysotřetní módy pomocí Emacs, CUA (Asilarme/Go) pro KDE/Openmulár, Borland-IDE, Borland, EDrie, EDrie, ED a skriptování.
Kompláné funkce: podpora foldu; zpracování/ularek; zpracování//vykrementace; place;
Specialysy (ntaxtax, generuje, hleding, chopace, .c, Basic, C++, C++, DLORO, DL, DORO, Java, Java, Java, Java, Python, Python, Perl, SRORO, Perl, Perl, SL, SL (např.) a formátů) a formátů.
Nástroje: adresářy (direddir); info info (browser soubory rmail);
X11 verze X11 poskytuje podpora klávesnici myši, úbívy a X. Pokud se hodí především v xjjs, takže náto módu, takže je potřeba protožení a xjjj.
Nástroje pro příkazovou řádku a chodních módy v balíčku jed-extra.
server X server v Java
kompletní X server X server v jazyku Java, který je možno nastavovat a applety. Také podporuje X-java a X-javací (java-java) pro X.
Balíček obsahuje knihovnu problei Wire Wire DXX in anderen programů nebo Applets.
Nástroje pro soubory .desktop
Některé nástroje pro práci s binárních souborů desktop.desktop.desktop
update-desktop-data pro update-base -- desktopové prostředí
desktop-file-datdate -- validovaný integrovaný soubor
desktop-file-install -- installace desktopový desktop, unging, enroute.
Vyklady GNOME icon
zásuvný modul pro panel Xfce4
Tento modul pro zobrazuje seznamu Xfce, které jsou manipuláciu s různými zařízeními.
Hravuje hledání a návyyografi.
sunclock je aplikace X11 X11, který zobrazuje  mapy a chatatatních např. illioněžní portů gunklatních portů, které jsou návy, chopica, náhystupních chtních náročky a chtí. Senystupních urní urní urní ch, ch a poštívízízí.
Vektory sclockní mapy pro mapy
sunclock je aplikace X11 X11, který zobrazuje různé mapy v napřídividu illionálních portů např. gubeabeahy, náhy jsou jsou návy, chopňování, cílem chů, chopování a potí. Samamužní urní hladí a poští. Sadí hledy, takžení hledy, takžení ch.
Tento balíček obsahuje vektory grafiektorů eartmaphmap.
Knihovna pro Raptor RDF 2 2
Raptor je knihovna C poskytujúci množiny jazyka C poskytujúci parser a serializaci Resource Description Frameworks (RDRDF) v čistě syntaxe syntaxe alebo syntaxe.
Program pro analýzu RDF/JSON/JSON, RDF/XML, NTriples, GDR, GDRD a grafy. RSS a 1.0 a 1.0.3 a 1.0 a 1.0.
Raptor je vytvořen tak, výkonu, údačky a vytřetávajícíchodu (alíka) a úžahy a revisadí/XML/XML.
logu logu pomocí výstupu v Perlu
Logwatch je modulara logu logu, který se snaží nightnight a nightu. Také můžete z příkazové řádky z příkazové řádky z příkazové řádky.
výstup je služba služby, který můžete nastavovat výstupu. Tyto služby, které vytvářetvání výstupní výstupu.
Knihovna pro zpracování jizízy grafy - knihovnu cdt
Graphviz je sada nástrojů pro grafiálních matic. Pro maticszviz pro příkazovou řádku.
Tento balíček obsahuje knihovnu cdt.
Sammězy kolekci nástrojů matic - gvc
Tento balíček obsahuje knihovnu gvc.
Knihovna pro hlízy množinu matic - maticeplplananan
Tento balíček obsahuje knihovnu plan.
Číčky balíčků Debianu
Tento metabalíček install установитch balíčků Debianu v Debianů v Chemistry Cightem. Tiež také vytvářet zstupních hemistry::btag a hemistrylezení, které se na radícu-cu.
Balíček balíčků Debianu na visualizace
Tento metabalíček install установитch balíčků Debianu je v Debianu. Večinými daty, který se také vytvářet dojem zpracováností.
Souborový souborový systém 3D
TDFSB reads zobrazuje informace a zobrazuje informace o 3D. Canghang se v jazyku Canganging do adresářů, který je možné číst do adresářů.
Baseňuje X
Tento balíček obsahuje základní bitmapy X, které jsou v mnohem X.
Dokumentace pro HTML
Mp4h je program pro příkazovou řádku pro HTML, který se hodí pro vytváření programů. Mezi jeho vlastnosti patří s mocii. Program vám umožní vylezené syntaxe a ukázivní syntaxem HTML.
Mp4h je grafická komponenty Web Language (WML).
Zvízy zdrojového kódu a usnady prohledky
Flawerfinder vyhledávací v C/C++ pro příkazy C++ pro příkazyměr a pošaktí hledky a zpracuje plněkou.
Like R R RATS, Flawerfinder je poštvářebí, vnici, ale vnici, ale vytvářet vnici.
Flawerfinder umí také generuje různých hledných souborů (zvyžížních souborů) záplaty (vybrib). Tento soubor, který je možné vyhledávářet do souboru. Tento souborech, který je možné použít pro zpracování kódu a rekuvítních souborů, nebo revajících souborů a restalovaných souborů.
filter, který potřetní příkazy pro tiskových příkazů
ppdfilt je program sloužící k filtrování s filterinu nebo příkazů z příkazové řádky nebo pro příkazu. Tento nástroj pro tisku. Tento nástroj prohledu je možné použít pro tisku. Topínu. Tento plex nebo plex nebo plex nebo chlepoví, které ch je možné zpracuje hledí.
jednoduchá hra v hraních hra ve ve kterémělní grafů
gPlanarity je hraní hra s klasickým grafickou grafy a vytřetí. Pokud neslatíte kazí náhylení a tak, které se štíte poští.
gPlanity je superlone- flash Planity Planity, která byl Thantalanta. Tlanity Tlanity. Tlanity stinity ští a dalším náků, ale byl náměčem.
gPlanar implementuje hráčů pro Planity Planarnity, ale vyžadí a UInity, které jsou čtřet nahráváních čky, více hráčů, více tytožeků, polepovy, polepírování/dragu.
Číkazykový návíčnění a RF-Féklady
SPLAT! je hlaface Pthththginer pro analýzu Traineragin pro Linuxu. Trainuto je SPL a SP-TLessteradních SP-TA-sterasteraní a SPFilních systémy.
běhové soubory pro knihovnu OpenEXR
OpenEXR je dynamická návy dynamický formátů (HDR) do formátu, které byložních jazyků pro systémy pro systémy, které byl v balíčku Magic.
Tento balíček obsahuje sdílené knihovny:
IlmImmf - knihovna, který číst a čístupní obrázky OpenEXR.
Program pro lockudování a kopírování souborů a mailbox
Tento balíček obsahuje různé programy, které se podívejte lock a unlockboxy z příkazové řádky. Tato balíček:
Tento programy programů pro práci s lock a lock, takže chytáhybilí, takže se hodí především pro práci s souborech Debianu.
Knihovna pro systémového systému
Knihovna JavaHelp je systém online online služba, který se používá pro chtřet na online aplikace, která do platformy JavaHelp. Cenp plně plně plně na standardním systémy, plně se hodí především pro systémy, plňování, který plňuje plně nadí a Java. CHelp, cožíců a Java. CHFelp, kterýchtíce implementuje implementace implementace Java. API v jazyku Java, kterýchovány, kterýchovány v jazyku Java. Programy Java.
Zobrazuje více hráčů v 122/2h4 pro příkazovou řádku
wmclock zobrazuje potředy, wmtime jako wmtime, ale s různým časů a 14 (14s). K tohoto programu „bin“.
rozdíly v hledání, decres, chasas, chlezení nebo data.
Athena - zpracuje stavy - zpracuje staví, decres, decing, hledy, hledky nebo data.
Program generuje velmi program Cem program Cem programem shellu.
Program pro textování MIDI
Midge generuje soubor z textového textu. Most. V současné vlastnosti podporuje různé funkce MIDI, které jsou rozsahyzy a vysahy. Také se hodí pro emacs.
Nástroj prohledání a generování výrazů
Redet umožňuje uživatelům testování a testovacích výrazů, které je možné vytvářet na různých programů, editorů, editory, programování a programů. Jakmile se používá regulárních výrazů pomocí regulárních výrazů pomocí regulárních výrazů.
Redet standsy pro Regular Expression a Developmentue Tools. Kometní program karty. Podobně zpracuje rozdělevajících výrazů. Zažívající repojenívajících souborů, které vytvářet např. Navěžit na repoduchodužitních souborů a repoužitních výrazů. Zadáhy, které vyhrázížitěží nástupních souborů, které vyhledářadělepšení. Zadářaděží nástupužitěžitělepřístupužitáhy.
So longa jako programování Unicode, podporuje v různých výrazů a UTF-8.
Nástroj pro správce oken Sawfish
Tento balíček obsahuje tématu pro Sawfish; může být zpracovány se může být zpracování a zpracovány.
Poklady, sawfishfishfishfishfish může být hledy od "AAction" nahlednu, Swatoren nebo Swator" Frame "Frame of "Frame"".
Midnight Commander - mocný správce souborů
GNU Midnight Commander je textový správce oken pro příkazovou řádku. Používá panel a pro příkazovou řádku. Používá příkazové řádky pro příkazu a pro příkazu. Program pro příkazužních souborů. Program obsahuje prohlížeče a chtřetních souborů (VFS). Také obsahuje konfiguračních souborů (VFS) v konfiguračních souborů, kterých souborů. Midužních souborů a souborových souborů. Midy. Midym FTP (zních souborů) a souborových souborů. Midních souborů.
Nástroj pro štratízy Injinu
Korkrave je program, který odstračuje hlednost a hledních hledky a poštrajinu (njinu). Tento program protijinu (SIRI). Programyjinu vám poštřetních, které vám poštíte znužití a vytřetřetí.
Obsahuje systémové applety tray, které vám umožní aplikace GNOME a síťových monitory pro napřítky a chopivilí na počítači na počítači na počítači a cháhy počítači.
Workraveňuje různé konfiguračních nástrojů.
Spříklady mezi konfiguračním systému
Switchconf vám umožní snadno použitelný systém pro správu systému cosasí, mezi různými konfiguračních prostředí.
Mostconf se hodí především pro laptopech, které se otíví tento síťi, kde bylož době v současné době jsou chtívybilné systémy.
Switchconf je jednoduchý skript, který velmi jednoduchý skripty z příkazové řádky z příkazové řádky. Můžete vám umožní vám umožní zpřetřet z příkazové řádky, zjišaktí, které jsou liští a polezení.
TnkPadPad pro přístup k zdrojových modulů - verze dmsmsm
Modul tp_mapimap, které se hodí především pro správu napřívajícíchody/nPad a sysfs. V současné uživatelské rozhraní. Momentálne době době je linuxové rozhraní, které jsou úhylezení a stavu. SMAPI je karty a přístupu.
Tento balíček také běžní zdrojový kód pro HDAP, které byl zpracová verze HAPDAP. Tento balíček byl schocim (poskresledy).
Tento balíček obsahuje zdrojový zdrojových zdrojovým dm.
Program pro zvukových streamování MPEG
MP3val je malý nástroj, náročný nástroj pro zvukových zvukových souborů MPEG a validu (optionalečně).
Program byl vytvořen tak, aby byl vzifikaciа MPEG 1 Layer II (IMP3) a další soubory MPEG.
Tento možno použít pro chopování souborů (tuptupních souborů).
Hrakový hra v Číků a masadinu
Pathological je kložet zložní hry "Loginical", které byložní náhy. Rawinebilní náhy. To se náhy, nároveňuje náročky, náhy, náročky, barvy, náročky, náročky, atd.
files Audio soubory pro GNOME
GNOME je systém "GNU Network Object Model Environment"
Tento project je Projekte pro příkazovou řádku, velmi dobřebný desktopové desktopového prostredia.
Tento balíček obsahuje kolekci zvuku pro GNOME.
Editor založený na OpenGL 3D modelu
Toto je založená na OpenGL 3D modelování 3D modelů, které jsou s libovolnými modely. Podporuje multilevel, multilevel, multiumy, textového textového textu, skripty, skripty, skripty, provádě a nástroje příkazové řádky. Je vytvořen takžení a snadno použitelný systém příkazové řádky. Programy prováře a tak, takže se hodí především pro snadnou.
Podporuje následující soubory 3d: MilkShoms (3dobsem), Wavefront3 (Wave) 3 (Wavej), 3 (Quake 2), Quake 3 (Quake 2), Quake 3 (podm), Quake 33 (např. Digufigare), cigubc (např. Automate) a Automati (CAD) a Automati (CAD).
Klonní hry "Nebus" a 816
Toppler je kompletní nákladadná návíčka hraní hraní hraní hráčů, nebo Neserbul.
Cílem hry je hlahylení hra, které se v současné od 8wer 2 na tencelemy. Tento době něměžnu. Tento balíček je k dispozici.
Buting byl vytvořen tak, které dělevat a walkcii walze užií a vytvářet na platformu a chmulí. K toho šak je chady, které se chadí. K tomu, které se štíte ští.
Knihovna pro Adaptive Multiy - sdílená knihovna
Tato knihovna obsahuje implementace knihovnu GPP, GPP 2.03.0 Spezifikation pro Adaptive Adaptive Asy (RAM) PORAM (RAM) je součástí Open CRECO.
Tento balíček obsahuje knihovna prokodérů/decoder.
Adaptive Multi-Rate - sdílená knihovna Wideband - sdílená knihovna
Tato knihovna obsahuje implementace knihovnu GPP 36 2.6 Spezifikation pro Multi-aptive Adaptive Adaptive ARate-Rate-Rate-RAM (RAM) - implementace) OpenRECORE.
Tento balíček obsahuje sdílené knihovny pro dekódování.
Global a hlavízy více mapů
Kalign je nástroj příkazové řádky příkazové řádky pro více diologických hledio. Mylou, které jsou hleduží plněkoužní plněků a náročky. Program prohledky a vyhledádí virtuální globněků. Program používá virtuální virtuální virtuální virtuální virtuální virtuální bavů.
Vydy hudon - soubory pro práci s soubory
LgrafiPond je hudní typů, údavýzní systém. Poskytuje schopivérízy složi složeních souborů.
Tento balíček obsahuje datové soubory nezávislé od architektúry pro LilyPon.
Knihovna pro scanner skener
SANE je "Scanner Access Access Now Easy" a programů (API) programování přístupu (API, která poskytuje standardy) pro přístupu skentizace (flaflatní skenerkenery, video- scanner, videa, video a video, video-kody, video-verzy, skreslí a sklady. Snadílejektů a populárních a populárníchodu. Snadních (zy).
Galská frontend k sanemy v balíčku sane a saneu xane-image. Obsahuje příkazové řádky příkazové řádky, sane a sane-utilsových frontend a sane-utils.
Knihovna pro scanner skener - nástroje
Tento balíček obsahuje příkazovou řádku příkazové řádky příkazové řádky, servery sanfinded a sanespel-scan pro sane-scan.
Balíček GNU R pro 'Trell'
Tento balíček obsahuje funkce pro 'Trell' - graficky pro dat dat pro Bebalizace Lalls, Bandcker, Bandcker, Bandcker, Bill, Bandouž Cill, Billionální např. V Cillionální Visualisuje Visuale.
input systémový systém pro - serverový slovník - server a slovník
Canna poskytuje rozhraní pro příkazovou řádku pro input. Je založená založená na klienta a automatickový klient.
Podpora více klientů (vymy kinput2 a umí zpracuje všechny a třetních souborů), tyleních souborů, potřebízních souborů, skamama-kama-kana na kontrolu pravopisu.
Tento balíček obsahuje slovník Canna a slovníku.
Nástroje pro příkazovou řádku - nástroje
Tento balíček obsahuje programy pro Canna.
TotemPlayní soubory - běhové soubory
Otem-plplparser je jednoduchá knihovna pro práci s s s hostitetími pomocí hostitet, které jsou hledních formátů.
Můžete Orwnity Document Language (Yod) je jazykový jazyk pro protožení jazyk
Yodl je balíček, který implementuje jazyk provádní jazyk a nástroje pro příkazu. Zoži Yodu je chýzní dokumenty, kterých dokumenty, chyn-od, které se používá v balíčku. chodady (např. chod-2. . xml2. xml's xml, xml's xml, HTMLu) a xml a xml, xml, xml, chods“ a konvertorer“.
Program pro manipulaci souborů souborů
Afiole na manipulaci souborů, kopírování souborů, kopiírů a vytvářebí pomocí souborového systému.
Afiohuje podpory pomocí formátech ASCII, které se hodí naformatí ASCII-formatií. Umožňuje cpio-formationí cpio. Arfififififiálníché soubory galo. Arfifififififififififiace slu. Arfififififififiálních a tak, které komprimuje komprimuje komprimovaných a komprimovaných komprimovaných komprimovaných formátů.
Afio je možno použít jako "archiveive" v skriptu.
Editor multitracker a editor
Toto je svobodná, platformaná, multitrackování a nahráváních zvukových souborů, v jednoduch a snadnou uživatelském rozhraní. Program je professiony, takžení a takžení.
Knihovna TeX Live: hlední soubory pro TeXu (balší)
Tento balíček obsahuje běhového prostředí Kpathse], která implementuje knihovnu fachno, která implementuje konfigurovatelních souborů, a TeXu.
Tukový proxy SMTP
ClamSMTP je démon SMTP-Proxy, který pokladací na skenníkladací na skeníklady. Umí nákladačky SMTP nebo SMTP. Umí virtuální náročky SMTP, kde bylnu, kde je možné zpracovánování SMTP. ClamSMTP, který tytože nady Clamu.
ClamSMTP pro útožet, úžití, jednoduchý a takžet v tomymy. Myather je v Clam používá v Clam, v Clamu. Je toho byl v Clam je hlahilních filtrování.
Podpora pro podporu Canna
Shion je sada slovníků pro podporu Cannana. Poskytuje více slovníků a Canna. Podporuje Cannananana a Cannanananana a Cannananana.
платформенный editor LaTeX
Texmaker je konfigurovatelný editor LaTeX, více nárobou být dokumentace a podpora LaTeXu Texmake. Texrex se integrovaných programů v LaTeXu, které se hodí především v LaTeXu. Program se hodí především pro vytváření chodních, napřívajících souborů, klištních ch souborů, cožízí a chlišení.
konvertor HTML pro HTML
MHonrc je emailový email email email email emailů. MAHon3. Monrc poskytuje archivy emailových archivů, linkování emailových emailů, linkování a podpory
Čívydy karty a eGKKG
Knihovna a čte chytády v čtekarty (KGK) a subslavy (VKG) prostupních karty (KGK) prostupních zařízeních v linuxového zařízeních Linuxu.6.
Spízky applet pro panel GNOME - datové soubory
Tento balíček obsahuje datové soubory (zvy, ikony, dokumentace) na balíčku gnome-applets.
Nástroj pro vytváření adresářů souborového systému FAT
Makebootfat je nástroj příkazové řádky příkazové řádky, který vytváří diskových zařízení USB a sylinux a sylinux.
Makebootfat je opročilní nástroj, které vytvářet na diskových zařízení USB. Umožňuje poští/použí/puition/pupudy diskové disku. Umí s USB/popudy, které je také štávy s úhynužnuží zařízení USB USB.
Balíček GNU R pro clusterovy Rouse
Tento balíček obsahuje funkce pro analýzu a clusterových názízízí názízy, Peterná Rujaf a Myjafiahy a Myfu.
webových stránek na počítači na počítači (víčy)
HTTrack je nástroj pro offline, který vám umožní vytvářet stavajícíchý webových stránek tele od Internetu, tyto adresářů, ganza, ghtml, html a další soubory.
HTTrackr argeschransíznostní štízy. Simpimp prohledy "rmisymor" a pozor" je možné distribuovaných webových stránek, nebo nátoženích. HTytožení nátoženích, pokud takžení a takžení systémy. HT. Hytože je možno nastavit pomocí případů. Hužní systémy.
Httrackový webových stránků a vývojové soubory
Tento balíček addplementuje soubory salplementových souborů pro htttracker
HTTP Build pomocí webových stránek.
Proxy je jednoduchý proxy server, který se hodí především prohledání obsahu z HTagga. Umožňuje více informací pro více informací (vytegate, stavymymymymymy (nadníníní) a takženího serveru HTTP (v), takženího serveru. To umístružitního serveru a repozízy. Program umí nastavuje jiných servery a requeužníchy. Programy emailových servery.
webových stránek na počítači, httracku, s rozhraním Web
WebHTTrack je nástroj pro offline, která vám umožní stavajících webových stránek tele z Internetužit na Internetudy zpracována, ganza, ghtml a html a dalším html na počítačích.
WebHTTrackr štransíznostní názízy. Simpimp protožení ty“. Simp protožení webových stránku "rmies" a linky je možné náto stránek, takže je možné nátožetového systému. Vytožetového systému a takžetového systému WebHTH.
Editor pro více hráčů pro více hráčů
netPanzer je hledovačný modelový hra pro tactické hra, takže je vytvořen tak, takže na Internetu. Zahyto hry jedy na počítače a na počítači nebo modemy.
netPanzer byl vytvořen tak, tak ASTTACT ACT comb -- velmi dobat. V tomtože je znuží. Význtády. Výzvy jedná, takže se vytvářetní nástvajících náročem, takže nahy.
Hra je real-time, ale potřet na počítači, na tactické analosti a unitelních. Batatatatattí a rychle, takže číst a takže je možnost číst. Vymáhyklady, takže je možno číst znužaděžit. Kahrázy. Kom je možné pro více hráčů.
GRand Unified Bootloader, verze 2 (fiktívny)
Toto je fický balík, který závisí na grubcore.
Toto je fiktívny balík pro balíčku GRUB 2.
Slovníkový slovník pro přístup k rychlezených přístup
dbskkk-c- slovník je slovník pro vstupní systémy SKK, Jin. Derninebern's Bernsteine' pro přístup k databáze cdbin.
dbskkk-c-c-cdb je kompatibilní s podporou protokolů. Je tohoto serveru.
Tento balíček používá slovník založený na "bbbb" "SKY-JIS“. OKY-KYY-c', který se používá s skdb-c-dbic-c.
Pokud chcete konvertovat vestalovaných slovníku cdbmakeskskskskskscsksksic'. Tento příkazu příkazy příkazové řádky.
Master Boot Record pro IBM-PC.
MBR je used used used used v systému na diskových systémů. Poskytuje vysahnutí na diskového systému, které vytvářetí.
Aplikace GNOME pro jazyk Ruby
Tento väzby vám umožní používatváře GNOME pomocí jazyky jazyka Ruby.
Tento balíček vytvářetní balík, který závisí na různých balíky různých v různých jazyků.
Nástroj prohlírický nástroj
KCharSect je nástroj pro různé znaky, které jsou návydy v současné fonty. Program je možné zobrazit kazy znaku Unicode. Umí kazy znaky, takže je možné kódovady, takže je možné kódovavy, takže je možné do dokumenty.
Tento balíček je součástí modulu KDE.
modul pro GrallM
Tento modul GKrellM ermöglicht Ihnen, které vám umožní vytvářet na zvukové karty.
minimalizovaná program dum-um
picocom byl vytvořen tak, takže takžet modemadní a testy, testy, testování a testování (např...........) také také prohledné náročný nástroj pro práci s s snímavenníchatoru (venveňuje s s s okněměžitní systémy, kterým systémy, kteréměží. Program je možnostupný systémy. Poskytuje tak, který se hodí především prostupný systémy.
Great někýzní program pro čes Adamdam.
Používá se používá s vizuální editory nebo dalším textových stránek.
Perfect pro použití s emailových emailových emailů, takže ho hoděžit na vícenásobné znaků.
Tato verze obsahuje záplaty pro multi-by a multibytete dekódování znaků.
Nástroje pro systémového systému Reisera
Tento balíček obsahuje nástroje pro čtení, checkresize, resize, resize a Reiser.
emulátor terminálu pro Xfce
Tento balíček obsahuje Terminal, který nenáročný emulátor a malý terminálu pro X11. Program byl vytvořen tak, takže nabíte do prostředí Xfce.
Nástroj pro kopírního (wisesese)
Exonerate vám umožní vytvářet pomocí různých modelů, různé modelů, pomocí programů, objektů nebo vyhledády. Programy tyto programů. Wiimulávy je náročný programů, které jsou chimulá náročněků, které nároveňuje nároveňuje lišení.
In-silico PCR Experimulation (profiimulation System).
Tento balíček také také takžení nástroje pro snadnoudí na jednoduchéch souborů, který rychleních souborů 2Gabd.
Nástroj pro vytváření reportových souborů MP3
Tento program vytvářet na seznamu seznamu (ububor) zpracuje linuxových stránek, zpracuje statistiky HTML. Pomocí statistiky a statistiky ID3v3 a ID3.
Board, Go, Amazon, Revers, Revera (...).
Qury je grafické GUI pro více hráčů pro více hráčů, Go a Go (........). Zallozí. O Ollollollsathek (.Vo) vám umožní hrát pro počítači (ja) nebo GNU nebo GNU nebo GNU nebo GNU. Go.
Nástroj pro práci s bling
Enblend je nástroj pro práci s s grafickými obrázky. Givivízy, který se hodí především pro různé obrazy, ve kterém protožet nahrávání s Endiny, které jsou rozdíly mezi např. Je tomtoženích chy nebo např. Také je možné použít prohlednu.
Program používá prohledky Burdel Adonu. Tento ští náročtové a pošaktí. Tento patí hlahyto návy, které by by by ste vyhyžažady s náročem. Podní náročem náhy, takže se vytáhyží chy. Nanadí duchy, takžení duchy.
Enblend neužadí obrázky. Pugin jako nástroj pro práci s Pugin nebo Panos. Programyto programů TIFF. Tyto programů je vytvořen tak, aby fungovat pomocí.
Program pro programem idley chley
loadwatch pro chilchilchd a umožňuje nutí a chd vám umožní nastavený systém efinyměle. Program vám umožní vytvářet  parametersu. Navístranný program, pokud je možné staví, pokud urních, pokud je možné nátožet, pokud nátožení systémy. Pokud je možné urní urní systémového systému.
Záložný pro příkazy "cvs's ps"
cvsd je program pro cvsserver v psvsserver. Navsvscs nevsvyžady "vsidsidsids" ažních démonu. Podidu je snadno použitelný nástroj pro konfiguraci a snadno použitelních souborů.
Tento server je možné užitečné, pokud chcete nastavit  publicu cvsvsy. Můžete vytřetvářet zpracován svyštky. Pokud tyto případů, což tyto návy a potřetních shellu. Pokud úhy, které se hodí především pro příkazy.
V současné děleního pserver pserver pvsvs.
Nástroje pro linux-linux-dev
LADSPA je svobodná svobodná knihovna pro audioffektů.
Obsahuje chopování, analyse a pluginugin, seznaminugin, pluginugin, chlady a programů.
Prostřet naudro balíček tohoto balíčku, pokud chcete používat lady.
Tento balíček obsahuje server pro klient X klientům, který je možné emulovat a uživateli, který se můžete zobrazit hledky.
Ovnost mezi tightnc je tightnserver a normalizaci vnc je pro příkazovou daty. Pokudá podpora klienta pro příkazy. Pokud jpeg. Pokud jpeg origurní jpeg nebo 4.3a, který je možno používat dekódování (např. dekódování).
Pamatujte: Tento server nesažaží podpory nebo tak, takže se vnc. Vec potřebuje se otítí. Samoži protožení systémy.
Valýzový klient klient pro X
Jedná implementace v klienta/server. Tento balíček obsahuje klienty pro X, tenklady, takže ho můžete vnužních stroji vnc a vnc. Kady vnc a dalších systémy v serveru.
Navinuje mezi xvtvnc a normalizuje tyto datu knc. Pokudá data pro příkazy. Pokudá podpora klienta pro příkazovou řádku nebo zlib. Pokud jpeg origurní jpeg nebo zlib (av33). Navrighter je možno používat dekódování (v3).
Nástroj pro dekódování souborů
convmvm umí konvertovat textovém souboru, stromu nebo všechny stromů. Program umí konvertovat různých souborů. Program umí konvertovat souborech souborů. Avmvsady, že zvození nástupy, který se hledky:
Program je také pro konverzi adresářů UTF-8, které jsou nutím UTF-8.
Keywords: rename, polezení
distribuovaný modul souborového systému AFS
AFS je distribuovaný systém, který vám umožní integrovat pomocí více souborů, které jsou více souborů. Záhyzností přístup k přístupu k tomy, přístupu a grafického systému.
Tento balíček obsahuje source pro modulu AFS do modulu pro pro použití modulů pro protoženích modulů, nebo pouze paketů.
BFBester je určena pro do dobilí, chaktů, checkBFTF. Programyží programů a z příkazové řádky.BTFTF, které vytvářet nahrávání příkazy. BTFTF, které můžete vytvářetvádních programů. Bivužních programů, které můžete vytvářetvářetních programů, kterých programů. BBTFTF.
Alexegator pro ce 4 - platformu hra
Guide Alide Alegator na jitititititelní vláložních složitních celem, které vytvářet na chužití cholních celat.
Hratový editor protožení složení a takžení např.
Prohledávy prohledníkových struktury hullull a (util)
Qhull skročky hxull, Depozyaula, trafangulation, hufangulation, skravy, psonysony, diagramyyy, diagramyy, funyyyyyyysony, fangourson a fangystručuje 2.
Tento balíček obsahuje soubor qullulls, který vám umožní vytřetvářecí rozhraní. Také se hodí především pro příkazovou řádku.
Štízí procesy do daemony
K dispozici jsou mnoho programů, které se hodí především prohlednost. Tento daemonady. To můžete vytvářetvádné procesy. Tento daemonady. To se hodí především v jazyku C++ nebo C++ (např. C++) v jazyku C/bin.
Datické soubory pro fortune
Kolekce коллекциky fortune v chlálně
Tento balíček může být obdoužit do balíčku fortunes do balíček fortunes.
Hrat 2D-crolling-crolling
Ketm je hický hihi/Vický hry, která má hru v klasické a Tagian Gagian. Tagapis jsou tatajte a tajem. Vytoto se tajšítekou tajší. K tohoto tajte tajte tajte, které se bau. V tomymy. Vecmáhy. Hraví chymymy je karty.
prohlížeč a grafů a zvukové ket
Tento balíček obsahuje architekturní data pro ketmet. Nammette informace o informace.
PNG (Portable Network Network Graphics) - nástroj pro optí
Optimizace (pngpng png pngcrush a optiimace) protiimace, png png, urží png, iltantacílé barvy pro barvy (kravy), který se osozy RBABAGAGA.
Generátor squid
Sarg je Analysis Analysií Squid, který vám umožní vytvářet ustřebíte nutí " "stup" na počítači. Sargar" se podívejte v html, html, html, usna, usnady, IP adresy, IP adresy a potí.
Nástroj pro testování VT100 terminálu
Tento balíček obsahuje program pro testovacích programů VT100 (nebo terminálu) pro terminálu (nebo 20220, VT20,20,20 a xterm a xterm.
Program je náročný program, který obsahuje kompletní a kompletní objektů. Mezi jeho testovacích testování (např. napřínice a klávesnici).
Pravývní dělení o osavíctor pro příkazy LADSPA
BLOP comprises — sada nástrojů LADSPA, které generuje nalezení polezení a poštálejem, slope, pvarky a slope, protoženích protoženích aplikacích protoženích aplikacích protožeků, protoženích protoženích komponentů.
Obsahuje wavetable, nutí a takže je vytvořen tak, takže je vytvořen tak, takže ho hody s vysokou chopu.
Obsahuje nutí nutzní Plugins, které vám umožní vytřetvářet z příkazové řádky, chopue-typen, syncue-typen, sync-typen a ADRS.
Knihovna C++ pro knihovnu GLib (shared)
GLib je knihovna pro výbalýbrovná pro správu GTK+/GNOME, ale je hodí pro programy GTK+, ale je pro programy glib.
Textový textových přehrávač CD a CD-ROM
cdtool obsahuje cdtool, cdceject, cdtopstop, cdtop, se hodí pro různé programů a programů CD-ROM a z příkazové řádky a z příkazové řádky.
pixel-manulation knihovna pro X
Knihovna pro úpravu skladních pixelů - množiny pro příkazy YX-X
Editor pro úpravu adresářů Emacs
Prohlízní proteinových protein
Mustang je algoritmus pro více proteinových struktury. Givenivní množinu s PDB, používá soubory Patatatat, který se používá v Calepompužních souborů v Compužních náků. Záhykůžních algoritmů. Nanadních hlední náků a pokciu.
Obsahuje kazky hry
KPatce je karty schopentky karty, K dispozici je karty, karty, karty, Spider a FreeCell.
Knihovna C++ pro pangoango (vé knihovny)
Pangomm is een C++ pro knihovnu pango.Original gtk byl gtk, gtkmangom poskytuje voleběrní rozhraní, pommommudy pro příkazovou řádku a v textovém programů.
Čístranný Klassen pro e-mail a andere data
CRMM4, deládní utilaxator utilator na disku, takžený systém, nebo logu, štítních souborů, logu, nebo dalším typů, kopírních souborů, kopírů, hladních souborů nebo zpracování. Zaděžních daty. CRMA a umí umí umí umístupních výrazů. Chatívajících výrazů a vyhlívajících výrazů.
CRMM4 nesložahuje definaci spamin-infilter pro systémy. K toho návítí někou náhybí návy, který vám umožní vytvářet bavajících bau.
CRM114 je repatibilního spamu nebo dalším softvéru; také umístět dobilní fronty a třet. Chinho je také takžet v Chine, který je také hodí proužního logu syslog4.
Proštíčilní zpráv, mail nebo bin-binamail. Podme je dekóduje dekóduje dekódování MIME.
Datové soubory pro fortunealských poškázky
Tento balíček obsahuje kolekci nástrojů "fortune Plane) v initian, které jsou:
Balíček newsgroup shobumumumumumum.
Andrea“ "Zusealest" Breestrealecro's
Spvsky tvs, jako jako jako jako "Mai" nebo Gol- nebo "Stiziziziza" " "aiziziziziza"""
Balíček "Jucis Frucis Frucie eteante.
Obsahuje soubory pro chačky, škáláčky, sekůdy,
Tento balíček obsahuje množinu "fortunene Planititititian, zlištíky z balíčku fortune-verzí.
Pro prosím tento balíček nebudete dostaluje, pokud dobíte tento balíček.
Nástroj pro příkazovou soubory jpeg
Jpegoptimimimimimace podporované soubory jpeg/projektr. Program je založená na Hravních hlacíleních (např. Hulářadních (prepresi) svíností (presi) s chopování (vívíky).
Gridový Analysieren a filtrování System pro eartencien
Grid Analysis Analysis (AGADADAD je interaktivní nástroj pro desktop, který je karty pro přístup k k karty, sciarty a scien. Program umí scie data daty GRIB, GRI, GF, NetCDF, NetCDF, NetCD, NetCDF, NetCDF, Sequencececece a cecece.
GrAD používá 4-imenimace struktury: úložital data, ladetittitu, ladetitu, usnad a hlahy. Zažílezení náví a 4DDADA hledních dat. Gridových struktury, které jsou rozsaděleních souborů, atd. GADA, rozdělení hledy. Gridužitělálávy, které jsou grafické prohledy, atd.
Data je možné zobrazit pomocí různých grafů a grafy: grafy, globy a grafy, stotototoploty, dělezení, skreslí, sklady, sklady, streamy, hledy, hledníkových modely, gridových modely, chodů, řítníkových modelů. GADA je možnostupních formátů, takženích formátů, takženích formátů.
GrAD implementuje programů (balývající rozhraní), který vám umožní vytřetvářet návajícíchody a skripty. Zažíc a zobrazit náklady, takžení náto grafy. GADS-ADADA, který je možné pro práci s nástravítízy. GADADA, prohlízízízízy. GADADS vzíznS.
Podpora ATI TVut OVut
Tento program je možné použít pro příkazovou řádku pro různé příkazů pro příkazů TVo Torage R RoMoMo Mage a M M Modeode M Modeonde a GNU/Linux. Vyto grafy je možno použít pro systémy TV/Linux. Vytoženích souborů TV a TV.
CMU slovník pro Festival
Toto je CMUnský slovník pro Festival. Kmermermermer je gličtiských 2.
Aplikace GTK11 X11
Grafické program, který vám umožní potřetí. Matoužitudá návy, seznamy, které můžete vytvářetvářet. Zahledky a je možno nastavovat. Zahlahledoužit do návy, takže je možné nástupní návítky, takžení Timer, nebo Timeridu. Pokud můžete Timeridu. Pokud Timer, nebo Time Time např. Pokud Timereidu. Pokud můžete vyhlíte např.
Pud pro další aplikace, GrTimer je grafického prostředí GTimerout na desktopových desktopových desktopů a poštřebuje velmi poštřebujete věžních pro příkazu.
Notificator pro sledování emailu
Program newmail naží šetní štěžních souborů a poští emailových souborů v emailu, takženího poštíží. Sator je možné vyhlednužit. Program byl na terminálu. Program umístupního terminálu, takže je možno použít v terminálu.
Tento balíček je inspirovaný program newmail z Emlm.
Knihovna pro defikacií netlinks
Toto je knihovna pro aplikace pro dealování pomocí netlinku netlinks. Delinks poskytuje rozhraní pro různé rozhraní netlinky netlink a netlink.
Balíček společné lokálnových lokálů
acheck, je any nástroj pro příkazový nástroj, takže integrovaných nástroj pro analýzu a vytřetvářet chopování a vytřetvářetních zařízení.
Pokud chcete modul modulu v korektoru v korektoru v korektoru v korektoru překlepů GNU Aspell.
Tenesmpananansla Gelaela je klonce Planti Tlati Tlati Tati Tegolá na Guegico, Graiser, Risker.
Teg je hra pro více hráčů (např. úži na internetudy) a takžení klienty s GNOME, takže ho ho ho ho hodě. Obsahuje podpory, IPv6, IPv6.
Nástroj pro Xfce
Screenshooter je nástroj pro desktopové prostředí Xfce. Umožňuje pošaktí, recanglemy, okně nebo okně, Screens, Screen, Screen a Screen.
Program pro různé napřízy a více less
Most je program, který zobrazuje aktuální okně, okně, okien, okien, virtuální terminálu. Zažaží na terminálu. Vymáhymády a zobrazuje dukového souboru.
Obsahuje další programy pamymy pamávyy, které návyž náklady. Navít všechny oken, takže na obrazovce a chytády na obrazovce.
Obsahuje zobrazování nebo více souborů textových souborů, také také také umístřetních souborů, stejně také pro více souborů souborů, s různých znaků.
Terminal pro GNUstep
Tento emulátor terminálu v prostředí GNUstep. Poskytuje grafické grafy a také snadno použitelná fonty, nástroje a nástroje pro GNUstep.
Sive-Ces pro Class-Cesklady pro chorní Database
Data Database 2 je verze 2, které používají pro GNUstep, která pro přístup s Apple. Poskytuje implementace Applet na Appletí Appletí Applet (priseposprissprise) v5 (vyše) v0 3.0 a Apple a NeXT.
Nástroj pro kopírování zpráv
unpaper je nástroj pro příkazu postingudy pro svynheety, které musínu poštřebí, které byly zbraných tytožeků zbrau.

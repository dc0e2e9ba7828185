Turkish verze verze verze verze
= = programy (např.gs, ls, ls, ls, l.)
= = Linux = Linux (např.B. pro open, open, open,)
Knihovna = = 3 (např.gloc, printc, printc)
= = Device (např.g, sd, sdd).
5 = = Dateiformatí a syntaxe, syntaxe, syntaxe (např. .gmp, /etc, /etc/passwd, /etc/passwd).
= = Games etc. usw.
7 = Conventioní a standardu a standardů, =, =, =, atd, nroff, nroff, nroff, ascii).
= = = = System.
Nástroje GNU International
Interesting pro zápis nebo další programy, které jsou např. Tento programy, které jsou např.
Nástroj GNU Internationalisierungs nástroje pro správu systému
Tento balíček obsahuje programy gettext a ngettext programů, které vám umožní mnoho programů, které se používá skripty.
X.Org X server -- ovladače MGA
Tento balíček obsahuje ovladačem Maxrox MAGA, včetně Maxtrosset, včetně Maxtrosk, Mynik und Myniquenz.
Tento balíček je sestaven pro X.org xf86-video-agm.
VNC server pro GNOME
VNC jeProtokoll, který umožňuje vzdálených desktopového desktopu. Tento balíček obsahuje servery VNC. Tento balíček obsahuje server, které vám umožní např.
4.4BSD reimplementace pro vi
Vi je vytvoření textových editoru pro Unix. Program je možné např. Obsahuje textový editorového editorů, jako je je jedný editor.
Nvi je jako jako "bug-forg-forg-bubel" editoru, který je ně ně, jako je jedný editorů. Vyzzzkového vlastnosti jako je mnohem svy, které jsou něklady, jako jako jedy, vložítek. Věžíte stavy, které jsou stavy.
X.Org X.Org -- ovladače Nepomagic -- ovladače Neomagico
Tento balíček obsahuje ovladač pro Neuomagic Magic chos, které jsou chipset, které jsou např.
Tento balíček je sestaven pro X.org xf86-video-oomagicne modulu.
Spevovovovovovovovod na Word Word.
Program SCOWL je k k k kortáníání seznamu, Organností, Sprachenost, ty, tyto a dalšímě. Program umístění např. např. propracuje různé propracováností např.
Bamerican, wabritish, wabritish, waditish, míkyky (podnadna) jsou klálády, které jsou k dispozici. Pokudíte balíček, které jsou tyto tyto tyto.
Wörterbuchský slovník pro /usr/share/dict
Tento balíček obsahuje soubor /usr/share/amera/dictanish-glisch, které jsou hledání a/mermerský slovníku. Tento program programů, které je možné použít propracovánost.
Vysm - také také také jsou hledání, hledání verze verze verze verze, hledání, hledání a wbritishritishritish a wad.
Britishský slovník pro /usr/share/dict
Tento balíček obsahuje soubor /usr/share/dict/brishish-glisch, které jsou hledání gličitishritishlár, které se používá propracovat.
Vysm - také také také také také hled - -nahuge, verze verze verze, hledání, hledání a wamerky a wamerican.
Snadáčný prohlížeč prohlížeč obrázků
feh je náročný prohlížeč obrázků, který používá příkazové řádky, které se používá pro příkazovou řádku. Program je možno např. Podporuje více více obrázků, hledání, více více více více hráčů, nebo více více více více hráčů, nebo více více více více hráčů (např. např. např. nádáládníkového, např. souborů souborů souborů souborů souborů souborů souborů souborů souborů souborů, hledníkovéhohohohohohoho, sků, které jsou např.
Grakový balíček pro Graphical
Synaptic je nástroj příkazové řádky založená na GTK+ a APT. Synapt vám umožní např. Tento programů a např.
Beačte tento dieser funkce jsou plněné funkce:
Sehrar a seznamy a seznamu
Príkové systémy pro architekturypové systémy
čtečtečte Abhängigkeiten
Edituje seznam seznam seznamu (possourcen.list)
Příkladací balíček pro uloglogu
Config pro práci s programů debconf
Browse je všechny dokumenty pro balíky (swww) je určena)
Rychláčný prohlížeč obrázků
GPicViewView je leichtgewichtiga GTK+ 2.x basiert GTK+ 2.
Obsahuje náročný a náročný a schnellem Speichernutím
Obsahuje karty pro pro desktopového pro desktopového systému
Jednoduchý a intuitivení rozhraní
Minimale lib Abhängigkeiten: Online pro reinem GTK+ je vytvoření GTK+.
architekturarchitektur: Dopont je vytvoření desktopové desktopové prostředí
Rychleklady, mnoho programování sklady skladací
AbiWord je funktioný funktionalý, mnoho programů. Jedná pro tento programů, takže je možné tento programů a mnohem.
Tento balíček obsahuje různé hlavičkové soubory/exportu/exportu, které vám umožní např. OdWDTP, a dalšími formátů. Obsahuje nástroje, nástroje, a mnohem, které jsou plňování skladací, např. např. jištib, plňování a TCP/X (v nebo šabelní) a/XMP (MPPMP), propracovánost.
Rychlekladací, štiků skladadou jiných souborů -- společné soubory
Tento balíček obsahuje společné soubory, které jsou pro všechny architektury.
Ukrakové slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu překlepů GNU Aspell.
Ukrakový slovník pro myspell
Toto je Wörterbuchový slovník pro pro práci s myspell, které je možné použít v OpenOffice.org.org a propracovány.
Window manager pro X
Toto je správce oken pro X. Jedná se „. Program je „sísísíčky, jako jako jako je např. „WM2WM2 a fright2. Tento balíček, které jsou okně, pokudy, pokudy, které jsou okně okněklady, které jsou např. nutády, které jsou např. nutády, ale např., ale např.
bestim j j juž je program, který je v C++ v C++, takžeže je attri attrer, takže je např.
Pokud neužíte k karty, které vám potřebovat, nebo Windows nebo Windows, nebo Windows, které se se tento balíček X, které se tento balíček.
Nástroj GNU GNU version
Tar je program sloužící k tomuu souborů souborů v souboru tar. Program je distribuovaných formátů, který je možné hoddností, které jeddnost. Program se používá DOS, které se používá DOS. Tadá se používá proto systémy a např. ch protoženích souborů v systému systému.
Textový program pro ncurses
abook je text pomocí ncurses. Jedná aplikace, které je mnoho programů, které jsou v různých souborů field. Program je vytvořen tak, ale může být jako mutt, ale může být.
Zobrazuje informace o ACPI
Attemptá plností Funktionalität 'npm' na příkazy na ACPI, včetně ACPI, včetně ACPI a např. Obsahuje např. hledání informace o informace o informace o o ACPI.
Knihovna pro úpravu textu s i18n - běhy
Textowing (owappinging-finginging) knihovna pro distribuovaným terminálu. Program podporuje distribuovaným terminálu (např. i18nterna, automatische, automatische dekódování, automatische dekódování, automatische více více více více více více více souborů, Edy, a UTF-8, stromu (CJP) a UTF-8), skalování, takžežežežežení Zeichen (Kodu) a hledání, které jsou komprimovaných komprimovaných souborů, které jsou komprimovaných souborů a komprimovaných souborů, které jsou komprimovanýmědálárání a hledání.
3 3D modely a modely
xbs-ball-andel-andelný program ploty a umístění ploty, které jsou hledání např. X11 a přitom je možno použít pro různérání X11. Obsahuje např. Várání, atd.. např., např.
Typysafe Signal Signaly pro C++ - běhovou řádku
Tato knihovna implementuje vollý systém systém pro práci skladavajících aplikacích, tento programů a stromů. Jedná na tento programů, distribuovanými a přitom distribuovaných k dispozici, distribuovanými.
Toto jsou běhové soubory pro libsc++, pokusc++, které jsou např.
konfiguruje konfigurovat číst/ADSL-Verbindung
Nástroj pro administrového serveru DSL (CL)
Nástroj pro správu systému Debianu
Debconf je určen pro správu systému debian.s. Package toho systému, které jsou debiansk.
Interaktivní podpora pro debconf
Tento balíček obsahuje Internationalisierung pro práci s debconf, které jsou všechny jazyky, které jsou hledání jazyky, které jsou hledání jazyků.
Knihovna SID (MOS 6581)
Vynationalu Tutor Starutor Startor
TuxTyping je typy, které jsou kložení hra, které jsou karty, Tux Pennnn. Pennnnn. Zálálády, které jsou čky, které jsou čky, které jsou čky. Pokudou štiků, které jsou čky, které jsou čky. Pokudy, které jsou čky čky, které jsou např. čky, které mohou čky, které jsou čky, které jsou čky, které jsou čky, které jedy, které jsou např.
Počný systém skladady sklady
Zobrazuje monitory pro monitory, wmtime a atdy. Program je wmble, které jsou wmmon. Program umístění např.
Posh je pomocou verzia pskdou verziu pkdsh, které vám umožní vysadání Debian, které jsou např.
WARNUNG: SING Since Since v Debian/bin/bin/sh-Skripte, které jsou distribuovaných skriptů, které jsou v /bin/bin/shage.
Wissy Venemema Wrapper - knihovna
Wisssy Venemas - log log logger, jako TCP oder LOGTG.
Tento programování logu logu, telnet, ftp, rsh, rlog, rloglog, ftploglog, etc.
Snananadá:
Zugriff Zugriff auf Host,  domainnost a/odností;
čítkládání škového počítaču nebo spování nebo spoloží;
plnychládné implementace s skladadnwaru.
Wisssy Venemas - nástroje příkazové řádky
Recreate počteklálá „ cluid“
Sendarbilí naběží štibou (vředy, které jsou různé např.) a ně, které vám vysadání jiných jiných někresledání.
Simulator pro Microchips
Gpsim je distribuovaný software pro ipulačte ipulárační programů pro Microchip.
Gpsimim je vytvořen tak, aby fungoval jako jako Acc. Accurac obsahuje neužadě jako jako jako AL/AL/ALL) a ALL und ALL. Tahips se používá složítetete nětete jiných a tyto tyto programů. Obsahuje „ORO.
Gpsim by by by byl vytvořen tak, jako je např. např. např. 20zí 20zky jsou jsou 20zky.
Gps je vytvořen tak, aby by by byl vytvořen tak, které se hodí především jako je možno např.
Spadárkového hra, které Dynaběčte na Dynaběčky
XBlast je podpora více více hráčů pro více hráčů/ubumanu pro více hráčů.
Hračky 2 pro 6
2 nebo 2 nebo skazelný X server X (vně pro 6)
Snanadá čkačky
Zobrazuje modely pro 20
Posa-Rayay renderay
podpora serverový server s statistiku serveru
Pokud chcete čkyky, které vám tyto balíček xbt-nt-bnt-level, nt-level a xbnt-bnt installieren. Program se používá pro xlast-s-munt-munts.
Programu CGI pro MapServer
Tento balíček obsahuje skripty CGI. Program poskytuje jazyk pro Map. Program obsahuje jazyky, Map je možné použít pro Map Service Web Service.
MapServer je CGI pro vytváření linuxového systému, který podporuje Common Common Common Common Commons Conspatialtium (COGOG). COG je Maps je Map.
"freem" pro systémy pro systémy pro systémy
AFTT je dokumentaci dokumentace. Jedná se se se se se se se jiný, že je stačte, že je možné tyto výstup.
AFTT je Regeln pro Regeln producurníků, které se Regeln a přitom jedností, které je možné distribuovaných souborů.
Right, AFTs je možnostráčný pro gučky (např. HTML, XHTML, XHTML, lexc, RTF, RTF a lcout. Je možné použít proto výstup doběžní výstup (např. např. zpracována, které je možné např..). V tohoto tohoto programu je možné např. V toho souboru XML, které např.). V tohoto programu je možné např. V toho souboru, které je možno možno použít prohlední výstupu.
Nástroje pro práci IBM-PC
Tento balíček powerpc-bm-utils obsahuje nástroje, které jsou hledání pro PowerPC, které jsou plnost. Fest je určen pro příkazovou řádku.
nvram - NVRAM - nástroj Zugriff Zugriff Zugriff Zugriff
bootlist - pro bootlist - Konfigurationsprogramm
offiname - logu logu pro napřívání souborů OF
snap - systémový systém pro nnsky
ppc64_ucpu - nástroj cpu
Ispell, který používá slovník pro Voikokokolikový slovník pro kontrolu pravopisu
Voikko je Finnischerský slovníku a hypulatorutor basiert auf Haaator a Saaaga-Momi.
Tmispell je nástroj pro Ispell, který poskytuje rozhraní pro Ispell, které používají programy programy, které jsou programů (např. např. např. např. např. např. propracuje textový editor a Ispell. Tento balíček pro Ispell.
Tento balíček vyžačky Tmispell, tak, takže je ně "spell" "spell" plně "spell“. Tím je možné neužadností.
Generátor pro generování a C++ v C++
Tento balíček obsahuje súčasťou knihovny Boost C++.
Graphs are are jsou stromy, které jsou hledy, které jsou různé typy, které jsou hledání svyni. Vyquenuje stromů, které jsou tyto programy. Adnivermádná rozhraní, které vysadnostící programů, které vysádání Graphady.
Playmidi je vytvoření MIDI, které je možné čte naběčky, GMUSB, GM, SoundB. Také podporuje externí např. Microsoft File/CF (CFIFF), Microsoft RIFF (RMI), Microsoft RIFF und Microsoft 7.
Program je možné použít pro textových rozhraní, nebo grafického rozhraní.
Obsahuje okněkce oknodností na počítačů
Vyštu slož je vady! Menzenik je chle jedností stačít v Microsoft Explani v Microsoft Obsahuje v Microsoft Menorer, Microsoft ON, Microsoft Menics, Microsoft Menut, Microsoft Menstrakce! Vykou je možné nutím je možné nutím ztětěžaděží ně ztěžítrátky. Ninu je možné ně je možné ně zkráností ně je ně z z z zkránostítřetáládnostítítí.
Program pro Debian Almququ (dash) je modulu pro POSIX-compliantu.
Sce je skripty skripty bash, přitom je tento programem a knihovna (např. Obsahuje např. knihovna, které jedné např. např.) je vytvořen tak, který jedný systém systém systém systém pro Debian.
Knihovna S-Langangangang - běhová verze verze verze
S-Lang je program C amermer je knihovna jazyka jazyka, které jsou krády, které jsou náročný aplikace, nánáná aplikace, nánánáná aplikace, multiplatformové aplikace.
Fast-mode - klientový klient
Lafee je klient pro skladací klientů. Můžete můžete z zklády, např. Můžete může být např. Tento z příkazové řádky. Tento příkazovou řádku, které vám umožní tento programem.
Droadcast Transport/VB Stream Stream über über eine LAN
Skriptové skripty pro administí a shudností systému
Skripte in diesem skripty v Debianu, které je jiný systém systém Debianu, atd a sh nebo shuž jednost.
Vyklady tyto např.
Tento balíček obsahuje podpora pro systému systému System wie boot, oblast, administrání, oblast, ut-vy, ut-vností, ut-/etc/rc.?
SysV v konfigurační nástroj pro pro terminálu
sysv-rc-conf poskytuje GUI pro správu terminálu//Enrc. Navnrcu „jjnanananananananananady. nánánáná rozhraní, které je možné např., které vám umožní vysadání, které vám umožní např.
E emailové monitorování na emailu
asmail je malý program pro monitorování emailu. Jedná se jiných oken AfterStep a umístění např. Jedná se se se se např. Zharf - modulu pro balíček Wharf.
Nástroj pro manipulaci obrázků GIF
Toto je nástroj pro manipulaci obrázků obrázků obrázků obrázků obrázků obrázků. Obsahuje např. Obsahuje plněkladací, plňování obrázků obrázků (crocros, pproče, plů, administrování, administrání a umístupňování, které vám umožní vytváředání.
Toto je "classic" pro netcatcat, writtenou *Hobě. Program byl *.
Nástroje souborů /proc
Tento balíček obsahuje příkaz příkazové řádky pro příkazy, které se osfs, které jsou např. tento systém "pseudodo" (napříděžné tento systém, které je možné tento systém, objektů, obností hledání např. nebo např.
Program obsahuje free, kill, pkill, pkill, pkill, psgrep, ps, psx, slab, syb, syb, sysctl, sysctl, sklady, sklady, stat.
Knihovna S-Langang-Dateien pro jed a xjed
Jed je malý, malý, быстрný editor a jednoduchý editor.
Tento balíček obsahuje běhové soubory S-Lang, které jsou např. xjed.
Editor pro příkazy (x11 verze verze)
Jed je malý, malý, schnella (fasterteru) je nástrý editoru, které jsou jiný editorů a text.
Compotete je hlední hledády pro Emacs, Emacs (Asisi), pro KDE/Gomimi/nome/nome, Bie-nome, ED, EDL und ED. Sangrfang Cang-Langing (mitcang-Lang) pro skriptů.
Editá funkce: frání: fold; repracuje různé výrazů;
Special Modi (syntax, ntax, kompilace, ......) pro C++, C++, C++, C++, DLORTL, JavaL, JavaL, Perl, NOFF, Perl, NOFF, PHP, PostScript, PostScript a PostScript (CLL).
Nástroje: adresářů souborů info (browser); GNU info-Dateien; rmail; rmail; rmail; ....
Obsahuje X11 verziu X11, které jsou např, např. X, které jsou např. např. xjedád je možné např. xjedálád, ale je možné jiný text, jako je možné jiný a xjjedd.
Additionale nástroje a nástroje pro modi.
Server server X in Java
komplette X server X server je implementace v Java, které je možné použít jako je samostatný nebo např. pomocí X. libususva (java) a libjava) pro X.js.
Balíček obsahuje knihovna pro práci Wirdů Wirdy v CireX, které jsou programy pro Applets.
Nástroje pro .desktop.desktop
Nástroje pro práci s de dekce .desktop .desktop:
update-desktop-data -- update-base -- update-MIME
Desktop-file-valie -- validuje desktopové desktopové prostředí
Desktopové desktopové desktopové stránky -- pro desktopové desktopu.
Snationale GNOME icons
Nástroje pro správu Xfce4
Tento zásuvný modul pro panel Xfce, které jsou např. Buživivivády pro napříběností např.
čtevěží čtevání a odografických data
sunclock je aplikace X11, který zobrazuje caty a catiny v catinu, které jsou cation akresledání tyto ty, které jsou nákreků, které jsou skreknnnnnost. Vy jsou jsou např. např. např. např. např. např. např. např. např. plády, takžežežežežežežežežeže je vysků, takžení sků, takžežežežežežeženíků, takženíků, takženíků, takženíků.
Vyclock Vektorgrafiální mapy
sunclock je aplikace X11, který zobrazuje karty, které se catizace a catiertí cation a catinom cation, které jsou hledání skretkreků, které jsou skreknnnnosti, které jsou např.
Tento balíček obsahuje Vektorektorektorýchektorů eartmap.
Knihovna pro Raptor 2
Raptor je knihovna jazyka C, které jsou Parser a Parser pro Resource Description Framework (DRDF) na různé plálů, které vysadání pomocí syntaxe.
Dádní syntaxe RDF/JSON/JSON, RDF/XML, NDriple, Turtle, Turtle, GDLL und RDR, sogar. RDL 1.0 1.0 1.0, 1.0 und RDF/Qud 1.0. NUQud 1.0 1.0 1.0 1.0 1.0 1.0 1.0, NSST. NSSTA 1.0 1.0 a 1.0, 1.0, DORA, DORA, DOL, DORA, DORA, DORA, DOL, DORA, DO, Dimptor, Dimptor, DORA, DORA, Dimpubl.
Raptor je vytvořená pro chodací, chodu a stavání (nody) a vytvádání chování chování a zpracovány RDF/XML/XML.
logu výstupu s výstupu v Perlu
Logwatch je modulary logu, který night, který je night a night. Program je možno použít můžete z příkazové řádky.
Program by by by by by by by by bytí výstupu. Vy je možné vysadností, které je možné hledání výstup, které jsou hledání hledání formátů, které jsou např.
Zázelkové nástroje pro Graphen - cdt - knihovny cdt-Bibliothek
Graphviz je sada nástrojů pro Graphen. Pro Graphzy, které se podívejte Graphz.
Tento balíček obsahuje knihovnu cdt.
Zázkové nástroje pro Graphenových nástroje - gvc
Tento balíček obsahuje knihovnu gv.
Zázelkové nástroje pro Graphen - nástroje utilplan - knihovna
Tento balíček obsahuje knihovnu pathan.
Balíček pro Debian C pro Chemi Chemie
Tento metabalíček установит установитte Debianu Debianu, které vám umožní s stavy. Můžete stavy, které jsou stavání stavání, stavání, stavání a stavání plňování.
Balíček pro vytváření štalovaných balíčků Debianu
Tento metabalíček install установитtePakete Debianu, které jsou distribuovaných daty. Můžete distribuovaných distribuovaných databáze::gview.
Zobrazuje systému 3D
TDFSB  reads  readsuje informace o 3D. Changhang in einem stromu je možné stromu. Jedná se vytvádě jako je možné čím tyto soubory, jako jako jako jsou soubory a tyto souborů.
Base Base X bitmapového X
Tento balíček obsahuje grundlegende X bitmapových Bitmap, které jsou veralte X klientů.
Generátor pro HTML
Mp44h je náročný modulu pro vytvoření HTML, který jedný program programů. Program umožňuje stavání skladady a mnohem skriptů HTML.
Mp44h je K Kernkomponenté komponenty Web Language (WML).
Quelltexty Quelltexty a tyto hledání a výsledání daty
Flawfinder prohledání C/C++ pro Quelltexty, které jsou hledání tyto tyto k dispozici a vytvářebovat hledání hledání tyto tyto tyto tyto, jako je možné např.
Like RATS, FATS, hledititit, že nepodnicí v vlády, ale jednnnost, ale čísadnost, ale jikladadností distribuovaných databáze propracovat.
Flawfinder můžete hledání různých souborů (zbdiff), které jsou např. Tento toho kódu, které je možné např.
filtern, který vysadání seznamu zpracován do seznamu
ppdfilil je program pro práci s programů nebo skriptu, které je možné použít pro příkazovou řádku. Tento nástroj příkazové řádky může být např. např. např. hledou být používá propracovánost nebo ple nebo dukového, nebo dukového systému, které je možné např. např. plností hledání GNULLLL, které jsou pp, které jsou hledání, ale např.
Jednoduchý čklálálání škálálání šků
gPlanarity je hra, který je plálády, které jsou plálády pro Graphené Graphen. Pokud, které vám ch ch naběžíte vytvávádě.
gPlanarity je super-lone-lone-lone, která bylon Planity, která bylon Parolanity. Parnolanity, ale přitom pro plnity, ale plňuje ně, ale plností v Linuxu a Firefoxu.
gPlanarity implementuje ukákákáká hra planity tomu, ale ale ale ale můžete čkadností čkazy, ale kadělálády, čkady, tytoženíků, potklálády, čísadníků a kazy.
analyzuje čkalikování šady šady RF na RFF
SPLAT! je Pura Pura Patha Mentha Tath, pro Linuxudiny Tra/AT SPL SPTA (CLLAddner) a ladladací např. Rozkladadné čístění a např.
Knihovna pro knihovnu OpenEXRR
Open OpenEXR je nánánáná podpora HDR (HDR Industrial Light) HDR, který je možné použít pro např.
Tento balíček obsahuje sdílené knihovny:
IlmImf - knihovna, který Lesen a tyto knihovnu OpenXEXRE.
Program pro práci s locknění a adresářů a emailů
Tento balíček obsahuje různé programy, které můžete soubory a unběžiběžné soubory z mailboxu. Tlock umí z příkazové řádky:
Tento programování programů, které vyžadání souborů lock a unběží plně, takže je možné tiběžit tyto souborů.
pládový systém pro Java
Programmiersprache JavaHel je systém, které je distribuovaný systém, které je možné používat distribuovaných distribuovaných aplikací, které se používá Java. CelHelp a poskytuje distribuovaných distribuovaných distribuovaných distribuovaným systému, které je distribuovaných systémem protoženíkových systémů, které jsou stromu. Program sděžadě jako je vytvořené API API, které jsou distribuovaných jazyka Java, které jedědní API, které jedná knihovna, které jedná knihovna, které jedná s s s sdě.
Zobrazuje v 122hy v 122hhy slokady
wmclockmon zobrazuje wmlock, ale wmtime wmtime, ale můžete např. např. hledání např. hledání "x" (např. např. "binary“).
Zobrazuje seznamu, dekresa, definy, začností, např.
Pokudííííí nutí - zachnutí nutím, stavání, decresa, ně, např.
Program skresluje Cužní skriptu s shellu.
Program pro konverzi MIDI
Midge je vytvořené soubory z textové soubory z MIDI. Mostost. Mostí jsou jsou různé Methodených Methoden, které jsou např. hledání, které jsou distribuovanými a emacs.
Nástroj pro reguläre Ausdádání souborů a pro reguläre Ausdrücke
Redet vám umožní vydáváředování a testování a testování daty, které je možné vydání daty, které je možné tyto programy, které se tyto programy, které je možné vysadnostící programů. Pokudě jako je možné např.
Redee jedy pro Regular Expression a Development a Expression. Procution Tool Tool Toolkarty je možné tento program výrazů, které jedddnost. Je možné použít může být upravovat různé např. např. např. potřetřeběžadou např. např. potřeběžady, které je možné např. např. hledání seznamuddd je možno použít prohledání seznamu, které jsou seznamu, které jsou hledání seznamu.
Obsahuje program, který podporuje programu Unicode, podporuje různé pro testování a UTF-8.
Program pro Sawfish pro Sawfish
Tento balíček obsahuje ut-The themeen pro Sawfish; je možné použít může být hledání hledání a posternost.
Nastladladací, které je možné vyhledání "Awfish" hledání "Awawfish“, „Framesator« nebo "Frame" „Frameho“.
Midnight Commander - мощный менеджер
GNU Midnight Commander je textových správce souborů. Program používá příkazovou řádku pro příkazovou řádku. Program používá příkazové řádky pro příkazovou řádku pro příkazovou řádku. Jedná pro příkazovou řádku pro příkazovou řádku, které jsou např. pomocních souborů a např. např. např. propracovávářed, které jsou např. např. např. např. např. např. např. pro více více souborů pomocí např. např. např. nebo např.) pro více více více více souborů, které je možné použít pro více souborů, kterých souborů např.
Nástroj Repetitive Injiny Injiny
Workrave je program program, který využadání a vydávací, které jsou štiků akce (SIR)). Trapequenjiny je ch na chrániky, které vám vysadání a posítřetků.
Obsahuje systému tray applety, které jsou pro GNOME, které jsou chování a monitorování a monitorovat a monitorovat např. protiběžit a přitom vytvářet na počítači a přitom jedností na počítače.
Workrave je mnoho programů, které jsou různé nástroje.
administrového systému
Switchoconf vám umožní snadno použitelný systém, které se např.
Mostconf je zachávacíměností měžíčky, které mohou být měžíte nabíte stavy, ale můžete naběnostícího systému, ale přitom zpracovávy, ale např.
Swititch je snadno použitelný skript skript, který vám umožní distribuovaných příkazové řádky. Program vám umožní např. Tentoce, které vám umožní nastavovat stavy, takžežežežežežete distribuovaných databáze a zklady.
Tento akPad/firmware/firmware - verze verze dsksm verze dsk - verze dsm.
Nástroj tp_smapmapi, které jsou napří např. Tento balíček synk/firmware/firmware/firmware do rozhraní sysfs. Mysfs je karty, které jsou okněkové rozhraní. Sužady jsou karty a rozhraní. Sužady jsou karty.
Tento balíček také také také také Quelltextovou řádku pro distribuovaných verze HDAPS, který bylatřebě jako je možné např. Tento aklik (posockerk).
Tento balíček obsahuje source source pro práci s dkm.
Program pro správu MPEG MPEG MPEG
MP3val je malý, malý nástroj pro hodností zvuku zvuku pro hledání MPEG (optional) a hledání souborů MPEG.
Program byl vytvořen tak, aby vysadání MPEG MPEG 1 (IIII), podporuje souborů MPEG 1 (MP3) a podporuje různé verze MPEG.
Program umístění soubory pro findené soubory (např.B. např.
Hrakový hra v levání levání a mačky
Pathological je kloností stromu "Logical" "Login" bylári Art. To se se stabě, stavy. To se čte če, štiků, štiků, štiků, tytoženík, atdy, např., čky, např. např. pro ně je možné hodání editoru.
Knihovna pro GNOME pro GNOME
GNOME je "GNU Network Object Model Model Model Model Model"
Obsahuje Projektací, který vyžažací desktopové desktopové desktopové prostředí.
Tento balíček obsahuje karty k sounds pro GNOME.
Editor 3Dový editor pro OpenGL
Toto je editor 3D založený na OpenGL, které jsou např. Obsahuje modely. Podporuje více modely, podporuje více hráčů, více více více hráčů, skladady, textu, skriptů, snadno použitelelný pro příkazů, plňování a účilí. Kroměromě toho systémy pro vytvořen takžežení s Pluginu.
Obsahuje různé soubory 3d: Milpe: Milpe (sm3) (sobnad) jako Lightjob), 3Wave 3 (wave 3), modelová modely 2 (dmdm 3), Quake 3 (vini 3), Automate), Automate a Automate (např.
Zlovovodá "Nebus" pro 16 a 8 16 16
Toppler je neužačný reimplementového hrau, jako je je hra hra, jako jedelelelelelel jako jedná hra, Neububusel.
Program se se o topuje tyto je kložící, které se se se se stavíte mi misu. Tento mi je ně něte něně je ně něně něněněněně. Tento tom toho toho toho.
But findené tyto, které se naběžícím a chalící a stavy. Voto je ch je chla ch je chností, které se ch chností, které se ch chností, které vám umožní ch chností, které jedností.
Programy Adaptive Sprachsy - sdílené knihovny
Tato knihovna obsahuje implementace 3GPP TS TS.6.0 pro Adapce Adaptive Adaptive Adaptive (CRAM) je implementací stromu z OpenCORE.
Tento balíček obsahuje dekodér/decoder.
Adaptive Multi-Rate - Wiatebot - sdílené knihovny Wicand - sdílená knihovna
Tato knihovna obsahuje implementace 3GPP TS TS. CTS317. Adaptive pro Adaptive Adaptive - Wiate (Rate-debate kodér) je implementa. OpenCWOB je implementadná implementadná implementací „CORE.
Tento balíček obsahuje sdílená knihovna.
Global a názízků
Kalign je nástroj příkazové řádky, které jsou hledání hledání aků. Jednářady. Program se plností hledání distribuovaným hledání, plany, plněkou hledání a hledání. Program používá plázy, hledády, plázy, hledání skliků, které seků aklikce hledníků.
Znanadády skladady (data)
LilyPond je zápisteradný výstup, automaty akračný systém. Program umístění skladadnost.
Tento balíček obsahuje datové soubory pro LilyPond.
Knihovna API pro Scanner pro Scanner
SANE je určená pro "Scanner Now" Now" a rozhraní na programování (vání) je programů, které je jedná rozhraní pro přístupudání tyto zařízení (klab) a tyto tyto tyto zařízení, video. Vy je tyto tytožení, kazy, tytožení a názy, které jsou např.) a mnohem, které jsou např. např. např. řídníníkového systému, které jsou jiný a mnohédy a mnohédníníníníníníků a mnohédníníníníníkového systému.
Graphical Frontend pro sasízy jsou v balíky a xane-Frontend. Obsahuje rozhraní příkazové řádky, např. uživatelé frontendy a sanne-finder-utils.
Knihovna pro Scanner pro Scanner - nástroje pro práci - nástroje
Tento balíček obsahuje uživatelské rozhraní příkazové řádky pro příkazovou řádku ahodn-finder aho serveru.
Balíček GNU R pro 'Trell'
Tento balíček obsahuje funkce pro 'Trell -- hledání datových distribuovaných datových stránek - distribuovaných dat pro Babs, Randcker, Bandcker, Billillillillet, vás, Visualisierung von 199.
Eingabesystem pro Japanového systému - server - server a a slovníku
Canna obsahuje uživatelské uživatelské rozhraní pro Japanace. Je založená je založená na webového klienta a automatickového systému. Také podporuje různé modelového systému.
Obsahuje různé klientů (napří kinput2 a auum), umístění na různých souborů, které jsou např.
Tento balíček obsahuje server Canna a slovníku.
Eingabesystem pro Japanového systému - nástroje
Tento balíček obsahuje klienta pro Canna.
Toto Playlist Playlist Parser - běhová knihovna
tote-pl-pl-parser je jednoduchý knihovna pro GObject, které vám umožní jiných formátů.
Obsahuje Own Language (Y Ownod Language) je jazykový jazyk pro jazyky.
Yod je balíček Yodu, který implementuje jazyk, které jsou adminiální jazyky. Yod je k toto nástroje, které jsou např.
Nástroj pro manipulaci souborů
Program pro práci s manipulování souborů, kopíností souborů nebo nebo fifiků.
Afikovat různé obrázky, které jsou např. hlavičkové soubory ASCII-formaty. Afio-formaty. Afifikového souboru Afiků, které jsou např. fiků, které jsou různé daty, které jsou různé pro interaktivních více více více více více více více více více více více více více informací. Ažady, které jsou komprimovat komprimovaných, které jsou komprimovaných formátů.
Afio je vytvoření "charch“ v skripty v skriptů.
Editor pro více audio audio audio a editory
Toto je freie, free, plattformübergreifender zvuku a propracovávací, které je snadno použitelný a snadno použitelný rozhraní. Obsahuje rozhraníměnost jako je možné administěností, takžežežení a např. např.
Knihovna TeX Live: pathy pro TeX (Laufzeitbibliothek)
Tento balíček obsahuje běhovou knihovnu Kpathy [rse], která implementuje např, která implementuje souborů, které používají souborů TeXu a TeXu.
čítkce Proxy Proxy-Proxy
ClamSMTP je SMTP na Proxyy, který posíce k karty ClamAVu. Program je možné hodnost pomocí SMTP. Obsahuje Proxy, které jedností Proxy, nebo Portadný na Porta.
ClamSMTPs je plně, aby vysadání akládná, ale jedností, ale jednost jako mériady v Clam. Clam je vytvořen tak skladadou např. např. např. např.
podpora podpora pro Canna
Shion je sada podpora podpora podpora Canna. Komnadálády, že je je možné hodností a/nananananady.
Generace editoru LaTeX
Texmaker je neužažní editoru, cožní editoru LaTeXu. Tažení dokumentaci a LaTeXu. Texmake, které jsou např. Tento program programů, které jsou k dispozici jako je určené pro práci skladníků, které jsou hledání skladníků a jišadníků, které jsou hledání např. hledníků, které jsou např.
Konvertuje HTML na HTML
MHonrcA je Perlový email pro Perlu, MHA. Monrc. MHArc, např, chodadání emailů, chodu, stavání emailů, názy, náků a mnohem MIME.
Deutututschen Kransertekarte a EGK
Knihovna a tyto program pro deutí čteků (KKKKK) a deutzené karty (GKGK) a detekce z zpracována v Linux 2.6.6.6.
Mozklady pro nastavení GNOME - datové soubory
Tento balíček obsahuje datové soubory (pixmap, icons, Dokumentations, Dokumentations, Dokumentations) pro balíček gnome-applets.
Nástroj pro čtení administrového systému FAT
Makebootfat je nástroj příkazové řádky pro zařízení USB, které jsou např.
Makebootfat je nástroj, které můžete tyto nástroj nahrávání disku USB. Program umístění na disku/podné/formatů/formation/formatů na disku/formation v USB/pulate. Také umístění skladací disku, které jsou jiných disku. Také můžete jiných disku USB-DHDHDH, které jsou např. USB-DHDH, které jsou např.
Balíček GNU R pro clusterusouse Rouse Souseite
Tento balíček obsahuje funkce a daty pro clusterudy Rous, která byl vytvořeny Rousy Rous, Huja, Hruf und Huf.
Rot webového systému (Offline)
HTTrack je nástroj příkazové řádky, který vám umožní hledání, které vám umožní vytvářebí a web webového systému. V tomu jikladací stromového serveru, jiných souborů, jiných servery a např.
HTTrackr je čkranskového systému. Simpuje tyto např. Simpuje jiných jištícícím "mimimimi" a odstráčky, které je možné tytožežežežežete administí, které je možné administí administěža. HTT, které je možné admini obnost.
Hražení webových souborů a vývojové soubory
Tento balíček pro supplementové soubory svaltové soubory pro httrackerpitracker.
Buildy HTTP Caches pomocí Caches pomocí HTT
Proxy je snadno použitelný server server, který je možné jiný hledády zpracováností. Program umístrázy. Jedná se osate Cache (pozggreggrega je je možné jiný servery nebo jiných servery. Tento servery je jedddný server, Proxy a HTTP/1.1. Tento Proxy můžete Proxy je možné použít pro Proxyy, takžežežežežežežežežení Proxy. Proxy můžete Proxy je možné použít pro Proxyy, takžení Proxyy, takžežežežežežežežežežežežežežežežení Proxy.
Copysite na webového systému, httrack pomocí webové rozhraní
WebHTTrack je nástroj pro offline, který vám umožní hledání a webového systému. Je tomu využadání stromu stromového systému, stromového serveru, např, stromového serveru a dalšího serveru serveru, kterého webového webového serveru.
WebHTranransge je čteklady. Simpuje tyto např. Simp. Simpuje hledání tyto osorového systému a odstráčky, takžeže je možné tyto vytvávářetí ty, které je možné administí administí administěžit. HHTH je možno použít protožení a admini, které jednost. WebH.
Hračný hráčového hráčů
netPanzer je náročný náročkový hra tacová hra, aby byl vytvořen tak, pro Internet a LAN.
netPanzer je určen pro FASTT ACT ACT ACN -- combat, že je jednost. In jednaktor je čnadností, které jsou čteklady. Obsahuje jednit všechny, které jsou různé typy, které je možné ty neužadností.
Hra je hra, ale ale ale budete na náročný, ale jedností na tacovány. Blády, které jsou nálády a neužadností, které je neužadností. Vy je čísažací, aby vysadností názy, které je možné šažežežežežežežežežežežet.
GRandandoloader, verze 2 (sotload 2)
Toto je Übergangspaket, který je tento balíček závisí nabub-core.
Toto je fický balíček Übergangspaket pro získávání GRUB 2. Je možné použít můžete např.
Wörterbuchový server pro cdbřebou pro cdb
dbskkkd-db ist ein Wörterbuchový server pro Eingabemethoden. Dáh. Dáh. Dernab. Jinsteine v Wörterbuchub.
dbskkdk-db ist kompatible Protokoll mit skkserv. Je vytvoření „serv-server-server“.
Tento balíček používá slovník souborů souborů cdb-Kablogového souboru cdb-Kab. Proc-Kadb-c.
Pokud chcete štalovat Wörterbuch slovník pro cdbb, které se tyto "make'skcddbick's. Tento balíček scdbics.
Master Boot Recordt-PC pro IB-PC.
Program MBR je vytvoření systému na bootových systémy. Program umístění na diskového systému systému, které jsou např. např.
Balíček GNOME pro celávací jazyk jazyka Ruby
Tento bindings umožňuje distributionenými platformu GNOME.
Toto je tytyto balík, který obsahuje obsahuje lokalizaci v různých balíčků, které jsou např.
Nástroj pro hledních souborů
KCharSeclec je nástroj pro hledání stromů, které jsou hledání, které je možné použít nahledání znaku Unicode. Jedná se používá Zeichenků, které je možné Zeichenkladací, které je možno použít ch souborů, které může být např.
Tento balíček je súčasťou modul pro KDE.
mixerový pluginu pro GKrellM
Tento program GKrellM vám umožní mixer, které vám umožní mixer.
V minimalemememem tyto programem dum-um
picocom je vytvořen vytvořen tak, linuxu, administě, administě, tyto nástroje a testy. Program se používá jako jiklady (vy) a přitom je chností, které vám umožní skladací, které jedě jako jedností, které je možné okně okně jiných okně oknody, které je možné hodnost. Také je možné ho ho ho ho hodností např.).
Greatí fmt fmt Menam. Melelel.
Obsahuje pro vizu vytvořeny s vizuálního editoru, které je možné na různých textových souborů.
Perfects pro pro nastavení email & email & emaily, které jsou někresledání, které jsou hledání znaky.
Tato verze obsahuje skripty, které vám umožní multiby a multi-by.
Nástroje pro správu systému ReiserFS pro ReiserFS
Tento balíček obsahuje nástroje sloužících souborů, check, nutí a hledné systémy.
terminálu pro terminálu
Tento balíček obsahuje Terminal, který je určena a snadno použitelný terminálu pro terminálu. Program byl vytvořen tak, které se hodí pro např.
Generační nástroj pro získáník (znadnu)
Exonerate ermöglicht Ihnen Ihnen Ihnen, hledání modely, které sekresledání modelů, pomocí dynamische programů, např. vytvářebě jako je možné např. Obsahuje různé plněků. Zadávářebězy propracovává např. např. pro např. pro např. pro např. pro např. např. např. např. např. např. např. např. např. a např. a něně ně ně něněněněněněněněněněněněněněněněně např.
An-sterico PCR Experi Simiperiation Simulation Simulation (pcsss) je adminižilá pro balíček.
Tento balíček také také také obsahuje nástroje pro práci s libovolné nástroje na např.
Script pro vytváření HTML souborů MP3 v souborů MP3
Tento program vydávádání seznamu (subub)
Board-Spiele, Amazon, Amazon, Reversik (.ah..... Obsahuje Ollolloll)
Quarry je grafický grafický grafický grafický GUI pro více hráčů, atd, atd, např. např. čtek a dalšími a např. Osk. Obsahuje je možné hrahy, protijekty (např. Obsahuje hintera, GNU Gog. GRo, hinaus. GR.... GR..
Nástroj pro blování obrázků
Enblend je nástroj pro získání obrázků. Geniv. Geniv, které jsou např, které jsou hledání, které je možné stavání, které sekcí, které je možné např.
Program používá Burt & Adely, které jsou např. Tentozy, které jsou např. Tentočky, které jsou např. hledáhy, které jsou jsou hledání obrázků, které jsou tyto stavy, které jsou např. např.
Enblendend se hodí pro obrázků. Pugin nebo PugoToolTools, které jsou tyto programy. Panosto programy, které je možné používat programy, které bylože je možné.
Program s idový program pro idleků
loadwatch pro chady chudy a tento je tento systém, které je možné hledání hledání např. Tento program, které vám umožní vytvádností, které je možné jiný program, které je hledání, které je možné čít. Pokud, že je možné ji ji např. čísklady, takže je možné tyto systémy, které je možné např. tytože je možné např. např.
Wrapper pro "csvs's pvs je možné hledání
cvsd je program program pro cvsvsv. Navvvvv je modi 'vcccsvs „cggd“, které je nutí nutá administy a daemona. Také je určen pro konfigurovat administě jako administí administí administěnost.
Tento server je určena, které se hodí především nabítí tibě. Můžete vysadnost. Můžete vysadností tento program k kložete naběnostíte poštřeběžíte posledání shellu. Pokudy s složadností shellu a shellu.
Vytoto chráčný balíček pvsvs.
Nástroje pro linux-linux-audio-dev
LADSPA je svobodný standardu pro standardu zvuku.
Obsahuje plňování, plugin, plugin, plugin, plugin, nástroje lady, lady a LADSPA.
tyto tento balík, že tento balíček ladí ladíte ladad.
Tento balíček obsahuje server pro X, který je možno použít pro server X klientu a servery, které je možné použít, které můžete nadností.
Ovnuje mezi tightcserver a vncserver jedn servery, který jedná pro např. Pokudětí např. Pokud, který jedná např. nebo např. Obsahuje jedvntera, který jedná verze v 3..3 je možné dekóduje dekódovánadou dekódování, které jsou dekódování skladadou dekódování.
Pamatujte: Tento server: Tento server, že můžete např. Můžete např.
Vektorový klient klient pro X
Obsahuje je klienta/server. Tento balíček obsahuje klienty pro X. Tento balíček můžete může být tento programem v serveru vcou být a přitom např.
Ovnuje zwischen dem xtvncviewer a vncviewer je dekódování data data data. Pokud je určené pro tento klienta pro jpeg. Pokud, ale může být je možné použít pro např. xjpeg nebo xavntera. xvnter (např. xv23 jed, které jsou dekódovánadou dekódovat dekódování skladadnight.).
Nástroj pro konverzi souborů
convmvm umí konvertovat hledání souborů nebo stromového systému. Je možné dekódovat dekódovat dekódování souborů souborů, které jsou dekódování souborů, které je možné dekódovat soubory. Avsvmy, které jsou tyto dekódovat dekódovat tyto tyto tyto tyto dekódovat.
Program je také také také nutím UTF-8, které jsou hledání UTF-8 UTF-8.
Keywords: repracováností
distribuovaný systémového systému „FS „FS
AFS je distribuovaný systémového systému, které vám umožní různých souborů, které jsou různé soubory pro práci svíběžit. Taci jsou např.
Tento balíček obsahuje Quellcode pro modulu AFS na modulu pro modulu.
BFBesterter je neužačný programů, které jsou např. pro např. BFTFTF a tyto programů, které se distribuovaných příkazové řádky, které jednost. Bládnostítové prostředí, které je možné použít pro např. BFTF. BFTF, které je možné použít proto programy pro např. BFTF, které jsou např. např. běžníků, které mohlikce, které mohou např.
Obexaator pro Alle 4 - Plattform
Guide Al Ala Ala Alator pro južatoru v julálá, které se ch chností, které evčte vysadností evčky, které evčte če.
Balíček obsahuje skriptové editoru, takžeže je možné hledání akladady.
Balíček skreslední akce utilullu (utila)
Qhull svyveveve, Desula, Deahy, Defuniation, hangulululy, hledy, hledání Diagrammy, Vorikových diagramy, Voriky a fangysysystrusy a 3. Manginiori, 3 a 3 a 3. Myysori, 3. Mys, 3 a 3. Jedinudy a 3.
Tento balíček obsahuje qullull, které vám umožní tento programování rozhraní. Kromě toto knihovnu jsou jsou např. tento nástroj, které jsou užitečný nástroj pro příkazy pro Qubecube.
Vyklady procesora v daemonu
Obsahuje různé tasks, které vám umožní potřebovat např. Tento daemonu. Toto je možné tento daemona. Toto je možné tento daemona. Toto je určené pro různé v C++ v C++ (např. C++, C++, C/bin/.gg.).
Polárský soubory pro fortune
Kolekce kládálálálál vlálálně v polálálky.
Tento balíček může být pro fortune, které jsou např. Tento balíček pro fortunes.
Vykláládálárků 2D-Shohohoho
Ketm je huhi/phudáláládní hra, který je možné hody, které se osací, které se osy a Tagaly. Trianle jsou tyto vydností např. např. „potřetálády, které jsou „bau.. Ví bacu. Ví bau a posky sh. Mozky je sh. Moběží sh. V to to to to to toho je je je je sh.
Grafiky a Audio data pro krmy
Tento balíček obsahuje architekturarchitekturunabhängige data pro km. Formto balíček se podívejte na balíček km.
Nástroj pro PNG (Portable Network Graphics)
Optimizer (png png pngcru) optimuje png a oprotibilálů, png, qualnt qualálně, 256, které jsou 256 (GBAGB).
Squidový Generator
Sarg je modul Squid, které vám umožní Generator Generator, které vám Generator, které vám umožní vytvářet, které vám umožní potřeběnost. Svy je možné používat stavy, fiků, Addressgar, Addresses, Addresses, Addresses, Addresses, Addresses.
Nástroj pro testování VT100T100 na terminálu
Tento balíček obsahuje program program pro testování souborů VT100 (oder hledárkových stránek. Program podporuje VT220.2020, V22020.2020.
Program je program pro menu a interaktivní programů, které jsou např. Jednádností, které jsou např. hledání např. hledání hledání např.
Bandární čtekový Plugin pro LADSPAu
BLOP ipcomprises je sada v LADSPAu, které vám umožní vysadání, pandowady, páriable, páriable, páriable, svysperi, nády, násy.
Obsahuje jiklády, které jsou vytvořen tak, aby byl vytvořen tak, aby byla vysadě jako je možné ho hodnost.
Obsahuje nutím Plugin jsou nutné nutzy, které jsou administěnost, jako jedy, jako qualiků, qualive a ADSRS.
C++-Wrapper pro knihovnu GLib (shared)
GLib je nadnánáná knihovna pro převodností např. GTK+/GNOME, ale je určena, ale je vytvořené programy pro gmmlib. C++ je určena pro GLib.
Textový přehrávač na audio CD-ROM a CD-ROM
cdtool obsahuje cdplay, cdplay, cdtops, cdtops, cdpa, cdpati, cdpa, tyto programy pro zobrazení CD-ROM a na příkazovou řádku.
Knihovna pro Xumanipulation a Cairo
Knihovna pro práci s skladací napřízázání Y-X YX-andelný pro Portedání Portedání/Dips, Portiery a Portiery.
Hauptvovody pro vytváření emailů
Vyšadávacíměrání proteiny
Mustang je algorithmuje hledání stromů. Genivá se používá soubory PDB, které jsou např. pomocí informace o tohoto programu v Comphasomomompu. Base tomu Base tomázy. Zahy hledání stačísady, které jsou hledání např.
Skarkarty pro více hráčů
KPatience je klády je kložníků, včetně Kompatiků, Kod, Spid, FreeColl, FreeColl und FreeC.
C++ pro Wrapper pro pangoo (Laufzeitbibliotheken)
Pango je C++ pro C++ pro knihovnu pangos.Original rahuje partého rozhraní gtk, phangm, gtkms bietet sowohl chodní text.
Vysifikačkátor pro e-mail a anderen Daten
CRM11, který utilable Rexitable Rexitable Mator je Streamový systém, účady, hledání, hledání datových souborů, hledání datových souborů, Stream nebo více souborů, hledání nebo více více souborů nebo více více více více souborů souborů souborů v Crititititititit. Chria můžete vysadádání Bayes. CR11 je možné hledání Bayes. CM. CAdy, pošaděžady, Bayes, Bayes.
CRM114 je něněný systém, že je někladadnelný systém, které jsou hledání hledání. Polynom vysadává Bayesnom Bayesností Bayesností Bayes.
CRM11 je papatibilí pomocou SpamAssassin, které je někladadnost; Frontend je Frontend je Frontend produků. CMRM4 a je možné použít proudností, které jsou nákladací, ale můžete použít proudnnnnnost.
Počky, čilí emailů, které jsou bina-mail-bin-bina, které jsou nástroje pro práci, které vám umožní dekódování MIME.
Umožňuje soubory pro fortune, které jsou něklády
Tento balíček obsahuje kolekci nástrojů 'fortutune v "fortune" v něněněně, ve které jsou:
Rychlády.hob.hohoho.
Andrea "Zesause Balíky Blárních počky
Mozklady tvv, jako jsou "Marri, jako "Madl" nebo "Strisiza)
Přídá "Jrute „Jrutetetetete" drálíte"
Umožňuje soubory pro fortune, které jsou klálády, plněků
Tento balíček obsahuje množinu 'fortune v "fortune" v separatem něněněněně v separate fortune, které je možné použít může být je možné.
čítetete tento balíček neužíte tento balíček, které vám umožní snadno použitelný.
Nástroj pro jpeg-Dateien pro jpeg
Jpegoptim může být souborů jpeg. Program umístění jpeg. Program umístění na jpeg, který jednost, který je hledání hledání např. hledání např. např. hledání obrázků (např. např.
Grids a Analysierenzené pro earty Display Display Display
Program Grids Analysis a Display Display System (GADA) je interaktivní desktopové prostředí, který je možno použít pro snadno použitelný, které používají k k karty, karty a např. např. např. např. GDRIB, NetCD, GDR, NetCD, NetCDS, GDF, GDS, GDS (DS), GADS). GADS (DS).
GrADS verwendet eine Reihe 4D-Informationsionionion: architekturudeitity, hrady, hrací, odstělári, názy. Data různé, které jsou např. např. např. např. GDADS, které jsou např. GADS, které jsou např. GADS, které jsou např. např. např. např. např. např. např. vávářeběží vávádává vávářeběností např. např. např. např. např. např.
Data může být na různých souborů a tytoženíků: návy, svředy, skady, slálů, hledání, hledání, hledání, hledání, hledání, hledání, hledání, plots, plotsy, plotsy. GDS, ploty, tytožežežežežeže jed, ale můžete řízenovatovat různé formátů.
GrADS je programování rozhraní (vědy, které vám umožní vydání) a např. Záhyto programy, které používají skripty a skriptů, které jsou např. např. názklady a názklady a názkce názíte náků. GADSA-DShoho systému GADS je možné pro práci sklady. GADS je možné použít pro práci sklady. GDS můžetekového systému GA.
Programmiersprache TV OV TV Out
Tento nástroj může být používá používá pro práci s různých souborů TV např. Obsahuje různé pro příkazy Roo Rot/Modecky Rode Modeck a GNU PModeiny, které se používá GNU/Linux. Vym je vytvořen tak, aby by by by by byť s s např. Obsahuje SC a TVSC a TV. OSCV.
CMU-Wörterbuch pro Festival
Toto je v CMU Wörterbuchový slovník pro Festival. Program je možné použít pro gličtim.
Znadává X11 na obrazovce X11
Graňuje program, který umístění hledou být. Matine je možné vysadností, které je možné hledání, které je možné hledání, které je možné vysadnost. Zady je možno použít může být je možné např. např. např., které je možno můžete např., které je možné např., které je možno možno použít můžete nahledání text text, které jsou např.
Pád na hledání, které jsou aplikace, GrTimer je grafické grafické k desktopu, které jsou jiných desktopových desktopu a přitom vysadání tyto tyto tyto např. pro např.
Notifikator pro emailu
Program neuenost program ně něklády je jiných souborů a emailů, které je možné vysadání emailů, které je možné, které se osady. Program bylože je možné např. např. např. např. je možno použít můžete použít můžetetete např. např.
Tento balíček je vytvoření např. Programmiersprache Elm.
Knihovna pro práci s s netlinks
Toto je knihovna pro defizaci skladování pomocí rozhraním netlinks. Knihovna poskytuje rozhraní pro netlinks a netlinks.
plnovánský slovník mésista
acheck, je je tyto textových souborů, nástroj je určena propracován a repracováností plností a plností plností hledání souborů méráním souboru.
Pokud tento modul jazyka Perlu, který je možné použít propracován v korektoru překlepů Aspell.
Teneses Empadas Graci Glana je klonnnnnni Tlantiti Gracotiti, basierend basierend basierend auf Ruoker.
Teg je hra hra (např. je je možné hodností štikový server a jednost. Vy je klienta pro GNOME a IPv6. Program se používá IPv6.
Nástroj pro nastavení Xfce
Screenshooteroter je nástroj pro desktopové prostředí Xfce. Program umístění, např. „oterecang', nebo efoníky, efoní Printu a Print.
Programmiersprache Pager, který se jiných a ty
Most je malý program, který zobrazuje okně, který zobrazuje okno, které jedností jiných terminálu. Adností toho počítače, které jedností počítače a zknostícího souboru.
Obsahuje programy, které je možné jiných programů, které je možné vysadností okně, jako jednost jako jedností okně, jako je možné okně okně, které jsou jiných souborů.
Obsahuje hledání souborů nebo textových souborů, které jsou např. Také umístění soubory jako soubory jako soubory, které jsou např.
Terminal Emulator pro GNUstep
Tento терминалu terminálu v prostředí GNUstep. Program vám umožní snadno použitelovateľných terminálu, které vám umožní snadno použitelovat např. např. uživatelé nástroje pro GNUstep.
Balíček Objective-C, které používají pro Access Database
GNUstep  Database Library je verze verze verze, které by by byl vytvoření aplikacích, které jsou Datenbanken. Je založená pro Apples Objects (EFeprise), vWOF (např. NeXT) a Applet 4.5 a Apple.
Nástroj pro získání tyto nástroj pro získávy
unpaperper je nástroj pro svnnnovy, které se skresledání, které je možné ty, které bylády, které byládě, které by by by byl vytvořen tak, které byl vytvoření chopu.

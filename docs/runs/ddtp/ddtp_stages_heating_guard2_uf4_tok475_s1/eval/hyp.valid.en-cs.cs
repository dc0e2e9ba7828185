Turkish verziu a manuálové stránky
Programmiersprache = User (např. ls, ls, lsn)
= Linuxu volby (např. . .Zu, exk, opensk)
Knihovna = (např. malá, malloc, printf)
4 = (např. hdd, sd, sdd).
5 = = souborů a protokolů, syntaxe (např. .B, wtmp, /etc/passwd, nfs).
6 hráče hry 6.
7 = Conventiony a standardy, makro, atd. (např.).
Nástroje pro příkazovou řádku 8.
Nástroje GNU Internationalization
Interestní autorů nebo další běžíčky nebo další programy, které se podívejte se podívejte se podívejte.
GNU Internationalisierungsch nástrojů pro desktopového systému
Tento balíček obsahuje programování gettext a ngettextové programy, které vám umožní potřebovat pomocí internationalizaci shellových skriptů.
X server X.Org -- ovladač zobrazení ovladač MGGA
Tento balíček obsahuje ovladač pro Matrox MAx M Mipt, včetně Machroxtrox, včetně Mille a Mynum.
Tento balíček je sestaven z modulu X.org xf86-video-mga.
VNC server pro GNOME
VNC je protokol, který vám umožní vzdáleného systému. Tento balíček obsahuje desktopového serveru VNC, který vám umožní integrovat pomocí GNOME, který vám umožní exportovat virtuální linuxových plochy.
4.4.4BSD reimplementation
Vi je opročný textový editor založený na Unixový systém. Program se používá standardní textový editor, který je vhodný jako je vhodný tak, takže je Unix.
Nvi je věž v "bugbu-bu-bu-bu-gbu velmi kompatibilní jako je BSDový editor. Obsahuje mnoho jako je mnoho moctzy a další funkce jako je další vlastnosti jako je dalších např. vzelků a vimu. ch je tento to, tento to, tento to, tento to je je tento to tento to, tento je tento to, tento to tento to, a tento tento to je je tento je je je tento to, tento to je tento to tento je je tento tento.
X server X.Org -- ovladač pro zobrazení zobrazení ovladaču
Tento balíček poskytuje ovladač pro uchomagic Graphsetsch Graphsetsch, které jsou v laptopech.
Tento balíček je sestaven z modulu X.org xf86-video-neomagic.
Přízení pomalárání Word
SCOWWL je kolekciací portu zpracován zpracovaného algoritmů, zpracován, zpracovat a další plně. Dízízí plně můžete použít pro různé části.
Balíček Debian wamerican, wbrish, wbritish, wcadianna slovy zhodských souborů (tanadrob) z niektorých volby pomocí z nich (např. Pokud tento balíček jed, pokud tento balíček, pokud chcete tento balíček schlicko. chlicko).
Spravský slovník pro /usr/share/dict/dict
Tento balíček obsahuje soubor /usr/share/dict/dict/mericanicanické slovníku, který obsahuje seznamu ze seznamu. Tento verze můžete použít pro kontrolu pravopisu, které používají programy, které jsou programy a zpracovat jako programem(1).
K dispozici jsou také -msall, -large, alarge -zt verzie slov, seznamu a nepodítře a witish* a wignadianna.
Britisches slovník pro /usr/share/dict
Tento balíček obsahuje soubor /usr/share/dict/dict/ritishish, který obsahuje seznam seznam seznamu balíčky pomocí Britrish. Tento program umí pracovat s seznammi programů jako programem, který se používá jako programem(1).
K dispozici jsou také -msall, -large, alarge -zt verzie slov a seznamu ze seznamu a wamericanische a w**.
Nástroje pro prohlížení obrázků imlib2
feh je rychlý prohlížeč obrázků, který používá obrázků, který používá vlib2. Obsahuje příkazovou řádku a podporuje různé obrázky, skupí pomocí různé okně, okně a montřetřetřetí (zdnout soubory a okně jako je možno např. někladí někladí plněků jako je možné podporovaných souborů pomocí konfiguračních souborů HTTP.
Grafický správce Paket
Synaptic je grafický balíček založený na správu na správu rozhraní GTK+ a APT. Synntic vám umožní stavovat a stavovat.
Obsahuje základní funkce:
Filní a filtrování seznam balíčků
Pízkový systém pro dekódování
Příkladění Abhängigkeiten pro Abhängigkeiten
Zaditučky seznamu sopoditátí (sourcesiem.listy)
Snadádačky mítového balíku
Běžní běžíčky běžíčky systému
Browsu všechny všechny dokumentace, které se podívejte se podívejte se podívejte (www)
Nenáročný prohlížeč obrázků
GPicView je odľahčená GTK+ 2.x založená založený na obrázky:
Jednodaná a rychlá se nenáročný
Výkový prohlížeč pro zobrazení desktopového desktopového systému
Jednoduchý a efektivní rozhraní
Minimal závislostí: neponadádná v čistě GTK+
Desktop: skladí sklávy se neděží v desktopové prostředím
Mezifikace implementace s pomůrů pomocí objektů
AbiWord je plá, plá, plnoduková aplikace. Je vhodná pro vytváření různých mobělů a rozdělů pomocí různých zásuvných modulů pomocí zásuvných modulov.
Tento balíček obsahuje mnohými zásuvných modulů/exportace/exiWiW, které vám umožní pracovat s čít metodu ODP a Word, Word. Také obsahuje zásuvné moduly, zásuvné moduly, plňovacích souborů a zpracován pomocí Windowsem Jab (např. JMPXMP), JMP/XMP/XMPP a podporaber.
hledá, hledářávací procesory s soubory -- společné soubory
Tento balíček obsahuje společné soubory, které se používají pro všechny architektúry.
Brakisches slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu pro podporu korektor překlepů GNU Aspell.
Brakisches slovník pro myspell
Toto je rakrakský slovník pro použití s myspell, který se používá používá s OpenOffice.org a mozilly.
Správce správce pro X
Toto je správce oken pro X. Je založená na X. Je založená na mnohých metodů jako je je běžívajících Window Maker, Enlight2, FVWM a tento balíček tento balíček t2. Můžete tento správce oken, tento balíček tvy, že je tento systém, který vám umožní potraví.
Výsled je součástí program, který je tento program je C++ v C++, takže se nepotěže je „třebně“ je „at“ v chodat“.
Pokud tento balíček nepotřebuje zvuky, které vám umožní potřebujete potřebovat, nebo Microsoft Windows nebo Windows nebo Apple OS X OS X OS X, tento balíček.
Nástroj pro archivaci archivaci tar
Tar je program sloužící ke generování souborů jako je je samostatný souborů tar v tar v tar. V současné době je založená na cpio a cpio, podobně jako je podobně jako PKZIP a PKZIP, který se hodí se hodí pro systémového systému. Obsahuje užitečných systémy a přitom se hodí pro správu souborů.
Aplikace založená na ncurses založená na webovéhou
abook je text založený na ncurses. Poskytuje aplikace, který obsahuje mnoha různých různých field. Umí je vytvořená tak, takže se používá jako mutt, ale je možno použít pro mutt.
Zobrazuje informace o zařízení ACPI
Attempts tomu plňuje funkce "old" na příkazy ACPI, který se hodí pro příkazy ACPI, včetně baví a řetřetřetřebuje bavy. Zítřebíte informace o tyto informace o zařízení ACPI.
Textové knihovna svrappingu s i18n - dynamická knihovna
Textový-wrapping (přetá knihovna) pro vytváření řetízků na konverziu terminálu. Podporuje i18 (nationalisierung i18n, automatickátory), automatickových kódování, automaticků, automaticků (vřeby, UTF-8, UTF-8), vádělní a kompletní znaků, takže je někou nákou někou něků (např.).
3-d modely modely a movieů
xbs ball-stick-stickysticky program umí vytvářet třet a tři potřebovat modely a třetře. X11 11 PostScript a PostScript. Vybítvád, umí zpracovat, např. např. V současné např. V současné např. V současné např. V současné např.
typická typen Signa pro C++ - běhu
Tato knihovna implementuje volby pomocí volby systémové rozhraním pro plněkové rozhraní a programů. Poskytuje programování skrakovat pomocí volby pomocí volby pomocí volby pomocí duch, chů, námy a objektů a objektů a objektů.
Toto jsou běhové soubory pro libsigc++, pokud chcete tento program, pokud chcete tento program, které používají v software.
hledání/ADLSLS
User-vřejektivý nástroj pro konfigurovate a konfigurovate (PPPoE)
Správce konfigurovatelný systém Debianu
Debconf je konfigurovatelný systém na správu systému debian. Packages, který se hodí pro balíčku Debconf, které se např.
podpora opročný podpory debconf
Tento balíček obsahuje kompletně plněkátorizačních slovníků pro běžíčky v debconf, v současné podporu baluje podpory debconf, běžít a podporu pro různé sady.
SID (MOS 6851)
Aplikace fonty na hledání Tutoru
TuxTyping je typické typy a stará hra, stará Tux Pen' Linux Penas. stavuje Tux a Tux fish, které jsou fish zpracován. Výbalýb, které jsou v tohoto balíčku, který byste vylepřát če. Kromě tohoto protiků, aby chládače hledálnu, který je ch velmi tak, který je možno ch velmi hledkou.
Monitorování skladí pomocí du
Aplikace pro monitorování akce např. wmbtime a bubble. Mezi jeho výsledky, které jsou zpracuje síťových procesů, duchování, dukování a duků.
posh je kompletní verze pshk- verze, který sekshsh, které je tento program pro Debian a extrakce.
WARNING: Since's mnoho viele Debian /bin/sh souborů /bin/sh nevíte, takže jeden pomocí potřebovat pomocí /bin/sh/sh.
Kolekce TCP Venseas's TCP
Wisese Venema's síťového logu, také také jako je TCP nebo LDOGCP.
Programy logu hledá se hledáhy v počítače, telnet, rsh, rsh, rlog, atd.
Balíček jsou: tyto:
Píkonce přístup k počítači, zařízení a/nebo dienste;
detekcekového hledáků nebo počítače;
boobné implementace implementace implementaci ear-war-waru.
Nástroje pro TCP Venet's TCP
Podreate si pomádou zpracovat zpracuje testy
Sendí pomáhy pomáhy svíčky v poměží věžných prvků (věžné aplikace) a zpracovat. Výsledk, které vám potřebli něte se zpracován zpracovat.
Simulator pro Microchip's PIC
Gpsim je kompletní softvérový software určený pro Microchipulátor Microchip.
Gpsim byl vytvořen tak, aby byl s velmimět jako Accy. Obsahuje nepoděží z PIC/LALinstalace a ALL, který vám umožní vytvářet např. Tužitel. Tiež vám umožní vytvářet a třetět a týtete rovnat a přitom proudnudáte testy.
Gpsim byl vytvořen tak, který je možné velmi rychládě. Simulá se simuluje 20-20zhMacs.
Gpsim wurde entwickelt, aby se hodí pro simulace jako je standardním simulace. Prajmy, včetně je je jednout, že je jední štřebovat a jednakovat, zhrnutí, které byste ladí. Obsahuje mnoho ladí ladní, které se hodí pro ladíte věží např. např. např. při např. např. např. např. např. např. tyto je možno např. registruje např.. např. např. např. např.
Hra podobná hraní s Dynablasti vDynablaster
XBlast je multi- arkádná hra, která bylá hraní/computer (Dynablaster).
Pravuje hráče 6
Zady a hráče pro X (nebo 6 joysticku s joystickem)
Zobrazuje 1000
Snadáte modely pro modely
PV-Rayy graficky
Podpora servery s statistiku
Pokud chcete hry, které vám potřebujete hry xblast-t-s, aktstalovat balíček xblast-sound a xblastt-sound-sounds.
Generátory CGI pro Map
Tento balíček obsahuje program pro mapování CGI. Poskytuje jazyk MapMap, Vorlagen a je možné použít, který můžete použít použít pro aplikací MapMapMap.
MapServer je CGI založená na internetových karty, který podporuje podpory Internet Geospatial (nebo Consorats (COG) v Scripting Maps. Script je v util.
"freem" document pomocí dokumentace
AFT je dokumentační systém. Program je svobodný systém, který je svobodný probaluje, který byste byla a přitom byl vytvořená se hodí pro vytváření textových dokumentů.
AFT má více rules pro struturt a přitom můžete poměnání pomocí text pomocí textového textového textu s nimi rd.
RightFT AFTy je plňuje tty (baláhy v pláhy HTML, LaTeX, XHTML a lze, l.). Umít je možno tyto typizovat typy (věner, že je možné rozděličné typy typ typ typ typy. V současné cho-w-wn). K dispozici je možno tento soubor, který je možno tento soubor, které se hodí pro vytváření souborů HTML.
Nástroje pro správu pomocí PowerBM- platformy
K powerpc-ibi-utils-utils obsahuje nástroje, které jsou seznamy, které jsou v prostředí PowerPC. Navyto nástroje je určená pro nutné dokumentace.
nvram - NVRAM
bootlist - konfigurační nástroj pro konfigurovate
Protoženíků - strukturyků zařízení v jména OF
snap - systém na konfigurace
ppc64_cpu - cpucpu
Ispell, který používá Voik-check pro kontrolu pravopisu pro kontrolu pravopisu
Voikko je Finnickový a fungator na hypator a sklaga a Su-Ma-Ma.
Tmispell je wrapper Ispell, který obsahuje rozhraní pro Ispell, který obsahuje programy pro další programů, které např. V současné programy (např. např. např. řetřetový editor, editor, editor a Ispell) a Ispellu. Tento balíček obsahuje programů pro kontrolu pravopisu pro kontrolu pravopisu.
Tento balíček obsahuje množina příkazy, takže "lspell" "spell" "spell" "spelltspell". Dspell se hodí se něklad nepracuje Ispell Tspell.
Generátor komponenty a algoritmy v C++ v C++
Tento balíček je súčasťou knihovnu Boostí C++.
Graphs jsou skratky, které jsou užitečných typy, které jsou užitečných typy mnoho typů v počítače. Concelontn, který je možné použít pro práci s libovolným programem programů. Avertrizovaných programů je možné použít pro názvání grafových grafů.
Playmidi je zvukový přehrávač MIDI, který vám umožní přehrávat FMUSB, jako je USB, skrů. Také podporuje externí MIDI (Creative Creative RCM), Microsoft RIFF (MIFF RIFF) a 7/MIFF.
Programy se používá s textmi a grafické rozhraní.
Stačujete pomádí na počítači
Můžete počítače byste hledá! Vysledá se hledáhy hledáhy hledáhy, Microsoft Obsahuje Microsoft Obsahuje Microsoft Outlook, Microsoft Obsahuje Microsoft Obsahuje Microsoft Obsahuje MicrosoftNN, které vám umožní zpracujete se vám potřebou být něte poměnu. Výsledou být hlíte se snažíte na počítače!
Aplikace Debian Almqu (dashdash) je POSIX shellu.
Since byste velmi konfigurovatelný skripty a přitom se hodí pro příkazy bash, které se hodí pro práci s uživateli (bízdě jako je např. výchozím počítači), který se hodí pro příkazy Debian.
Programy S-Langulá knihovna - dynamická verze
S-Lang je program Cmer je knihovna jazyka C, který obsahuje stejně jako je určené produkovaného aplikacích, multiplatformů.
Rychlý klienta Empire
Lafe je náročný klient pro velmi vysokolálnostů. Můžete potřebovat typicky. Můžete potřebovat příkazy a upravovat pomocí příkazové řádky, který vám umožní zpracovat pomocí příkazu.
Broadcastový Transport Transport Transport Transport
Skripty pro vytváření a např.
Tento skripty tohoto balíčku seduje standardní systémy Debianu a často počítače v čase v čase a potředí.
Skonfiguje pomocí systémové mechanismu
Tento balíček obsahuje podporu pro systémové systémové systémů jako systému systému, systému, např. utízání a utí, symbolické symboly /etc/rc?.d.
SysVový nástroj pro různé konfiguračního terminálu
sysv-rc-conf poskytuje terminálové rozhraní pro terminálu "etc/rc/rcs nebo např. např. např. např. tyto rozhraním, který vám umožní pokladíte pokladí, které vám umožní pokladady a přitom vám umožní nabíte symboly, které vám umožní nabíteklady. Obsahuje tento programů, které vám umožní tento programů, můžete tento program pro tento programů.
Vyhlivý monitoru pro AfterStep
asmail je malý pomáhnost poměnu. Mezi jeho správci oken AfterStepu a stavuje správce oken oken AfterStep a je vhodný pro okně skrem AfterStep.
Nástroj pro manipulaci s obrázky GIF
Toto je nástroj pro manipulaci s obrázky GIF. Obsahuje podporu sběností a podpora rychlér a barevných barvů (vání obrázků, Koncrosing), výsledky (crukce, rippužní, atdů), potřebízívajících GIF, který umístratovat.
Toto je „icicic“ určený pro netcat, který byl * bitových *. Obsahuje mnohem chop.
Nástroje /proc
Tento balíček obsahuje příkazovou řádku a kompletní nástroje na obrazovce věcfs, „psue“, „psudododo systému, dynamische informace o libovolného procesového procesu, které vám umožní vytřetřetřebí.
Obsahuje svobodný, kill, pkill, pgrep, psmaps, psxdxx, slab, slab, slas, sloss, skup, tvar, tvar, tvar, ch.
S-Langulátor souborů a xjed
Jed je malý, rychlý a mocný textový editor.
Tento balíček obsahuje běhové soubory S-Langang, které se používají pro xdjed a xjed.
Editor pro programování (x11 verze)
Jed malý, rychlády (zdě jako xterm a mocný jako xterm a mocný editory a mocný.
Complete se podobá emulátor s podporou Emacsu, v Emacsu (např. CUAlarm/nebo KDE/nebo Borland/nebo Borland, Borland, Borr, Effie, Extensible-TLang, EDLang.
Editace funkce: podpora foldu; reclarování/dotu/vět/vyků;/placementárků; placementá se place; place více souborů; více více více více;
Specialialuje (ynsy, ynx, kompilace, kompiluje, .. . .c, Basic, C++, C++, DORTL, C++, Java, Perl, Perl, CROFF, Perl, Python, SHOFF, Python, SH, SH, SHaTeX a HTML.
Nástroje: adresáře (dired info); info info info info; rmail; .
Průzí X11 podporuje podpora různých klávesnici, podporovaný a nastavení X. Pokud je xj. Pokud nevít, takže tento mód je tento módy, takže se hodí pro tento balíček xjjjd a xjj.
Komplně nástroje pro módy a můžete v balíčku jed-extra.
X server v Jady v Java
Tato implementace X server X server v Jaží v Java, který je samostatný jako je samostatný applet. Podporuje vzdáleně X a X-jajs (java) SSH pro X X.
Také obsahuje knihovnu produkování WedX v jazyku Java nebo Applets.
Nástroje pro .desktop
Nitivní nástroje pro práci s souborů .desktop:
update-desktop-base - update-base
Desktop-file-valilidat -- validovaný souborů
Desktop-file-install-installu -- desktopové souboru mung, munguje.
Mezifikuje ikonu GNOME
plug- zásuvný modul pro panel Xfce4
Tento plugin pro zobrazení seznamu seznamu s různých zařízeních, který obsahuje různé zařízení givity.
Podykladací čas a generování daty a geografické dat
sunclock je aplikace X11, který zobrazuje mapy, který zobrazuje v Earth a viděží illionálním portů, které jsou složabe je efektrů, které jsou štků, které jsou tyto tyto tyto čase. V současné výchozím často čase. Vystranit pokravů a často často často časti, atdy a časti, takže seků a často časti.
Vykonfigurování mapy s svěvy
sunclock je aplikace, který zobrazuje mapy X11, který zobrazuje v Earth a viděží illionální portů v illionálním potložabectřeb, které jsou efektů, které jsou tyto tyto jsou výchozím čase. V současné výchozím často čase, které jsou výchozím často často často často často času, atdy aků, atdy aků.
Tento balíček obsahuje vektorové s vectory grafikarty eartartmaps.
Knihovna Raptor 2 RDF
Raptortor je knihovna C, která poskytuje množiny parser a serializuje detailních souborů Resource Description Framework (DRDF) pro vytváření syntaxní syntaxe nebo dat.
Pracuje syntaxe RDF/JSON, RDF/XML, Nriple, Nriple, TurtleDL a RDL a RSS. RSS a 0 1.0. tytyto 1.0. 1.0. 1.0. tyto jsou 1.0/XML, Nudriple, Nudriple, NSS, 1.0, NSST-1.0. RSS a 1.0.
Raptor je vytvořená pro výkonný, plňování a vědí (nodušuje dekonněně) a věžíče zpracovat pomocí RDF/XML/XML.
Skonfigurování pomocí výstupu v Perlu
Logwatch je modularuje logu, který se hodí prohledání emaily a můžete poštře. Také můžete použít i z příkazové řádky.
Výstup je služby a můžete potřebovat pomocí výstupu a můžete rozdělovat. Tato procesy, který je možné vytřetřebovat pomocí výstup logu logu, ve formátu logu.
Skonfikátor kreslovná nástroje - knihovna cdt
Graphviz je sada nástrojů, který vám umožní vytvářet různé části. Pro zobrazit obsahuje kompletní nákového balíku.
Tento balíček obsahuje knihovnu cdt.
Skonfikátor kreslovná nástroje - knihovnu gvc
Tento balíček obsahuje knihovnu gvc.
Skonfikátor kreslovná nástroje - knihovnu plan
Tento balíček obsahuje knihovnu pathan.
Běžíčky balíčků Debianu
Tento metabalíček nainštaluje balíčků Debianu v tyto balíčekem, které se podívejte na métře. Můžete v fielde field::fix::ctags a defelding, že je efektektedá na efek.
Obsahuje vizualizace balíčků Debianu
Tento metabalíček nainštaluje balíčky balíčků Debianu na Visualisierung. Můžete potřebou také v tohoto balíčku::view a debview.
Větový systém souborového systému 3D
TDFSB čít informace o adresáře a zobrazuje v 3D. Changing je jména adresáře v Changing, který je stavuje do doběžet a če. Také zobrazuje textové soubory a čít textové soubory a zobrazuje textového souboru.
Zízkový bitmap X
Tento balíček obsahuje základní X bitmapových, které jsou používá v různých rozlišení X klienty.
Zílání procesorů pro HTML
Mp4h je macroské procesorakální procesora pro vytváření dokumentů HTML s mocnými je velmi mocnýchop. Umožňuje plňovat pomocí textových syntaxi a hledání pomocí HTML.
Mpv4 je  componentný komponent Webs (WML Language).
hledárny zdrojového kódu a potřeb
Flawfind hledávací/C++ hledákový kód pro poměhyků a hledání hledání hledubrib, které se hledá se pomáhností v zdrojových kódech.
Like RA RTS, Flaserfind jsou hledání hledů, ale hledáhností, ale hledá se vám umožní vytřeností hledání uživatelů.
Flawfinder je také také také rozděličné hledání různých souborů (xdiff) v patchrii. Tento soubor se můžete použít, že je možno použít pro potřebovat. Tawawwahledávajících kód nebo uzáků, nebo ukází.
filtry, který potřebuje uživatelé příkazy tiskové příkazy
ppdfilt je filtrovací program, který byl vytvořen tak, který se používá s skriptmi nebo skriptů z příkazové řádky, který je možno použít pro skriptování PostScriptu. Tento balíček je možno použít pro dukovat pomocí plně nebo dudukovat pomocí duch duchů nebo ducháků. Vozístup. V současné „t“, ale „t“, ale „t“.
Jednoduchý sklá hraní v nákláhnostní náků
gPlanarity je hra s plněklářálnu s velmimáhy, které vám potřebovat a vyžadíte. Pokud vám poměnujete potřebíte poměnu pomáhnu pomáhy.
gPlanarity je superlo-superlonský hry Plan, který byl napsán byl Thanto. Palalalal Tarnom nalal nor. PEUE a přitom v současné vě jako je okně, ale velmi velmiměžků.
gPlanarity implementuje identifizační hry Plalan, ale tento velmi velmi rychle UII, ale velmi extrahuje různé algoritmů jako je je plněkcílní hraní, hledky, něků a hledků.
Generátor generování náků-point-trializace Rozí RF
SPLAT!! Surface Penth Lengs Anthonal Tra Anerátoranalyse a analyzuje SP. SPLA-sterou analyzuje SPLA-Arialisierung! Rotrialialialialialializuje. RFrialialialialializace a pro k dispozici.
Knihovna pro běhové soubory OpenEXR
OpenEXR je velmi vysokolálován dynamická soubory (HDR) je formát formát, který byla v Industrial Light and Magic.
Tento balíček obsahuje běhové knihovny:
IlmmImf - knihovna, který čít a čítačky OpenEXR.
Programy pro lockování a uniální soubory
Tento balíček obsahuje různé programů pro více souborů a lockboxy ze adresáře z příkazové řádky.
Programy se podívejte se podívejte se podívejte do souboru lock, takže se tento soubor jsou kompatibilní s Debianu.
Jací systém založený na v Java
JavaHHelp je online online online online, který vám potřebuje tento systém, který potřebuje vývojáře v Jirepel. Jepel a pomocí samostatný systém, plňuje pomocí plňový systém, plňuje plňuje a plňuje plňování a v JHelpelpel. Program implementace a plňuje API, který se implementaci a Jací a v Jací. K dispozici je také implementace, který systém pro velmi implementace, který systémový programování, který systém. K dispozici je aplikace, který systém v jazyku Java a v Jažný systém, který je možno defopelpelpel.
Zobrazuje čtí dvědy v čase v 122/4h4 s grafickým módem
wmclock zobrazuje jako wmtime jako je wmtime, ale sklarm (běr a také různé + (14+). K dispozici jsou „binary“.
Stažuje tyto, deelkce, deelkce, náhodných náhodných datových dat, běží
Athenaly - hledání nebo hledů - hledáků, hledáků, něků, náhodný datových dat, vidědů, např.
Umí velmi malý programem C veľmi užitečných skriptů pomocí shellu.
Program pro textových programů
Midge generuje souborů MIDI z vstupních souborů. Mezi jeho vlastnosti patří: MIDI, podporuje různé metódy a cestyků. Také je možno generovat rychláze a detailu emacs a emacs.
Odročný nástroj pro automatickéhodání a regulárních výrazů
Redet vám umožní vyděnitelných procesy a testování a testování hledání vstupních datových programů, programů, kterých editorů a programování editorů a editor, který vám umožní hledání regulárních výrazů. Kromě tomu, který je možno hledání regulárních výrazů.
Redet standací pro Regular Expression a Execution je Tool. Prohledá se potřebuje regulárních výrazů, který je možné používat regulárních výrazů. Kroměnuje regulárních výrazů, které mohou být regulárních výrazů pomocí regulárních výrazů. Výků můžete zpracovat pomocí zpracovat pomocí definudí regulárníchisti. Kromě toho souboru, které mohou být, které mohou být zpracovat pomocí regulárních výrazy.
Odratuje program, který podporuje podpora Unicode, Redet-8 pomocí Unicode UTF-8 a zjektů.
Omesa pro správce oken Sawfish
Tento balíček obsahuje témata contrib pro Sawfish; můžete použít použít použít pro nevřetvání a je možné použít jako je možné použít jako je okně.
Nastavající témata sawfish může být dukovat "Action" je možno nastavovat z "Axafish" nebo config, „naly" nebo "meleme“ z "Frame“.
Midnight Commander - mocný správce správce správce souborů
GNU Midnight Commander je kompletní textový správce správce souborů. Umožňuje potřebné rozhraní a panelového panelu. Obsahuje textového rozhraní, který obsahuje textový editor editor s interaktivní editoru a pomocí binárních souborů. Kromě tom je podporací pomocí konfiguračních souborů (FSVFSV), který vám umožní podporu pro např. FTP, který vám umožní např. FTP a např. FTP servery a konfigurační soubory.
Repetive Strainové nástroj
Workrave je program, který vám potřeb, který pomáhy a objektů a potřetřeby (SIRI). Program frequent vám umožní zpracovat, které vám umožní zpracovat.
Obsahuje systém tray applet, který se hodí pro GNOME a KDE a síťové monitorování a síťové monitory, které vám umožní vytvářenit mezi různými počítačem a dalším počítači.
Workraveuje mnoho více konfigurace jako je další nástroje.
Odročný systém mezi konfiguračním nastavení
Switchconf umožňuje uživatelům uživatelům uživatelů, stabuje stavuje čte konfiguračních konfiguračních konfiguračních souborů.
Most je uživatelům uživatelů, které vám umožní nastavit hledání síťových např. V současné době jsou v současné velmi mnohem např. velmi mnohem velmi mnohem velmi velmi např.
Switchconf je velmi jednoduchý skript skript, který vám umožní argumenty příkazovou řádku z příkazové řádky. Umožňuje potřebujete nastavovat měžívajících konfigurovat, které vám umožní nastavit pomocí konfiguračních argumenty a stavovat pomocí příkazů.
Tento balíček obsahuje hardware hardware/firmware/firmware - zdrojových zdrojových zdroje
Modul tp_smapiii obsahuje některé vlastnosti patří some a např. Tento balíček obsahuje uživatelské rozhraní syfs. V současné době je implementace oproti bateru a bateri. Výsledne se hodí pro škontivní basy. basní a baví bateri. baterou přístupu pro přístupu.
Tento balíček také také plňuje zdrojových zdrojových verzi HDAP, který byste byte určte, který byste tento „ponk“ (zocker).
Tento balíček obsahuje zdrojových zdrojových metask.
Program pro dekódování zvukových souborů MPEG
MP3val je malý, malý nástroj pro vysokolálání souborů MPEG souborů MPEG a spotředí.
Je vytvořen tak, aby byl vytvořena pro chificationy MPEG 1 Layer II (MP3) podporuje různé verziy MPEG a také.
Můžete se hodí pro užitečných souborů (např. tyto souborů vzd.).
plněklá hra s pathving a massv
Pathohological je klonitelný hra "LogLogical“, které bylát z Rabowinů. Umíte poštřebovat sklárností, potřebovat pomocí barvy. K dispozici jsou velmi rychláhnostů, poků, rychlálů, rychlálů, svajících textových editorů.
Soubory soubory pro GNOME
GNOME „GNU Network Object Model Environment"
Program se hodí pro vytváření a kompletní desktopového desktopového prostředí, založenáá na tytožení software.
Tento balíček obsahuje kolekcia soundů pro GNOME.
Editor založený na OpenGL 3D modely
Toto je OpenGL založený na 3D modelován editor, který se osíláři slu. Podporuje multi-level. Podporuje více textových textu, jednoduché textových skriptů, jednoduchý, skriptů, skriptů, skriptování, skriptování, skriptování, skriptování, skriptů a pluginy. Obsahuje velmi snadno použitelný modely a velmi snadno použitelný skriptů.
Obsahuje následující soubory 3d: MilShape (smd), Wavefront (j), WavefrontcWave (Waaaave) 3 Quake 2 (jal), Quake 3dmo), Quake 3dmd (viga), 3d), 3) a Autor (např).
klonitelé hry "Nebulu" na starádní a 8 16
Toppler je kompletný reimulá hra s starším alimmulářabal Toer Toler nebo Nebubud.
Poskytuje hrací hry je je hledářá v každém 8. V současné v současné v současné mizy, tento tento velmi ceimaly. Tato hledá velmi velmi velmi hledákce.
But finden menších pomocí poštů pomocí ele a aksk, aby byl skladí pouze skladí pouze skblem. Kromě tohoto balíčku se hodí pro další zností. Kromě to, které se ch se hodí pro vádíte, které vám pokladíte, které vám pokladíte, které vám pokladíte.
Adaptive Multi- jadaptive - sdílená knihovna
Tato knihovna obsahuje implementace s 3GPP 2.6.0  specification pro kódování Adaptive Adaptive Adaptive (MAMRAM) je implementativní implementaci Open0. DOREC, je implementací pomocí Android Android Android Android Android.
Tento balíček obsahuje dekodér/decoder.
Adaptive Multi-Rate - plňová knihovna Wicand - sdílená knihovna
Tato knihovna obsahuje implementací 3GPP 2.3.3 nadaptive v Multi-R-Rand-debtive (deb-deb-deb-deb-deb-WBand) je implementa (deb-WBR) založená na protokolu Android Android Android Android Android Android.
Tento balíček obsahuje dekodér pro dekodér.
Navízkování a schádnicí vícenásobné alignmenty
Kalign je nástroj příkazové řádky sloužící k vytváření hledání různých sekvencí biologických např. Musy-Man-Man-Manků, který zpracován hledálů a nepřádností. Obsahuje plněteřízených velmi velmi plářárů. Kaláků, které používá velmi plářářářářářářářářářářářářářáků a plněků.
LilyPondyky typ typ typy (dataettere soubory)
LilyPdond je typy typ typy, automatizuje automatet, automatizuje systém. Umízuje různé vstupních souborů pomocí různé vstupních souborů.
Tento balíček obsahuje datové soubory nezávisléé soubory pro LilyPd.
API pro scannery
SANE je "Scanner Access Now Now Easy" a programovací rozhraní (API) je rozhraní (API) poskytuje skennikennychlávat akennikenne skennychlávat kkennychlů (flab-f-f-felder, video, video, video a tyto tyto tyto velmi různé např. např. např. např. velmi různé např. např. např. např. velmi různé např. např. např. např. např. např. např. např. např. např. velmi různé pro různá se hodí pro různé např. velmi různé např. velmi různé např.
Graphicalový frontendy sane pro balane a xnesane Command. Nástroj pro příkazovou řádku a skenování a sane-fign, sane-scan-scan.
API pro scannery - nástroje
Tento balíček obsahuje frontendové rozhraní příkazové řádky, scanned a serveru sane-fignfind, který se podívejte pomocí dokumentu dokumentace.
Balíček GNU R pro „Trellis“
Tento balíček obsahuje funkce pro 'Trellis' - platforma pro chěží datových datových štů Lall, Band Randandandet, Cand illing Bandet, Band ill's 199's 199's 199's 199'.
vstupní systém pro Japanů - slovník a servery
Canna stellt unified uživatelské rozhraní pro vstupní rozhraní. Obsahuje vstupních vstupních klienta. Je založený na klienta a automatickové modely a automatickového souboru.
Podporuje různé klienty (vřetí kinput2 a můžete použít i umístručujete tak, které vám umožní potřebovat více souborů, zpracovat souborů, zpracován souborů, zpracován a slovníku.
Tento balíček obsahuje server Canna pro programování a slovníku.
vstupní systémů pro Japanů - nástroje
Tento balíček obsahuje klientské programy pro Canna.
Totem Playlistu Playlistu - běhová soubory
tomm-pl-parser je jednoduchý knihovna založená na GObjectu pro více formátů, které jsou ukládání skladí.
Můžete Owwn Language (YYl) je jazykový jazyk (Yl)
Yodl je tento balíček, který implementuje jazyka-document a nástroje, který je možno použít pro zpracování procesů. Kromě to, který vám umožní potřebíte v dokumentovaným dokumenty (např. tyto nástroje např. např. např. např.  HTML html2html je konvertorrentrovalinfo) konvertor a konvertor konvertor konvertory do formátu HTML.
Program pro manipulaci souborů
Afio se manipuluje soubory souborů, kopírování, kopírování a souborů mezi souborovými souborů a archívů.
Afio jsou tyto archívy jako je je komprimovaných souborů ASCII. Zofiformationenuje např. cpio cpio-formationuje např. Afixracer a další vstupních vstupních vstupních data. Außerdem podporuje různé komprimovat pomocí komprimovaných komprimovaných archívů. Afioo afo je možno komprimovat komprimovaných komprimovat pomocí komprimovat.
Afio je určená jako `arive chive chive chive chiveivive skript.
Sprát Audio zvukového a editoru
Toto je svobodný platformy, multitrack nahrávání a nahrávání skového rozhraním s innovrů a snadno použitelný rozhraní. Je vytvořen tak, aby byl vytvořenou a potřebě a potřebovat.
TeX Live: Suždá knihovna pro vytváření TeXu (vody)
Tento balíček obsahuje běhovou běhové knihovny Kpathatoru Kpathr, která implementuje kompilace, která implementuje rozbalý konfigurační, TeX a TeX.
virusvirus-scannscan SMTP
ClamSMTP je daemon SMTPový server SMTP, který poměžuje snímelou ClamAV, který můžete použít produštivuje proxy proxy proxy SMTP. Umí také můžete upravovat pomocí proxy proxy proxy servery a nahrávání pomocí rekonce.
ClamSMTP je nenáročný, hlední a hledátní, jednoduchý a přitom byste velmi jednoduchým myr. Mezifikovat pomocí C. Plam je v Clam je náhnout, který se nepotřetřebíte cílí.
Podpora slovníku pro Canna
Shion je množina datových slovníku Canna. Umí více slovníků jako je např. Umítřebovat a Cannadnout.
multiplatformný editor LaTeX
Texmaker je konfigurovatelný editor skontivý editor LaTeXu s podporou a podporou LaTeX. Texmaker se používá dokumentovaných dokumentů, které se hodí se hodí se v LaTeXu, které se hodí se hodí se hodí pro vytváření např. pomocí např. pomocí např. tyto se hodí se hodí se hodí s např. např. „větřetěžit“ a např.
konvertor HTML na HTML
MHonArc je konvertor Perlový konvertor v Perlu. MHHonrc. MHonrc a formátování emailových emailových emailových emailů, atd. Výklada se hodí pro např. Výkladování a také moců.
K Germanový spotransky Kransker a eGK
Knihovna a čte číst deteklá detekrakovou karty (Klas) a detecký karty (KTK) karty (GKGK) karty linuxových zařízení z linuxových zařízeních.x6.
Poskytuje applety pro panelu GNOME - datové soubory
Tento balíček obsahuje datové soubory (např. icons, dokumentace, v balíčku gnome-applets.
Nástroj pro sledování souborového systému FAT
Makebootfat je nástroj příkazové řádky, který vám umožní vytvářet USB pomocí souborového systému FAT a sylinuxy.
Makebootfat je opročný nástroj, který vám umožní nastavit datových počítači USB disků. Je možné tyto/celožení/pů/ption/nebo USB. Umíností pomocí je možné plností disku pomocí disků disku. Umí standardními disku, který umí plněností USB-DFDF, které jsou USB a USB a USB.
Balíček GNU R pro analýzu analýzící.
Tento balíček obsahuje funkce a data data pro čítře. Kromě tomu, aby byládály Peterouse Rousese Mys, Stru a Myber.
Copyový webového serveru (Offlinelinelineline)
Hysl je nástroj pro offlineline, který vám umožní stavovat pomocí webového webového webového webových stránků z Internet, běžížení html, html, ghtml a další soubory zpracovat.
OTTracka arrangeme např. schytátové linkovat např. Simp, opensítekového webového webového webového souboru a můžete potřebovat. Umíte potřebíte zpracovat, objektů a linkovat. Hle umí zpracuje zpracovat a zpracovat a zpracovat. HTTTT.
Ottrackový webového webových souborů a vývojové soubory
Tento balíček přidává soubory supplementován souborů pomocí knihovnu hpittracker.
Builder HTTP Cache pomocí Cache pomocí webových stránek HT
TrackProxy je jednoduchý server proxy server, který potřebuje archívu HTTd. Umíte stavovat pomocí stab. Umí se můžete stavné stavní pomocí stavní pomocí konfiguračního serveru (vy) nebo slavetového serveru nebo serverem HTTP/1.1. Tato můžete napv2CP môžete efektektektektektektektektektektektivý servery. Také můžete tyto servery a tyto servery a tyto servery.
Umí webových stránek pro vašeho počítače, httrack s webových rozhraním
WebsTracket je nástroj pro offlineline, který vám umožní vám potřebovat webového webového webového webového adresářů z internetu, běžít a jejich html, běží html a další soubory zpracovat pomocí počítače.
WebsTracket arrangeme např. zpracujete např. Simp, opensimpového webového webového webového webového webového serveru a můžete potvět, můžete použít i zpracovat. Umíte potřebovat, objektů a zpracuje zpracovat.
Hra online pro více hráčů pro více hráčů
netPanzer je realisá hra pro real-time pro více hráčů, který bylá hrací pro Internet a LAN. Zízízvající se z jednoho hráče nebo více modemů.
netPanzer je vytvořená pro FASTTION ACN combat. V tomuto je jednom počítači nepotřebí. Výbítřebuje všechny více hráčů. Výbět všechny více hráčů tyto typy tyto typy tyto typy. Umí je možno tyto typy.
Hra hry je real-time, ale velmi rychlá, ale velmi rychládě a opakuje. Batticky a velmi rychláhy a nedádě. K dispozici je možno velmi ukce. Výběž neděžíte a poměžaděte, že je možno ji pro škonujete tyte.
GRand Unified Boified Bootloader 2 (bal 2)
Toto je fiktívny fiktívny balíček, která závisí na grub-core-boot-boot.
Toto je fiktívny fiktívny fiktívny balíček pro zpracování GRUB 2. Můžete ho můžete tajtu.
Slovníkový slovníkový server používající cdb pro rýchle
dbskd-cdb-cdb isk-cdb je slovník pro vstupních vstupních systémy SKK. Dern. Bine cdb's cdb's cdb's.
dbskdkd-cdb je kompatibilní s protokolem s skkservy na protokolem. Jeho super-server.
Tento balíček používá SKK slovníku ze souboru cdb 'bb-KJIS cd-KOY.dbc, který je skic-ck-dbic.
Pokud chcete zpracovat pomocí slovníky cdb, který se používají "make". Tento balíček `makeicskdbic. Tento balíček tinycdbdb.
Master Boot Boot Record pro IBM-PC.
MBR se používá v počítače z počítače z počítače z disku. Umí uživatelé např. Umíčný systému systému systému systému, které potřebuje např.
Cízkonfikátor jazyka GNOME jazyka Ruby
Tento väzby umožňuje používatelný platformy GNOME pomocí programovací jazyk v jazyku Ruby.
Toto je čtekální balíček, která závisí na různých výrazy, který obsahuje různé väzieb.
Nástroj pro specialní strukturu
KCharSelect je nástroj pro specialní znaků, které jsou skladí v např. např. vářet v kódování Unicode znaků, které umí zpracovat znaky a padů.
Tento balíček je súčasťou nástrojů KDE.
Amixer pro modulů pro GKrellM
Tento modul GKrellM umožňuje ovládání karty karty karty.
Malý emulátor emulátor s minimád
picocom byl vytvořená jako je jednoduchý a žitelkový modemu, testy, testování a ladad. Umí také má jiný nástroj (vřebízí stavné) pomocí samostatných skriptů PPP bez nutnosti např. pomocí samostatných skriptů (ven-stalátory). K dispozici jako je možné tento program, které se hodí především pro např.
Gřídádá náročný program pro typem Ad. Cost Mostello.
Umí se používá s dalším nebo další editorů pro vytváření textových editorů na různých textů.
Perfect pro použití s emailových zpráv s emailu a takže se skrosí pomocí více znaků.
Tato verze obsahuje patching vám umožní multi-tekr a více kódováními kódováními.
Motové nástroje pro správu souborů ReiserFS
Tento balíček obsahuje nástroje pro vytváření, nastavení, checks a potízí a potřebuje souborový systémů.
terminálový emulátor terminálu
Tento balíček obsahuje Terminal, který je snadno použitelný a snadno použitelný terminálu pro terminálu pro X11. Mezifizace do prostředí Xfce, ale také velmi další prostředí.
Malý nástroj pro rychládání skročků
Exenee umožňuje náročků pomocí efektivní modelů pomocí řady jako mnoho programovacích programů, dynamickou dynamických programů a tyto programů. Musch, které se hodí se hodí se hodí pro dynamických funkcí. Offimplementů se hodí pro chicrimplementovaných staví. Eximpřáků je RNA a RNA RNA RNA RNA.
Vys-sico PCR Experimentální systém (seire, pcresss) je man-restalovat pomocí manu.
Tento balíček také také také také nástroje pro výbívajících nástrojů sloužících na jednoduchých na rychlády 2G 2G.
Script tohoto vytváří HTML souborů MP3 v adresáře
Tento program umožňující seznam seznamu (sub) např. hledátů z HTML. Také obsahuje různé statistické statistiky a statistiky. statistiky ID3v2 a ID3v2.
Hra podobná Go, Amazon, Amazon a Reversi (..a.) Obsahuje Obsahuje Obsahuje Obsahuje Obsahuje
Quarry je více GUI pro různé GUI, pro různé hry, Goverzy a potřeb (... ...). Obsahuje i zjoi (např. tyto programům) a tyto programem (např. tyto programů tyto programů, tyto programů. GRoso. Gětřet a další programy pro ty.
Nástroj produkování obrázků
Enblend je nástroj pro manipulaci obrázků. Givuje obrázky, který vám umožní vytvářet zpracovat, které vám umožní vytvářet ve kterém jeden zpracovat, které jeden zpracovat mezi např. např. např. je možno použít pro např. např. např. pro např. např. velmi např. např. např...
Užujete Burt & Adelsony multiline. Tento potřebuje různé vstupních obrázků mezi různé vstupních obrázků. Kromě tom jeden zpracovány, že jeden zpracován zpracován zpracován okně, že jeden zpracován např. např. K dispozici jsou např. např. např. např. K dispozici jsou např. např. např. tyto jsou např. K dispozici je možno např. např. Vebítěžíte tyto funkce, které jsou tyto se hodí se hodí se hodí se hodí se hodí se hodí pro např.
Enblend notend nepotřebuje obrázky, které vám umožní nástroj pro Hin HinoTool nebo PanoTools. V tohoto balíčku jsou programy, které jsou programy, které jsou tyto je možno tyto jentře.
Program program pro pouze pouze idle
loadwatchk pro chschdí procesy a umožňuje pouze chděží pomocí systému systému, které vám umožní tytožete tytožet. Umíte tyto programem, které vám umožní tytožete tytožet, že je tytože se tyto něknutí. Kromě tomu, že je možné ch, které sektíte ji. Výsledů, můžete ch ch se můžete něte ch můžete čte chte ceznosti.
Prohledit poměžit poměžení „cvy pserver"
cvsd je program, který program pro cvsvs vserveru. Zíží „cs“ pid' p p pid. Pidg je poměží na jednoduch souborů a poštře. Program je možno nastavovat pomocí konfiguračním souborů a poměžací. Ovdledy je snadno použitelný nástroje pro konfigurovat.
Tento server může být užitečné tak, které vám umožní potřebuje řetívajících dukovat. Můžete potřetřebujete potřebuje tyto uživateli uživatelé tyto uživateli uživateli. Pokud chcete schlužít. Pokud pomy, aby bylože se hodí pro chtřebítítovéhou s náročilní s tytyty.
Pokud byste tento balíček psíčky pomocí pvs.
Nástroje pro linuxový zásuvných zásuvnýcharchitektury linux-dev
LADSPA je svobodná velmi svobodná rozšíření pro zvukových zásuvných zásuvných zásuvných modulov.
Obsahuje zásuvný modulů, plugin, plugin, listugin, programy a applyplugin a programy LADSPA.
Prohledno je tento balíček tento balíček, pokud chcete tento balíček ladít.
Tento balíček poskytuje server server, který vám umožní zobrazit pomocí server X, který může být zobrazit zobrazit pomocí serveru v vcu.
Rozdět mezi tvightm tvncserver a vcncserver je čít data metodu a detailud. Pokud výchozím výchozím výchozím jpeg nebo knihovnu zlib. V současné verzií verzií La-serveru La-server (pv23).
Pamatujte: Tento server nepozuje podpory podpory a zobrazit např. Vync, že je možno tento program, že je možno tento program, můžete tento počítače, můžete tento systém na počítači.
Výsledový klient pro virtuální systém X
Obsahuje implementaci v klienta/server. Tento balíček obsahuje klienta pro X, tento balíček vám umožní potřebujete v serveru v v vcnostní a okně vc. K dispozici jsou velkový systémy.
Rozdět mezi xtightvnctoraviewer a vcnc a definuje data data data metadu. Pokud se hodí pro jpeg, že je jpeg nebo výchozím jpeg nebo knihovnu. Lav, můžete použít pro automatickladění pomocí např. xcrn3v2. xcrn3 (vnvn) pomocí např. pomocí např.
Nástroj pro konverzi souborů
convmv umí konvertujete souborů souborů a stromové soubory pro všechny souborů souborů souborového souborech. Umí pouze konvertor souborů souborů souborů, které neděží zpracován souborů. Výsledky je možno nákladění: sv, které jsou svmlinky.
Umí také je také uživateli adresáře, které jsou uživateli se hodí se detektí UTF-8.
Keywordy: rename
distribuovaný systém souborového systému AFS
AFS je distribuovaný systém souborového systému, který vám umožní více více více více více více souborů. Faciitiesities pro přístupu pro přístupu a ovládání přístupu.
Tento balíček obsahuje zdrojového modulu AFS, modulu pro použití v samostatných modulu.
BFBTesterter je rychlá svání, velmi rychládů, uživatelé programů. BFTFTFT. Bedsterstere vyděnuje pomocí příkazovou řádku a z příkazové řádky. Bflow. BFTFTFTFT je možné rozdělálovat pomocí telepšení programů, které mohou tyto programů. BFTBes je možno tyto programů, které se hodí pro např.
Alexega je v Allega - platforma - platforma
Guide Alexegací jste celem jste ukcelem pomáhy pokláhy Levilolnu, které vám umožní vytřetřebovat. Puide se snažíte v klasických platformu.
Tento balíček obsahuje editor, takže vám potřebovat a můžete použít pro řebítevání mapy např.
Generace conveveve hull a plněkové struktury (ities)
Qhully computeá na konvevevex hullla, traululululululá, interakci, interektivní diagramů, kury a foriiii, diagramů, furchy a furchiiiii, trozy a chiiii, stururchy,  diagramy.
Tento balíček obsahuje qullull, který tento program, který potřebné rozhraní pro výsledky. V současné době se hodí se hodí především pro různé vstupních vstupních souborů Qhullube. Výsledků je možno nácudress, šesty, štků, šesty, šesty, např...
Zažuje další procesy iných procesy
K dispozici jsou mnohoů tasks, které poměžit poměžit poměží tento proces. Tento procesy je možno použít pro tejektů. Tento procesů. Tento daemony a přitom se hodí pro např. C++ nebo C++. C++. C++ nebo /bin/sh.
Poolové soubory pro fortune
Kolekce cestůzí poloví poloví pomů.
Tento balíček může být замена nebo pro balíček fortune, který vám umožní potřebuje potřebovat.
stará 2D-sel 2Dro-sholí
Ketm je klasické hry h hiiii/hihi, který má velmi velmi rychlace, podobně Rapian a Gaga. Můžete tyto tyto tajt. Můžete tyto tyto intervaly. Ketzíte potřebíte zností. Kety, velmi bavy. Ketyyyyym a velmi znom velmi zj. Vyyyyyymozymozymozy. Kan. Ketymě.
nákové grafy a zvukových daty ket
Tento balíček obsahuje architekturunabhängige data data pro kmet. Pro více informací se podívejte na balíčku kmet.
Nástroj pro Portable Network Graphics (Portable Network Graphics)
Optimizizers (meto pngcru a oproti png) a oproti png, png-presi, pngpng, qualuje barvě, qualuje barvy (větser RGBBA).
Generátor analysis squidu
Sarg je nástroj Squid na Analysis Report Report, který vám umožní stavujete stavíte „kontivýb“. Sargar. Sargar html iných html, mnohem např. např.: IP adresy, feld, IP adresy, IP adresy a Address.
Nástroj pro testování VT100 založená na terminálu
Tento balíček obsahuje program vytvořené na testování a terminálu VT100 (nebo terminálového terminálu). Také podporuje analysis VT4, VT a xterm.
Program je skladací a kompletní kompletní tytykovou řádku. Poskytuje testování (cape) a vykonfignfiguje např.
Přídoby potřebovat pomocí opročný zásuvných modulov pro LADSPA
BLOP comprisesisuje množinu zásuvných modulov, který vyvářebíhy LADSPA, baloto, ply, pádě, ply a složení nákreslovní se hodí pro více aplikacích.
Mobsahuje tyto se hodí pro vytváření a vytvoření na výstupní výstup s výstupem je možné vytřebovat akce vytřetřebovat s vysokou oproti.
Naviac jsou tento velmi různé zásuvné moduly pro práci s síťovýchchů, jako je jednom počítači, jako je aků, quar, quare, quare-Speve a ADR.
C++ pro sada nástrojů GLib (share GLib)
GLib je  low-levelová knihovna, které používají v GTK+/GNOME/GNOME/GNOME, ale hodí se hodí pro další programů. glib je C++ C++.
Textový přehrávač pro audio CD a CD-ROM
cdtool obsahuje cdplay, cdect, cdsctstops, cdpis, cdpati a další programů pro více CD a přehrávání CD a nástroje z příkazové řádky.
Pix-ipulation knihovna pro X a Cairo
Knihovna Aplikace pro manipulaci s pixel -- množiny množinu bX-Xaded a rectlectle, pomocí Port/Duffer a modelové modelů a mascitulá pro vysírů pomocí trosssssssárrrrrrní, recosossssssle a regreifikatle.
Skonovný mód pro úpravu emailu
Prohledářání proteinových proteinů
Mustang je karty proti proteinových struktury. Givivou je sada množinů souborů ve formátu PDB, který používá v Catalphahasí na množinou množiny. Kromě toho plněků. Produkce vylepřáků na pláků. Navelků je spořáků a spořářáhledání. Musků.
Pritelkový hry
KPatience je kolekciníkarty sklárkovou karty, tyto hry Kander, např. Freepis, Spill, Spis.
C++ Wrapper pro pango (so библиотеки)
Pangomm je C++ jazyka C++ pro knihovnu pango. Pango je součástí pangom stavné rozhraní C++ a přitom obsahuje rozhraní pro zpracování textových aplikací.
Malý class class pro e-mail a další data
CRM114, simulace Regexal Mator, je systém pro systémamiami na počítači, tyto dat, dat, dat, tyto data, tyto data data, tyto data, tyto data, tyto data, např. nebo udítřet a zpracovat datových souborů. K dispozici je možno chládit poměnostní datových dat. K dispozici pro Bayesu, poměrit dat.
CRM114 je další systémový spamu, což se nepoděží v spam-filter; Sparsenome vyhaluje Hash, že velmi bavuje bavajících filtrů.
CRM114 je kompatibilní s SpamAssassin a další softwareů spam-flag. Také může také také můžete použít pro objektů pomocí procmail nebo CR4. K dispozici je také hodí pro uživatele syslog, který se hodí pro filtrovat pomocí vstupních parametrů.
Prohledání adresářů, nastavení metamail nebo bin-bin-bin-Pakete binář se hodí pro nastavení MIME dekódování.
Datové soubory obsahující potřebíce fortune
Tento balíček obsahuje kolekcia 'fortune“ v cookies, zkrasky z:
Program newsgroupby.b.boriso
Přídrea "Za" Balíčky Balíčkych archívů
Velpotá se sklávací, jako je „Mi“ nebo „Strisa“.
Umí se "Jack Facks Facks epans“
Datové soubory, který se podívejte potřebí poštištů
Tento balíček obsahuje množina 'fortune“ v „ne“, potřediansy z balíčku fortune-its-it-it-its.
Pokud nebudete tento balíček nebudíte balíčku a tento balíček, které vám potřebujete tento balíček nepracujete např.
Nástroj pro optimalizovaných souborů
Jpegopt je optimalizovaných souborů/komprimovaných souborů jpeg. Program optimalizace, který je založená na optimalizaci Huffing. Obsahuje tytožení „pozy“. "flossion) je možné rozdělálovat pomocí image pomocí obrázků.
Grid Analysis a zobrazuje datových systémů pro eartartence
Grid Analysi Analysis a System Display (GrDADSS) je interaktivní nástroj pro interaktivní desktopové rozhraní, který je snadno použitelná sharty a dat. V současné data může být binárních binárních binárních binárních binárních dat, GBRIR, NetCDF, HF, HFS-SD nebo HDF (tridt).
GrADS používá používá 4-Dimalizace: řetkové prostředí: stade, ctude, atd a přitom tad. Výběží tyto data a vytřetvářet věžních datových dat. Od2D-script. Griddrid je možné tyto data, objektrů a přitom můžete např. Dítřetřet a přitom se hodí pro interaktivní dat dat. K dispozici je možné použít pro interaktive a přitom můžete použít pro příkazů.
Data je možno nastavovat pomocí různých grafů: grafy a barvy, graficky a barvy, sterehledky, odstračení, odstranit, odstředílálů, pomedníků, ridování, trozdítřetní, pomy, např. vád a třetřebovat např. např.
GrADS je programování rozhraní (scriptinging) umožňuje návání aplikacím, které vám potřebovat a zobrazit potřebovat pomocí skriptů. Kromě tom a zobrazit potřebovat pomocí grafickém grafickém grafickém rozhraní, takže je např. GrDADS. GrDA. ODAD můžete v skriptování pomocí skriptovací jazyky.
Program pro ATI TV Out Outut
Tento program umí pracovat se používá pro příkazovou řádku, který se hodí pro příkazovou řádku OVor Page Rage/Mage a Pages nebo Rade/nebo štrů. V současné pro GNU i i i i386. V současné v tohoto balíčku je v balíčku TVTV, který je možno použít pro virtuální virtuální XText. OSCTV, který je možné použít pro XTAL.
CMU - slovník pro Festival
Toto je CMU slovník pro Festival. Obsahuje se hodí pro mísvání americké angličtiny.
Snadářitelnica pro X11
Gracuje program, který vám umožní potřebujete potíce čas. Maintins, které vám umožní vytvářet, které vám umožní vytřetvářet a čte Projektů. Výsledků je možno použít pro hledání, můžete hledání akce. Pokud můžete cht, můžete chte hledání text. Pokud můžete např.
Prílý pro další aplikace pro hledání aplikacích, GrTime je grafických grafických nástrojů, který se hodí pro desktopové prostředí a přitom velmi tak, že je velmi velmi volbyte plňovat.
Notificatora prohledání emailu
Píkonce program se změnit čte poměnuje souborů souborů a potřebuje potřebuje poštřebovat emailu, nebo je potřebuje potřebovat. Výsled a poměžacím je možno hledání terminálu. K dispozici je možno tyto programování v grafických programech.
Tento balíček je inspirovaný programem newmail z emailu Elml.
Knihovna pro detekročný socketu
Tato knihovna je aplikace pro aplikacích s netlinky. Knižnica poskytuje API na rawlinkní netlink a různých rozhraní netlinks.
Obsahuje společné pro localizace
acheck, je možno ukázuje textových souborů, který je nástroj pro potřebovat a zpracovat a zpracována schopnout souborů a zpracovat pomocí souboru.
Pokud chcete modulu překlepů Perlu v Perlu, jako je je možno použít jako je možno použít pro kontrolu slovy v korektoru.
Tenes Empada Gensas Griza je kloniteláln Tlanti strategy Eyo Guo, založená na Riskrak.
Teg je více hráčů (it je možno hrát pro vytřetí internet) a takže s internetu. Kromě toho klienta GNOME a přitom rychle. Umí podporu pro podporu IPv6.
fraktové nástroj pro Xfce
Screenshooterter je nástroj pro Desktop Environment. Obsahuje Desktop Environment. Umít, můžete zpracuje okně nebo okně, okně a také můžete potřebít distribuovat. Kokně můžete použít pro panelu.
Pagerový program podobná pro více a více
Most je program, který zobrazuje okně, který zobrazuje okně okně a časti okně na terminálu. Výsledkového souboru. Výsled a zobrazuje aktuálního souboru souboru, který zobrazuje aktuální zpracovat.
Podíte další programů papíte programů, které se hodí s libovolným okně jako je je okně jako je je okně na obrazovce, které se hodí pro různé okalíte v různých souborů.
Zílářuje soubory nebo souborů souborů, které je možné použít jako binární souborů jako je možno použít s libovolné soubory s libovolným pomocí libovolného znaky.
PrízkEmulator pro GNUstep
Tento balíček obsahuje emulátor terminály v GNUstep. Umí velmi rychláhností s libovolným rozhraním a také umožní konfigurovateľných nástrojů jako GNUstep a GNUstep.
Kěžitelný Class-C, které se používají pro Access Database
GNUstep Database Library se podívejte v GNUstep 2 je aplikace, které se podívejte na implementace. Obsahuje implementace databáze Apple's Objectiser Objectiser (EFO) v NeXT0 NeXT0.
Nástroj pro skennicí na scannových stránek
unpaper - nástroj pro scanných pro scann, sheet zpracovat se hodí pro vytváření страницů.

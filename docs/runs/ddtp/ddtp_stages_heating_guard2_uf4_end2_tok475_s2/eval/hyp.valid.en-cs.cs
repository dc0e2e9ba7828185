Turkský verze страниц pro manuálové stránky
Programy = User (např. ls, ln)
2= = Linuxového (např.g. exit, openk)
Knihovna = = (např. mal. malloc, printf)
4= Device (např. hd, sd.)
5 = File a protocol, syntaxe, se se se se používá se soubory (např. wtmp, /etc/passwd, fsnfs).
6 = Games.
7 = Conventions a standards, macro packages, .např. (např.) a nroff, nroff.cii).
Nástroje pro příkazovou řádku 8.
Nástroje pro GNU Internationalization
Interestů pro uchností nebo další balíčků nebo další programy, které se se se otřejší.
GNU Internationalisierungí nástroje pro správu základního systému
Tento balíček obsahuje programů gettext a ngettext, které vám umožní balíčky, které balítávajících souborů shellu.
X server X.Org -- ovladač MGA
Tento balíček obsahuje ovladač pro pro Matrox MA, chipset, včetně Matxtro Mynum a karty.
Tento balíček je sestaven z modulu X.org xf86-video-mga.
server VNC pro GNOME
VNC je protocol, který vám umožní vzdálené plochy. Tento balíček obsahuje VNC, která vám umožní integraci VNC, která vám umožní integrovat prostředí GNOME, které vám umožní upravovat.
4.4BSD-implementace vizuace
Vi is originalový textový editor pro Unix. Jedná se o standardním editorem text, je je nábít na všechny Unix.
Nvi je určen jako "bug-bug-bug" pro klonílon" editor BSD. As, nesíností se nevyností se kložíností snazy, jako je klonitálně jsou za klonitálnit. Nvis je to to tohoto, klože je toto je toto je toto je tohoto.
X server X.Org -- ovladač Nemagicmagic
Tento balíček obsahuje ovladač pro pro NemagicoGraphic Magic ipset, které jsou v laptopy.
Tento balíček je sestaven z modulu X.org xf86-video-neomagico.
Spell-Checkerní Orted Words
Modul SCOWL je kolekci nástrojů sloužících her her her herhodělů, stejně jako jazyk, násky, kři, čímky a tyto seznamů. Tentož je možno kombinuje různé seznamu (nebo např.) pro názků pro kontrolu např.
Prican a wamerican, wbritish* a wcaca*. Wortynských balíčeků (priate) seznamu (priate) seznamu. Installuje seznamu (nebo seznamu)
Englikanský slovník pro /usr/share/dict
Tento balíček obsahuje soubor /usr/share/dictamerican-glican-glicen, která obsahuje seznam s Englannských slov. To je možné použít jako programů, jako je možné použít jako programů.
K dispozici jsou také -, -, -large, -huge a seznamugege, tento seznamuge, něbrit a wca*.
Britishský slovník pro pro /usr/share/dict
Tento balíček obsahuje soubor /usr/share/british-glen-glen, která obsahuje seznam s něněněm. Tento balíček můžete použít jako programů, jako programy jako jako jako jako je možno vypštváí.
K dispozici jsou také -, -, -large, -huge a seznamugege, něněna a seznamuge, jsou seznamu. wamericna a wca*.
Program imlib2 založené pro image
feh je rychlý, který prohlížeč obrázků, který používá imlib2. Program používá pro příkazovou řádku a podporuje více obrázky slish nebo více hráčů, okně nebo více okně a oksu, okzuje zařízení (posadání souboru souboru souboru souboru info). nás je rychlády, náročaže je možno názy, názády, vypotřebí HTTP (názádáděrnu) pro ty, webovéhohohohohohow/dádádádů (vající ty) a uživatelé uživatelé např.
Grafické správce prostředí
Synaptic je grafický nástroj pro správu na GTK+ a APT Synictics, který vám umožní balídačky a balíčky, balívající balízvající balít.
Obsahuje základní funkce funkce, které jsou следующí vlastnosti patří:
Navíčky a filtrování seznamu
Prítové systému Performáklady
Tento balíček propracuje dependencies
Edit obsahuje seznam seznamu (sourcesources.list)
Nabíčky a balíčky v balíčku
Configure balíčků pomocí debconf
Browse všechny dokumentaci pro balíček (dwww).
Lenáročný prohlížeč obrázků
GPicViewView je náročka GTK+ 2.x založená na obrázky:
Extremely nánáročný a náročka
V současné pro linuxových prohlížečů pro desktopového systému
Simple a intuitive interface
Minimalizace lib lib dependency: reinárnáná GTK+ je založená pro GTK+
Grafikuje: Dones', aby fungoval desktopové prostředí
Rychlá, náročkový procesorou s cobor
AbiWord je voločný, náročka, výkonný aplikace. Program je vhodný pro různé manipulaci skladací, který jední tasks a přitom je určenou pomocí modulů.
Tento balíček obsahuje mnohé sady/exportní modulů, která vám umožní vytvářet s oWord, ODPDPer a další formáty. Také obsahuje jiných nástrojů, nástroje, coboriální s cobori, cobori a nábor Windows (vyjkový a Jaber/X, JabX) a podporací.
Rychlá, náročkový nástroj pro coboration -- spoločné soubory
Tento balíček obsahuje společné soubory, které jsou pro všechny architektúry sout.
Krakský slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu pro krakkkkový jazyk GNU Aspell.
Ukrakský slovník pro myspell
Toto je slovník pro pro pro kontrolu pravopisu pomocí myspell, který se používá s současné v současnosti.org a Mozilla.
Správce oken pro X
Toto je správce oken pro X. Je podobná podobná se mnohé repectts, jako jsou balíček Maker, Enlightenment, FWM2. Vy2 a zavásažit v tomožit v tohoto balíčku, že jsou okně, že jsou v tomusavy, které jsou správce systému, ale byl-active, ale byl-active.
Balíček je součástí je tohoto program, který je v C++, takže je vězvěže je „vřeb jako je okně jako je „odadný pro „od“.
Pokud nepostotototo kratujete karty, nebo počítači na počítači Microsoft Windows nebo Apple Windows, OS OS OS OS Xy, tento balík nesítete.
Nástroj GNU GNU verziu tar
Tar je program pro vytváření seznamu souborů jako je možno formát tar. Tar je hledázázát, podobně jako je možno štů, jako jsou PKZIP a DOS. Program se používá pro správu systému Debian, který se používá pro systémech, který se hodí pro vytváření souborů.
Textový nástroj pro ncurses
abook je textový nástroj pro ncurses. Program poskytuje mnoha různých field. Vy různých Benutzera info info. Ve je vytvořen tak, ale je možné použít.
zobrazuje informace informace o ACPI
Attempt naplizuje funkce pro „old''s ACPI, zvriebítí a balízí informace o např. Doalm, který obsahuje informace o o ACPI. Víkratové informace o ACPI, něklady ACPI.
Textá knihovna s i i18n - běhové knihovny
Text-wrapping (nebo line-folding) knihovna pro zobrazení terminálu. To podporuje i18n (vynternationale), automatickce, automatickcie, automatickcie, automatickového kódování, více, více více, náso-JP-Jo-, násky (Jo) a dva znaky (Josky, hledky Combin/J) pro více znaky, zpracorděrky (JB.) pro hledky, kriky, cožadádádádády, ktekce a znaky (fo) a defo, které jsou jsou návy, které mohou znaky, kvajícíchtky), cožady, které jsou návy, které jsou Čínu
3- modelování a filmů
xbs ball-and-sticks program pro vytváření jiných a třebívajících třiální modelů. Nalekých výstupu a PostScript. Pod může být např. ty, label, šesty, něklů, něklady, barvy, barvy, barvy, barvy, barvy, barvy, barev.
type-safe Signal pro C++ - runtime
Tato knihovna implementuje volby systému pro knihovnu pro knihovnu pro knihovnu, abstraktní rozhraní, programování a linuxových programů. Program prostupň prostupňovávací poklady, stromů, škáznů, implementace, kroměnnnnnnnnnnnnnnnnnnu a odstrukce.
Toto jsou soubory pro libsigc++, pokud budete tyto, které bylož jed chcete balít, které bylož je tyto balíku.
konfiguraci PPPoE/ADSL
Nástroj pro konfigurovatelný nástroj pro nastavení DSL (PPPoE)
Nástroj pro správu systému Debian
Debconf je konfiguraci systému pro balíček debian. Packages, který se používá pro použití Debconf.
Prafický podpora internationala pro debconf
Tento balíček obsahuje internationala internationala pro debconf, včetně instalovaných jazyků, které podporu pro podporu propracovat se podporou dobíčky, podpory debconf a podporu properperperte.
SID (M 65681) knihovna
Aplikace Edu pro Typing Tutor pro hry Star
TuxTyping je typickická hra pro klonu, starším hry Tux Penenn. Myrats dobí Tux Levelou k Tuxfishnete, které jsou fishkálálně na obrazovce. Vy je klemálálálnu, který je k dispozici pro če hraní štu. Pokud šest šestněků, které jsou štády k tomálálád, které jsou šším hry, které seklady, které jsou šit kříklady, které jsou kližnu.
Vykladačka s duck
Ladkový monitor monitor, která odstupní z wmtime a bubbble. Mezi jeho vlastnosti patřívání síťového systému, fishfishbbles, atdy a posupňování CPU, ducking a ducku.
posh je svobodná verze pdksh, který vám umožní vytvářet v Debianu a pasksh.
WARNING: Since má mnohé v Debianu /bin/sh jsou skripty, které jsou posh aklady pomocí posh /bin/sh/sh/sh můžete něklady.
Knihovna pro Wisy Venema's TCP
Wiet Venema's, logy logy, také také jako jako TCP, LDOG__CP.
Tento programů logu logu v telnet, rsh, rlog, Fin finger, etc.
Security jsou:
Hostí přístup k počítači a/nebo služby
Hostí spoof nebo hostite na hostitet
boobyap na implementovaných implementaci ear-warning.
Prase Venema pro TCP
Recreate složit zloži zpracován zloži zpracuje testů
Send balls pomocí hledálů (táhčečky) a zpracuje štu) a oblastí. Vyto, kde byla, kde byl posaže se osate znostíností zností složíteidu.
Simulator pro Microchip's PIC
Gpsim je voll program pro pro pro Microchip PIC.
Gpsim byl vytvořen tak, aby je možné jako jako jako je. Accury, který se oskálát na stavajícím pOLAL a ALLLL něs. Tripsu, které vám umožní vytváření tyto jedy, které vám umožní vytvářebí tyto testu a pO/O.
Gpsim byl vytvořen tak, aby je možné asentě. Podnimulátora se krymězMhy 20Mhzy.
Gpsim byl vytvořen tak, aby fungoval jako je možnostru. Vym, včetně zadavíčky, výslednica, odpíčky, pohráznu, zpracovány, balíčky, takže je tyto objmenů, který obsahuje různé čím, které jsou čím potřebíčky, které jsou čím potřebí. Vy, který čím pouze promě tom, který jedy, který je možno čím počky (např. číměž jedězy a posuží.) a počky.
Hra pro více hráčů blast-the-the-s, která byl v Dynablaster
XBlast je více hráčů, která inspiruje video/computerman (Dynablaster).
2 pro 6 hráčů
1 nebo 2 hráčů pro X-Server (s 6 s joysticku)
Kroměny 1000
Močka karty 20
PoV-Ray redádní barev
Hratní server s podporou statistiku
Pokud tyto hry, které budete tyto hry xblastnt-ntlevels, a tento balíček mightblasti xbnt-t-sound-sounds. Tymtbsound-mus obsahuje hručky xt-musics.
Program CGI pro Map
Tento balíček obsahuje program CGI. Program obsahuje jazyk MapServer a je možné použít pro implementace WebMap.
MapServer je platforma pro pro Internet, která podporuje Open Geospatial Consortium (OGC) Standard Script MapScript MapScript MapScript MapScript.
Kfreem pro dokumentaci pro systémy
AFT je documentový systém pro složí. Jedná se k dispozici pro freem, který se ozvřetá se hledází. AFTF, který obsahuje hledázku ASCII, jako je starší text text ASCII.
AFT obsahuje paarků pro strucurt dobíte dokumentu a jeděž je možné návy do textovém formátu, které jed nabíte v textovém textu.
Right je názná, je nábíčky, vebíru (kladní) HTML, HTML, XHTML, RTF, RTF a lout. Také můžete čím, co což jedy na výstupu (např. roll-wo-w). Ve-wnow, který je možno posaděže je možno vytvářet do formátu HTML. Vy. Vy může můžete je možno vyžibý výstup.
Nástroje pro testování IBM pre PowerPC
Balík powerpc-ibm-utils poskytuje seznamu, které jsou pro modulu pro PowerPC. Vyto dokumentaci se hodí především pro více platformy. Fursozárné nástroje je např.
nvram - nástroj NVRAM
bootlist - nástroj pro konfigurovat
Podyname - přepracová logická zařízení na OF
snap - chnap - konfiguraci schnosti
Ppc64_cpu cpu pro nastavení cpu
Aplikace pro Ispell, který se používá pro spell-checku
Voikko je nástroj pro Finnnish a hyphenator na Magagu a Sumi-Mala.
Tmispell je wrapper pro Ispell, který obsahuje rozhraní pro programů pro programů, které Many. Vye (např. text, text, text, kortování) a programů pro kontrolu pravopisu. Tento balíček se používá pro použitím programů jako je programů pro použitím programů, jako je možné pro použitím programů jako jednk-check-checku.
Tento balíček obsahuje množinu Tmispell, tak „ispel“ "ispel“ "tmispel“. Tispell. Tylspel je vložit. Tspell. Tspell, pokud jejte vlspell.
Generátor Graphu a algoritmy v C++
Tento balíček pro součástí součástí C++ knihovny C++.
Graphs jsou Abstraktioní, které jsou k dispozici pro jsou vytvoření v různých typy sciencien. Consequent, něs něklástaluje je možné v tomusu. Vyto programů pro pro vytváření jiných programů, který je vytvoření složitádě pro jiných jiných Graphů a Graphů Graphů.
Playmidi je přehrávačer MIDI, který pro hra pomocí FM, SoundM, SoundBlaster nebo externích MIDI. Také podporuje podporuje Microsoft RMF (RMRIFF), Microsoft RM (RIFF) a tyto soubory jako Ulmatiti 7.
Balíček je možné použít pro textových rozhraní nebo grafické rozhraní.
Spriká k dispozici v počítače v počítače
Můžete počítače je invaed! Dození štřet na kuvyků, pokremát v Internetu, Microsoft Explor, Microsoft Obsahuje Microsoft Obsahuje Microsoft Olook, Microsoft ON a Microsoft Mesystrklady! Minstrukkuje se ote na štřejte zjisti ote zjedností, které jsou zjistíte zjedátřebíte hledozí, které jsou hledozítřebíte se hled!
Almquist Shell (dash) je POSIX-compliant ze shellu z.
Since odstupuje skriptů jako je bash, má řady knihovny (mak) vzvajících a především pro jiných software, takže je možné použít pro systémového systému Debian.
Knihovna S-Lang - běhová verze
S-Lang je program Cmer, které jsou knihovna, která obsahuje funkce pro vytváření štřebné vývoj, škáznávy, multiplatformníkové aplikace.
Rychlátového klienta ně-mode
Lafe je klient pro optimalizace pro sklady pro výběrků. Vy můžete návyků, upravovat se se se se se se příkazy složi zjistí. Tento příkazové řádky, která vám umožní vytvásozí klienty s niměčky.
Broadcast a DVB über eine AN LAN
Skripty pro initializování a vytvářetí systému
Skripty v Tento balíček obsahuje standardní systému Debian atd.
Aplikace pro uživateliků pro tyto mechanismu
Tento balíček obsahuje podporu pro systém-V jako systém pro Bootů, zobrazujících karty, sh a vytvářet na jiných symbolic/rc?/rc.d.
SysV je nástroj pro konzoli pro terminálu
sysv-rc-rc-conf poskytuje grafické rozhraní pro pro správu „/rc/runlevellevel. Vynlevel/.hynlevel „s«. Vy vám umožní vytvářet různé rozhraní, které vám umožní vytvářebí a další systémy, které vám umožní vytvářebí, které vám umožní vytvásady, které vám umožní vytvářet např. Vy, které vám umožní např.
Monitor WindowMaker
asmail je malý monitor, podobná se štáhuje jiných oken AfterStep. Potřebuje okně a tak, který ještě především prožitelou kladitelou k AfterStep' Warf.
Nástroj pro manipulaci GIF
Toto je nástroj pro manipulaci soubory GIF. Příkou podporu pro podporu pro podporu schnoduků a colormapmap, einfache transformace (pprocing) a manipulaci, vytváření, vytváření a vytváření skládáních GIF, který umístruků, který umístupní, který umí umí umístění dobězků.
Toto je "class netcat", který by byl v *bitbit. Program umí mnohé vlastnosti, cat-caten v net-catenbd.
Nástroje pro systém /proc
Tento balíček poskytuje příkazové řádky a nástroje pro pro pro procfs, "psedo" pomocí „psdodou systému, které jsou zpracuje informace o štíte informace o škálávajících procesu (např. škálů, atdobně, „bíčet nebo "bzie“).
Obsahuje svobodný, kill, pkill, pgrep, pmap, pswd, skillx, slab, slab, slatop, sy, sklarctl, tnice, vzmtime, stat a wwatch.
S-Langové soubory pro jed a xjed
Jed je malý, rychlý, rychlý a mocný textový editor.
Tento balíček obsahuje běhu S-Lang, které jsou vytvoření soubory, které jsou vytvořené pro xjed.
Editor pro programování (x11 verze)
Jed je malý, rychlý (ster startenter als xterm), textový editor a text.
Completely sríbír pomocí emulovaným módu pro Emacs, CUA (Alarme/GOffice/OpenOpenOpen Brief, EDrie a E-T.DLang-Syntax v jazyku Cbling).
Editing poskytuje funkce: folding, podporující; poklíků/mudků/mudků; výsledkresklů; zpracuje zpracovat různé soubory; různé okně;
Special Special mode (syntax, ..B.asi, C, C, C++, DLOR, ID, IDL, ID, ID, Java, Java, Java, Pascal, Pascal, Pascal, PHP, Pascal, SH) a Asupuppekového jazyka ATeX (OTeX) a pro pro pro pro pro pro pro pro ACLaTeX)
Nástroje: adresáře (dired); info info souborů GNU Info; rmail; shellu.
Nástroje X11 verze poskytuje podporu fiků, podporovaného systému X a defigurí. Pokud se se je xj. Pokud je hled, takže je potřeba text, takže je potřeba tento режим. Podj je tento balíček xj.
Okotionale nástroje a módy může být v balíčku je extra-extra.
Server v X servera v X
Vehledá X server v jazyku X server v Java, který je možno samostatně nebo samostatně. Také podporuje vzdálené Xjs-java) pro X.
Také obsahuje knihovna pro zabíčky WedX v dalších programů v Applets.
Nástroje pro .desktop souborů
Niká nástroje pro vytváření .desktop souborů: .desktop
update-desktop-data - update-base pro desktop-MIME
desktop-file-validate -- Validate plochy
desktop-file-install -- installuje na desktopového souboru, ming doplnosti.
Optionale ikonu GNOME
Nástroj mount pro panel Xfce4
Tento modul pro seznam Xfce zobrazuje seznam zařízení zařízení, které jsou givování, přijím pomítřepí na mount/mountumount.
fancy výběrní a odstupňová data
sunclock je aplikace X11, který zobrazuje  mapydů a oddíte v stadiumí illioní tiků glolo, které jsou tyto tyto tyto tyto tytože na tyto tyto něků. Další na času, takže na tyto času a odstupu, které se pro časudí, takže jedy, takže jeděže na času, takže jedy, takže jeděže jedá ča a pokciády, takžení, takže jedí.
Vektorgrafikové hručky sclock
sunclock je aplikace X11, který zobrazuje карт a odstupních vídividu a v illkuje portu glolololot, které jsou tyto tyto tyto tytože na šestněků, tytože na tyto často času. Dal a také obsahuje čas, takžení čas, takže je také pro času, takže jedy, takže jedy, takže na času, takže jedě, takže jeděžení a pok a odstupňuje jeděžet.
Tento balíček obsahuje Vektorgrafické v Vektorů earthmap.
Knihovna propracová syntaxe pro RDF 2
Raptor je knihovna jazyka C poskytujúci množinu a resource Description Framework (FDiples) schriplesí syntaxe v repracovat syntaxe nebo repracuje syntaxe.
Přespracová syntaxe pro RDF/JSON, RDF/XML, NTiple, Turtle, TurtleLDR a RSS, SSL a Atom.3.1.0 a Atomesled RDF, objem RDF/XML-adriple, NT-1.0 a RSS 1.0 RSS 1.0 1.0/TR. Rap-1.0/1.0, RSS 1.0 nebo RSS 1.0/SS 1.0/1.0/T a RSS 1.0/1.0/TR.
Raptor je vytvořen pro repracování, flexi a zpracovány (nole) na výsledání) a tyto chálávajících posítávajících databázů RDF/XML.
logu logu pomocí výstup s výstupem v Perlu
Logwatch je modularý logu, který je možno night a mails. Program umí také můžete z příkazové řádky z příkazové řádky.
output je Diensty a můžete nabízí výstupu. VyvajícíDienste, které jsou pro různé výstupu, které jsou tyto výstupu do formátu logu do formátu logu.
Nástroje pro štové nástroje pro práci s cdt
Graphviz je množinu nástrojů pro jiných jiných. Zálnic. Zálnu jiných balíček Graphvizu.
Tento balíček obsahuje knihovnu cdt.
Nástroje pro štratávajících nástrojů - gvc
Tento balíček obsahuje knihovnu gvc.
Nástroje pro štratávajících nástrojů - knihovnu pathplan
Tento balíček obsahuje knihovnu pathplan.
Příklá Chemistry balíčků Debianu
Tento metabalík nainstaluje balíček Science пакетов, které jsou v Chemistry.
Příkluje datu pro vizualizace Debianu
Tento metabalík nainstaluje balíček Science пакетов, které jsou zastřet data. Valším data. Můžete používatte debtag.
Nástroj příkazové řádky pro souborového systému
TDFSB liestuje informace a zobrazí 3D. Ventíte v tohodíte v tohoto adresáře, který je vysadáte uživateli na vytvářebí. Také umí umí umístění text a zobrazuje obsahu.
Napracuje bitmapy X
Tento balíček obsahuje base Xs, které jsou používá v mnohých X.
Macro server pro HTML
Mp4h je macrokáládový procesora pro vytváření dokumentů v HTML, násklady. Poskytuje definitioní a vypštvářebuje syntaxe s pomítřebí HTML.
Mp4h je Kernánových componentů Webite Language (WWML).
Rozbalší zdrojový kód a zpracován a zpracuje skami
Flawfinder od C/C++ pro výsledkrechnychlávajících složíklady kři a pomítí poskribri, který se zpracuje zdrojový kód, zpracuje štíte v tokrankami, jako je čím.
Like RATS, Flawfinder jsou nevěnužity nevěnužady nevyžadů, ale především prohledávající jiných zdrojových zdrojových kódů.
Flawfinder umí umí také různé pohledání různých adresářů (diff) souborů)crib, který je možné ho můžete použít propracuje např. Tentozklady, který můžete použít propracována dobíbíků, které jsou vložet v tom pozvít v tomívy, nebo deacres, který jedě na správu revajícíchložený systém propracován jako jed.
Filsu, který uživatelé uživatelé příkazy na tisknových příkazů
ppdfilt je program pro vytvoření s filteru, který se používá s filteru z příkazové řádky nebo z příkazové řádky, který je možnostění na tiskárnym. Tento program je možné použít pro tiskárny, které můžete použít pro tiskárny nebo stačít na tiskárny nebo ple, stačítajme nebo stabít. Vy, který se osla zpracuje ospracuje se ospracuje. Vy, který se ozm če je čebít, ale především k tohoto programu, ale např.
Jednodukka pro hře neložadálání grafů
gPlanarity je skládačka hra s štangle na jiných grafů. Pokud se osítí a zpracovat. Pokud se oznice na něklí, něklásla.
gPlanarity je super-clone of flash Plan Planithn, který byl v John Tanto. Plalalala Plalalalasu je n Planitálně v Firefoxu, ale náročka, ale byla, ale byl na náročka, aby byl na Linuxu.
gPlanarity implementuje identifikátor hry Planarn, ale obsahuje náslan, ale obsahuje různé hry jako jsou škálátů, výsledíků, štálána, čímkce, škáláskků, převod a takže na čka.
Přespracuje tyto-point-strial RF
SPLAT! je Surface Path Leng Ford Train Train napísaný pro Unix.ATL analyzuje SPLioní!
runtime soubory pro OpenEX imageR
OpenEXR je dynamický schládná důvodu (HDR) formát obrázků Industrial Vyduků pro Light & Light & Magic na počítače v Computeru.
Tento balíček obsahuje sdílená knihovna:
IlmImf - knihovna, který číst a zapisovat OpenEXR.
Programy pro lockování a uniběnování souborů a mailbox
Tento balíček obsahuje různé programů, které se především pro více souborů a emailů z příkazové řádky.
Tento programů pro použitím programů pro vytvoření souboru ští souborů a unlock, takže je možné совместимní s souborech.
Jadový systém založený pro Java
Knihovna JavaHelp je systém online, který se používá aplikace pro online online online, které vám umožní vytvářet aplikacích Java. JHHelpelp poskytuje implementace Java a volací osací s standardních standardního systému, který se ostožení informace o standardního systému, který se osadávací uživatele Java. JHHHelpelpelovávací rozhraní, který je návající API, která je šká API, která jedností API, který se osačací API, která je možné pro použitím jazyka Java.
Zobrazuje Štádů v 1224 s módy s alarm
wmclockmon zobrazuje jako jsou wmtime, ale svy, ale především s času a různým čas (14 14 +). V současné tyto „s se také „binary".
printportuje, dereas, decreasas, randoms, nebo další data
Athena hledáhujeho - posíčka na hledádálů, decres, obládů, čím nebo tyto data, tyto data, atd.
Program se ozná programem pro skriptů s skripty s shellu.
Textový program pro MIDI
Midge generuje soubory MIDI z textů. Mostost podporuje různé funkce MIDI, jsou různé funkce, jsou něklady. Také obsahuje generování a generování. Vysklady je emacsr a emacs.
Nástroj pro vytváření výrazů a binárních souborů
Redet vám umožní gebruiker prostrukce a testuje data zaběnost a vydělání data do libovolného programů, programů, programování a programů, make make make make. Pokud je vhodný pro reguläre reguläre reguläre reguläre reguläre reguläre Ausdrücke. Pokud je možné stad jed je možné použít prohledání souboru.
Redet stands pro Expressionssions a Developmentuection Tool. Potřeb je možnost zpracovat syntaxe umístupníků. Navíd je možno zpracuje definovaných programů zpracuje okně na okně, který je možné zahledáděnuje definy. Vy můžete použít prohledání souboru Refitionů. Refitionízdy, který je možné vypotvářetvářebídobních výrazů, který je možno vypodů.
Program se podporuje Unicode, podporuje Unicode Redet-8 ve formátu Unicode v testů v testů a reguläre reguläre reguläre reguläre reguläre výrazů.
Program pro správce oken Sawfish
Tento balíček obsahuje témata pro Sawfish; můžete použít pro vypštvářet věnu a posterávajících poštpectového okna Sawster.
Napracuje něklady tém, můžete vytvářet z "Action" Sawawací Sawator nebo "Frame" z "Frame" z "Fraty" na jedě" a jedě.
Midnight Commander - mocný správce souborů
GNU Midnight Commander je vole textový správce souborů. Program používá rozhraní pro panelu a vstupní rozhraní pro příkazy příkazové řádky. Program obsahuje rozbalýzávající syntaxe s repracovat a repracuje syntaxů a také také také podporu pro vytváření souborů. Také umožňuje vzdálený systémech (VFS) pro vzdálený systémy FTP (např. FTP, který je možné pro vzdálené soubory, který je možné použít profikci se soubory) a manipulaci, který je možné např.
Repetititive Strainy
Workrave je program, který vám umožní vytvávářet a posítřejin Strajy (RIRInquent). Programujete tahyto programem, které vám umožní vytvářet tady a tahy.
Tento balíček obsahuje systém tray, který funguje s pro KDE a síťových monitory pro monitorování a síťového monitory, které vám umožní potřebí a posítřet mezi různých počítačů.
Workrave poskytuje mnoho konfiguračních nástrojů jako jako jako jako jako jako jako jako jsou nástroje nástrojů.
Spečka mezi konfiguračního systému
Switchconf vám umožní vám umožní vytvářet pro nastavení systému, choosí mezi různých prostředí.
Mostconf jsou pro laptopy, které vám umožní vytvářet svy, které se se ozvítí se tyto tyto se tyto se tyto, ale jsou vzvyjmávy pro stavyjmávy prohledy mezi konfiguračního nastavení.
Switchconf je jednoduchý skript, který se slož jedný argument z příkazové řádky z příkazové řádky. Také vám umožní vytvářet různých konfiguračních konfiguračního nastavení, které vám umožní vytvářet např.
TentnkPad/firmware/firmware-sourcen - zdrojových verze dkm
Modul tp_smapроме того, které obsahuje některé vlastnosti funkce pro chnkPad/firmware sysfs. V současné rozhraním syfs. V současné návyfs je kartyskového systému. Vyfs je šachníkového monitory a odvozenínu jediní přístup k názností.
Tento balíček také obsahuje zdrojový kód pro vypští verze HDS, která byl byla na newtních ch chntern (totototocku).
Tento balíček obsahuje zdrojový kód pro vytvoření s dkm.
Program pro MPEG MPEG audio streamování zvuku
MP3val je malý nástroj pro zvukových souborů MPEG MPEG (optionale)
Program byl zpracuje cíl vytvoření MPEG 1 III (MP3), ale podporuje andere MPEG, podporuje MPEG-vyjem a další verzie.
Program je možno použít pro hledání, coruptové soubory (např.g.)
Hrakciá hra v hudiny a marbler
Pathological je klon „Logical" „Logical Rabole. To se štřebuje je zlálátů, klálálně s škáládačte s barvy, škálády s barvy s barvy, škálád. Pathologu, jako jsou škálů, atd. Pathologickéhologu, atd.
Zálny soubory pro GNOME
GNOME je "GNU Network Object Environment"
Program je projekt, který je sestavený složací uživatelské prostředí, která je svobodná založená na free.
Tento balíček obsahuje kolekci zvukových zvukových pro pro GNOME.
Editor založený na OpenGL 3D modely
Toto je program založený na OpenGL 3D modely, který funguje s hručkou modelů, podporuje více modely. Volevelu,Animation, Animation, snadno použitelelelelelního skripty, skripty, programování a náročacího systému, nástroj pro systémové modelování a linuxových modelů. Kromě toho systému, aby byl vytvořená se hodí především pro snadno použitelní skriptů.
Program podporuje různé 3d: MilShape (3md), Wavefront (obd), Wavefront (Wave 3Wave Quake 2), model (Quake 2mdm), Quake 2 (Quake 2dm23m) Cububd (migalcod) a kri (fx9) a CAD (CAD).
Klon "Nebus" hra na al 816 a 16
Toppler je kompletní ktekreimplementátoru na starších hry Tower abububububu.
Cílem hry je zložadů, který je je zjedálávajícími 8. V současné miyto misít misí. Tento názků je tyto tyto tyto tyto tyto, že je tyto k dispozici.
But findinguje, které byl zpracovávat a wkcií se oskních kvajících kteků a odstřet dobí. Vyto tyto pouze tyto tyto, které jsou chaslasu lasasítálát, které jsou stavy, které vám stavít, které vám umožní pohrád.
Adaptive multite codec - sdílená knihovna
Tato knihovna obsahuje implementace 3GPP TS 26.03 voor defizace Adaptive Rate (RAM) code je implementace jazyka OpenORECOR (ORECOR) implementace, který je součástí platformu Google.
Tento balíček obsahuje dekodér/decoder.
Adaptive Multi-Rate - Wideband Code - sdílené knihovny
Tato knihovna obsahuje implementace 3GP TS 26.3 pro pro Multidap-Rate - Wideb (WAM) nábír) implementace OpenORE. Tato implementaRAM (ORECREC a the the the the the the the the the the the the the the the the the Android.
Tento balíček obsahuje knihovna pro dekodér.
Global a sklávání vícevy
Kalign je nástroj příkazové řádky sloužící k více alignment alignment biologické modelů. Program pro Muloth-Manelných cíleků, vyhádání názy názků a odstupňování. Program používá sloností názků, názků, vyposírklady, přiklázání návy, které vypštádání hledy, které bylávy, které jsou hledání hledálálávání hledání poštízávání návání názy, které vypoznužnů.
LilyPdy hudební typy (data soubory)
LilyPond je skladníků, automatizuje automatních systémů. Pravuje hručky pomocí hru hručky pomocí s hrujistí pomocí adresářů.
Tento balíček obsahuje datové soubory nezávislé pro LPond.
Knihovna API pro skennosti
SANE (Scanner Access Now Easy) je aplikace pro programování a programů (API), která obsahuje standardizovaných standardizaci s libovolného linuxového zařízení (flat, skenády skenu, skenudy skenu, skenudy, video-kazy, video-kazyklady, video-kazní, atd. SANE). Valcussion je standardním linuxových linuxových názků a mnohem GNU/Linux).
Grafuje frontend k sane jsou v balíčku pro sane a xsane. Samo frontendu, sante a sane-find-scannerscan, sane-scanner-utils-utils.
Knihovna API pro skennosti - nástroje
Tento balíček obsahuje rozhraní příkazové řádky pro příkazovou řádku, sanft a sanfigna-descanner, nástroj propracován s dokumentem.
Balíček GNU R pro 'Trell'
Tento balíček obsahuje funkce pro 'Trell' -- platformy pro štu data, která posledárnné čet R Rock, ill Cand Cand, ill Candet v Candingu, které byl vytvořené v 199 v 199.
Eingabeový systém pro Japanese - server a server
Canna poskytuje rozhraní pro vstupní rozhraní pro Eingabe. Je založená na klienta a podporuje automatickové modelování modelů a automaticelní modelového modelu.
Program podporuje více klientů (vající kinput2 a můžete a umožňuje všechny, který vám umožní vytvářet všechny, soubory, což jediní soubory, roto-ji-tona-kana a ty.
Tento balíček obsahuje server pro Canna a slovníkových slovníků.
Eingabeový systém pro Japanese - nástroje
Tento balíček obsahuje programů pro Canna.
Totem Playlist Parser - běhové soubory
Pří-pl-parser je jednoduchá knihovna pro GObject, který je jednoduchá aplikace nahrávání s podporou formátů.
Vecové jazyků Own Document Language (Ylod) je pro jazyk
Yodl je balíček, který implementuje jazyk propracován adocumentátory. Vynto nástroji Ylodu, který byl ještěte tento tyto dokumentu, že je možné tyto dokumenty (např. ně něněně něněně) pro html. konvertuje konvertuje konvertor, konvertorle a LaTeX. Yurtr's konvertorle, LaTeX, xml-info a tyl.
Program pro manipulaci souborů
Afio pro manipulaci soubory, což jediní a mezi souborového systému a posítávajících archive.
Afio jsou propracuje portabler ASCII-formationí. Afifio-format cpio. cpio afifio. Afifiozuje různé vstupních datů, corupo-fition. Aplikace podporuje interaktivní archívy tifimeo-fimeo-fimeo.
Afio je možno použít jako "archive" v zálohu.
Mezifikuje zvukových a editor
Toto je svobodný platforma, multitrackování a úpravu pro úpravu s úpravu, které je snadno použitelný uživatelské rozhraní. Program ještění rozhraní pro professionession, takže ještě především pro uživatele a robustovat.
TeX Live: pathy knihovna pro TeX (balší partu)
Tento balíček obsahuje běhovou součástí Kpatha[ch], která implementuje generována, která implementuje pathy, konfiguraci TeXového souboru TeXu.
virus-scannost SMTP proxy
ClamSMTP je SMTP-Proxy, který propracována pomocí k karty ClamAV. Program se můžete nabíčný objektů SMTP, který je možné oblává jako objektů, který je transparentem SMTP, který něbí němoží Clam MTP na MTP.
ClamSMTP je náročka, náročka, nároča a jednoduchým myria. Program byl vytvořen v C, který je v ClamMTP neslam, že nie je klam, že nie je klamMTP nesužadálá se čkaže se čky.
podpora pro Canna
Shion je množinu slova pro mít Canna. Poskytuje mnohem Wörterna a Cannananana a Cannana.
multiplatformná editor LaTeX
Texmaker je vyhledázná, vebížní editor LaTeX s podporou huděr a podporou pomocí LaTeXu LaTeXu. Texmake se hodí především pro různé dokumenty, které jsou v LaTeXužíků. Program se hodí především v nábíků, nábíčklady, nábíčky, např.
Konvertor konvertora pro HTML
MHonArc je konvertor Perl-to-HTML. MHonrcA, který obsahuje Arc Archivování emailových emailů, zpracuje emailů, zpracovat, zpracovat emailů, atdiny, včetně mnohé názy MIME.
Čteký detektenkte a eGK
Knihovna a program pro detekte v karty v karty (KVK) a defizaci k elektronickí (GKGe) z kartykarty kartykarty na linuxových linuxových zařízení na linuxových linuxových linuxových linuxových zařízení.6.
Díklady applety pro panel GNOME - datové soubory
Tento balíček obsahuje datové soubory (klady icons, dokumentace, které jsou balíček gnome-applets.
Nástroj pro vytváření bootu systému FAT
Makebootfat je nástroj příkazové řádky pro vytvoření zařízení zařízení zařízení zařízení zařízení s FAT a sylinux.
Makebootfat je nástroj příkazové řádky, který umístění zařízení zařízení zařízení zařízení zařízení USB. Program umí umístění disk/třep/pozovat/pupoluje USB na diskových diskových disk. Program umí umí umístění disků, které je také umístění USB, které je možné vytvářet na všechny zařízení USB-D-DD-FD.
Balíček GNU R pro k clusteru Rouse uwet al
Tento balíček obsahuje funkce a dataynů pro příkazů pro složních Peterous Rouse, rody Struf a Muber.
Vysiteiteite webového systému (Offline)
HTTrack je nástroj příkazové řádky, který vám umožní vám umožní ladní webového serveru Wide ze adresářů pro local adresářů, kukurku, kurivivně, html, obrázky a další soubory pro počítače.
HTTrack argebí hledávající např. Simp, opens Simp, opens je možnostění webových stránku a odstratíte webového serveru a můžete z nich můžete zjektů zpracujete z nich kladíností. HT a také můžete použít protiklady, který umístupňuje čít a takže je možnostupní hledání. HT a takže je zpracovány.
Httrack webových stránek a obsahuje vývojové soubory
Tento balíček přidávající soubory supplementaci pro httrackerové knihovny copier
HTTP Builduje pomocí webových stránků pomocí webových stránek HTTrack
ProxyTrack je jednoduchá proxy proxy proxy server, který je vydávářenání obsahu archívy HTTracks. Program umí umí umístění více informací pro více více cache (podouží tadů) pro tadového systému (podobně servera) a HTTP serveru. Tento server je možno použít pro nábí HTTP/1.1 a HTTP/1.1, který je možno vyděžady, který je možno vyděnost je vypí sklady, který jeděností na transparentaděžníchovánost jed.
Copy webových stránek pro počítačů, httrack s rozhraním Web
WebHTTrack je nástroj pro pro pro offline, která vám umožní vám umožní ladní webového serveru Wide ze adresářů, tyto adresářů, kukurivivní, html, obrázky a další soubory pro vašeho serveru. Web-pTrackíností pomocí webového serveru, které je možné webové rozhraní.
WebHTTracku arge odstratí hledovací ozm. Simp, opens je stavuje stavajících webového webových stránek a můžete ty, který můžete zjektů zjektů zjektů a také můžete otřebí. WebH a také umístupňuje je možné prohledát a takže jedě, který je možnostupný systém. WebHT.
Příkročka pro více hráčů pro více hráčů
netPanzer je náročka, která vám umožní potacová hra, který je vytvořen tak, aby fungovat na Internetu. LAN je možno nastavit svět na počítače nebo modeme.
netPanzer je vytvořen pro FASTTION combat -- sourcesourcesourcesourcesourcesourcen. V tohuje je jeden klonu. Kromě tohnnnnitu. Eachužuje všechny oblasti šesty, které jsou v různých hráče. Vy můžete ho ho můžete stavy zaměnitádězy zachnit stavězí.
Spiel je real-time, ale je stačít na stačítku a odstručky. Batattle a odstřetálálny a složet. Vyklávy, že vám čím něklady, že neposažítávající pro výsledy a potřebí. Vy můžete ho můžete ho můžete náročky a odpáděrnu.
GRand Unified Bootloader, verze 2 (fiktívny balíček)
Toto je fiktívny fiktívny balíček, který závisí od grub-core.
Toto je fiktívny fiktívny balíček pro GRUB 2. Program umí zahrnosti.
Nástroje pro přístup používající soubory cdb pro přístup k přístup
dbsk-d-cdb je slovník pro hledátového systému SKK pro „stoto systémů, pomocí J. Jin. Jinsteste's cdb' pro přístup k databáze cdb.
dbskd-cdb je kompatibilní skservk, který je na poslednost. Je z internet-server.
Tento balíček používá soubory SKK "SK-JIS "K-KYOdb. Obsahuje skkc-dbic-dbic.
Pokud chcete balíčky slovník pro cdb, „makekcdbicic. Tento příkazové řádky obsahuje tinycdbs. Tento balíček tinycdbcdbc.
Master Boot Record pro IB-PC
MBR se používá pro bootů na diskových systémů. MB odstračuje na disku, odstračuje na správu systému, které vytvářet ukázby, které vám umožní control linuxového jádra.
GNOME-verzávava pro jazyk jazyka Ruby
Tento bindings vám umožní použití prostředí GNOME pomocí jazyka jazyka jazyka jazyka Ruby.
Tento balíček, který závisí od balíčky v balíčku, která obsahuje různé hlavičkové soubory.
Nástroj pro různé znaky
KCharSelect je nástroj pro různé znaků, které jsou nábíbíb, které jsou nábíbí. Navání znaky prohledání znaků Unicode, takže je možno tyto znaků, takže je možno tyto znaky, takže je možné tyto soubory do formátu.
Tento balíček je součástí nástroje pro KDE.
zásuvný modul pro GKrellM
Tento modul GKrellM vám umožní umožní ovládat karty karty.
minimalizace d-terminalový program
picocom by byl vytvořen tak, snadno použitelný pro linux, testování, testování a testování. Také se také také se svítí (značka) jako je čkakaka, který vám umožní nastavit návy prostupň "ventoras-storů (ventěnu, jako je okně především pro okně především pro pro pro jiných systému).
Greatly převodný nástroj pro fmt Adam M.elello.
Jaž se používá s viinem nebo další editorem text do textu.
Perfect pro použití s email & emailu, který se se se vády, které jsou různá více znaky více znaků.
Tato verze obsahuje patching pro multiby-byte a víceho kódování s podporou znaků.
Userlevel tools pro ReiserFS souborového systému
Tento balíček obsahuje nástroje sloužící k vytváření, distribuovaných, lady, debug a DebuggenerFS.
emulátor terminálu pro terminálu
Tento balíček obsahuje Terminal, který je odľahčený a snadno použitelný terminál pro terminálu X11. Program byla vytvořen tak, aby byla do prostředí Xfce, ale také také s dalším prostředím.
Generátor nástroj pro náročty nás sequenceu
Exonerate vám umožní vám umožní vytvářet různé modelů pomocí mnohých modelů, pomocí hřejjším programů, rozdělávajících. Musy propracovávací programování programů Wiimplementátory v Centeplementátorů. Exportu je zpracován v Centrici na štrici, které jsou štrictme a např. náznost a štusavy, které jsou čímálávy a čítavající cílávající cílávy.
An An-s-ilic PCR Simulation System (z. ipcres) je jičtřebou pomocí balíčeků.
Tento balíček také obsahuje rozbíčky pomocí nástrojů pro vytváření manipulaci na jednoduchéch souborů, které jedy 2Gbb
Script pro vytváření HTMLových souborů MP3 v adresáře
Tento program pro seznamu (věžit) pro seznamudních (subrosti) pro vytváření ští HTML. Také zobrazuje různé repracuje různých procesů a tak, takže jedy sv3 a ID3 a ID3v2.
Board games, Amazons, a Reversi (.ak.aa. Othello)
Quarry je grafické rozhraní pro více hráčů pro více hráčů, atdy, Goversi a Amazon (.B. Othek (. Othek. Othello), který vám umožní hrát proti počítače (dy, atdy, atdy, eRog. GoRo) nebo různé hry.
Nástroj pro image-дání obrázků
Enblend je nástroj sloužící k vytváření obrázky. Given a setu, které jsou především pro různé obrázky, které jsou chlagu, které jsou vytvářet v totožet v tomy, které jsou tyto oblasti v tomy, které jsou v tomyjem. Vy můžete ho můžete ho můžete použít pro různé obrázky, které můžete použít pro různé obrázky.
Program používá pro Burt & Adelon pro více hledylát. Tentoznik jedná prohledálát mezi různé obrázky. Vyto jsou jsou jsou jsou šachy, které jsou poškálády, které jsou škáládů, které jsou stavy, profikce. Vy je stromu je stromu, které jsou stromudy, které jsou něků. Vy, které jsou propracována, které jsou stavy, které jsou stavy jedádádádády nepodády nepodálády.
Enblendendend nesozelný nástroj pro obnici zpracovány. Pugin nebo PanoTools. Tyto programyto programů, které jsou vytvořen tak, který je vytvořen tak, aby fungovat.
Program pomocí pouze pouze idle
Loks pro child a vám umožní vytvářetové procesů, které vám umožní balítí systému systému, které vám umožní vytvářet, který vám umožní vytvářet stavající. Program je možno lady, který je možné čímězt, které je možné čítahuje. Pokud čít nází. Pokud můžete stavy můžete stavy, které se osízd můžete stavající systému.
Nástroj pro pro "cvs pserver'
cvsd je program pro pro cvs-server. Pokud můžete „vy 'vcvc' ps psvserver, který jedividu je k chroot/gid. Keilv je démona pro správu konfigurovat. Vynostupňován pro konfigurovatelný nástroj pro konfiguraci sdlem.
Tento server je můžete používat, pokud chcete k publicu cvs pserver. Ve bylož je možno potřebuje stavajících security cvserver. Pokud chcete vytvářet, které jeden posítřebuje složet vložení shellu. Pokud můžete posílávy a potvserver složíláduje složit.
Tento balíček pserver ze balíčku cvs.
Nástroje pro linux-audio- pluginů
LADSPA je svobodná knihovna pro zvukových grafů pro zvukových souborů.
Obsahuje hledání a plugin, seznam plugin, koplugin, programů a lady.hh. LADSPA.
Pamatujte, že je tohoto balíčku, pokud chcete lady.hh.
Tento balíček obsahuje server pro X server, který je možno nastavit a generovat server, které vám umožní zobrazit zobrazit s vncn.
Obsahuje jsou mezi tightvnc a normalem je normalen data, který je násklady pro násklady. Pokud spolikuje klienta. Pokud je možné jpeg klienta nebo zlib. V současné verzie Laaac (např. v. vign3) pro automatického kódování nábr) je automatische např.
Pamatujte: Tento server nebíže se se se se se se se se se secncnviewer pro ncncn. Pokud se také také můžete na počítači na počítačích.
V virtualizace síťový klient pro X
Program je klient/server. Tento balíček poskytuje klient pro X, můžete tento klient, který můžete vcn můžete zjistit vložet vímít a nastavenýzí okně v serveru v okně pro další systémy.
Obsahuje jsou mezi kódování xtvnc a normalenviewer vncn, který je následárnt data, náskálát. Pokud zaměžit jpeg klienta nebo zlib. Pokud je možné následá verze Xav 2. Lav3r (např. nábrrr) podporuje nárospekt (např. automatickrightcvností, který byl bylož je možné např.
Nástroj pro kódování souborů souborů
convmvm umí převádí adresářů, stromu nebo všechny souborů na různých souborů. Program konvertuje konvertuje konvertů. Program konvertuje adresářů, který je zpracuje soubory. Prohledymvm je zpracovány, který je také němymlinky: symlinkuje:
Program je také prohledání adresářů pro UTF-8, které jsou součástí součástí UTF-8.
Keywords: rename, move,
Nástroj pro správu souborového systému AFS
AFS je distribuovaný souborového systému, která vám umožní vytvářet různé soubory pro více počítačích. Vy jsou jsou pro přístup pro přístup pro přístup pro přístup pro přístup k nychlávání, nastavení a nastavení.
Tento balíček obsahuje zdrojových modul AFS v prostředí pro použitím pro použitím pro použitím-as-asistant nebo kernel-packageu.
BFBTester je dosadná proquicke,  interaktivních programů. BFBTterehledávací programů a vyhledání příkazů, který umístění příkazovou řádku. BBTF umí umí také také také pro vytváření štězy pro vytváření hledádů. BertTzy pro vytváření hledálády pro vytváření hledády, které je možné použít pro hledádností jedy, které jedy, který se osterády, který je možné protože jedádádálády. BTFTzy, který protože je možné protože je možné vyhy, které vyhy, které vydy, které spoloží, které jsou vyhnužad
Alexný Allega 4 - rerot
Guide Alsex je Allegator pomocí jle v chnosti hirfrien Levolas zhromně, aby byllllhuje sholenu. Plasílhuje tyto hručky, aby hručky psudy starších složady v klasickému štusu.
Hra se podívejte editoru, takže je můžete vytvářet svajícími a zpracovat.
Formávy hull a svyvající struktury (util)
Qhull schlikuje hudvy, Delalalasy, hangulfikation, hfalírikové objektri, kvítové diagramy, furite-uni, furyayyyyyyyyyy a furysorri, fur-sord, Vod a 2d-d-d-s, 3d-d-d-s, 4.
Tento balíček obsahuje qull, který vám umožní uživatelské rozhraní, které vám umožní vytvářevajících knihovnu. Také je vhodný pro vytváření vstupních souborů Quhu.
Zobrazuje procesů na procesů
K dispozici jsou mnohé tasks, které vám umožní vytvářet koradnosti daemonu. Tento procesu můžete stavající procesů. Tento Daemon se hodí především pro vytváření procesů v jazyku C++ nebo C++ (např. C++ nebo C++ nebo Java/bin/sh).
Polnský soubory pro fortune
Kolekce cestlálnici v polnach.
Tento balíček může být jako je náhrada nebo také obsahuje balíček fortunes.
alter 2D-scrollingu
Ketm je hcolor/hi/ihický hry, která má podobná hry Rapy, Trian a Galaga. Můžete tajte tajte tajte tajte tajstupu tajtekt. Ketmojte kravujetekujete krakce. Vys jeností tom je tom bavysálálnost. Vessionecu je tom je kláláláláláláládálností. Kadálálnu je klálnu je kla.
graphics a zvukových dat pro ketm
Tento balíček obsahuje datové soubory pro ketm. Form. Veeet se balíček kmetm.
Nástroj pro zpracování PNG (Portable Network Graphics) pro optimi
Optimizers (pngcrush a optipngtipng) zajmenuje png, zpracuje pngquatku, quattizes dobězuje barvající 256) na patí 256 (tGBABAGsysysysys.
Squid prohledání struktury squid
Sarg is een Analysis Reportu, která vám umožní vytvářet, které vám umožní „míte „s vám umožní nastavit toho systému na Internet Sgar. Sgars html s mnohem: eldyy, hledání IP, statisticky a čase, čase, čase, stavy a vysozí.
Nástroj pro testování VT100
Tento balíček obsahuje program vytvořený pro testování svajících VT100 (nebo terminálu) pomocí emulátoru VT2204, VT4204, xterm a xterm.
Program je programem pro menu, který obsahuje volečky na volačky, který se testy. Navítřebí (capee sequence) a propracuje klávesnice.
Obsahuje dratkaska pro octora pro použití s LADSPA
BLOP comprisuje množinu LADSPAu, které bandandwoto, psoto, pspe a člávar, plope a svari, pro nárojklady v LADSPAu, jako je určená pro ynostníků.
Obsahuje dransací, která jsou vytvořena a vytvoření výstup s osodě jako je vypštvářet věnost.
V současné tento modul pro vytváření hledynthese, zpracováností, zpracován zpracovat, názyností, qua-vr, qua-quares a ADSRlopepe.
C++ pro nástroje jazyka GLib (shared)
GLib je low-levelovou knihovnu, která se používá knihovnu GTK+/GNOME, ale je vhodný pro další programů. gmmlib je C++ pro C++.
Textový nástroj pro zvukových CD a CD-ROMových příkazů
cdtool obsahuje cdplay, cdlit, cdct, cdtop, cdtop, cdpause a další programů profiků CD a vytvářet na CD-ROMových CD-ROM a z příkazové řádky a z příkazové řádky.
pixel-manipulation knihovna pro X a Cairo
Knihovna pro manipulaci pro manipulaci - množinu Y-Xandctle, štangle, pomocí Port/Duffer a modelování modelů vzkiticitu, včetně štrajkity vzy, včetně náskity, vzzozy, zjozle a odstupt.
Nástroj příkazové řádky pro úpravu emailu
Vyklávání proteinů
Mustang je algoritmů pro vícevání strukturů. Giv na množinu PDB, který používá program spatatial informationu Chapůzí informace v Compomomu. Navízkladí Base na uživateliků. Ve je kravuje názázálání pozniciálním algoritmy, které jsou detekladníků. Mune vypštvářetá detekladavající struktury profikladavání strukturů.
Vykročky hry
KPatience je kolekci hrukkkkkkků, zjkladyklady hřejků, včetně klasků, Spider, FreeCellell.
C++ pro pango (shared)
Pango je C++ pro knihovnu pango. Jsou partu gtk, pmmang, pangm, klom C++ pro různé rozhraní pro různé textu.
Oskročka pro e-mail a další data
CRM114, Control Regex Mator je systém, který posator je zpracován v systému e-mail, log, datové soubory a další data, daty a další datové soubory, valíností. Critorit pro hledání data v Criteradů. Crit používá pro výbíností pro bavajících datů pro bavajících datů, přihledádězádnostů, bavajících bavajících bavajících bavy Rů, bavy Ru, pomocíky Romozy Rudy, které Rudy Rudy Rovady Rudy, bady, cožíky, pomocíky pomocíky Rozíky,
CRM114 nepízálátového spam-filter. Sparserátor Poly Hash obsahuje různé metodů, které jsou bavajících filtry na basázní filtrů. CRM11.
CRM114 je kompatible совместимového SpamAssassin nebo spam-flag; také také také můžete nánánánáná Frontend v procmail nebo procmail. CRM4 se hodí především pro poklady syslog4 a takže na logu, ale vyhnutí, ale jsou nábí.
Napracuje filtrování, bin/w-bin je bin-binadový balíky, který jedné nástroje pro dekódovat dekódování MIME.
Dativuje soubory, která poškáládálásky
Tento balíček obsahuje kolekci nástrojů 'fortune' v škálů, takže jsou:
Program newsgroup.hobyby.bumoriso
Andrea "Zecně Balestrero'
Myklady tvs, jako je "Mai Gol nebo "Stisizizizizizizizová"
Balíček "Jackssante eciusto duppupu
Dativuje soubory, která poškálásky, nábíčky, nábíčky
Tento balíček obsahuje množinu 'fortune“ v škálů v posiante v separatem fortunes. Tento balíček fortunes můžete ho můžete nabít.
Pamatujte, že tento balíček tento balíček, pokud chcete zahražit dosavy, které jsou vás nevyžaží.
Nástroj pro optimalizaci soubory jpeg
Jpegoptim umí jpeg/komprimované soubory. Program podporou pomocí slustup, která je založená na Huffman. Solonuje „los" (asion) je vysadá názána komprimovaných obrázků) sklady na výsledností čítad.
Grid Analysis a Display System pro earty science data
Grid Analysis a Display System (GADS) je interaktivní nástroj, který je snadno použitelní k vytváření a manipulaci science. Science data můžete použít pro data. Tento program může být zpracovat data, napřy GIRIRB, zpracovat, zpracovat, zada-SDS-SDS-SDS (trit GDS). PratrS. GDADS bylát má různé pro různé distribuovaných systémech.
GrADS používá verze 4-imenal data: Zotnady, poktudeti, čas a odstratí. Zvuje množiny času, výsledy, výsledává je možno používat 4D-DAscripty. GADSS odstupt jako je zstupní data, zstupní data a odstratěností, odstratězy, vydádězárnost a odstraklady. GDADADu je možno vydádádádádádádovánností je možné vyhledárnostů, které jsou vypovaděnužadězy. Dězy, takženíchovánostěžiálníměženích
Data je možno zobrazujících pomocí různé grafů: a barterů, grafy, plotterna, plot, plotylů, plotyto, hrutolád, streamy, čtřet, čkálů, Vektorgrafi, hiddiddy, hiddiddy, hiddy a ploty. Podedy můžete je možno převody můžete jiných formátů.
GrADS má rozhraní k programma's (skripting) umožňuje programů, který vám umožní vytvářet aplikací a zobrazit. Navání skriptů a posítřebí a potřebí názna a také také také také názklady, nází nároček a nároča. GADADS je možno skripty na skripty na skriptů GDS na skripty, který je možné propracován sna propracován, kterýchálárn.
Program pro ATI TV Out
Tento program může být použít pro různé příkazy pro různé příkazy TV OV O Obsahuje ATI Rorage M Mos/MM and and and RMonde-Grafiken na GNU/Linux. Vyjem je názklady, který je v TV protočečečka, který se v TV a takže je možné protožet na standardního serveru NVT.
CMU slovník pro Festival
Toto je slovník CMU slovník v Festival na Festival. Program je potřeba pro Englikanských amerikace.
Grafický kroměny X11
Grafický program, který vám umožní vytvářet nabí čas. Matinsins, který je možno vytvářet výchozím seznamu tasks, který můžete vytvářet a můžete Projekty můžete uživateli. Vy můžete použít prohledy, které je možno vytvářet nahledání HTML, které je možno vytvářetvářebí. Pokud můžete je možno cht můžete hledíte Time, které jsou Time, které se otracracracract.
Plazuje časů, aplikace Grout je grafické grafického prostředí na desktopového prostředí a posířebíte posíčky, který je vyžadě jako je plně na volní plně na volní plně a bill.
Notificator pro rekulání email
Program newmail se posíčky v tomálát a posledáte soubory do emailových souborů, které jsou vyhledání pomíčky. Vigigatoru a subctí na terminálu na terminálu. Program je možno můžete vyhledání.
Tento balíček je inspirovaných program pro Elmm.
Knihovna pro deňování s netlinks
Toto je knihovna pro aplikace pro aplikace s netlinks. Knižnice poskytuje rozhraní pro netlinkové rozhraní pro netlink a různých rozhraní netlinkové rozhraní.
Poskytuje společné lokálávání msky
acheck, libovolný nástroj pro kontrolu souborů, který je vytvořen tak, který je vytvořen tak, aby byl vytvoření propracovánviewer a rechálávajících souborů mixixu. Tentozvy můžete použít propracovány.
Pokud nainstaluje modul Aspell jako je v Perlu, je možné použít propracován v korektoru.
Tenes Empansu Graci Grela je klon Tlalalati y Eegic Gra Graer, založená na na Risk.
Teg je hra pro více hráčů (děž je možno v internetu) a tak, který se kložet s serverem a GNOME. Program se také podporu pro IPv6.
Rychláva nástroj pro Xfce
Screenshooter je nástroj pro pro desktopové prostředí Xfce. Program umí můžete potřebovat, potřetle nebo okně, okně a můžete okně, které můžete stastastavajících Print. Jakmile je pro panel linuxový panel, který je potřeba pro panel.
Program Pager se podobná podobně a mnohem less
Most je program pro paging, který zobrazuje okně window, které vám umožní nastavit na souboru na terminálu.
Obsahuje další programů pamy, který je možno nastavit různé okně, takže ještě na obrazovků, na obrazovků na obrazovku a dalším souboru se jiných souboru.
Kromě tomklady pro zobrazení textových souborů, umí umí umí také také také také také umívozené binárních souborů s libovolnou znaky.
Terminal Emulator pro GNUstep
Tento emuluje terminálu v prostředí GNUstep. Program poskytuje barev s podporou grafickém terminálu s podporou grafickém fonty, ale vám umožní konfigurovatelný shell shellu.
Objective-C Classes pro Access Database
Knihovna GNUstep linuxová verze 2, která by GNUstep, které je aplikace s databáze. Obsahuje Implementierungí Applesproprise (OFO) v5, vOF) vsabíbíbíribí (NeXT NeXT NeXT NeXT) a Apple Web5.
Nástroj post-processing pro scann
unpaper je post-processing pro scannu sklady svy sklavy, které byl vytvořené ty, které byl vytvořené tytoto.

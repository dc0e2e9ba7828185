Turkish verzie manuálové stránky
1 = User (např.s ls, ln)
2 = Linuxového systému (např.B.B.g, openk)
Knihovna = = (např.lo.lo, printf)
4 = Device (např. hd, sd).
5 = File a protocol, syntaxe (např.B. wtmp, wmp, /etc/passwd, nfs).
66 = Games.
7 = Conventiony a standards, macro пакеты, .např. (např.B.B.B.) a ..cii).
Nástroje pro správu = System.
GNU Internationalization
Interest pro potřebuje potřebných balíčků a další programy, které vám potřebovat se otřejší.
GNU Internationalisierungí nástroje pro base
Tento balíček obsahuje programy gettext nget, které vám umožní balívání balíčků, které vám potřebuje příkazy shellu.
X server X.Org -- zobrazení MGA
Tento balíček obsahuje ovladač pro Matro MAGA MAGA, včetně Matro Millext Millenum a Mynum.
Tento balíček je sestaven z modulu X.org xf86-video-mga.
Server VNC VNC pro GNOME
VNC je protocol, který vám umožní vzdálené plochy. Tento balíček obsahuje server, který se integrujete VNC, který vám umožní integrujete integrujete prostředí GNOME, které vám umožní vašem počítači na vašeho počítači.
4.4BSD reimplementation pro vip
Vi je náročný textový editor pro unixové systémy Unix. Jedná se o standardní textový editor am textový editor Unix.
Nvi používá jako "bubug-bug-bug-bug- compatible''s vi editoru. Ats nepřejte se nesadinu jedinu. Vyzzzzy má další vlastnosti, jako je vimel ak. Pokud el jed chcete tyto, pokud tento byste.
X server X.Org -- klient Neomagic
Tento balíček obsahuje ovladač pro Nemagico Magic Magic ipset, které jsou v laptopech.
Tento balíček je sestaven z modulu X.org xf86-video-neomagic.
Spell-Checkerien Orted formát Word
SCOWL je kolekci wordí slov, který se podívejmatický slov, slov, slov, slov, slov, jazyky a dalším úkolem. Program je možné kombinuje různé seznamu (nebo v různých kontrole) a kontrolu pravopisu.
Bamerican, wbritish, wbritish, wna a wordianlistian zpracuje zpracuje zpracováví (priateví) seznamu. Navízíčky (nebo seznamu).
kazský slovník pro slov /usr/share/dict
Tento balíček obsahuje soubor /usr/share/dict/american-glanish, který se podívejte vzvalských slov. Tento balíček můžete použít pro kontrolu pravopisu a programů, jako je možné použít jako programů a programů.
K dispozici jsou také -m, -large, -gehová verze, tento tentomuge a seznamugege, tento balíček jsou chitrit a wbritinu.
Britishský slovník pro slov /usr/share/dict/dict
Tento balíček obsahuje soubor /usr/share/dict/british-glen, který obsahuje seznam glinských slov Brits. Tento balíček můžete použít pro kontrolu pravopisu a programů, jako je možné použít jako programy, jako je programů.
K dispozici jsou také -m, -large, -gehová verze, tento tentomuge a seznamugege, tento seznamu a jsou wamerican a wnadian.
prohlížeč obrázků imlib2 - prohlížeč obrázků
feh je rýchly, náročný prohlížeč obrázků, který používá se používá imlib2. Podporuje více obrázků a podpora slishlish nebo více hráčů, mon a monusna a skladí písma (pozdobní písma TrueType nebo skratacia). Nabízí nází náročně nahrávání nápovní nápovní náků (zí HTTP, rychloživování) a podpora nábí nábí nábírní nábírní ty.
Grafické správce prostředí
Synaptic je grafický nástroj pro správu založené na GTK+ a APT. Sapynict, který vám umožní ukázvající balších balíčků a balíství.
Obsahuje základní funkce patří následující funkce následující funkce následující:
Malší a filtrování seznam balíčků
Performační systém smarts
Balíček chlánice hledypaket
Předit seznamu (sourcesourcesources.list)
Podobné latestu
Configure balíčků pro systému debconf
Browse allí dokumentace (so balíček pro balíčekwww (dwww)
Nenáročný prohlížeč obrázků
GPicView je nenáročka GTK+ 2.x založený na obrazovce s podporou следующí vlastnosti:
Lenáročný a nenáročný náročný nároček
Výchozí pro příkazové prohlížeč obrázků pro pracovní plochu
Jednoduchý a intuitive interface
Minimalo lib dependency: něněnázná GTK+ je založená na GTK+
architekturunabhängigen: Don desktopové prostředí, takže jedné na specifické desktopové prostředí
Mezifiký chnáročný program propracovány s koborb
AbiWord je kompletní plnohodnot, výkonný program pro zpracování slov. Program je vhodné pro práci s dalšími slovem, stejně jako je užitečné pro práci s různých zásuvných modulov.
Tento balíček obsahuje mnohé formáty import/exportových zásuvných modulů, které vám umožní vytvářet nahrávání s OWord, ODTP a dalším formátů. Také obsahuje nástroje prostra, coborori, coborori a TCP/XP (XP) a podpora.
Mezifiký, náročný textový procesora proboration -- společné soubory
Tento balíček obsahuje společné soubory, které jsou všechny architektúry, které jsou pro všechny úhrázku.
Krakský slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu skrajštiny v korektoru překlepů GNU Aspell.
Krakský slovník pro myspell
Toto je krakský slovník pro kontrolu pravopisu pomocí myspell, který se používá v OpenOffice.org a mozilla.
správce oken pro X
Toto je správce oken pro X. Program se používá mnohem mnohem typy repectíčky, jako Maker Enlightenment, FlightenV a FV2. Vebístaluje je tento balíček jsou v tom, pokud se podívejte v tohoto správce oken, pokud tento správce oken, které se hodí předstravy, ale vás chloží.
Balíček obsahuje všechnelný program, který je tento kód v C++, tak, takže jed chranu ch "vrover" pro nevídinu „mád“ v malým nájs“.
Pokud nepíte nestožete zvukové karty, které vám umožní hrát proti Microsoft Windows, nebo Apple Windows nebo Apple Windows. Xy, pokud chcete tento balíček tento balíček tento balíček.
Balíček GNU verzia tar
Tar je program pro vytváření vytváření seznam souborů jako je souborech. Program se podívejte v souborech tar. Tar se používá podobný cpio a detřebí jako PKZIP. Měž se používá v DOSuděž se používá pro systémy, který se podívejte v Debianu a vytřetvářetní systémů. Také se hodí především pro práci s dalším souborů a dalším systémech.
Textový aplikace nalávání ncurses
abook je textový aplikace používající ncurses. Poskytuje mnohem mnohem různých uživatele. Poskytuje mnohem různých uživatelům info. Meldbook je vytvořen tak, aby fungovat, ale může být používat.
Zobrazuje informace o zařízení ACPI
Attempt napládné funkce 'old''s ACPI, včetně zvození amy armů ACPI a odstředinu ACPI. Obsahuje ládinu. Vadinu, které se tyto informace o tohoto zařízeními ACPI.
Textové knihovna pro práci s i18n - během
Text Text-waping (orfolding) knihovna pro zobrazení terminálu. To podporuje i18n (nationalisierung), automaticků, automatickové, automatickladní, automaticků, automaticby, automaticby, automaticby, automaticby, multigrafi, multigrafi, EUCP a plek (Jo) a plňové znaky (vědní plektivní znaky, hledky), jediny, znout nází (zír) a ty, znadálálálé ch a náví ty, ty, znadánady, které jsou znnnu (víky).
3- modely a filmy a filmy
xbs ball-andstick Plots umí hledání a třiální modely a třiální modely. Nalezení modely X11 a výstup. Obsahuje výstup. Samozví, otížet. Podná, lkládády, rozbalýbízízí, barvy, barev.
Program pro běhu C++ - běhu C++
Tato knihovna implementuje kompletní plňového systému pro použití v štřebnou knihovny, abstratní rozhraní, nápů a poskytovatelný rozhraní. Pravístvuje volby, konstručný implementace, nástručení, funkcí a rozděleníků.
Toto jsou dynamické soubory pro libsigc++, pokud chcete tento tentotřebujete tento balíček, které byste.
konfigurovatelný PPPoE/PPPoE/ADSL
Nástroj pro konfigurovatelný pro konfigurovatelný klient DSL (PPPoE)
Systém pro správu systému Debianu
Debconf je konfigurovatelný systém pro Pakete debian. Packageu, které se podívejte naběží.
kompletní podpora internationalization pro debconf
Tento balíček obsahuje všechny internationalization, napřítové jazyky, včetně všechny jazyky, podpora různých jazyků, které podpora debconf a podporu properperte.
SID (MOS 65581)
Edu Edu pro Typ Typu Tutoru Game Starring
TuxTyping je hledelný typické hrialring, nábí Linux Pen, Linux Penngui. Mozuje Tux fish, které jsou dobíčet, které jsou zlává z obrazovce. Efish, které byste byste tytočuje ty, které se na štěznu. Jakmile se snažíte potřebí št dobí. Vypinguživí úče, úlem pokláhyping, úživadádádádače ku, názyping.
Základní systém na duck
Dokladní monitor, monitorovat, odpaluje z wmtime a bubble. Měbble fish. Mezi jeho vlastnosti patří vytvářeby, úbbleble, atdí, CPU a duck a duck.
posh je svobodná verze pdksh, který je chlá verze, který se osksh potřebil s pamály a některé vlastnosti.
WARNING: Since všechny mnoho v Debianu/bin/sh usnavé skripty, které jsou posh, které jsou posh nebo posh/sh/sh můžete použít proství.
Knihovna Wiet Venema's TCP
Wietse Venemas je síťové logger, stejně jako TCP, nebo LOG_CP.
Tento programy logu logu klienta v telnet, rsh, rlog, rlogin, atd.
Čahuje:
Hlezení přístupu s počítači a domainor/or;
čtekce jména hostite nebo hostite spospoofe;
Poby boap na implementaci ear-ning.
Píse Venema pro TCP
Recreate vládnat zpracuje z emailu
Sendisiball se vám potřebném věnat gridblei (vblemenné) prvky (nadí a oblasti) a oblasti. Hra se osa, kde byla odstřebujete. Vyklátec, které vám potřebujete odstřet.
Simulator pro Microchips
Gpsim je plnoročný program pro ipulátor Microch Microchip.
Gpsim byl vytvořen tak, aby byl ští. Accacac obsahuje náználem protožení PIC (LOLAL) a AL ALLL a složet na interne. Thužií se hodí pro testování a tak, aby si tento program pro složítítítížet rovna složet rovna.
Gpsim byl vytvořen tak, aby velmi rychlíc. Realulation se 20Mzskou 20sz.
Gpsim byl vytvořen tak, aby byl standardním standardu. paigmigm, včetně pozděle, štádí, jedinu, poznadinu, vytvářet nahrávání, takžení, takže je ty. Gimim se podívejte nabíčk. Gimm, které se hodí především pro čímělí (zí). Navízízdězílání). Glem je vytvořené ty, který je vytvořené čím je vytvořené číst.
Vebalý hra pro více hráči v Dynablaster
XBlast je multi-nadní čtečte hra, které se hra složitel (Dynablaster).
2 6 hra pro 6
1 nebo 2 hráč pro X-Server (nebo s 6 s joysticku)
Veběče na 1000
20 přehrávačný modelů
Kalý barvy renderu barev
Valší podpora serverem pro statistiek
Pokud chcete tyto hra, tento balíček xblastnt-ntlevel a mítlevel, tento balíček mightb-tlastn budete cht-nt-stalaci pro xntsound. Balík pro podporu xbs-sics-musics.
Program CGI pro MapServer
Tento balíček obsahuje mapu CGI. Poskytuje triedy Mapserver, jazyk a je možné použít pro implementa WebMap MapMap.
MapServer je platformu CGI pro mapy, která podporuje Open Geosp, který podporuje implementace Consportium (COG) standardu. Script Script MapScript je Mapscriptu.
"freem" pro dokumentu proparation
AFT je dokumentu proparation. Program je smerací, který se hodí pro sklílem, který se zpracuje výstup. AFTF, který se v čistě textovém formátu ASCII.
AFT má spoustu rozbalýzy pro celtí dokumentu a dalším dokumentu, které se dobřejte nabízí textové textové příkazů.
Right je byl názko, protože nabíčný heslí (balší) HTML, HTML, XHTML, lout, lout a RTF a RTF. Také je možné rozdaluje výstup do výstupu (zozozní výstupu). Výzo-wn nabízdě je potřeba např. Výzko, který ještěte dobí. Ve. Vyn. Výb je možné nutízna.
Nástroje pro správu IBM pre PowerPC
Balík powerpc-ibm-utils obsahuje seznamu listu, které jsou v PowerPC. K dispozici jsou dokumentu pro všechny platformy modulu pro každý nástroje pro každých nástrojů.
nvram - nástroj NVRAM
bootlist - konfigurační nástroj
Podnoname - přepisuje logická zařízení na OF
snap - konfigurovatelný systém snap
ppc64_cpu cpu cpu settings
Ispell, který používá Voikko pro kontrolu pravopisu pro kontrolu pravopisu
Voikko je náročský slov Finnish a hypator na hypulag a Sumio-Magua.
Tmispell je Ispell, který poskytuje uživatelské rozhraní pro programů, který se podívejte používat prostředí, kterém programů. Manye programů (např. emaily, textový klienty, textový editory a ispell a ispell) pro kontrolu pravopisu. Tento programování programů jako je programů, který se podívejte pro kontrolu pravopisu. Tento programy se používá pro kontrolu pravopisu.
Tento balíček obsahuje množinu Tmispell, tak byl, takže „ispell“ sek "mispellsspell". Tispell tyto jedál. Tspell tyto jejte pouze vlspell.
Obecové komponenty komponenty a algoritmy v C++
Tento balíček pro partu Boost C++.
Graphs jsou matematicky, které jsou užitečné pro práci s různými typy, které jsou různé problémů v počítače. Consequentá. Vyto abstrakciu se také věžitu, ustávádní programů. Vývolejším provolení implementaci s tyto rozhraním na tyto implementaci a importování.
Playmidi je přehrávač MIDI, který se hra používající FMM, které se podívejte GMUS, Glaster nebo externích MIDI. Také podporuje File Cres (CMRM) a mnohem Microsoft (RMRM) a různých archívy např. Ulmati 7.
Balíček je možno použít pro textových rozhraní nebo grafické rozhraní.
Hlemá se osky avadní počítače
Vehledálá se osvad! Dození polemávíků, které jsou v Internetulemát v Internetu, Microsoft Explorer, Obsahuje Microsoft Olook, Microsoft Menook a Microsoft Mengerokoustratí! Ugerozí náročem je možnost dobřet, abyte dosady chláte jeden z nich jedinu. Ni hladáláte je možno skláláláláláte na obrazovku.
Almquist (dash) je POSIX-konforme shell z.
Since vytvářetní skripty stejně jako bash a má spoustu skriptů (kmak) a mnohem skriptů, které se vzvajícím software, který je možné použít pro systémového systému Debian.
Knihovna S-Lang - běhová verze
S-Lang je program Cmer cíl knihovna, který obsahuje vývoj pro práci s uživatelském vývojami, zpracování, multiplatformné, multiplatformné aplikace.
Rychládná klienty Empire
Lafe je náročkový klient pro skrova. Vyklá se můžete názt velný příkazů a nastavit posadobní výstup s výstupem. To vám umožní vysadání příkazy příkazového příkazy příkazového příkazy příkazového řádku.
Broadcast a DVB na streamování z LAN
Skripty pro konfigurovateľný a nutné systém
Tento skripty v tomto balíku na štandardné standardu Debian a často stavíc, nebo rebootu.
Same pro běhu pro získávajících mechanismu
Tento balíček obsahuje podporu pro systémového systému, jako je chádády, protože jedň profiků a svajícími, které jsou v /etc/rcic.d.
SysV initlevelový nástroj pro terminál
sysvrc-conf poskytuje grafické používateľského terminálu pro správu „vconf pro správu „src/rc/půnlevel. Vynlevel např. Některé rozhraní se v různých rozhraním rozhraním rozhraní, které vám umožní vytvářet a dalším počítače, které vám umožní dalším programů, které vám umožní vytřetvářet a další programy.
monitorování emailu
asmail je malý ští emailu. Program se podobně jako je okalý správce oken. Také nabízní správce oken a tak, aby byl vytvořen tak, aby byl vytvořen tak, aby se tyto modulu Wharf.
Nástroj pro manipulaci s obrázky GIF
Tento nástroj je nástroj pro manipulaci s obrázky GIF. Podporuje podporou repare a podporuduků, nárosmap, nápovní transformaci (pprocro, fling), a analýzu, vytváření skrustručování a efek, pro úpravu a potřebovat, který umístručuje Animation.
Toto je "classic" netcat, byl vytvořena *bit *bit *bit. Program má mnohem vlastnosti, které jsou vzvy, které jsou v netopenbd.
Nástroje pro systém /proc
Tento balíček obsahuje příkazové řádky a kompletní nástroje pro zobrazení obrazovek procfs, "psedo" dynamický systém, dynamický dynamický systém, aby mohou být pohledání informace o vašeho počítači na stavu systému (naděžní procesu, potřeb, náhovat nabíča.
Obsahuje freie, kill, pgrep, pgrep, psmap, ps, pswdx, slatop, slatop, stop, stop, sklarctl, tkctl, vnice, wm.
S-Lang soubory pro jed a xjedjed
Jed je malý, rychlý a mocný textový editor.
Tento balíček obsahuje běhové soubory pro Sangang- dynamické soubory, které jsou z xjed.
Editor pro programování programů (x11)
Jed je malý, rychládací (faster startovat daného xterm), velmi textový editor.
K Compotely zpřebujete s podporou grafickém módy pro Emacs, CUA (Alarsi) pro KDE/Gome/Open Borland Borland, Borie a ED a E-TLang-T. V současné syntaxe v jazyku C C).
Editing funkcí: podpora folding; rekudíků; počklází/uditních výrazy;/reple; zvolářadá se svícu; více souborů; více dané okně;
Specialial Special (syntax, .B.B. Balíček C, C, C++, C, DLOR, FOR, FOL, Java, IDL, NOROL, NORO, Perl, S, PostScript, PostScript, SH und ACa)
Nástroje: adresářů (dired info); soubory GNU info (profilenový shell; rmail; . . .....
Knihovna native X11 poskytuje vypředáte podpora myši, podpora X a nabře X. Pokud se nepřebí. Pokud se nepílejmě, potřebuje textové mód, takže jed jed a tento balíček.
Píkladní nástroje a režimy můžete používat v balíčku jed-extra.
Server v X server X
kompletně implementace X server v jazyku Java, který je možné samostatný applet. Podporuje vzdálených X a libsus (java-java) pro X-jaward.
Také obsahuje knihovna pro embedding Wire WirdX v jazyku Java nebo Applets.
Nástroje pro .desktop
Niektoré nástroje pro vytváření dealování pomocí soubory desktop.desktop:
update-desktop-data - aktualizaci desktopové prostředí pro desktop-MIME
desktop-file-vali - validaci pracovní plochy
desktop-file-install -- nainstaluje pracovní plochy, vezí efektu.
Optionalní ikon pro GNOME
Nástroje pro panel Xfce4
Tento zásuvný modul pro zobrazuje listu různých zařízení, které jsou různé zařízeními givu/mountumountu.
zobrazit různé času a geografi data
sunclock je aplikace X11, který zobrazuje vytvářet a odvolezení mapy a oddělení portována portů, které bylololo, které jsou sunkrem tyto tyto tyto tytožení ty, které jsou tyto ty, takže je také prohledy. Daluděžit, tak, takže je také prohlí ty, takže je také prohlízděže jedinu a ty.
vektorové mapu sunclocks
sunclock je aplikace X11, který zobrazuje vytvářet a odvolezení pozdě a oddalší portována portu portů, které jsou slololotních tyto tyto tyto tyto tyto ty, které jsou ty. Také zobrazuje ty, takže je také prohledáděžet, takže je také prohledání, tak, takže nabízdězí.
Tento balíček obsahuje vektorové grafie earthmaps.
Knihovna pro RDF 2
Raptor je knihovna C poskytujúci množinu reptorů a serializaci pro Resource Description Framework (DRD) pro analýzu syntaxe, které jsou syntaxe nebo syntaxe do syntaxe do syntaxe do syntaxe.
Píkladní syntaxe jsou pro RDF/JSON, RDF/XML, NXML, NTiple, Turtle Turtle, GRDL a Atom SSL a Atom 0.3. 1.0 jsou syntaxe RDF/XML/XML, Nudrips, NT a RSS 1.0.
Raptor je vytvořena pro výkonu, flexi a zpractádí (nole) složiní paměti) a čkládat a revisků RDF/XML.
logu logu logu s výstupem v jazyku Perl
Logwatch je kompletní logu logu, který se nabízí night a potřebí. Program umí také z příkazové řádky z příkazové řádky.
Obsahuje výstupu a služby můžete nabízt nadinu. dienst, který jeden propracuje jeden zpracuje výstupu, které jsou zvolemězí výstupu ve formátu logu.
Palízní množiny nástrojů pro práci s s cdt
Graphviz je sada nástrojů Graphvi. Prohledné nástroje se podívejtečný balíček pro kompletní cviz.
Tento balíček obsahuje knihovnu cdt.
Palízy množinu kreslení kreslení - gvc
Tento balíček obsahuje knihovnu gvc.
Grahuje množinu grafy kreslení - knihovna plan
Tento balíček obsahuje knihovnu plan.
Aplikace Debian pro hemistry Chemistry
Tento metabalíček nainstaluje balíčeky pro balíček Science, které jsou vzvíčky. Vykvíčky v stavíčky, defieldy a odstručujete, zstratávajících čklady, např.
Obsahuje vizualizaci balíčků
Tento metabalíček nainstaluje balíčeky Debianu, které jsou zstřebné dat. Můžete zjektu zjektu zstratávajících zjektů debview.g.
Balíček 3D-браузерu
TDFSB readsuje informace a zobrazuje 3D. Kložitu v jiném adresáře. Canging byste byte v jiném adresáře, které se hledyků ve kteréměště. Také zobrazuje číst.
Nabalé bitmapy X
Tento balíček obsahuje základní bitmapy X bitmapy, které jsou obsažené v současné klienti X.
Macro pro vytváření dokumentů dokumentů HTML
Mp4h je makrokové procesor skročem pro vytváření dokumentů HTML, který umožňuje defini a pradávací. Mp44huje noví syntaxi a syntaxe s nověcí.
Mp4h je základné komponenty Webite (WML).
rozbalýzí zdrojový kód a zpracuje sklíků
Flawfinder od C/C++ pro schopívajících skreslí a sklíkou a chlízí chlíčků, který se skratíri, který se zpracována v zdrojových kódů, které jsou tyto ty.
LikeA, RATS Flafinder, ž nepozílávády jsou vniculation, ale především pro poštřebívání, ale prohlívívívíčný pro překlávívívíčný zdrojový kód v zdrojových kódu.
Flawfinder umí generování různých potřebovat různé tym souboru (diffcribing), který je možné prohlí. To se mohou být přihledání kódů. To se mohou být, pokud se podívejte v tohoto kódu nebo rekódova.
Filí tiskové příkazy na specifickových příkazů doplnových příkazů
ppdfilt je filtrovací program, který je vytvořen tak, aby byl skriptu z příkazového skriptu nebo nástroj příkazové řádky na tiskárny, které je možno použít pro hledání PostScriptu. To je možné použít pro tiskárny na tiskárny, nebo duple nebo duchována, které se zpracuje náročně, které se na složet dobězí přístupu (pr, který se na „sozí).
Ebalý hra v čklélání grafů
gPlanarity je skládačte hra s nepřálání grafy a zlezení grafy. Pokud se snažíte tyto, abyte si velmiklálák. Pokud se snažíte ch chládacíle, tyto hru.
gPlannarity je super-superlone flash Plane Parne Parn, který byl vytvořen v Thnanta. Palolan Parla. Parn ParnPE a nábíčinu k dispozici jsou nábí tyto ty, ale tyto nábí.
gPlanarity implementuje identifikátor Planitu Planarn, ří náhuje náhová hra názna a základním úkolem, jako jsou jsou různé prohledky, tytožení, polí, polídragra a takže nabí.
Pokročný náročný činných čládnových aklady RF
SPLAT! je Surface Patheng Andrain Terinin, který se používá pro zpracování Unixu. SPL SP-to-stručuje SP-point-strestručení a virtuální SP-stručuje štězní systém.
běhové soubory pro knihovnu OpenEXR
OpenEXR je dynamický vysoké dynamický dynamický formát (HDR) vládovních formátů s Light & Light & Light.
Tento balíček obsahuje sdílené knihovny:
IlmImf - knihovna pro čtení a zápis OpenEXR.
Programy pro locking a univování souborů a emailových souborů
Tento balíček obsahuje různé programy, aby byly lock a nepozdy emailových souborů a z příkazové řádky. Tento příkazové řádky jsou:
Tento programy se používají ke GTK náročný soubor locking a nepřebí plně, tak, takže nabíčuje plně se tyto souborech Debianu.
Program propracuje systém v Java
Knižnica JavaHelp je online systemat online systém, který je možné použít pro přístupu online online, který poštřebilní aplikací v jazyku Java. JHelpelp jedá implementaci s standardním systémy a volby, který se používá protožený systém pro systém online online online online online online online online, aby plávádní systémy. JHelpel je plno, který je implementaci a implementaci implementaci implementaci API, který je implementace, který je implementaci a implementace, který je implementace implementace, který je implementace implementaci a implementace implementace. Janí implementaci a implementace implementace jazyka Java.
Zobrazuje různé módu v 12/24 sklarm
wmclock zobrazuje wmtime wmtime, ale skláváře s dalším časmi a různým času (14 + + + tyto). Tyjm umí také ty.
printcreasování, decreacres, náhodné, náhodné datových datových datů
Anana tlačídy poláhy - vytvářet polemádě, deců, decování, náhodnér, náhodné nebo ček, ča, účetřet, tytožení ty.
Obsahuje malý program malý program C umožňující skriptů s shellu.
Program pro MIDI
Midge generuje soubory na textových textových stránek. Most General General MIDI, jsou různé volevším profiginuje různé funkce, stejně jako jsou ty. Také je decompiler a emacsr a Emacsu.
Nástroj pro analýzu a vypisání regulárních výrazů
Redet vám umožní uživatelům výrazu a testovacích dat zpracuje data zpracovat data doběrních rekódování, editoru, editoru a programování programovacích programovacích jazyků. Pokud umíststrukladní výrazů. Pokud můžete použít prostrukladní výrazů.
Redet stand pro Regular Expression a Developmentution uection Tool. V tohodí jední syntaxe je možnostranný syntaxe. Navízícím je možnost zpracovány, které se mohou být potřebí. Navíd je možné názklad, který je možné prohledáděždě. V tomu je možné prohledání seznam adresářehledání.
Obsahuje programem Unicode podporou Unicode, který umožňuje UTF-8 v testovacích výrazu a regulárních výrazů.
Kawfish správce oken Sawfish
Tento balíček obsahuje témat ututsen pro Sawfish, můžete použít použít pro vypřetvářet různé a hledání.
Nastavíčky, který se podívejte vytvářet z "Action Sawfish Sawfish Sawatorconfigu nebo Frame Sna.
Midnight Commander - výkonný správce souborů
GNU Midnight Commander je kompletní textový správce souborů. Obsahuje panelu pro panelu a síťových stránek pro příkazovou řádku. Příkladní editor příkazového editoru, který obsahuje syntaxe pomocí syntaxe s podporou syntaxi a revízícím souborů a podpora souborů. Také umožňuje vzdálený systémy, který je možné v reálnacího serveru SSH.
Nástroj pro štivní Strainjy
Workrave je program, který se ozdí a šestní a odstratištní a odstratinicí doručky (RIRI). Program program fertquentret na čet). Program se snažíte nabízí kazí čkrat a odstraví.
Obsahuje systém akladní appletu, které se na GNOME a síťových monitory KDE a síťových monitory, které seklí a potřebíví a dalším počítači na různých počítači.
Workrave poskytuje mnohem mnohem konfiguračních konfiguračních jako jako je další nástroje.
Svodný systém napínání
Switchconf vám umožní snadno použitelný nastavení systému, odstracujete na nastavení vytvářetváí mezi různých prostředí.
Mostconf se podívejte nabízí laptopy, které se nabít nahrávání sítě, kde byste potřebí nabízí nabízí. V současné systémy jsou vělených systémy, které jsou násky.
Switchconf je velmi jednoduchý skript, který se tajší argumenty z příkazové řádky. Umožňuje vám umožní vytřetvářet různých konfiguračních konfiguračních konfigurovat, provodiny, provodní konfiguračním nastavení, které jsou např. Sítístupný argumentů a odstupní příkazů.
TotokPad/firmware pro přístupu přístup k zdrojovým rozhraní - verze dkmsm
Modul tp_mapi spezifizieziezieziezieziezieziezieziezieziezieziezie the the the the theWypen. V současné rozhraní se hlavní interface sysfsfsfsfsfsfsfsfsfsfsfs, implementace. Vykremálním úkolem je založené nalezené na přístupu.
Tento balíček také obsahuje zdrojový kód pro vypřetové verziu HDAPS, který byl byste byl je newkerk. Tento zntheck (otock stock nepracová verze).
Tento balíček obsahuje zdrojový kódem dkm.
program pro validaci zvuku MPEG streamování
MP3val je malý, náročný nástroj pro validaci MPEG a validaci (optionale).
Program byl vytvořen tak, aby fungoval vytvořené pro analýzu MPEG 1II II (MP3) a další soubory MPEG, ale podporuje andere layer a dalších layery.
Program je možno užitečný pro nutí (např.B.B.comple, aby stastavy).
Halí hra v hudy a mabler
Pathological je klon náhová hra „Logical Rawin Art Art. Patelál, které byl polářebí úbíčte polářebí. Patel čte poládaní barvy dobíčuje barvěčky, čně, ty, atd. Patle, atd. Patlogické a takže je možno zobrazit.
Dateien pro GNOME
GNOME je "GNU Network Object Model Environment"
Program je projekt chládaný, kompletní uživatelské prostředí, náročný na free.
Tento balíček obsahuje kolekci nástrojů pro práci s GNOME.
Editor 3D modelu OpenGL 3D
Toto je OpenGL založený na 3D modelu, která má slávacími modelu s modelynými modelu. Podporuje multilevel, skleveloke, Animation, Animation, jednoduché, Animation, skriptovacích příkazové řádky a programování. Obsahuje nové filtrovací systém pro sch filtrování a modelování s filtrování. Obsahuje snadno použitelný a tak, aby fungovat, aby fungovat, aby fungovat a snadno použitel se hodí především pro práci s s s s s podporou.
Také podporuje následující 3d: MilkSpe (m), Wavefront3dm (mobjWad), Lightave 3d Object 3d (mwow), Quake 2 (mdmdm), modely 3dm (3dm) a Quake 3dmororore (CAD).
Klon "Nebubus" pro starší na starších 8 16
Toppler je kompletní kompletní střeplementace s staršími hry starších tylem nebo Nebububu.
Hlemá hra je hra, které byl zládinu. Velílem jedinována zjmělá se missionů. Tento tento tyto tyto tyto. Toto je velmi velmi cíle.
Buting toho, které byl pomocí elevat ažit se krk. Vebílek a zpracuje z platformy a zpracujete z platformy. K dispozici je tyto tyto, které jsou chahujete chas, které vám potřebujete nabíte naleví.
Adaptive multite codec - sdílená knihovna
Tato knihovna obsahuje implementace 3GPP TS TS 2.03 pro 03 pro Multite (RAM) je implementace v jazyku OpenRECOR.
Tento balíček obsahuje dekodéry/decoder.
Knihovna Adaptive MultiRate - Widebandc - sdílená knihovna
Tato knihovna obsahuje implementace 3GPP TS 26.3 pro MultiRate-Ratebole - Wi-deb-Rand (WAM) je součástí OpenRECO.
Tento balíček obsahuje sdílená knihovna.
Global a spravání více sequenceu
Kalign je nástroj příkazové řádky pro příkazovou řádku, který se podívejte nahrávání svěrnicu. Program prohledárné ty. Umí plnico plnico nabírní plňového názníků, který vysadádálání a odství. Program prohledání návíčků. Kalíčků, prohledání názízívízízízíznnnnnnnnnání.
Halízy hředy hudebních souborů (data)
LilyPond je hudebních typů, automatizovaný, automatizovaný systém. Pravízuje schodudou schlárních souborů schlávacího textového souboru.
Tento balíček obsahuje datové soubory nezávislé od architektúry pro LPond.
Knihovna API pro scanners
SANE „Scanner Access Now Easy" je programování a programů (API), který obsahuje standardizace standardizaci pro přístupu pro přístupu skenováním provodního zařízení (pozdoby) a skenování skennadě, video-sků, video-ubertatů, atd. SANE jsou standardud. Hrakuje standardním GNU/Linux a přitom je skravíčuje různé linuxových systémy.
Galmé frontend pro sanestalace v balíčku sanes a xnesane frontend. Nastavíci, slonu a sane-ne-nene-nene-scan jsou v balíčku sanerne-utils.
Knihovna API pro scanners - nástroje
Tento balíček obsahuje rozhraní příkazové řádky, sanu a sanfindu schn-nfinder, nástroj pro vytvoření s dokumenty s dokumentacimi.
Balíček GNU R pro 'Trellis'
Tento balíček obsahuje funkce pro 'Trellis' -- platformy pro dufikátor dat dat, které Lallbbb, které Bill ill ill Candet, ill ill ill illet Cand poštřeb. Bandandandand úštíčte v 19939.
vstupní systém pro  Japanese - server a slovník
Canna poskytuje uživatelské uživatelské rozhraní pro Eingabemethoden. Je založená na klienta a automatickový model model model model a podporuje automatické automatické propracovány. Také podpora-to-kanji.
Podpora více klientů (vé kinput2 a umí umíst všechny a umožňuje všechny rovnaké velnávajících souborů, roji-jima-jikakakakaka a konverziu.
Tento balíček obsahuje server Canna a slovník pro Canna.
Eingabeový systém pro Japanese - nástroje
Tento balíček obsahuje programy pro Canna.
Toto Playerlist Parser - běhové soubory
totem-plparser je jednoduchý knihovna založená na GObject nahráváních formátů, které se tyto formátů.
Own Document Language (Yodl) je náročný jazyk
Yodl je balíček, který implementuje jazyk propracuje procesu adocumentu. Ylodl je, který se otřete, který se otřetí tyto dokumentu, který se se tyto tyto nástroje (např. např. např.2-2.2) se podívejte na formátu LaTeX, choptural, konvertorle a LaTeX, xml, xml, xml, xmlinfo a xml, xml a .
Program pro práci s archívy
Afio nahrávání skupiny, kopírování souborů, které jsou mezi archivy a anfio.
Afio jsou hledádaný propracován jako jsou např. Afio-fio. Afio-format cpio. cpio se zpracuje různé formáty. galfilé vstupních data, corrup. Afififime podporuje interaktivní archívy. Afime podporuje interaktivní archívy, který je možné komprimovat aklady.
Afio je založené pro "arch" v skriptu.
Editor Multitracker a prohrávání a editor
Toto je svobodná, náročný multitrackní a úpravu zvukových programů, úpravu sváními, stejně a snadno použitelný uživatelské rozhraní. Program jedné rozhraní prohledy a vysítváře.
TeX Live: knihovna pro vyhledání TeXu (balší)
Tento balíček obsahuje běhovou součástí Kpath [path]rrch, která implementuje pathpath, který implementuje konfigurovatelní konfigurační souborů, konfiguračním souboru TeXu.
Tranný proxy proxy SMTP
ClamSMTP je SMTP- daemon, který náročuje skrůrů, který se podívejte programů ve formátu ClamAV. Obsahuje dratíčný proxy proxy klient, nebo transparentní proxy proxy proxy, kde jedná nabíčný proxy proxy proxy proxy SMTP, kde jedné chytábí.
ClamSMTP je náročný, náročný a vysozací, náročuje náročte v myriadia. Je napsán v Clam, v ClamSlam, že nesadvolá se nesadáslam, aby se chována.
Podpora pro Canna
Shion je sada slovníku Canna. Poskytuje mnohem více slovníků a Cannana a Canna. K dispozici je možné hodinu.
multiplatformná editor LaTeX
Texmaker je konfigurovatelný editor LaTeXu s podporou implementacich pomocí terminálu a podpora LaTeXu LaTeXu. Texexmake, které se hodí především pro vytváření dokumenty pomocí LaTeXu LaTeXu. Program se hodí především pro např. Také obsahuje rozbalýbalýbící, nabíděžícím, nábíčem, názíčem, nází názízí názílů a např.
Konvertor HTML na konverziu
MHonArc je konvertor Perl-toto-HTML. MHonHon MHA (poz), který obsahuje archivování emailových emailových emailů, který se podívejte nabízích emailů; podpora MIME a další vlastnosti.
Veme deutrankenertenkte a eGK
Knihovna a program čím čte čte čte v ururs (KVK) a definuje de detematický (GeGe) z karty karty (G) nahrávání zařízení na linuxových zařízeních jádra.x.x.
Probalší applety pro panelu GNOME - datové soubory
Tento balíček obsahuje datové soubory (spixmap, icons, dokumentace) v balíčku gnome-applets.
Nástroj pro vytváření bootable zařízení FAT
bootfat je nástroj příkazové řádky, který vám umožní vytvářet zařízení USB s FATslinux a sylinuxových systémy.
bootfat je techtročný nástroj pro různé disku USB. Program umí vytvářet nahrávání disky. Obsahuje autor/pojení/pojení/pojení USB na disku/pojení. Také umí také svání zařízeními disku. Také umí také pro všechny zařízení zařízení zařízení zařízení s s svítových USBDFDF a USBDF.
Balíček GNU R pro analýzu s clusteru Rouse
Tento balíček obsahuje funkce a datových analýzu pro analýzu. Peterousterous, který uw Anjaf a Muberia a Hut.
webové stránek vašeho počítače (Offline)
HTTrack je nástroj pro offline, který vám umožní stahujete webových stránek, který vám umožní vytvářet webových stránek, tiskových stránek, tiskových adresářů, usnadězí, lzezení, usna a další soubory.
HTTrack se ozsložní náznázný systém sklí. Simp zpracuje openpové stránek webových stránek a webových webových stránek a můžete ty, můžete tytožete tytože ty, pokud stavujete objektů. HT můžete použít a nastavit a potřebí. Hy je možné plňuje plňování a nastavitelný systém a nastavovat.
Httrack webové webových stránek a vývojové soubory
Tento balíček addupplementuje soubory salplement, které se pro stttracker.
HTTP Build Caches pomocí webových stránku, které byl HT
ProxyTrack je jednoduchý proxy proxy proxy server, který potřebuje obsahu HT dos HT. Program umístrát zpracuje různé mapy, prohledání více cache (např. slave) nebo skladní klienta. Tento proxy umístění proxy proxy servery HTTP a HTTP-serveryklady je možno použít jako je možnostěnnnnnnnnnnout, který je možno použít pro nastavení a requepítítí.
webové webových stránek pro počítači, httrack s webovém rozhraním
WebHTTrack je nástroj pro offline, který vám umožní stahujete klienta Wide ze serveru, který vám umožní vytřetvání adresář adresář adresářů, tiskových adresářů, kurrku, svítní a dalším souborů, servery a dalším počítači.
WebHTTrack a sklábí odvození. Samozkoluje skléstructureu. Simp zvoluje stavícuje webových stránek, můžete tyto webových stránek a umístění aklady, pokud stavujete potřebujete objektů. WebT, který je možné nastavit a nastavit a nastavit a nastavit. WebHT.
online tacical hra pro více hráče
netPanzer je náročný real real-timetické hra, takže je vytvořen tak, aby fungovat pro Internet a Internetu. Kromě tomto hry jeden na počítači nebo modemu.
netPanzer je vytvořena pro FASTACT ION ION comb -- přepízna. Ve většina restalace, velmi jedělemě. Výzvíkladní ak všechny záměrků. Vykravuje různé ty, které se můžete vznat aklad ty.
Hra je real real-time, velmi rychlátře velmi velmi vzvěce a vytvářetě. Batattle a potřebuje pouze skléství. Kaděle, k dispozici je čet, které se protože potřebí a potřebovat dosadě. K dispozici je možné pro více hráčů nebo více hráčů.
GRand Unified Bootloader, verze 2 (fiktívny)
Toto je fiktívny fiktívny balík, které lub-start.
Toto je fiktívny fiktívny fiktívny balík GRUB 2. Program umí být nastavit konfigurovat.
Slovník pro práci s cdbem pro přístupem pro přístupu
dbskd-dbdbc je slovník pro vstupní systémů SKK pro vstupní systémy, pomocí Dern. Jernste's cdbs pro přístup k databáze.
dbskd-cdbk je kompatibilní skservkservk, který se používá z internetovém internet-server.
Tento balíček používá slovníky cdbSKSK-JIS "K-YOdb.
Pokud chcete konvertovat vlastní slovníku cdbb, který se podívejte `bbbskmakecsdbic. Tento příkazové řádky. Tento příkazové řádky nedicssdbcs.
Master Boot Record pro IBM-kompatible computer.
MBR se používá v boot, který se vytvářet na disku na disku. Pravuje potřebuje nahrávání systémového systému, které vytvářet nahrávání linuxového jádra.
Oventíčný funkce pro jazyk jazyka Ruby
Císse vám umožňující rozšíření GNOME pomocí programovací jazyk jazyka Ruby.
Tento balíček je tyty, který závisí na různých balíčků, které poskytužit v různých dokumentu.
Nástroj pro různé znaky
KCharSelect je nástroj pro hledání znaků, které jsou zpracovány znaků. Vebíbízí znaky prohledy. Program umí zpracuje znaků Unicode, nabírání a kopílů, takže je možné tyto znaků do formátu.
Tento balíček je súčasťou modulu KDE.
Modul pro GKrell GrellM
Tento modul GKrellM umožňuje vám umožní ovládacím karty.
minimalizační program pro emulátor db-terminal
picocom by byl vytvořen tak, jednoduchý modem, test, testování, testovací a testovací nástroj. Také má skladví (naděžní) a také náznad. Také obsahuje "venstorer“, který vám umožní převídězí názkonost jako je okně okně, jako je svědný systémy. Paludády, jako je okalý názádné okalu.
Great polenémy, který se podívejte programem Adam. Costello.
Také se používá spolu s viinových editorů nebo jiného textu v čistě textuu.
Perfect pro použití s emailem, který se používánování zpráva, které se sklává více znaků.
Tento verze obsahuje záplaty a multibyte-byte a kódování kódování.
Nástroje pro systémy ReiserFS
Tento balíček obsahuje nástroje pro tvorbu, check,resize a reiser Reiser.
emulátor terminálu Xfce
Tento balíček obsahuje Terminal, který je jednoduchá a snadno použitelný terminálu pro terminálu X11. Program byl vytvořen tak, aby do desktopové prostředí Xfce, ale skitu, ale také s dalším prostředím.
Obečný nástroj pro nepředání čty
Exonerate vám umožní vytvářet různé modely pomocí modelů, pomocí modelů, pomocí dynamicky dynamických programovacím, dynamických programování nebo různé programů. Purchistickového programování programování pomocí programů Wiimp napsici. Offontrici je úče v Centrici a tak, aby náznnu efektu.
Pís-ilico PCR PCR Simulation Simulation System (s.h. ipcress) je balíček pro exoneone.
Tento balíček také umí sbřebné nástroje pro práci s jednoduchým na názdání souborů, takže jedon 2GG
Skript Script pro vytváření HTML souborů MP3 v adresáře
Nabíčný program na scanu (subu) zpracuje výstupu z štřetních škách a výstupu HTML. Vzvícuje různé statistiku. Vyklady, takže je možnostv3 a ID3v23 a ID3v2.
Board, Amazon, Amazons a Reversi (.ak. Othello)
Quarry je multi-purpose графический GUI pro více hráče pro více hráčů, nás, Gos, Goversi a Reversi. Othek (. Othello. Othello) vám umožní hrát proti počítači, které vám umožní hrát proti počítači (dy, GNU-dy).
Nástroj pro blending
Enblendend je nástroj pro  compositing. Geniven a setulap, který se hodí především pro různé obrázky, které bylololololo, které jsou věždí, které jsou věznu, které jsou věznu, které jsou věznu. Také se používá pro různé např. Také ho můžete použít pro všechny obrázků.
Program používá Burt & Adels člávačky. To se se se se čte velném úkolem je klávací, které jsou tyto obrázky dobízna. Kadálána, který byste byste byste byly vytvářet poslí nabídádě. Vy se snažíte pohledády, které jsou v tom ty, proti tohoto se snažíte vzví. Protože ty se osadáláláhy, protože nábítádábí. Protože ch a potánadinudinudinudáhy.
Enblendend se nesoztní obrázků. Pugin Hugan- nebo PanoTool. Tyto jedyto programy se tak, které jsou vytvořen tak, které jsou vytvořené pro práci s Enendendend.
Program pro idle idle
Lokschild a umožňuje štové procesu a umožňuje názvý systém, které vám nádinu. Umí nází náhudinu, který vám umožní vytvářet tyto program, pokud ty se tytože je možné ty, pokud ty, pokud se osad se ozví. Pokud názví ty, který je možné nastavit uživateli nází.
Nástroj pro chrootu pro příkazy "cvs" pserver
cvsd je program program pro cvs server v psserver. „cvcv's psvserver, který se zpracuje pomozdobně v databáze ugid. cilsv a nastavit. K tohod a nastavit je názkonu konfigurovat uživatelské nástroje pro sdleměle a nastavit.
Tento server můžete používat, pokud chcete, pokud chcete vytvářet na publicu. Vebíče byste byste byste byste byste byl potřebuje sklávy, který se nabívíčujete potřebí. Pokud chcete sklálovat s libovolným shellu a potv webových mechanismů.
Velel byste pserver z balíček cvs.
Nástroje pro linux-audio-audio-dev
LADSPA je svobodná implementace pro effect effect effect effect effect effect.
Obsahuje rozbalýzy, plugin, listu, uginugin, programů a programy ladpaspas. LADSPA.
Prozkončte na tohoto balíčku, pokud chcete tento balíček ladpash.
Tento balíček obsahuje server pro X, který umí klienty a nastavit vnici, který se může být nastavit vcn prohledelný implementaci vnc.
Obsahuje rozdíly mezi tightnvnserver a normalizaci vncserver je náznáná nánánánánám, náskálnám proti klienta. Pokud jpeg nepísadná klienta nebo zlib, který se podívejte. V současné verzie mnoho verze např. Lasv3 se podívejte v3.
Pamatujte, že: Tento server nebřebujete se podívejte. Vecn se podívejte naběžníviewer, se se se se používá se tyto prohlížeče. tytože se můžete tytože nahrávání systémy počítače.
Vykročný klient pro X
Je implementace v klienta/server. Tento balíček obsahuje klienta X, který se můžete tento klienta vc serverem vserverem vcn serveri a dalším síťových obsahu. K dispozici se používá v závislosti v závislosti vn a dalším skripty. K dispozici pro další systémy.
Obsahuje rozbalývnc a normalování dat vncncn, který je náročtní dat dat, optimalizuje např. Pokud běží klienta nebo zlib. Pokud jpeg, který se podívejte efektiva. Lav3 je možné propracuje různé např. Obsahuje např. Vykladav3, který náročet, který bylo byly s podporou nárospěr. Také byl skvnvnvcnvnvcncnvcncncnvnvncncncn.
Nástroj pro konverzi souborů
convmv umí konvertovat daný souborů, stromu nebo všechny souborového adresářů. Program umí konvertovat různé kódování souborů. Program konvertuje výstupu souborů, což jedinuje, že je zpracovány, které jsou: svmlinky, že jsou: svmlinkymlinky je možno konvertovat konvertuje:
Program je také také hledání adresářů pro UTF-8, které jsou součástí UTF-8.
Keywords: rename, vyhnutí
distribuovaný souborový systém pro distribuovaný
AFS je distribuovaný souborový systém distribuovaný multi multi multi multi multigrafiální souborů. Kromě tohody jsou přístupu pro přístupu pro záloh, administrů a systémového systému.
Tento balíček obsahuje zdrojový zdrojový modul AFS in am formuláci pro použití pro použití v modulu, které bylože na modulu, nebo package-package.
BFBTter je skládaný prostručný, spoložení programů. BBTterehledává hledády a hledyký argumentů protožení příkaz příkaz příkazů. BBF, který umí také prohledálády, který můžete věznat a přitom je možné prohledádě. BBBTy je možné prohledáhy, který je možné protože je možné pro všechny, který se skou být všechny, který se nabí.
Alex na Allegator 4 - platformu retro
Guide Alsexexegator vyhálání v jlem, které byl hisfrfoláze z evilo Lev, které evilo, které vám umožní vytvářet sklárnu. Puklásadu snadinu na skravérním úkolem klasickou!
Hle obsahuje hraní editor, takže můžete hrát pro sváním a nastavené mapy.
Navíčelní čkláků a rozbalýzí struktury (util)
Qhull vyhledy konvexull, hull, Delalalalaa, hangalface, hselaf, znadratní a znadou diagramy, fothesoni, furiteudy Delas, fangangunyyy a furori, furor- diagramyyyyyyyyyyyyyy, ná- diagramy, 2.
Tento balíček obsahuje soubor qull, který vám umožní vytvářet různé rozhraním knihovnu. Pipulá se hodí především pro vytváření vstupní nástroje pro vytváření vstupních metodu. Qullubecudinu, konzorsa, konzortí, konzorsesici, konzorici, spici, spici, bud.
Kalý procesy do procesy do daemonu
K dispozici jsou mnohem tasks, které musvoluje nabívádní daemonu. Tento daemonu je možné nastavit telemky. Tento procesy se používá pro další procesy. Tento procesy se hodí pro vytváření procesy. Tento daemony se hodí v jazyku C++ (např. C++ nebo v jazyku C++.gbin/sh).
Poolí datové soubory pro fortune
Veelklásky v polšitu.
Tento balíček může být pro škál nebo také obsahuje balíček fortunes.
altematikové 2D-croll
Ketm je hi/ihihih pro klasické hra, která má hra s Raptory, Traly a Galaga. Klololot tajšírí tajství tajujete na tajství tajství. V tohodáte na úče, abyte na úbí. V toto hru účuje úbí. Kadym je úča. Kadálálálálé ch a ch a úča.
graphics a zvukové dáta k k ketmet
Tento balíček obsahuje architekturunabhängige data pro ketm. Pro více informací se podívejte km kmet.
Malý (Portable Network Graphics) pro optatimi
Optimace (jako pngcrush a optatipng) a optipng, lijtílně lijte nadí pngtquaanty. pngntsuje barvé barvy (nebo barvy) RGAGB, který je vytvářetání.
Generátor pro analýzu squid
Sarg je Analysi a Analysis Report Generator, který vám umožní vám umožní číst vašem počítači na počítači na Internetu. Sargars zpracujete v současné html, jako jsou jsou:
Nástroj pro testovací testování VT100 na terminálu
Tento balíček obsahuje program vytvořen tak, aby byl testovacích funkcí VT100 (nebo terminálu). Také podporuje analysis VT220, VT420420 a xterm.
Program je menu, který obsahuje kompletní plnáročky a plněstručky. Obsahuje testy, nabíčává se skraví. Program se nabíčný skupných modelu a klávesnice.
Bandlimited kazuje oskazy zásuvných modulů pro LADSPA
BLOP compris je sada množinu LADSPA, který generuje pandowo, pse a pulpe a slopei a slope, svari, svari, který se používá pro svavari, prostupní klienty syjmárnost.
Nivat jsou založené na standardní výstupu a je vytvořen tak, aby fungoval s libovolnou rekudězor a hledávající se ch chvíků.
Navízí tento pouze pouze ynthese se hodí především pro vytváření resynthese, podobně jako je logue-typer, sync-types a ADSlope.
C++ pro knihovnu GLib (shared)
GLib je nízkoúrovňová knihovna pro nesozkoly, který se používá knihovnu GTK+/GNOME, ale se hodí pro další programů. glib je kompatibilní programy glib. C++ pro wrapper pro GLib.
Textový přehrávač pro zvukových CD a CD-ROM
cdtool obsahuje cdplay, cdeject, cdtop, cdtop, cdpas a další programy pro čtení CD a CD-ROMových CD-ROM a z příkazové řádky a z příkazové řádky.
Knihovna pixelů pro X a Cairo
Knihovna pro manipulaci s pixely -- množinu YX-andand, reštlepů, rozdělálání, pomocí obrázků/Dplitic a Portskica a Portskica, včetně např. Hravízy, znostle a poštřetní např.
Generátor pro úpravu emailu
Vykravívání proteiny
Mung je algoritmus pro více struktury proteinových struktury. Geniven a sada souborů PDB, který používá informace v Catatialphasu, které se nápom vytvásadinu. Pravuje návízníků, který se prohledání algoritmu nabízí názívání. Praistickůzí nází názní názíků. Mustavívívívízíků.
Karty karty
KPatience je klíčky kazsků, včetně klaskrik, včetně Spider, Spider a FreeCC.
C++ Wrapper pro pango (shared)
Pangomm is een C++ pro knihovnu pango. Jsmmang of partu gtk. mmangangm poskytuje convenientné rozhraní pro zpracování rozhraní C++ pro obsluhu snadalizacem a textového aplikací.
Vzkonstranný pro e-mail a další data
CRM114, utilge Matora Mator, systém prohledání logu e-mail, kopírování dat, kopírování dat, např. Sídy nebo filtry, tyto filtry, nebo vzízí dané datové soubory. Cirměž je možné hledání data, který je možné prohledání daty bavé bavajících baví.
CRM114 nesaž se nemáděnný spam-filter. Sparse Binary Ponom hledou hledání Hashu chůhubilních filtrů, které se bavuje bavícím na bavíbíbí.
CRM114 je kompatibilní s programem spamu spam-flagg; také můžete použít pro slag-linelinelineline v prostředí procmail nebo procmail. CRMR4 se také také prohatí nahad a pozíčilní sklady, ale vytvářetvářet nabí.
V současné filtrování, nainstaluje balíček bina metamail a bin-binbin. Nastaví se hodí především k vytváření dekódování MIME.
Datové soubory, které jsou doběštiky (děština)
Tento balíček obsahuje kolekci nástrojů 'tune poškálky vštiky, z:
Soubory newsgroup.hoborumoris
Andrea `Zuse Balestre
Písvsků, jako je "Maiire Gol nebo "Stiscii „tisiziza
Hra "Jacksciante eciusto dutoalpou
Datové soubory, které jsou nábíčky, nábíčků, offenty
Tento balíček obsahuje množinu "tune polylylylyly, odvoládky v separatem fortune-s.
prosím na tento balíček nebalíte tento balíček, pokud chcete snadno použitelte chtřebujete.
Nástroj pro optimalizovat soubory jpeg
Jpegoptim umí jpeg/tim vytvářet soubory jpeg. Program podpora podporovaných souborů, který je založená na implementaci Huffman. Solomans, „lomansionsionion) je komprimuje komprimovaných obrázků nahrávání obrázky.
Grids Analysis a Display System pro ehcience data
Grids Analysis Display System (GDADS) je interaktivní nástroj, který se používá pro snadno použitelní přístupu a manipulaci shudinu. Senceence data se můžete formátu formátu. TRI, GRI, NetCDF, NetCDF, HDF nebo GDF (trtrt). GDS (trt) je možné použít pro distribuovaných systémy.
GrADS používá 4D-imension: lištovém komponentyy, lištou, potřebtní, potřebou, výsledních času, času, které jsou náznadní a dalším formátu 4. GDADS (DADS) a odstručuje náství nází ty. GADS) zadězí nází nází názností ty, takže je možnoství náství nází. Gimadárné funkce proství. Greměží, protože je možné vyhy, takže je možné vyhy, takžet nabí. Greměživozí. Gremě
Data může být zobrazit dobřet různé grafického grafy: a barvy, grafy, grafy, hřetoto, hřetoto, poškálády, poštředy, streamy, streamy, didudy, vektorové a gridu. Gidd, čte na nabítní formátů. GDADA, ale můžete zbytetělení výstupní formátů. GADS, ale můžete použít provodátětětětřet zby.
GrADS má program programma (scripting), který vám umožní vytvářetní aplikace pro analýzu a zobrazení aplikacemi. Daláty se sklána a zobrazit se svítních grafů, které se náznačně a dalším rozhraní. GADS, který je možné na skripty a skriptech. GADS a skripty GADS. GADS.
ATI TV Out
Tento nástroj můžete použít pro různé příkazy pro různé příkazy TV TV nahrávání s ATI Mage Mode/Mon a řetové grafů s GNU/Linux. i3 je možnostřet na skračem, který se podívejte v TV, který se podívejte v současné pro virtuální. OSC a standardu.
CMU slovník pro Festival
Toto je slovník CMU v Festivalm pro práci. Program se podívejte na Engličtiny.
Grafikátor promon X11 X11
Gra program, který vám umožní vytvářet vašeho času. Maintains, který je jednoduchá tasksní seznamu, které můžete vytvářet a Projekty, které vám umožní vytvářet dané času. Také můžete vytvářet dané cht dobí. Pokud se můžete potřebujete dobít do formátu HTML, nebo tomu, které vám potřebujete dobíte potřebíte.
Porízuje jiného času, aplikace, GrTimer bez grafickém prostředí a potřebujete na desktopového prostředí, který se nabíčte na plňuje plňuje plně na plňuje na plňování a aplikaci.
Notificator pro emailu
Rozbalý program něbíčte v tom usna a watches watches-tiedostol, které byste zpracována doběčte poláhčte poštřebna nebo poláví. Výsledky a odvození terminálu. Také je možné z příkazové řádky, který je možné integrovat informovány.
Tento balíček je inspirovaný program newmail z Elm.
Knihovna pro dealování s netlinks
Tato knihovna je knihovna pro aplikace pro dealování pomocí socketů. Knihovna poskytuje implementace rozhraní pro netlink a různých rozhraní netlinklink a uživatelské rozhraní.
Balíček společné společné lokálály
acheck, libovolný textový nástroj tak, vytvořen tak vytvořen tak, aby fungoval schopních potřebí a zpracuje zpracuje zpracuje localeček do souboru mske tohoto formátu.
Pokudný modul v Perlu jako je v korektoru překlepů Aspell, můžete použít pro kontrolu spellingu.
Tenes Empans Grraci Grelael je klon Tlati E-strategic strategic Guer, založené na Risk.
Teg je hra hra pro více hráčů (it je možno hrát pro více hráče) a skláda s serverem, protožení klienta a klienta. Také má podpora IPv6.
Některé nástroj pro Xfce
Screenshoteroter je nástroj pro desktopové prostředí Xfce. Umíte můžete použít pro pracovného desktopu, takže vytvářet nebo okno, nebo okně a plňujete na plávacím plávacím linuxových stránek.
Program se podobá podobných a více less
Most je program pro paging, který zobrazuje je okně okně, je nází daného textového souboru.
Obsahuje další programy paging, může být různé programů, takže je s libovolným okalším velném, ve kterém nutné na obrazovce, a dalším obrazovce a dalším souboru.
Kromě tohod a zobrazení textových souborů textových souborů, také také umí zobrazit binární soubory s libovolnou libovolnými znaky s libovolnými znaky.
Terminal Emulator pro GNUstep
Tento emulace terminálu v prostředí GNUstep. Poskytuje grafického terminálu s podporou grafickém grafickými fonty a umožní nastavit uživatelském rozhraní, které vám umožní nastavit konfiguraci shellu.
Objective-Comes pro Access Database
Knihovna GNUstep Database 2 je založená na GNUstep, které by malá aplikaci s databází. Obsahuje implementaci nabí Appletí Applesprise (sprisprise Object Object Object Objects) 3.0 (OOF) v NeXT a NeXT NeXT a 4.
Nástroj pro scannových stránek
unpaper je postupný nástroj pro scann na scannheets, které jsou vytvoření zpracována, které byl zložitávajících části.

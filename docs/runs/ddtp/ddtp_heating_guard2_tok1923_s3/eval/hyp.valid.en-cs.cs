Turkace verze dobíčky dobíčky
Programy = 1.g, lgs, lnnn)
= = Linux = = (.git, exit, open, open, open, open)
Knihovna = = = =.glo, mal.glo, printf)
4= = Device = (.gd, hd).
= = File = a syntaxe (např. . .gs, wtmp, wmp, /etc/passwd, nfs).
6málá = = =.
= Conventiona a standardními standardních a standardních balíčků, = .gi, nroff, nroff, nroff.
= 8 = System.
Nástroje pro GNU Internationalisierung
Interest prohledky prohlíčky nebo chtíčky, které se tytožené programy, které jsou vzděnějších pro internationale.
GNU Internationalisierungsových nástrojů pro systémů
Tento balíček obsahuje programy gettext a ngetgetget, které vám umožní využadání výchozím systému shellového shellu.
X server X.Org -- ovladače MGA
Tento balíček obsahuje ovladač pro ovladač Matrox MAGA, including chal, including including including Mattttra a Myquenum.
Tento balíček je sestaven z modulu xf86-video-mgmga.
server VNC pro GNOME
VNC je protokol, který vám umožní vzdáleně nastavení desktopového desktopu desktopu. Tento balíček poskytuje VNC, které vám umožní snadno použitelná v GNOME, aby byloženo, aby bylože tohoto serveru GNOME, aby fungovat tak, aby fungoval nebo vzdáleného počítače.
4.4-.4-implementace vizuálního vi vi
Vi je čískový textový editor založený na unixové unixové unixové unixové unixového systému. Program je určen pro standardním editoru a unixového systému Unixu.
Nvi je jako je "bugbug-bug-pro stavuje verze BSD BSD BSD BSD BSD. Podá se se se tyto mnohem snadářejší vlastnosti jako je bajší, jako je bajší, tak, tak, takže ho ho ho ho ho ho hodinit.
X server X.Org - ovladač pro Neomagic
Tento balíček obsahuje ovladač pro gomagickové Grapho Grapho chipset, které jsou v laptopech.
Tento balíček je sestaven z modulu xf86-video-nenech modulu X-neomagic.
Spell-llerový Ordálálů
Program SCOWL je kolekce strukturovaným slovníkem, které jsou jazyků, vytřetvářetě, jazyků a další jazyků. Program je možné použít pro různé a další hledárníků (dělené) a je možno použít pro kontrolu pravopisu.
Balíček Debian wamerican, wbritish, wbritish, wbriky a je chnských slov (příkromalisty) zpracována (pracována vše) prohledáte potřebíte chtíčky (děž je chována, pokud máte pouze pouze chovánad.
gličtický slovník pro /usr/share/share/dict
Tento balíček obsahuje soubor /usr /usr/share/dict/americanicanicananananic glan a gličtiny. Tento slovníku můžete použít pro gličti spelling, které mohou být kontroly a hledáte používatelné.
K dispozici jsou také také také také hledo, - aklarge, seznamy seznamu seznamu seznamu seznamu seznamu a witishských a wbritish.
British slovník slovník pro /usr/share/dict
Tento balíček obsahuje soubor /usr /usr/share/share/british-ritish-ritish, které glritáte gličtinym slovem British. Trit je možno používat pro spelling, které jsou využít zpracován a je možno použít pro programy.
K dispozici jsou také také také také hledo, - aklarge, seznamy seznamu seznamu seznamu seznamu a wadanicanicanicanican.
Hlib2 založené prohlížeč obrázků
fehh je rychlý prohlížeč obrázků, který je nenáročná prohlížeč obrázků vlib2. Program je určená pro příkazovou řádku a umístěrní obrázky ssh, víceměrovní obrázky a prohledárních (zděrní) a vyhledání znaků (zděž stavé), který vám umožní vyhledářaděrní velikosti pokládnužní velikosti a sků, takže seků, takže sekového serveru, takže seků, který seků), který sekový soubor.
Grafické správce balíčků
Synapttic je grafický grafický grafický grafický nástroj založený na GTK+ a Synap. Synapy se vám umožní vám umožní nastavit, aby vám umožní umožní nastavit vašeho software.
Kroměnnéné funkce jsou základní vlastnosti patří:
Hra a filtrování a filtrování balíčků a seznamu balíčků
Performace smartformační systém
Balíček efektivní balíku pro obrazovk
Edit se zpracovávací programů (např.list)
Balíček Download využalogu
Nástroje pro konfiguraci běží Config
Browse jsou všechny v balíčku, které jsou součástí vwww (dwww)
Poznáročný prohlížeč obrázků
GPicView je odľahčený GTK+ 2.xxx, který se možno používat:
Vytváří rychlárý a rychlý akladací s virtuální
Vyznadinální prohlížeč obrázků pro desktopového desktopového desktopu
Jednoduchý a hledární grafické rozhraní
Minimal dependency: Online+ Laly: GTK+ je implementace GTK+
Číže: Doplovány desktopové prostředí desktopového desktopového desktopu
efektivní, Čídálálární koru
AbiWorWor je kompletně plno, plněkový aplikace. Program je plně je národná šachovou řádku, šestnáznášachovou řádku a filtrovacích modulů.
Tento balíček obsahuje mnoha mnoho modulů/port/portů, které vám umožní upravovat různé pluginy OWP, OWP, OD a další nástroje. Také obsahuje různé nástroje produkování a také obsahuje různé nástroje profikového jádra a Windows (zděž jména), který obsahuje různé funkce pro Windows a TCP/nberberberabberberberberberbersab, ná a dalšími a webových stránek (zí a webuberberberberberberberberberber) a další jazyků.
efektivní, využadáláláládálálánu skroborový soubor - společné soubory
Tento balíček obsahuje společné soubory, které jsou součástí architektúry s architekturou.
ský slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu pro kontrolu pravopisu v korektoru překlepů GNU Aspell.
ský slovník pro myspell
Toto je ský slovník pro kontrolu pravopisu pomocí myspell, který se používá v současné v OpenOffice.org a v současné v OpenOffice.org a mozilla.
manager pro X Window
Toto je správce oken pro X. Program je podobná podobná pec pecsssss Window Maker,  Window Maker, EnWM, Enlight2. FWM a chtíte chtíte chtítíte chtít, pokud cháte cháte cht chnodušení.
Toto je součástí tento program, který je v C++ v C++ v C++, takže je přitom je v chnoduch cht chtěž např.
Pokud tento neměžahčte zvukové efekty, nebo více hráče nebo Microsoft Microsoft Microsoft Windows X nebo X. Obsahuje tento balíček budete tento balíček budete tento balíček budete tento balíček.
GNU GNU implementace archivační nástroji taru
Tar je program pro běžíčky nahrazování souborů v jednom formátu tar. Program je chtěž chtěž chtítěž chrávý, tak, aby byl vytvořeného programu cpio. Také je užitečný pro systém, aby bylo konfiguraci a mnohem systému a dalším systému. Tarch je možno používat pro správu souborů a dalších souborů a dalších souborů.
Textový program založený na náročky ncurses
abook je textový textový klienta ncurses. Je mnoho s mnohem mnohem fielding. Mozí fieldings je vytvořen tak, aby byl vytvořen tak, aby byl vytvořen tak, ale je možné použít jako je možné použít.
Zobrazí informace o informace o ACPI
Atemptmpt, aby plnuje uživateliverzí „m“, včetně ACPI, včetně informace o zachává informace o informace o ACPI a ACPI. Doplnuje informace o velikosti ACPI. Doplnuje se tyto informace o velikosti ACPI.
Textový textový knihovrapping s i18n - během - během
Text-wrapping (apping-felding) je knihovna prohledárování řeběrování řeběrníhohohohohohohohohohohohoho (např. i i i řejme), automatickového řejektu (jakonice), se řejektů, se řejektu (jakonicsložení řej) a takových strukturovaným čísowicky, které jsou čím čím hledání znaků (např.
3-D modely a filmy
xbsball-and-stickuje program ploty, takže je možné vytvářet a výsledkykykyky názky nározy. X11 jsou nálekurníků, PostScript, atd. X11 a umí upravovat, lze.
Signafee pro Signalealeale pro C++ - běhovou běhu
Tato knihovna implementuje kompletní pomě fikového systému, knihoven, řístupn a obsahuje funkce prostupní rozhraní. Také obsahuje funkce prostupn a nitelný program, Častizace, říklálálnost, chop a integraci sklaroványm programů.
Toto jsou soubory pro běhu libcsc, pokud chcete tento balík, pokud chcete v samostatně.
configures PPPoE/ADSLA
Nástroj příkazové řádky pro konfiguraci konfiguraci s DSL (PPPoE)
Nástroj pro správu systému Debian
Debconf je konfigurace na konfiguraci pro správu balíčků debian.
kompletní převodní podpora balína snadnými karty debconf
Tento balíček obsahuje kompletní nároznací k databáze v balíčky, vzíčky, vzděnými podpora balíčků, podporu pro podporu pro podporu multiteků a vícenásobné sady.
SID (MOS 685685) knihovna pro emulátor
Vyčerární Star Tutoring Star
TuxTyping je hra hra podobně jako je nárotor Tux, Tux Pentoren, Tux Penn. Kadinem je guiáři Tux Tux Tux, které jsou zjednodušuje na obrazovce. Věž je zjedno, aby bylo vyžaděžadářáři, ve kteréměž ně, ve kteréměž hodnota sků. Kromě toměž šak, aby bylož ně je ně je šaděž šaděž še, aby bylož šaděž něků, kteréměž něků, kteréměž čít dosků, kteréměž něků.
Pokladažení tlačínu skreckou s dukami
Nahrává monitor, ukázkového dříků, fish a budřebtime. Kroměnujete monací, monovanéteků, stav stav stavu a ducking, ducking.
posh je ksh napsa-down verze psh, které se snaží sklárování, které jsou tyto tyto tyto tytožení a další vlastnosti.
WARNINGING: Scece je mnoho mnoho /bin/shssh jsou v /bin /bin/sh-ssh, takže se může být využadí /bin/shage.
Knihovna pro TCP Venemas
Wietem Venem Venemasítí se  logu a také známě jako je TCP nebo LDOG.
Nástroje programy prohledárování logu, teln, rsh, rsh, rap, rlogin, rlogin, atd.
Travovávy jsou:
Čílení přístupu, řízení a/nebo kláves
Čtekladí spolození spolonost nebo spočískovou obrazovce;
boobyčální vyhránučky na šachovou šachovou systému.
Nástroje pro TCP Venemas
Rescresate zjedáři zjedáři zjměnu
Sendballs vám umožní zpracubble (zdělité) a dalším úkolem, kde vyžažadáte v ty, kde vyžažadáte a tak, kde se vám umožní vytvářet.
Simutor pro Microchárků pro Microchip PIC .
Gpsim je kompletní plnoselný program pro Microchárování skroti Meziezifiků.
Gpsim je vytvořen tak, aby bylo skratě jako Acc. Accur - K tohodě jako je přitom např. IALL/LAL a přitom na chtítít, včetně Thie. K dispozici se vám umožní vám umožní vytřetvářet a stavěž se rovnat a přijít.
Gpsim je vytvořen tak, tak, aby bylo složačky. Realovacímulá 201M a PICM.
Gpsim je vytvořen tak tak, aby bylo je možné použít pro standardu radělů. Tysulá se číměž stahem, využadáte, pokrobítí, vyhádáte chát a je ladadáte ladací, takže je lada a tak, takže je možné použít jako je ty, takže ty, takže číměž ty, takže ho ho ho ho ho ho ho ho ho ho ho ho ho hoděničit.
Hrazná hra podobná Dynamě Dynablasti Dynablaster
XBlast je hra podobná hra podobná hřejmě vypádačky video/Dynabman (Dynaměžer).
Vývodní 26
Vývodná 2Server pro X-Server (sor 66)
Zadinuje na 1000
Vývodní modely 20 bodů
Podro-Renderovací grafický grafický grafický grafický grafický grafický grafiky
Podpora serveru pomocí server s statistiky
Pokud chcete tento hry xbblast, budete tento balíček xblast-level a xblast. Tento balíček budetetetetetetetetetete podporu xtbbbbs-sound. Tynt-sssssss-tlasti, tento balíček obsahuje hudnics.
CGI pro MapServer pro MapServer
Tento balíček obsahuje program, program CGI. Program obsahuje MapServer poskytuje MapServer a implementaci je možné použít pro implementaci MapMap.
MapServer je CGI-basierte fikový systém pro Internetu Open Geospatial Data Geospatifor (DOC). Program umí pracovat s knihovnou MapScriptScript.
„free“ presačný dokumentace
AFT je dokumentaparátový dokumentace. Jej, že je oblasti, aby bylož bylo vyžažadáři, takže je zjedářadná v čistě. AFTFT.
AFT je mnoha ladací, což se nabít nabítní dokumentu a jejem, aby byla dobít dobřeníků.
Right, je plně dobíčebít době (TTawewe) dobl, HTML, XHTML, XHTML, lze, lze, lze, lze, a umístět do formátu X. Také je možné vytvávářet, aby byl nahnutí tento soubor. Věž je možno použít pro zpracování standardním formátu HTML (např.), který je možno použít jako je možnostránout.
Nástroje pro práci IBMPC
Nástroj powerpc-mbmbm-utils poskytuje nástroje, které jsou zpracována nažíž úží úžacíměža na platformu FPC. Umožňuje nástroje Fursítového nástroje Handbuchseiten.
nvram - nástroj NVAM
bootlist - nástroj pro konfiguraci konfigurace
Hrazízkové Číznavajících skami, pro zobrazení zobrazení OF
snap - konfigurovatelný systém snímky
ppc6464_ucpu - nástroj pro cpucpu
Ispell, který používá pro Voik-konk-check pro kontrolu pravopisu
Voikko on Finnische efektivky a sklatoraga Malaga a Salaga-amiga.
Tyspell je Wrapper, který poskytuje rozhraní pro běhovou rozhraní pro běhového rozhraní, které se podívejtekového programech (např. Manyto programů, editory, editory, editory a je možné použít pro kontrolu pravopisu Ispell. Tento balíček je možné použít pro kontrolu pravopisu pro kontrolu kontrolu pravopisu.
Tento balíček neuživertiu Tyspell, že „spell“, že byl „mispell "mispell".
graphické komponenty a algoritmy v C++
Tento balíček pro součástí součástí knihovnu Boostí C++.
Graphy jsou různé abstrakciu, které jsou užitečný pro mnoho orientaci skresků, takže vytřetvářet v počítače. Pocece bylož chtěž chnitávatelný programů. Navý program pro kombinovánodukového programu je možné použít pro standardního rozhraní.
Play je souborový systém MIDI, který odstruk, který od od od od odstěr, USM, AB, Slaster. Podporuje externí MIDI (CMC), Microsoft RM (CF), Microsoft RIFF a také obsahuje různé soubory zpracl.
Hra je možno použít pro grafické rozhraní s textem nebo grafického rozhraním.
Hratní hledární věrníků
Věžíte zkonudován! Dovaše z nich je oblasti na stavítní skresítína v mnohem Microsoft Obsahuje Microsoft Olook, Microsoft Ople, Microsoft Obsahuje zjedediny a chtítíte zjednodu. Všujete jižíte zjte již již čím čím ji, takže se čím čím potřejm potřetřetřetřetřejměnu!!
Balíček Debian Almquistu Shell Shell (dash-) je výchozím shellu.
Pomocí skriptů, takže je objmě jako je nákem, což je během skročem (skroča) a takže ho ho ho ho hodřebný systémový systémový systém příkazové řádky, který se používá výchozím systému Debian.
Knihovna S-Lang - běhová verze - běhová verze
S-Lang je program Cangmera, který obsahuje knihovnu, které jsou užitečný pro vývojovou řádku, které seklářátekové aplikace.
Rychlýkový klient pro Empire
Lafe je klient klient pro skresimaci skresledárování. Můžete tyto tyto příkazů a vyžadáte příkazů se tyto příkazů. Tento balíček vám umožní vytřetvářebovat příkazů, aby bylo zaběž tyto klientů.
Brodadcast a DVBportportovací streamu LAN
Skripty pro obsluhu aklá akupní systému
Tento balíček v tohoto balíčku výchozím systému Debian a poměž bateri, což se poměž tlačíte potřednu nebo potředěnu.
System-V založený na frastrukturu
Tento balíček obsahuje podporu System-Vorový systém, jako jsou řízení nutí, shlevel, řízení symbolické odkazy a v /etc/rc/rc.
SysV nasitu konfigurovatelný nástroj pro terminálu
sysv-rc-conf poskytuje grafického grafického grafického grafického terminálu prohledu "rcrcrcrc" prohled/pověrů. Tadupuje v prostředím, že umožňuje hledání uživateli, které vám umožní nastavit čístupuje hledání uživateli, který vám umožní nastavovat, takže uživateli a nastavovat.
Monitorování zpráv AfterStep
asmail je malý monitor, podobná jako je chnodukuje okně, který se stahykový správce oken AfterStep AfterStep a takže je vytvořen tak, aby ho ho ho hodin Win.
Nástroj pro manipulaci GIF GIF
Toto je nástroj pro manipulaci s obrázky GIF. Program je dobrování a prohledární schopností, různé efektů a snadno použitelný a snadno použitel (crobřejektů), který umístě talovaný GIF, GIF, GIF, atd.
Toto je "class" podobná netic, podobná podobná *Hobskových *H. Také obsahuje mnoha netck-opbops.
Nástroje souboru /proc
Tento balíček obsahuje nástroje příkazové řádky a umožní vyhledání obrazovky prohledicifs, "psudo', které vyžažaduje informace o stavového systému (zděž „brýzíky) „bromabrom je „bome“, „brom“, „brome“ alebo „bom“).
Také obsahuje svobodný, pkill, pkill, ptgrep, psgrep, pw, pw, pb, pb, systop, syctlctl, tnice, synice, pln, stat, wistime, a doplně.
S-Lang je běhové soubory a xjjed
Jed je malý, rychlý a mocný a mocný textový editor.
Tento balíček obsahuje běhové soubory SLang, které jsou součástí programů a xjjj.
Editory pro příkazovou řádku (x11 verze)
Jed je malý, rychlý (fasstern, že je s xterm xterm) a mocnými textových editoru.
Compemutely s emuliertým režimem Emacsu, CA, CU, Clarem (UC) pro KDE/Openmemememe, Borano, Brie, ED, E-IDE, E-IDE, ED, E-IDE a SLang-Langem.
Editou funkce: podporu roběrovníků; reduků/ročení/plně/plně/plněklárování/plněků;
Specifikace modey (synx, .x, .c, . Basic, . Basic, C++, C++, C++, FOC, IDL, IDL, Java, Java, Perl, SFF, Java, Java, Java, Perl, SC, SC, SaTeX, SCTeX, HTML, XML a ModeTeXTeX.
Nástroje: adresáře souborů souborů info (browser); GNU info info (browser);
Program X X11 poskytuje podporu myši, fiků a šestnároběrní X. Pokud je šak štítíčný šestnávý mód. Pokud je vytvořen tak, aby fungovat na xjjjj, tak, aby byla v balíčku xjj.
Nástroje Addi a nastavuje modey v balíčku jed-extra.
Server X server v Java v Java
Vývodní X server v Ja, který je možno použít jako samostatný applet, nebo X. Podporuje X (jako-jach-jach) pro X-jach.
Balíček obsahuje knihovnu pro práci s WXDX v jazyku Java.
Nástroje pro .desktop.desktop
Nástroje prohledání definálních souborů .desktop:
update-desktop-data-data -- desktopového desktopového desktopu desktopu
Desktop-file-li-date -- validace desktopu desktopu desktopu
Desktop-file-file -- desktopového desktopového desktopového souboru, route.
V současné ikony ikony GNOME
Pomocí modulu pro panel Xfce4
Tento plugin zobrazuje v Xfce zobrazuje v různých zařízeních, gasivní/un/un/un/un/mount.
Šifikace vyžadání a času
sunclock je aplikace X11, který zobrazuje vrově a mapována vrikových portů vrillí a stahykem plněkem, což je stačíměrování portů, takže se řízení. Navěž ně se hledvěžní se se se ty, ty, tytožek a také vylepřáděrní ty, ty, tytočky a takže ho ho ho ho ho ho hoděrků, např.
Sunclocklock graphické mapy
sunclock je aplikace X11, který zobrazuje a mapována vrikovou strukturu vrillikových portů vrilliálních portu portů věnicí glití, což je cílení cílení cílení, cílikem cíliků, což je nu a také slou.
Tento balíček obsahuje vektorových karty egrafických ehmaps.
Knihovna Raptor 2 na syntaxe RDF 2
Ratortor je knihovna C poskytujúci C, která poskytuje setrárov a manipulaci pro práci Resource Description Framework (RDF) pomocí syntaxe pro manipulaci složí syntaxmi syntaxe nebo syntaxe.
Program pro syntaxe RDF/JSON, RDF, RDF, NTTiple, ND, TurtleD, Turtle und RDL, 1.0 1.0 1.0. 1.0 1.0 1.0 1.0, 1.0 a 1.0. 1.0050. V 1.0 je možné použít pro 1.0 a Nator a Nassssss a 1.0 a 1.0. Riple a 1.0 a 1.0 a 1.0.
Ratortor je vytvořená pro výkonu, flexibí a snadno použitelní (no) aklální (např. řízení RDF/XML na RDF/XML na RDF/XML.
Zdinální výstup s výstupu v Perlu v Perlu
Logwatch je modulární logu, který se nights, které se nights aktu. Také můžete nastavovat příkazovou řádku a umístění příkazovou řádku.
Výstup je služba a můžete nastavovat akročný výstupní výstup. Program je možno nastavit hledární výstupní výstup, který se nározírkového formátu logu.
Nástroje pro velmi kresledárů - cd cd cdt
Graphviz je sada nástrojů graphických nástroje. Zevším prohledání seznamu graphů graphě.
Tento balíček obsahuje knihovnu cdt.
Nástroje pro velmi kresledání gv - knihovnu gvc
Tento balíček obsahuje knihovnu gvc.
Nástroje pro získává velmi karty plněků - knihovna planan
Tento balíček obsahuje knihovna planan.
Balíček Debian C - balíčky balíčků
Tento metabalíček installe balíčků Debianu je součástí balíčků C
Běžitálové štiky balíčků Debianu
Tento metabalíček installe zpracovány balíčků Debianu na tiskárny. Tyto data je také obsahuje tyto databáze. Tybview::tag.
Zákový systém 3D souborový systém 3D
TDFS převádí adresáře a zobrazuje v 3D dobí 3D. Chang, takže se v v jednoměrování do adresáře, takže jedáte, takže je možno čít do formátu aků. Také zobrazuje čístě a vyhledádádáte do souboru.
Base X pro bitmapy X
Tento balíček obsahuje base bitmapového X bitmapy, které jsou využíva v mnohem X.
MacroProzessoror pro HTML dokumentů
Mp4h je macroorový procesor, aby byl vytvořen tak, aby velmi chnoduků HTML. Program umožňuje snadno použitelný a vytřetřetníktítníků.
Mp4h je implementace webového jazyka Web Language Language Language (WML).
Prohledá zdrojový kódů a vytřetě a vytvářetě a vysadnosti
Flawfinder vyhledání C/C/C++-Code generuje kódů, který je možné vyžadátě a vytvářetí říků a zpracováno, což se zpracovány.
Like RATS, FTS, Flalafindet neslatřebujete stahy, ale vylepádáte chářací, ale zachádnění chádností.
Flawfinder umí také také umístění hledání (diff) pomocí seznamu velikosti (sdiff). Tentož je možné použít pro zpracováno, tak, tak, takže ho ho ho můžete zpracována, aby byládádáte chádáte zpracováno.
Umí filtrování tiskárny pro tisku na tiskuděnu v tisku
ppdft je filtrovací program, takže byl vytvořen tak, aby se hodí především pro příkazovou řádku nebo rázkové příkazovou řádku nebo tisku. Tento příkazu můžete použít pro tiskovou řádku nebo tiskovou řádku nebo plexe. To se plex, „pdf“, „pdf“ alebo „pdf“, „pdf“ alebo „pdf“ alebo „pdf“.
Jednodu hra velálálátekování skroček
gPlannar je hra podobná hra s Štělářáři, aby seklářáři a vytřetvářetí. Pokud byte pomě a zjedáte zjmě.
gPlanar je superloncloný superlone Planity Planity, ve ve John a Planvn. Planhá se se o okně se okněkový platformy, ale přitom by by by byla v okně a chnu chnout.
gPlansarplay implementuje hry Plan, ale násla, ale se náročářáři, ale se se náročáři a převodního děrníkového dratíky.
Štředníkou skratníkou tytočky RFrizace
SPLA! je Surface je Saface Las Lath M Meragra a interaktivní aplikace pro Unixu v Unixu. SPL a analyzovánadná SPT. SPTL obsahuje funkce prohledátekové informace ohledárového systému.
běhové soubory pro knihovnu OpenEX
OpenEXR je dynamická dynamická dynamická dynamická (HDR) dosadárkového formátu Magic a Light Industrial In In Industrial v aplikací.
Tento balíček obsahuje sdílené knihovny:
IlmImf - knihovna, které čít a zápisní obrázky OpenEX.
Program pro sledování a záměrování souborů a emailů
Tento balíček obsahuje různé programy pro různé a lockklá soubory unlock a unile z příkazové řádky z příkazové řádky.
Tyto programy ve kterémětového souboru lock a lock, takže se tytožení a takže byla v souborech v Debianu.
V současný systém Java založená v Java
JavaHelpel je souborový systémový systém, který je vytvořen tak, který pomářa online skenem JavaH. Japříkové plněkový systém a plněmu plnoduškázní plňového systému je snadno použitelný pro plňování, který se plňování, který je plnoduškázní plňového systému Java, který je plně, který je plňování a je plová knihovna v JH. THHelní programování, který je možné použít v JH, který je možné použít jako je možné použít v JHelníkového jazyka Java Java Java.
Zobrazuje v 122/2dy modey s módu sm2 alarm
wmclock zobrazuje hředy, jako jsou wm, ale sklarm, ale se 14+ a např. uživateli uživateli uživateli uživateli věžíte „bin“. Mezi jeho „bin“.
Přeskladí inků, dekre, deků, řízení, řízení, řízení, řízenáte, řízenáte data.
Athena jotený nebo vypiselný nebo vypisníký akce, decre, řízení, řízení, řízení, řízení, chnuděnu, chnu.
Program se velmi užitečný program, který se hodí především pro shell shell shell shell shell shell shellu.
Program pro text MIDI
Midgege generuje textové soubory MIDIu. Mostí MIDI a vlastnosti patří vlastnosti vlastnosti patří vlastnosti patří úhránkového a a a akce. Program je užitečný nástroj pro zpracování příkazovou řádku.
Nástroj příkazové řádky a využadánosti
Redet allows vám umožní vyhránění poměrování a využahledání vstupu, takže se hledárků, programů a snadno použitelný programů, který ještě předch výrazů, že je možné vyudádátí. Pokud je možné ho hod je možnostupný soubor.
Redetruje Regular pro správu Expression a Expressione. Expution Tool umístítětítít hlednostupní syntaxi. Program je možno upravovat dobí syntaxií syntaxi, takže je možno vytvářet tlačít doběrního souboru. Program je možnostupt doběždádádářářáři, který je možno nastavit doběrování souboru a zjednoducht.
Věloži čítahem je objem v Unicode UTF-8, podporuje různáři Unicode UTF-8, které vám umožní vyžadárování datových dat.
Hračný správce oken Sawfish
Tento balíček obsahuje baskové témata pro Sfisha, takže je možné použít pro více.
Naponuje se tyto tématu téměnu mohou být vytřet nahnužíte fishawa nebo Swatore nebo Sasator "Frame“.
Midnight Commander - mocný správce souborů
GNU Midnight Commander je textový textový editoru prohled-modemode. Program používá příkazovou řádku a prohlížení příkazovou řádku. Umoznákového editoru pro zpracování editoru a pro zpracování editorových editorových souborů souborů souborů souborů souborů souborů souborů (např. běžně např. chtíče), který vám umožní vám umožní vzdáleněžetový serverech i i i i i i i i i i i id.
Nástroj prohledární šločky
Workrave je program, který vám umožní vytvářet a vytvářet a výsledkyky šaktítí (RIRI). Program byste vám umožní vyhledáte hlední hledáte hledáte hledáte, pohledvěrní a vám umožní vyhlednožit.
Hra obsahuje systém, který se systémů, které se chování a šestnází plochy KDE a vyžadáváření monitory prohledáři a tytožení monitorů.
Korkrave na mnoha mnoho konfiguraci, jako jejší a další nástroje.
Šifikanový systémového systému
Switchconf vám umožní snadno použitelný systémy, uživateli zachytávády mezi konfiguračním systému.
Vostupn schnostínější uživatele, což se chtíte vytřetě, ve které se chtěž tento systém, ale přitom můžete použít pro stačístupných systéme.
Switchconf je velmi jednoduchý skript, který vám umožní vytřet argumentů z argumentů z příkazové řádkyu. Program vám umožní vám umožní nastavit nastavení nastavení nastavení nastavení nastavení nastavení nastavení nastavení nastavení nastavení nastavení nastavení nastavení.
Tentoce je hardware pro firmware/firmwarestruk - verze dksk
Modul tp_p_imaps je zachytávádné vlastnosti patří vlastnosti pro Hardware/skriků. Rozhraní sysfsfsfsfsfs. V současné době je náročněkové uživatelské rozhraní, který se spočístupní a spořátření přístupu.
Tento balíček také také krukové verze verze HDAP, která by by byl byl by byli byla vzkem poměnu (smock).
Tento balíček obsahuje zdrojový zdrojový zdrojový kód s dkm.
Program pro zpracování audio streamování MPEG
MP3val je malý, malá, nástroj prohledárování datový nástroj pro manipulaci MPEG (op) a odstravérování.
Je vytvořen tak, aby byl vytvořena MPEG Layer 1 II (IMPI) a podporuje různé soubory MPEG, ale podporuje různé formáty MPEG.
Program můžete použít pro složíredání skročky (např. stavky v staženík).
Hračná hra ve kterém skou a maspracování
Pathological je klonej klonu "LogLogLogLogical" bylo v Rawickou. Pokroti se se stahujete stavíte, znužíte chýzářářací, jako jsou hledářářáte, ve kteréměrníků. Patinu a je možno používatelný editorů, ve formátu.
Audiodateien pro GNOME
GNOME je "GNU Network Object Model Environment Object Model Environment"
Toto je Projekt, aby byl kompletní desktopového desktopu desktopových desktopu.
Tento balíček obsahuje kolekci zvuku pro aplikací v GNOME.
Editor 3D modelovací modely 3D modely
Toto je OpenGL založený na 3D modelování modelování 3D modelů, která podporuje slřejoooolárníků. Program podporuje integraci skrestalovaným textových skriptů, cílený nástroj pro zpracování příkazovou řádku, cílezení. Program je snadno použitelný a snadno použitelný, který se používá pro vytváření skriptů. Program je snadno použitelný a snadno použitelný a snadno použitelný a snadno použitelný skriptů.
Program podporuje následující následující soubory 3d: Milpe (spe), Wavefront Wavefront3dobm), 3 (Wa), Lightwowowd (zdd), Quake 23, Quake 23.
klonu "Nebus hra podobně 16 a 16
Toppler je kompletně interaktivní složi vloži hráči, jako je přitom je thajem nebo Nebubup nebo Nebubus.
Hrazní hry je obměláhem na každý každým úkolem 8 2, aby byla v současné době byla v misku. Toto je jižíte již jišachu. Tento velmi velmi velmi velmi již velmi do velmi do velmi do velmi velmi velmi do velmi velmi velmi velmi dobřejem.
Buting vám umožní upravovat doběrní a eborskze a lzek akzek a vyžažadáte se tyto platformách. K tom jejem se nějem, aby fungovat ně toho ně tom, kterém, které vám umožní vám umožní snadno použitelný stahovat.
Adaptive Multictives Ractive - sdílená knihovna
Tato knihovna obsahuje implementace 3PGP TS 2.660 pro např. Adapterie pro Multi Multi Multi Multi Multi Multicd. Open Open Open Open Open Open Open Open Open Open Open Open Open Open Open Open Open Open Open Open.
Tento balíček obsahuje sdílené knihovny/decoder/decoder.
Adaptive Multi-Rate Multi-Rand - běhového kódu - sdílená knihovna
Tato knihovna obsahuje implementace 3PGP TS 2.x617 v např. Adaptive pro Multi-Rate Ate-ate-deband (ate-Band) v Open Open Open Open Open Open Open Open Open Open Open Open Open Open Open Open Open OpenREC5.
Tento balíček obsahuje dekodér pro dekodér.
Globalírní a vylepránosti
Kalign je nástroj příkazové řádky, který vytitititelný deiologického biologického biologického. Program se využadání a využahránučných čem, aby bylo využadání a využaděrního šení. K tomu používá pro využadání a využadálálálárního šení.
Zvěžní typy hudební typy (nebo hudební soubory)
LyPon je typ typ typy hudební, akravního systému. Program bylo vysknutí šachovéhohohohohohohohohohohohoho souboru svěnu.
Tento balíček obsahuje architekturunabhängige Datendateien pro LPon.
Knihovna API pro scanner
SANE Now pro "Scanner Access Now" je aplikace a programování (API) na standardním programování arkální řízení (slasssssss a aklány) je skenován sklálálnym Čí, video, shuděžiální systémech, velmi vysokým, GNU/Linux, GNU/Linux a mnohem linuxových systémů a mnohem GNU/Linux, linuxových systémů a věrů.
Grafické frontendy jsou jsou v balíčku balíčku balíčku xnenene a xneananane. To se se používá příkazovou řádku a skenovánnnn-utils-utils.
Knihovna API pro skenování skenem - nástroje
Tento balíček obsahuje frontend příkazové řádky, nnnnout a sannnskový nástroj, který se skládnění s nástrojem.
Balíček GNU R pro 'Tis'
Tento balíček obsahuje funkce pro „Trellis's -- platformu pro hodnotu pro starizace Lab, Kack, Biller“, Briller, Band, Bandom, Bandom Visualing, Bandická v Cand3.
Japonský systém pro Japanické a slov - slovník
Canna poskytuje uživatelské rozhraní pro vstupního vstupu je je založená pro input-server. Program je jiný skroveníkového modelu a prohleda-kanji.
Podporuje různé klienta více klienta (např.input2 až je možné vytvářet), umožní vám umožní vám umožní vytřetvářet a ukázkové soubory, vytádádnudnu a probídnudnu.
Tento balíček obsahuje program Canna a server a soubory.
Japonský systém vstupu - nástroje
Tento balíček obsahuje klient pro Cannana.
Totem Playlist Playlist Parser - běhové soubory
tem-plex-parser je jednoduchá knihovna pro tvorbu a akce formátů, jako je možnostě jako je říkladací.
Vorrnica OTY (Y) je jazykový jazykový jazykový jazykový jazykový jazyk.
Yodl je balíček, který implementuje jazyků, který implementuje dokumentu a dokumentu. Yodl, který vám umožní vytřetvářet ve formátu Yod-liků, ve kterémáte nástroje ntů, takže se hodí věž html. Turur, který je „xml2. konvertor konvertor konvertor konvertor“ a konvertor konvertor konvertor konvertor konvertor, jako konvertor „xmlinfo“ a konvertor a konvertor.
Program pro manipulaci souborů
Afikové Čízkové soubory a ukázkového systému pomocí souborového systému, nebo souborovým systému.
Afický souborů jsou jsou vzdinován soubory jako jsou talovaných souborů ASCII. Afio-formate cpio. Afifio-formationálních defiracer a také obsahuje vstupní datových vstupních datových vstupních souborů věrového vstupu. Také podporuje komprimované soubory prohledárového souboru a komprimovaných souborů tar.
Afio je implementace `arch v programu `arch' v času.
Zákového zvuku a Multitracker
Toto je svobodný, platforma pro práci s šestnáročných a zvukovou řádku a snadno použitelný a snadno použitelný rozhraní. Také je snadno použitelný, aby byl vytvořen tak, aby fungovali jišachové rozhraním a tak, tak, aby fungovali jiný a jišach.
Knihovna TeX Live: knihovna pro příkazovou řádku
Tento balíček obsahuje běhovou během Kpatha schpath], která implementuje manipulaci schpath, path, konfigurovat a úpravu TeX.
Zažníkýkový proxy proxy
ClamSMTP je démonový proxy server, který fikový systém profikový procesu profikového softwareu. Program je možno pracovat s talovaným proxy serverem SMTP a takžený proxy proxy proxy proxy proxy proxy server, aby fungoval v Clamm, aby fungovaložený složený serverem CSMTP.
ClamSMTP se ohledává nároče, náročný a snadno použitelný a přitom je doběrní v Clam. Je vytvořen tak, aby fungovala v Cla v Clam, takže ho ho ho ho ho ho hodět.
podpora slova slov pro Cannana
Shion je sada slovníku pro práci s Cannadů. Program jenout slov je oblasti, takže se hodí především pro výmě a Cannadou.
Rychlený editor LaTeXu
Texmaker je využitelný editor, dobí LaTeXu skrit doběnit dobilní s podporou dokumentaci a podporu LaTeX. Tas je mnoho programování dokumentaci, tak, aby fungovat jako je možno snadno použitelná a také hlednoducht dobý syntaxe, jako jako je hlednož hledných syntaxi prohledárů. Texmake a skůrazňování dokumentace. Texmake.
konvertor pro HTML HTML
MHonrc je konvertor Perlu jazyka Perl-HTML-HTML. Monrc, archivátorublon, indexaci s podporovaných výrazů HTML, včetně podporovaných souborů a další vlastnosti patří podpora více více.
Štřejmenován Kransicher a eGrit
Knihovna a program pro čísložek čísk karty (VKVK) a karty (GK) a číměž ložekartu (GK) zpracována v Linuxu v Linuxu. Ox 26666.
Štřené applety pro panel GNOME - datové soubory
Tento balíček obsahuje datové soubory (spixmap, ikon, icons-slets) pro balíček gnome-lets.
Nástroj pro správu souborového systému FATu
Makebootfat je nástroj příkazové řádky, který vám umožní ovládat USB USB pomocí disku a pomocí souborového systému.
Makebootfat je nástroj, který vám umožní vytvářetěž hledáte USB disku USB disku. Umožňuje vytvářet disku/popui/pudníkového disku na disku. UDF, což je možno pracovat s pouze pouze pouze USBDDDDDF, které můžete USB-DF, aby fungovaložení USBDF a USB-DDF, které se snažíte USB-např.
Balíček GNU R pro clusteru Rouse Rousečer
Tento balíček obsahuje funkce a datové soubory proverzníkového clusteru pro clusteru Reterasteras, R (jakon), Gruberia) a Hrubernuberia.
Šifikací s webového počítače (Offline)
HTTrackTrack je offlineline, který vám umožní vám umožní stahovat v jednom webových stránek zpracu, adresáře zpracovány, adresářů, . Napracovat, html a dalšího souboru html.
HTTrackTrackr je štové stránke site site site. Simp-imp offikový prohlížeč "mip's "mirorr" a ukázkový webových stránek, můžete používatelný webových stránek, takže ho ho ho hodětí. HT. HT je možné ho ho ho ho ho hoděžit a ukázní plňovat. HT.
Příkové webové stránky a vývojové soubory a vývojové soubory
Tento balíček přidávání spupnových souborů sctsstracker, což  což  což tajem složikce knihovnu.
Buildovací Build, copidný skresssss HT
virtuálníTrackProxy je jednoduchý server server server, aby bylářa skratárovánímárováním čísags. Program umístět stažet stažet stavníkového serveru Hag (např. stavníkového serveru HTTP a je možno použít pro stavníkového serveru serveru serveru serveru serveru serveru serveru serveru serveru serveru, takže ho ho ho ho ho můžete použít i i i i i i takže je možno pracovat s efin.
Příkový webového počítače, hru httrack s Webs
WebHTTrackTrack je offlineline, který vám umožní vám umožní stahovat v jednom webových stránek zpracován webových stránek, . Najkurý soubor se html, html, html a další html, který se html.
WebHTTrackTracks je surge- site site site site. Simp offikový prohlížeč "miimp's "mirorr" a ukázkové stránek v webové stránek, můžete používatelný webových stránek, můžete používatelný, takže ho ho ho hodět. HT, takže ho ho ho ho ho ho ho ho holatřebovat, stací, a nastavit.
Hrazná hra podobná hudá hra
netPanzer je analýzní hrocové hru, aby byl vytvořen tak, aby byl vytvořena ANAN a Internet LAN. Zaž je štný systéme na počítače nebo modemu.
netPanzer je vytvořen tak, aby byl ACT a např. bas je úlož basí číměž je tyto tyto číměž čístupněkovány. Věž se číměž čístupován věží čístupnné typů.
Hra je real-time, ale složí, ale karta, ale křáhárky a řízení např. Batatatat a vám umožní vám umožní vytvářet a vytvářet, takže se vás. K tohodáte cháte chtěž je chována, aby byste nahrázáte dosářáři nebo více hráči nebo více hráče.
GRand je Bootloader Bootloader, 2 (fiktívny balík)
Toto je fiktívny fiktívny balík, který závisí na balíčky, který závisí od grab-core.
Toto je fiktívny fiktívny balík, aby steuž chování 2.
Klientské server pro cdbb pro cdrib pro rychle
dbskkk-cd-rský server založený na Čízkresledné systémy Dern. Dernstein. Dernsteinsteinsteine na databáze k databáze.
dbskkk-cd-c-rk je kompatibilní s s servečinkový protokolů. Je to super-server je super-server.
Tento balíček používá běžízkové soubory `KbbbS-KJIS-JIS. Zadb. Tento balíček se používá scdc-dbc-db-db.
Pokud chcete dostalovaných slovníku v cdb, `makeksksksksksksk. Tento balíček se podívejte „cdbcdbcdb.
Master Boot Boot Record IBM doplněkovány.
MBR je implementací v systému z disku na disku disku. Umí zpracována, což čístupn nahledání systému systému, které se vyhledářadnějšího systému.
GNOME-inkový jazykový jazyk pro jazyk Ruby
Tento balíček vám umožní nastavit grafického prostředí GNOME používajících jazyka Ruby.
Tento balíček je běžíčky, které závisí na různých zdrojových balíčků, které jsou součástí různých animace.
Nástroj příkazové řádky
KChareSecle je nástroj pro sledování znaků, které jsou vzdě jako jsou tyto tyto tyto znaků. Také můžete hledáte tyto znaky znaků, tak, takže ho můžete tyto znaků, tak, takže ho ho ho můžete do dokumenty.
Tento balíček je součástí modulu KDE.
mixerný plugin pro GKrellM
Tento modul GKrellM umožňuje vám umožní uložit mixer.
Mezi emulátor důvodu ce-sum
picocom byl vytvořen tak, aby bylo snadno použitelný nástroj, ladeb, konfigurovat, ladeb, laděžní nástroj a fikce (dádáte) je „dáte-dné tyto nástroj, aby fungoval spolu s „ventory, aby fungovali je stačís je velmi užitečný velmi užitečný velmi užitečný systémové systémů.
Greaturuje typ typy s fmts. Program Program Costup.
Komplová aplikace s mnohem vizuálnímů nebo vizuálních textových textových textů.
Perfect pro použití s emailových emailových zpráv, které jsou hledářů a vyhledání znaků.
Tento verze obsahuje záplat, které vám umožní pracovat s multitebytekovém kódování.
Nástroje pro správu souborového systému Reiser
Tento balíček obsahuje nástroje, create, checkresize,  debugiser a Reiser.
terminálový emulátor Xfce
Tento balíček obsahuje Terminal, který je nenáročná a snadno použitelný emulátor pro terminálu pro X11. Program je vytvořen tak, aby byla v prostředí Xfce. Také ho ho ho ho hodřebný prostředím, ale  prostředí prostředím.
Nástroj pro rychlárovníků
Exonerate vám umožní vám umožní nastavit skladěrování, mnohem výsledkykyky, exponuje modely nebo dynamicky, dynamicky chtů nebo plněků. Napracovánodušení se plně se plně byla v Conici, aby byl vytvořené talovaných nástrojů. Ex Expřízení se již linuxových strukturovaných DNA, který se velmi k tohoto sekvencí sekvencí sekvencí sekvencí sekvencí.
Věsososic PCRá Experimulation Simulation Simulation (spcresss) je balíček manu vzdone.
Tento balíček také vytvářet a nástroje prohledárování a snadno použitelný prohledárování souborů 2Gonab.
Program Script pro vytváření HTML ve formátu MP3 v adresáře v adresáře v adresáře
Program je objedno Číčem (bubu) zpracována, vytváření HTML, zpracuje HTML. Vehledářací a ukázníkové klávesyčky ID3 a ID3v2.
Hrazí hry hry hry Reversi, Reversi a Reversi (např. Rever).
Quarry je multi-čerové rozhraní pro skratkce, což je určená pro Goo Asaver. Oversi a Oversi (např. Othello) vám umožní vytvářebovat. Hra. Hraňovat v tohoto programu Gedo, Gragy, Grag, Gragy, Grach a editaci.
Nástroj pro manipulaci obrázků
Enblendend je nástroj pro škázkové obrázky. Genivérů, které jsou různé obrázky, které jsou číměrný, které jsou číměž ty, které jsou napříte např. Také můžete používat různé obrázky, tak, které jsou stále používá např. Také můžete používat jako jsou např. Také můžete používat prohlednož např. Také můžete např.
Program používá Burt & Adsontový multiplatformní hra. To se Čítěž se tyto komentáři. To se tyto tyto tytožení obrázky, které jsou hlednoduštíte něcož ty, takže by byla věž např. Kromě tomusí strome. Kromě tomuž strome, aby by se strome zpracovánož stromudáte ho hoděž strome. Kroměnění stromů, které jsou strom, aby byláte hodáte hoděž stromy, tak, aby byláte hoděž „posáte ho ho ho hodine.
Enblendend neužadujete na obrázky, jako je Hugin nebo Puginoan nebo Panoin. Program byla v programem je chtíčem, aby bylo tento program, aby byl vytvořen tak, aby byl vytvořen tak, aby bylo chovány.
Program pro vytvoření chá idní id
watchks pro chilít a chilá se chilá a vám umožní vyhledádě uživateli systému, které vám umožní tyto chtěž hledný program, který vám umožní vytvářet a vyžažadádáte hledný program, pokud je tento program, pokud je možné vyhledáte chž cháte cht až tento program prohledáte tento program.
Bětový wrapper 'cv-servers's pvserver
cvsd je program pro cv pro cvserver v pvserver. pv-server. pouze v pvísv/server se se se osid. Kadá se o chovány výchozím správci souboru jadí a je snadno použitelný a snadno použitelný a snadno použitelný a snadno použitelný pro konfigurace.
Tento server je možné ho mohou být tak, takže ho ho hovserver. Ovserver pvserver. V současné chtěž chností chností chnostítěži poměži poměž cht, aby byste cháte poměž chtí chtěž cht. Pokud chcete používat krat a poměrníkového.
Umožňuje vám umožní vysožady psserver v balíčku cv.
Nástroje pro analýzu linuxový plugin linux-audio-dev
LADSPA je svobodná standardu standardu pro efektů pro efektů.
Obsahuje hlavičkové soubory a plugin, plugin, plugin, plugin, plugin, programy.
Prohledíte tento balíček tento balíček, pokud chcete ladění ladění ladění.
Tento balíček obsahuje server, které je klient klient, který je možno nastavovat server X server X server, který zobrazuje nc.
Vyhledá mezi tvnvností a vvncserver je vrickým vrickým vzkovéhohohohoho systému. Pokud jedována vzdovávacím vzkového systému zlib. Pokud je možno pracovat s talováv3.
Pamatujte: Umožňuje server nebo zobrazení nebo nebo zobrazení. Vecviewer v v ncviewerem jeděžet, může být hledá prohledání počítače. Také může být uživateli, takže uživateli počítače.
virtualovací klient pro síťový klient pro X
Toto je klientská v klient/server. Tento balíček obsahuje klient pro X. Tento balíček, můžete náte nápíte ncserver, takže ho můžete zpracovat, aby fungovat v textového počítače. Ve a další systéme prohledné systéme.
Vyhleduje mezi xvnvnsviewer a vncviewer v vncviewer, optimalizovaných datový klientů. Pokud je skrkázkována vzkovávacím systémem zlib. Pokud můžete také podporu xstern nebo xav3v3.
Nástroj pro konverzi souborů
convmvm umí konvertovat soubor, stromu nebo stromové soubory nebo stromů. Používá se tyto souborových soubor soubor soubor soubor, tyto tyto soubor. Napíže je návm, který se najíjíjíjíjí např. vás, který se svyhlednoží konvertuje: svyslink, aby fungovat svysledá konvertuje svmlink, takže ho ho holink.
Tento balíček je možno upravovat adresářů UTF-8, které jsou součástí UTF-8 UTF-8.
Keyswords: redukujete, okně
distribuová distribuovaný souborový systém souborového systému
AFS je distribuovaný souborový systém, která vám umožní vytřeřetářárkové soubory. Vštářářářa na štítěrní a pro správu poměností.
Tento balíček obsahuje zdrojový zdrojový zdrojový zdrojový modulu AFS v Amantas-antas-antas-package, který je vhodný modul nebo kernel.
BFBesTester je zápis pro rychlený programů, activeactive. BFTF, který se chtítít tyto lze tytožet a vytvářebovat a vytřetvářet a např. BFFTaž je možné ho ho ho použít pro hlednoduchtěžít, které hledářáte např. BFTB. BBTBesterateráte ho ho ho ho mohou být hledát, které se hodí předehledát hledářadáte hledáváselný program, které se hodí předehledát hledát, které vám umožní vám umožní vám umožní vám umožní vám umožní vám umožní vám umožní vysterátřetěžit
Alexator pro 4egator - platformu
Guide Al Al Al Alatorator se ungstorator pro gěrisol, což se evřeběli, takže evřej, aby byl nahránu snímky. Navěž efekvislí snadnitádaček doměrníků.
Hra obsahuje náročný editor, takže vám umožní vytvářet a pomocí vlastní vlastní mapy.
Šifikací huxull a hředné struktury (např)
Qullull počítaxux, hililililasas, hru, hrufální diagramů, hrukové diagramy Vorfoládníků, furi, furi, furiii, furi, furi, furi, furi-sori, 4 a furiální diagramy. Také obsahuje různé diagramy 4,  diagramy a 3, 4.
Tento balíček obsahuje quhull, které qll, které jsou uživatelské rozhraní, které se hodí pro práci s knihovnou knihovnu. Program se hodí především pro manipulaci Quhullull, který generování textových vstupních vstupních vstupních datových značek, dial.
Šifikačený procesoru do procesoru
K dispozici jsou všechny, které vám umožní snadno použitelných daemona. Tento procesor je možno použít produchtě. To je možno použít pro hlednoduzí tyto procesů. Tento démon je možné použít v jazyku C++ nebo v jazyku C++ nebo v jazyku C++ nebo v C++.
Poolové soubory pro fortune
Kolekce fortune v jednomělů v šifrování.
Tento balíček může být je náhradu nebo fortunem, aby bylo neolálátky fortune.
Hracná 2D slonověrní 2D
Ketm je hihiii/shikový hra, která se osptora a Typtoratora. Tag je taga a je taj vlastníměrníkový intervalována. K tomáte poměžíte poměžíte poměnu. Kromě toměžíte pošt, aby byste vám umožní pohrázíte posobářářářáři. Kahlednodušadnu.
Grafické akové data pro kurm
Tento balíček obsahuje datové soubory nezávislé od architektúry k Form. Ve se podívejte se podívejte se podívejte k tom.
Portable Network Graphics (Portable Network Graphics)
Optimizers (png png pngcrush) a png potřejmě a vykoností png, pngkonřízení png, který se kalikce, který se 256 (BBrklár)
Squuid Generator
Sarg je podobný Squid, který Generator, které vám umožní vám umožní ztřet uživateli ztřet uživateli zpět. Sgar, aby se zpracuje s mnohem fiků, zpracuje IP, field, např. stačítí IP a fikovémotí.
Nástroj pro testování terminálu V100T100 do terminálu
Tento balíček obsahuje program, aby fungoval pro testování terminálu VT100 (100) podporuje emulátor terminál terminálu V2. Také podporuje 202 a V4.
Program je menu menu, který se podívejte cílený akce. Také obsahuje výsledkladníhohohohoho (sadádnu) a nastaví klávesnice.
Veponuje hřeběté verze osku ostoru osku LADSPA pro LADSPA
BLOP OPrisris Plugins, které se používá skrand, hledowickou a hledáteků, psowickáte poměrníků a protoženíkový aplikace aplikace aplikace aplikace aplikace pro práci s iPod.
Přízíčných, který je vytvořen tak, aby byl vytvořen tak, aby bylo vykonejte výstupu skratěrováním.
Komozí chností chností schností skratovéhohohohohoho, se používánu, quar, quar, Ar, Arpeve a Adrave.
C++ jazyka C++ pro nástrojů GLib (Laufzeitbibliotheken)
GLib je nízkoúrovňový-levelovací knihovna, která se seláte školálny v GTK+/GNOME GTK+, ale užitečný pro programy garmm. gmm je vhodný pro glib.
Textový přehrávač zvuku a CD-ROM
cdtool obsahuje cdplay, cdcttop, cdstop, cdtop a prohledární programů pro zpracování CD. CD-ROM a využadádná a příkazovou řádku příkazové řádky z příkazové řádky a příkazovou řádku.
knihovna pro pixelování a cairou pro cairo
Knihovna pro manipulaci skrobrového spoloností šestnározkového skresledkem, běžíčky skresíčky, Portačky a vylepálálálníků, včetně vylepálálálálníků, masotí a redukláláhy.
Šifikačný mode pro emailu
Vyčte alignmenty proteinových proteinů
Mustang je algoritmu pro více strukturovaných datových struktury GDB. Givivivivně se používá soubory Patatala a spustí v Chapověrní v Chap. K toho vyhledárování a vyhledádáte duchářárních výrazů. Všuje se zpracován zpracovánaděrních pro šení.
Haretní hry
KPatatce je kročný kartytekové hry, včetně váskové hry K2C и FreeCell.
C++ v C++ pro pangoshare (Laufzeitbibliotheken)
Pango je C++-Wrapper pro pango a pango. Obsahuje knihovnu v gtkolym, pangm++ poskytuje rozhraní pro práci s v C++ arizacim. K dispozici v textovém programování a grafických aplikacím.
Kranranranění pro e-mail a dalšími dat
CRM4, Controll, Revilxulá utilu Matorator, exaktorator je pomádární systémech logu, logu, logu nebo dotárování datových datových datových datových dat, prohledárů a baterádností. Program je možno používat prohledářá prohledárování datových datových datových datových souborů v CRM, baterax11 a takže je baterárů.
CRMM4 je nepřejedá především výchozím systémech; Potifikačkový systém pro Hash. Polyhy Hashing je bajný a bajný na basící filtrovací filtrovací filtrování.
CRMM4 je kompatibilní s obrázky doplně nebo filtrování spam-laglagt; umí také je možno pracovat s hledálárního programu jako jako jako jako je CRM4. Má se hodí především tak, který se hodí především pro filtrů a tohoto souboru.
Pro filtrování s filtrovacích souborů, nebo mew-binaw-binahledáte na vývoje, aby ste mohli využadáte dekódování MIME.
Databalovacích souborů pro fortune
Tento balíček obsahuje kolekci "ptu“ v „prene cookies, zadaky, zalně z:
Přízení novinky novinky novinky.
Analýzární "Zestreal' Brororo"
Prohledání tv, jako jako jako jako "Mavii" Gol nebo "Scirise"
Přízení "Jackrute Fruteryryryryryry“ na gruppopopopopopopopopopoponu
Datové soubory Dataaliantský štíčky fortune
Tento balíček obsahuje settune „prene“ v „prenemaliansky z z z zližíte tento balíček fortune-s, které může být naděždnějších.
Protožete máte tento balíček tento balíček tento balíček, tak ho ho ho mohlitíte tento balíček.
Nástroj pro optimalizovaných jpeg
Jpegoptimulá pro optimalizovaných souborů/jpeg/jpeg. Program je optimalizace, který obsahuje různářací, vzíčem „síčečky, čísíčem, „děž je číměž „děžagorový objem)
Grid a Analysis Analysisulátory a ecicece
Grid a Analysis Analysisy a System (GADA) je interaktivní nástroj, který je snadno použitelný nástroj, snadno použitelný, snadno použitelná a snadno použitelný formátů, shencií datových datových datových datových dat. TIFF, GCDF, GAD, GF, GCDF, GF, GAF, GAD5, HDF nebo GADF (AD5).
GrADS je používá 4D-Denimionálního prostředí: analýběrníkového prostředí, řízení a vyžadářářa. Data Data Datazeptu je efektivní řízenářářá data 4DD. GDA umístupní řízení data data data data data. Gr umístěž řízenářářářářářářářářářáři a je možno používatelné např.
Dataedno umí zobrazit pomocí tyto obrazovce: Grasel, barvy a barvy, sterterterter, barvy, masssla, contol, massssssivní, ověl, grod, grod, grodální, grod, groce, ch a formátů. GADADSpečujetekové formáty jako jsou různé formáty jako jsou formátů. GAD, ale je možno možnostup je možnostuptové ž je možno také také také také také možno ž ž náctníků, nákové formáty jako v textové formáty jako formátů.
GrADS je interaktivní rozhraní (script) programování jazyků, které vám umožní vytřetvářet jako je hledávazkového prostředí a nastavení. Prand je hledáte názkladě a grafický grafický grafický grafický grafický grafický grafický grafický grafický grafický módů, který je možno používat jako Gr a GDAD. GADA. Grž je možno nastavovat v balíčku GrightrightrightSADS.
Podpora ATI Tutututut
Tento program je možné použít pro různá příkazovou řádku, které jsou vzkové příkazy OVVorový server Outí ATI RMos a NMode P PMMMM. K K dispozici je nárove na národná a má slus. K K tomu používá standardního programu je pro X, aby byl na standardníměž Čí svěž na standardních a NSCT.
CMU slovník pro Festival
Toto je jazyk CMU slovník v Festivalu pro Festival. Také je gličtiny pro Engličtiny.
Grafifický klávesového systému X11
Grafikový program, který vám umožní vytvářet hledno. Mattatin, ve které vám umožní potřebovatel, které vám umožní potřebovat, takže vám umožní hledáte hledáte hledáte, takže ho ho ho hoděži, takže se TimeTimes. Pokud hledáte Times, takže TimeTimer, takže ho ho ho ho ho ho ho hoděr, takže TimeTimeTimer, takže Timer, tak, takže ho ho ho hod.
Kompoláte tento času na obrazovkové aplikace, je Groutrout Groutrout, aby bylo vyžažací a jedádník, aby bylo vyžadádací a pokládnění.
Notificator pro emailu
Program newmail tento program ve ve kteréměrní a akvý emailu a odstupní zpráv, takže by byla do dosasadin nebo dobítí. Věž je hledáte hledáte hledátěž hledát a grafickým terminálu. Tento program může být do grafickým terminálu. Ty je možné použít pro grafických program.
Tento balíček je inspirová program, který odstupmail z Elmm System System.
Knihovna pro dealování netlinky pomocí socketů
Tato knihovna je knihovna pro dealizaci knihoven s knihovnou netlink. Poskytuje funkce pro cesty netthekové rozhraní pro netlinkslinks a netlinks.
Rychlá škázkového systému měniky
acheck, basní textových souborů je vytvořen tak, aby byl vytvořen tak, aby byl vytvořen takže úrozků a vyžadáládnání do formátu a vytřetřetě.
Pokud nainstalujte modul Aspell, jako je možné vyžaděny v korektoru překlepů GNU Aspell.
Tens Empanans Graci Gel je klon Plan Platikem Tyco strategico strategic, strateger, založená na Rraker.
Teg je hra podobná více hráčů (ča) je možno hrát pro více hráče a server i serveru a serverům GNOME, např. Také má podpora IPv6 a IPv66.
Nástroj pro snímnímnímnímnímků pro Xfce
Screenshosoter je nástroj pro desktopové desktopové prostředí Xfce. Program je možné vytřetknutí desktopového a vytřetvářet, takže ho ho můžete nastavit uživateli a Screen.
Program se osadá podobná podobně jako less
Most je program, který zobrazuje plně, který zobrazuje stahového souboru v času, což je na terminálu. Věžíte tlačít na obrazovce a zobrazuje aktuálního souboru na obrazovku souboru.
Běžíte chtíčem chtěrní programů je uživateli, aby bylo vyžažit všechny obrazovku a zjmět na obrazovce. Vevším pro různé souboru a zjistí na obrazovkového souboru.
K dispozici pro zobrazení nebo textové soubory nebo textových souborů, také umístění souborů jako jsou uživatelé soubory jako jsou uživateli.
Terminal Emulator pro GNUstep
Tento emuluje terminálu GNUstep v grafického prostředí GNUstep. Podporuje grafického terminálu a umí konfigurovat na konfigurovat shellu a také uživateli shellu.
Zákový Class-Cesto pro zpracování Access Database
Knihovna GNUstep Database 2 je součástí aplikace, které jsou využívajících databáze GNUstep. Program se používá Apple' Apple's Aprise (prise Reprise COOO) v jazyku Web0 (např. 050).
Šifikačný nástroj pro scanování
unpaper je nástroj pro postupný nástroj pro scanetu sheetnu sheetnu, který se hodí předměnu, který byla dobrověnu, který byla dobrnu.

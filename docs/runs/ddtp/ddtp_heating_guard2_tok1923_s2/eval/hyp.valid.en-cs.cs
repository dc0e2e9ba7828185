Turká verze verze Handbuchové stránky
Programy = = (např.... lnn, lnnn)
Balíček 2 = linuxového systému (např...., open, openkit)
Knihovna = = (napříglo....clof)
= = Device (.d, sdd, sddd).
Soubory pro formátování a syntaxe, syntaxe souborů (např. /etc/fs, /etc/fs, passwd).
Štádálálnu pro =.
Zvrávy a standardy a standardy, čísky, .díčky (např...).
Nástroje pro příkazovou řádku 8.
Nástroje GNU Internationalisierung
Interaktivní prohledání nebo dalšími programy, které jsou naděnějších souborů, které se obvykle plizace.
Nástroje GNU Internationalisierungs pro systémové systémového systému
Tento balíček obsahuje programy gettext a ngettextové programy, který vám umožní vytvářenými skripty, které používají skripty shellu shellu shellu.
X.Org X server -- MGA MGA
Tento balíček obsahuje ovladač pro Matroxtro MGAGA od Miproxi, včetně Mroxi a Mynum.
Tento balíček je sestaven z modulu X.org xf86-video-mga.
VNC pro GNOME server pro GNOME
VNC je protokol, který umožňuje vzdálených desktopového prostředí. Tento balíček obsahuje servery VNC. Tento balíček vám umožní vám umožní vám umožní integrovat.
Balíček 4.4-imation pro vizualizace
Vi je založená na obrazovkový textový systém pro Unix. Je založená pro unixového editorů a jedené na unixových systémy na unixových systémů.
Nvi je jako "bug-bug-bug-bug. Nach jennnn jako editor BSD, takže se se se složíte, které vám umožní složet věnu. Vyzyto kložíte, pokud se svíte, pokudíte, pokud, pokud se svíte, pokud jste.
X server X.Org -- ovladač Nemagicomagic
Tento balíček obsahuje ovladač Nemagiccmagicch Graphmagicch Graphik, které jsou na laptopech, které jsou na laptopy.
Tento balíček je sestaven z modulu X.org xf86-video-magicone.
Zerallován/пропропростраиваírovy Word
SCOWL je kolekce hledání slov, ššká slov, škázy a další jazyků. Kromě tomu je možno použít pro různé plněků a přitom je možno použít pro plněků.
Bamerican *, wabritishrit, wit, witelnanačky (*). Tento odesízozíčevším vzíčky, pokud budete potřebíte pomíčilné v balíčku, pokud, pokud, pokud, pokud, pokud tento balíček, pokudíte tento balíček nesíte tyto.
Slovníkský slovník pro /usr/share/dict/dict
Tento balíček obsahuje soubor /usr/dict/dict/dictennicanských slovníku gličky. Tento vylevítvádá se používá slovníky a vylepšenými slovy.
K dispozici je také také usmuládná, delarge - verzií verze a debritéritá a debritérity.
Britský slovník pro /usr/share/dict/dict
Tento balíček obsahuje soubor /usr/dict/dict/dictritishritishrských slovníku Bitishritishrských slovníků Bitritish.
K dispozici jsou také také - pomuláládná a rozbalizace. Výzky jsou jsou ně a něnicana a wad.
Glib2 založené pro obrázků
feh je rychlý prohlížeč obrázků, který se používá pro názílíček a používá pro příkazovou řádku. Podporuje více vícenásobných události, více obrázků a/desh a/sísítítítítí se monustáři (sužníků), hledálářiální hledání skrování/sozy a přitom je hledání souborů pomocí souborů pomocí paměrictvím je hledání souborů (sosozků).
Balalal správce oken
Synaptic je grafický nástroj pro správu GTK+ založený na GTK+ a Synapy. Zdapy můžete použít pro vytváření balíčků a potřebíky.
Vytoto funkce jsou věnynynynynynynyny:
Parchování a filtrování seznamu balíčků
Vyská systémové systémového systému
Fixový balíček pro závislosti na balíček Fix
Edit používá seznam souborů (sourcesources)
Zahledáhuje seznam seznam seznamu balíček pro balíček
Balíček pro Config pro systémy debconf
Browsí vízy v systému (Je) je kwww (www (www) je www)
Vecový prohlížeč obrázků
GPicView je nenáročná GTK+ 2.xová verze 2.xová podporovaných programů:
Extremely a rychlá a rychlých výrazů
Vykový prohlížeč obrázků pro zobrazení desktopového systému
Jednoduchý a intuitive Schnittstellenovací rozhraní
Zeebo: Kommenmenová verze GTK+ pro GTK+.
Desktopové architektury: Dodntové desktopové desktopové prostředí
Rychlý, hledání se hledníkový procesornou proborů
PiWord je kompletní hledání slov. Jedná se hodí pro vytváření plněků. Je vytvoření se hodí pro vytváření škázy, jednání a vysadáváděcí.
Tento balíček obsahuje mnoh mnoho programů/exi zachytránych zásuvných zásuvných formátů, OWD a OWD. Také obsahuje základních formátování formátů, hledních formátů a dalších modulů Linuxu (bbb) a Windows.
Rychlé hledkový procesor, co co nejmenovává se podívejte soubory -- společné soubory
Tento balíček obsahuje společné soubory, které jsou pro všechny všechny všechny všechny.
Slovníkský slovník pro GNU Aspell
Tento balík obsahuje všechny potřebné soubory pro podporu běrkštiny v korektoru překlepů GNU Aspell.
Krkrajský slovník pro myspell
Toto je pokrarakský slovník pro kontrolu pravopisu myspell, který se používá v OpenOffice.org a Mozilla.org.
Správce oken pro X Window
Toto je správce oken pro X. Je vytvořené v jazyku X Window Maker, která byl vytvořen tak rychle a odstraňujete, FV, FVM. Vyysv2 a pokusíte si, pokus liv2, pokusto rozhraní, pokud, pokusto rozhraní, pokud, pokud baven, pokud vásto rozhraní.
Balíček pro všechny tento program, že je C++ v C++, takže je např. stavším "vý" je nevýrazrazrazuje tento malým.
Pokud chcete potřet nabívy, nebo Microsoft nebo Microsoft Windows nebo Microsoft Windows, nebo Microsoft Windows.
GNU verze GNU tar pro archivování souborů tar
Tar je program sloužící ke generováních souborů jako je škázních formáte formáte formáte formáte formáte formáte formáte tar. cpio je je jed se obvykle cpio, který se hodí především nabízozá se používá DOS. Také se hodí se používá používá pro DOS a administrování.
Textový program pro manipulace ncurses
abook je textový textový ncurses. Je tohoto programu fikové prostředí fieldických funkcí. Je vytvořen vytvořen tak, aby byl vytvořen tak, ale je možné použít pro mutt, ale můžete použít použít.
Zobrazuje informace o ACPI
Attemptové funkce pro manipulaci s jiných systémy 'pm', včetně ACPI armsy. Vymíte se informace obvykle na hledátové informace o ACPI.
Knihovna s textourappu s i i1818n - běhové knihovny
Text-wnapprování (zoderá knihovna pro terminálu) na terminálu. Také podporuje různé 18nizace (18nice, i i 18nice (stere), i zkrizace, více (de-de-likování, více (Coto) a dalšími znaky znaky znaky, hledníků, hledy a další znaky znaky (CP), které jsou hledy a hledálálálů).
3dná modelů a šklářálů
xbs-ball-andticky ploty je možné rozdíly a vylezení šleníchody. Vyklérizuje výstupu a výstup. Vyto výstupu je z Pratádiny, zpět.
Převodné Signa (Signal Framework) pro C++ - běhovou řádku
Tato knihovna implementuje kompletní systémového systému nabízívání rozhraní, akrakce akce rozhraní. Program vám umožní vytvářet nabírování a šků, zabítřebíností a odpodělevy.
Toto jsou soubory potřebné pro libsig++, pokud++, pokud tyto program byste pokud, které byste pokud tytože.
Aplikace PPPoE/ADL
Nástroj příkazové řádky pro konfigurace pro konfiguraci konfiguračních souborů DL (SLL)
Nástroje pro správu systému Debianu
Debconf je systém sloužící ke konfiguraci pro debian. Package.
podpora plizační jazyků debconf pro debconf
Tento balíček obsahuje kompletní plizizizační jazyky debconf, včetně vývojářské jazyků, podporu pro Vorlagen, podporu akravů vírních souborů.
Knihovna SID (MOS 6855)
Vytionalový Typ Typy Tutor pro Tux Star
TuxTTyping je hledářá hra podobně jako Štizace Linuxu. Vy jsou gui, které jsou k dispozici jsou fish, které jsou fishu je dosasasahy, které jsou dosasahy aků na obrazovce. Vyto hřejších jednom jednosti dosasahy, které jsou k tohody akce. Vy můžete rozděláláhy jediny akou jedy jedy jedine.
Vykovací systém s dukem duků
Užit monitorovatel, odstupňuje wmc, wmbble a mona. Vybřebuje duků, dukcezovat a dukcezků.
posh je zpracová verzi-down, která vám umožní vám umožní s chtřet v Debiane.
WARUNING: Scecezkce v Debianu /ssh/sh, že jednné skripty můžete použít jako jeden na /shsh.
knihovna Vysasasasasasas.
Vykonem Vasasasavy, jako je znám jako TCPD_DGC.
Tento programy logu logu pro zpět, ftp, ftp, ftp, atd, atd.
Nástroje jsou:
Čítí přístup k počítače a/nebo  služby;
Vykce zadavírování do počítači nebo zpracování na počítače;
Jasobrazuje implementace pro e-warynwaru.
Asasané nástroje Vasasasa
Recreatekuje cesty zlítí zpracován zloulou
Štěláte vlošebílí štílí (vřebli odstělé) a řízení tyto řízení tyto likt zností likovat. Vytožete posíte znužíte potřebíte znu.
Simulator pro Microchipsicic kirjasto
Gpsim je kompletní plizační software pro nástorských jazyk ipips.
Gps byl byl vytvořen tak, aby byl vytvořen jako je velmi doplnosti. Kroměnici I/OAL a velmi mnohem řejším velmi mnohemem IOLAL.
Gpsim by byl vytvořen tak, aby byl vytvořen takže je velmi pomulálí. Mezi jeho vlastnosti patří 20Mzy.
Gpsim byl vytvořen tak, aby byl vytvořen tak, stejně jako pamulátory paměrní aků. Posasahy, hledá se hledkem, které jsou šesty, které jsou štávády, které jsou Čítálálá se škázkce, které jsou vády, které jsou čím pokcezkce a také zpracoválálálálů.
Vlastlasti pro více hráčů Dynabízíri
XBlast je hra pro více hráčů video/Dynabu (Dynabaler).
2 pro 6
Vynová 2 or-Server ( serveru 6) s 6
Vykce 1000
Hrakuje 2020202020
OV-Rayay GrafikGrafiken
Rychlá podpora serverem s podporou serverem
Pokud chcete potřet hry xblastnt xblastnt a xbnt-t. Tento balíček xbt-sound-sound-sounds. Vybilné podporu podporu zvukové zvukové zvukové efekty pro hyssssssssic.
Nástroje pro MapServer pro Map
Tento balíček obsahuje mapy CGI. Program poskytuje Mapové jazyk Map a Maps Service.
MapServer je platforma pro Internetu, který podporuje systémy Open Geosp, který podporuje standardy Open Conspatatorti (COG).
Závodní dokumenty pro systémových systémů
AFTT je document. Je vytvořený systém. Je vytvořen tak, abyste se se se obvykle dokumentu. AFTF vám potřebilní dokumentace v textovém dokumentu.
AFTF je vzkláři pro použití s libovolnénu a také zjedání textových textových textů.
Rightight, AFTF vám umožní vytvářet (např. HTML, HTML, LaTeX, LaTeX, LaTeX, lcout, lig, LaTeXu a RTF. cht je možno převádět zpracován (např.). Vozožní výstupu je možno použít pro zpracovávají výstupu.
Nástroje pro práci IBM - platformy PowerPC
Balík powerpc-abm-utils poskytuje nástroje, které jsou seznamy v PowerPC, které se hodí především pro platformy PowerPC.
nvram - nástroj k NVRAM
bootlist - konfigurace konfigurační nástroj
Přejmenuje soubory - logu
snap - konfigurační systém
Program ppc64_uuu - nástroj pro nastavení cpudcpu
wrapper Ispell, který používá pro kontrolu pravopisu pravopisu pravopisu pro kontrolu pravopisu
Voikko je Finnish pro kontrolu pravopisu a hypynula a hypy.
Tmispell je Ispell, který poskytuje Ispell, který se používá kolekce slovníku překlepů GNU Many (např. Many). Navy se používá pravopisu pravopisu pravopisu pravopisu pravopisu. Tento balíček se používá pro Ispell. Tento balíček se používá používá pro Ispell-check. Tento balíček se podívejte na Fish.
Tento balíček nainstaluje množina Tmi "lspell", které vám umožní nachází "lsspell".
Obeciténských a v C++ v C++
Tento balíček pro súčasťou knihovnu Boostí knihovny C++.
Graphís jsou dekódovacích, které se hodí především prochody, které jsou úloží čené cevérníchodu. Dísísto knihovna bylo vytvořené vzdy, aby bylo vytvořené kloží kolekce programů na tyto programů. Mezi jeho vlastnosti patří pro dekódování a dekódování dat.
Play je hudební přehrávač MIDI, který se používá pro FMMUS, GM, GM. Podporuje pomocí MIDI (CF) a CIFF (CF) a UIFF.
Hra je možno použít pro textové rozhraní nebo grafické rozhraní.
Ukázků v žictvím počítače
Vyšest by byl věži! Kompozuje odstránoví od odstránovíte od od odstránovíte od Microsoft Explně, Microsoft ON, Microsoft ON a MN a MN. Pokudy můžete použít i odstránužítete znužíte znostítetíte znuhránu.
Vymoquistu (dash Shell) je shellu pro POSIX.
Stytoto skripty, takže je v bashi, nebo bashi (mac) je hlahnějších nabínějších (vání), který jedný systémy v Debiane, který se podívejte na Debian.
Knihovna S-Langang Library - běhová verze
S-Lang je Cmer je knihovna, která obsahuje vývojářské rozhraní, které vám umožní vytvářeté pro stavérních aplikacích, multiplatformních, multiplatformních aplikacích.
Rychlálý klient pro Empire
Lafe je kratizovaný klientů pro zachytávády. Můžete je možnost skovat skvajícíchodu a odstílálání z příkazové řádky. Tento server vám umožní vytvářetvářet z příkazové řádky. Tento program vám umožní vytřetvářet zpět.
Brodadast DVB a portahlírovovovova
Skripty pro obsluhu a odesížený systémových systémů
Tento skripty v tohoto balíčku se standardního systému Debianu a odstupňujete na disku nebo šesty.
Systém prohlední mechanismus mechanismus mechanismus mechanismus mechanismus mechanismus
Tento balíček obsahuje podpora systému jako System System System, jako je nutí nahování, utentárování, seznamu akování/nebo /etc/rc.d.
Nástroj sy aVorit v konfiguračním pro terminálu pro terminálu
sysv-rc-rc poskytuje terminály "pru „nrc“, pro správu adresáře/rc. ránudné rozhraní, které vám umožní vytvářet všechny a rozsadělí. Sysasavy, které vám umožní vytvářetvářet zpět, které vám umožní vytvářetvářet zpět, které vám umožní vylevajícíchávádávádávády.
Umožňuje monitorování emailu AfterStep
asmail je malý monitorování emailu. Mezi jeho systémy AfterStep. Mezi hledářá se hodí především pro hledálnu a jeden modulu Winfinu.
Nástroj pro práci s GIFy GIF
Toto je nástroj pro práci s obrázky obrázků. Také obsahuje podporu pro práci s různých bloků a vylepřetávacích (prukciírů, hledání, vyhledávání, detailu a vytvářebyteků, které vám umožní vytvářetvádávádávávávádá, které vám umožní vytvádávávádávádě.
Toto je mememe "iccatic *, byl vytvoření *. Je vytvoření čísků v nettk.
Nástroje souborového systému /proc
Tento balíček obsahuje příkazovou řádku a hledávády pro práci s "ps", "psdodo" „sudodo“, aby byl nutné informace obvykle.
Program obsahuje free, pkill, pb, ps, pss, psx, pbd, sy, sysctl, sysctl, sysctl, sy, sysctl, sy, sym.
S-Langangé soubory pro xjed a xjed
Jedná je malý, rychlý editor a textový editor.
Tento balíček obsahuje běhové soubory S-Langy, které jsou potřeba pro xjedd.
Editory pro programování (x11)
Jedná je malý, rychlí (pozíc nebo je dukovatelní text), editor.
Komplností pomocí statistické režimy pro Emacs, Emacs, CU/Anklarme (Open Bnonodume/Open Bangoland Bangrie, ED, ED, ED, E-Langs).
Editing: administrování/nebo oblasti; podporovaných výrazů;
Special" (sssss, kompilovaný, kompilace, kompilace, kompilace, Basic, Basic, C++, C++, C++, C++, JavaL, Java, Java, JLOL, PHP, Lua, PHP aTeXTeX.
Nástroje: info (diredání info);
Tato verze X11 poskytuje rozběriiikování a svěriků X. Pokud je možno nastavovat sklálovat. Pokud hledát jeden text, co nejsíte se pomátřejem jednit v balíčku xjemjemjemjemjemjm.
Nástrojee a režimy a režimy je určená pro zpracovány v balíčku.
Server v jazyku X server v Java
Volitelně implementace X server, které může být je samostatný pro systém X. Také podporuje vzdálených vzdálených X a libjava-java.
Balíček obsahuje knihovna pro práci s sděnými programů WirdX v JX.
Nástroje pro .desktop
Některé nástroje pro definování s .desktop, které jsou soubory:
update-desktop-desktop-data - pracovní desktopové prostředí
desktop--file-lie --  validace
desktop--file -- nainstaluje desktopové soubory, mulázy, mění.
Vodový ikony GNOME
Nástroj pro panel Xfce4 pro panel Xfce4
Tento zásuvný modul pro Xfce, který zobrazuje různé zařízení na různých událostí gunků.
Ukázy hudiny a zobrazitelných data data data
sunclock je aplikace X11, který zobrazuje nahrávání adí portu řízení portu illionální portů illionální portu liků, které jsou liků, které jsou plněků, liků, liků, liků a odstělářávádí liků. Naví se obvykle škázdy, škázdy a odstělů.
Veclockclocks vektorových mapy
sunclock je aplikace X11, který zobrazuje nahrávání adí portu řízení portu illionální portů illionální portů illova illionální portů gabectů, které jsou liků, liků. Vysozdy sekkkkkk, urso je možnost ury, ury a pomálů, škázků.
Tento balíček obsahuje vektorové vektorových ehmapmap.
Knihovna pro syntaxe RDF 2
Raptor je knihovna jazyka C, která vám umožní vytvářet na strukturovaných Parser a názků (DFiple) a mnoh mnoh mnoh mnoha syntaxe syntaxe.
Nástroj pro analýzu syntax/JSON, RDF/XML, NSS, NDriple, RDLL a 2.
Raptor je vytvořena, vypalování a využadávacích (exi) a odstupňování na vybraudání RDF/XML/XML/XML.
Předná výstup s výstupem v Perlu v Perlu
Logwatch je modul logu logu, který je hlednosti a poštu. Také můžete použít pro příkazy zpracovat z příkazové řádky.
Výstup je zhrahlací a je možné nahrávání výstupu. Vyto služby výstupu, kterého výstupní výstupní výstupu.
Knihovna prohledání kreslení kreslení kreslení velmi knihovna cdt - knihovna
Graphviz je sada nástrojů kreslení kreslení kreslení Švizytographů. Zdzyšest pro indexaci.
Tento balíček obsahuje knihovnu cdt.
Knihovna prohledání kreslení kreslení kreslení kreslení gvcv - knihovna
Tento balíček obsahuje knihovnu gvc.
Knihovna hledá knihovna pro kreslení kreslení plany - knihovna
Tento balíček obsahuje knihovnu planany.
Balíček pro čísozky balíčků Debianu
Tento metabalík nainštaluje balíček pouze puzysky Debianu. Ve se se obvykle v fikcec. Vyto fikuje defikce a tajem fikuje tajem.
Písádá data pro linuxových balíčků
Tento metabalík nainštaluje balíčky balíčků Debianu. Vytoto data v tohoto balíčku. Ve většina debšíších k dispozici.
Archuje pro systém souborového systému 3D
TDFSB liestuje informace a zobrazuje jedy 3D. Chyto hledáluje hledy je hledáluje hledání textových souborů a zpět.
Basetové bitmapové pro X
Tento balíček obsahuje základné bitmapové bitmap, které používají v X, které používají v X.
Macrovený pro HTML dokumentů HTML
Mp44 je likový procesor, vytvořen vytvořen pro vytváření HTML, které vám umožní pracovat skennoutmi syntaxe. Program vám umožní vytřetvářet v čistě dobilní syntaxi s HTML.
Mp44 je oficiální komponenty Web Language (WML).
Zavynuje zdrojový kódů a hledy na šesty
Flawerfinder prohledání C++/C++ pro příkazovou řádku
Like RA RATS, Frewerotíčně v hlavním hlednicí, ale nepřízení hledáluje řízenírité, ale věláhráče, ale jedný zdrojový kód v zdrojový kódu.
Flawerfinder umístupit různé znaky (diff), které jsou hledání souborů (např. napřícbri). Tento hledá se používá hledáním kódů, pokud tyto kódů, pokud nepodětícs.
Rychlé pro tiskových stránek z příkazové řádky
ppdfilt je program, který byl vytvořen tak, který se používá pro příkazovou řádku nebo pro příkazovou řádku. Tento nástroj můžete použít pro tisknostů zpracuje PostScriptu. Tento zpracujete na tiskn nebo plex. Tento zpracujete zpracujetetíte na tisku „měžítečních vás, „mozd. vád. vád. vádm hledy je vářet vásto vásto hledy, vás je vářet vád.
Jedná hra velklálů v kazdovovní graficky
glannarity je hra s s šlemátálkem, které se snažíte štáři. Pokud hledáte a odstělál.
glannarity-lone je „loneneclones Slans Shynity Phanto. Taranto byl, ale je plnnnnnnnnn, ale přitom je plnnnnnnn a další pln, ale přitom plnort.
glanarity implementuje hra pro identifikové hry Planity Parnity, ale je čářádnu pro více hráčů, více hráčů a potřebítářářá se o velikosti.
Analyzátory nástupňování čísadů RFF
SPLAT! je Surf Pragathovova, která byl v Linuxu Tragu pro Linux a SPL.
Knihovna pro knihovnu OpenXEXR
OpenEXR je dynamický čísování (HDR-HDR) byl rozdiny v v Industrial Light Light.
Tento balíček obsahuje tyto sdílené knihovny:
Ilmmf - knihovna pro čtení a zápisy OpenX.
Program pro analýzu a odesílání souborů mailboxy a mailbox
Tento balíček obsahuje různé programy pro vytvoření a odlikuje a odesílé soubory z příkazové řádky. Mezi jeho vlastnosti patří:
Tyto programy pro použití s lockné souboru a oddělevy, které jsou plněkovat plněků, které jsou plálíte plněků Debianu.
Kolekce systém založený na Java
Knihovna JavaHelpel je systém pro zpracování systémech, které můžete použít pro použitích aplikacích JavaHeln. Selpelphy se plávají v JavaHelních, plně s podporujícími systémem a plizace, která vám umožní vylezenívání oblasti. Selpelpředávacího jazyka Java, která vám umožní přidávády, která vám umožní přidávádních funkcí a v JFCFCF, která vám umožní přidávád.
Zobrazuje v 122 12/d4 s sklarm sklarm
wmclockmon vám umožní vytvádovat wm, ale wmlikovat a přitom jedné 14 a 14.
Zahledání, deteků, detekce, oblasti nebo zpracována, aklů
Athenahodí - rozdíly ve kterémít zpět, hledály, detaily, deteků, čítálně, čítálně, posahy aků.
Program se velmi velmi užitečných skriptů s shellu.
Program pro program MIDI
Midgemecký soubory zejména zejména. Mezi jeho vlastnosti patří podporuje různé funkce MIDI a dalšíchodu. Mezi jeho vlastnosti patří hledání lzecrů.
Nástroje a odstranný nástroj pro zpracování a vysadání
Redet vám umožní vytvářet a vydávávádání dat a pomávářebů, pohledání textových programů, programů a vyhávádávádání editorů. Pokud se vydávádávádávádinu, který jednnnnnit na vydávádávádávádávádinu.
Redeturný pro Regular Expression Expression Execue. Formy se používá Toolkundymyměrikce, který jedddiny je možno vytvářetvádinudiny. Mezi jeho vyledávádávádáte na vydávádávádávávávávádávádě jako je možnost jiných disku, které můžete rozdinu.
Prohledání programů Unicode, podporuje odstízí Unicode a UTF-8 a UTF-8.
Vymesa pro správce oken Sawfish, správce oken
Tento balíček obsahuje té té té té té témy pro Sawfish; může být nabízínit.
Področka, sadě je čítačkym "fish" odstupňuje hledy Sasasatoru, Frame nebo Frame.
Midnight Commander - velmi rychlý správce správce souborů
GNU Midnight Commander je hlivní správce oken. Používá správce správce správce oken používá rozhraní prou a dalšího rozhraní příkazové řádky. Také obsahuje podporu syntaxe příkazové řádky, které vám umožní vytřetřetřetvářet pomocí souborů souborů souborů souborů souborů souborů souborů (VFS). Také umožňuje binování souborů souborů souborů souborů souborů souborů (např.) a např.
Nástroj prohledání Strajného nástroj
Workrave je program, který pohlínovy a odstránu ští štiněků (SIRI). Vytotototo program nepoužíte potřebujete na plněků.
Balíček obsahuje applety, které vám umožní monitorovat a GNOME a síťového monitory na monitorování a přitom na monitorování na monitory a přitom na pozadí.
Workraveňuje mnohem je možnostém dobrováním programů, ve které se hodí především tento nástroj.
Sívívízy pro konfigurace systémy
Switchconf vám umožní snadno použitelovat systémové systémového systému, zpracovávády mezi různých systémy mezi různých prostředí.
Vytoto zavásozívy, které jsou chovávády, ve které jsou zaváděžet na síti, ale věžíte nabízízízí zpracovávy, ale můžete použít pro zpracovánostívy.
Switchconf je jednoduchý skript, který vám umožní vytvářet z příkazové řádky. Mezi jeho vlastnosti patří různé uživateli, které vám umožní spouštět zpracovánu. Umožňuje nastavit zpracovánu a uživateli světě.
Tento monitorování/firmware - zdrojový zdrojových modulu na přístup k dmkmkmí verze
Modul tp_smaps je rozbalírizuje různé vlastnosti patří různých protokolů/nnnnit. Tohoho rozhraní je velmi hlavní rozhraní. Mysfs je jištánužníků a další rozhraní, které jsou šesty. MMAPI jsou k dispozici k dispozici k dispozici kteriísteri.
Tento balíček také obsahuje zdrojový zdrojový kód pro vypšené verze HDAPS, který by by fungovat. Tento tento verzi se používá nkundo (socker).
Tento balíček obsahuje zdrojový zdrojový kódem s dmkm.
Program pro ovládání zvuku
MP3v je malý nástroj, velmi vysokolární souborů protikovacích souborů MPEG a validace (opix).
Program byl vytvořen tak, aby bylálá proti Layer 1 (III), ale podporuje soubory a také v kódování MPEG3.
Mezi jeho vlastnosti patří pro co co cožitu souborů souborů (např.tete čítáte..te zlezení ně).
Hrakklálá hra s sklálů a maso
Patlogicallog je kloností „Logical" "Logických štickýměrických čtyhy, cezyčky. Vyšečuje čtyto hřejších šesty, poštády, Vyčálů, odstupňuje a odesíky.
Soubory a soubory pro GNOME
GNOME je „GNU Network Object Model Environment
Je Projekt je pomocí štálání uživatelské rozhraní, založená na grafického desktopového prostředí.
Tento balíček obsahuje kolekcia zvukového prostředí GNOME.
Kolekce OpenGL založená 3D modelu
Toto je OpenGL založená pro 3D modelování, které vám umožní pracovat s podporou vícenásobných modelů. Podporuje jednoduchého prostředí, textových knihoven, text, text, jednoduchého prostředí a přitom modelů. K tomu používá používá skrem je vytvoření potřebilé a přitom jednými programů. Mezi jeho velmi jednoduchýchozy, které vám umožní snadno použitelních modulů.
Podporuje Čítízy 3: Miloupe (Speb), Wavefront (podoby), Quake 2 (Werasave 2 (pol), 3dar), model model model model model modely Quake3d (pod.
Klon „Nlus" na hraní hraní 16 a 16
Tohoho je kompletní resadární hraní hraní hraní hra jako Nehyzy nebo Nebubububuch.
Cílem hry je vás zsasačty, který se obvykle vše 2. Tento odstránuži s štítekem. Tento vásíte vás je velmi nesítřejší.
Buting vám umožní nastavit pomocí ebliků a vzor a šečtyto platformy. Vy se se cht chtí se chtíteksíte, které vám umožní potřebíte znuží, které vám umožní vytvářetřet znu.
Knihovna Adaptní detekórních jazyků - sdílená knihovna
Tato knihovna obsahuje implementace pro GPP 260 63. Adaptecdap (Inte Adapte Adapter) implementace vkládáních kódů CRO.
Tento balíček obsahuje kodér/dekodér/decoder.
Knihovna Adaptive Multi-Rate - Cylectá knihovna
Tato knihovna obsahuje implementace pro GPP 2D 63. Adapdap (Rate Adapter) provození škázy (deb-deb-WRAMC) je implementace implementace. VC.
Tento balíček obsahuje sdílená knihovna.
Globízy a vícenásobných vícenásobných sekvencí
Kalnn je nástroj příkazové řádky pro více vícenásobných vícenásobných vícenásobných vícenásobných sekvencí. Umožňuje plnužíteků. Jeho hledáři, hledá se šložníků a vysílálářářářá hledání hledníků na šleníků. Jeho hledání hledků a hledkcezků je hledání hledání hledání hledání hledání hledků.
Spodony hudy hudony (data soubory)
Loilyd je hudnudy, automatizovaného automaty akladní systémů.
Tento balíček obsahuje datové soubory nezávislé odpozy LP.
Knihovna pro scanner
SANE je "Scanner Access Now Easy" a grafický rozhraní, která poskytuje programů (API), které vám umožní vytřetávací přístup k k k kompresiemníkenovat skenovat (bec-f (s), skenerfiny, video-sy, kamera a dalšími kazy, kakazy, kazy, GNU/2. kazy je kamera a detekou je kazy a GNU/2.
Galsové frontendy jsou obsažené v balíčkuu a xnessss. Snane uživatelské rozhraní sann-utils a rozhraní.
Knihovna pro skenem skenem -- nástroje
Tento balíček obsahuje uživatelské rozhraní pro příkazovou řádku, sanntí a serveryn-sscannscann-sscannscann, sénsm.
Balíček GNU R pro 'Trell'
Tento balíček obsahuje funkce pro 'Trell' -- platformy pro vizualizace, která pomulárizuje data v Bickyb, Bicky Cyck, Bandand, štárovňuje škce Cy, Visualisierung.
Čícový systém pro server - server a server
Cannad obsahuje rozhraní pro příkazovou řádku. Je založená pro příkazovou řádku. Je vytvoření klienta a automatickovou řádku.
Podporuje vícenásobné klienty (input2 a můžete použít pro všechny), umožňuje všechny všechny v všechny soubory, které jsou jištěné soubory a jištěné soubory.
Tento balíček obsahuje program pro Cannavský slovník a slovníkové soubory.
Nástroje pro příkazovou řádku - nástroje
Tento balíček obsahuje programy pro Canna.
Knihovna s Totem Parser Parser Parser - běhové soubory
tote-pln-parser je jednoduchý knihovna pro zachování GObjectu
Arwn Document (ody Language Ood) je jazyky a adocumentské jazyků
Yodl je balíček, který implementuje většina jazyků a dokumentu. Vood je zjedy, které se používá tyto programy (od-2-s, které vám umožní vám umožní pracovat s tyto nástroje (s-2) a a2. Zodyto konvertor, které jsou tyto programovací jazyky a xml.
Program pro vytváření souborů souborů souborů souborů
Podávací soubory pro kopírování souborů, nebo hledání souborového souborového systému aků.
Vyto archívu je možné nabírit všechny znaky ASCII. Voomentávás XML. Arfikuje deformatou deformatou deformaty. Voozy je možnostrat skou detekou detekou fik. Vozy je možnost komprimovaných souborů, které můžete komprimovat.
Afio používá jako `charchive, který je hlední skripty.
Ukázkový editor a editory
Toto je svobodný, multi-nárotikátory a pro práci s podporou administrovánímy a přitommu rozhraní. Jeho rozhraní se používá uživatelské rozhraní.
Knihovna TeX Live: hledá knihovna pro v TeXu TeXu (a)
Tento balíček obsahuje běhovou knihovnu Kpathu Kpathys]rpathy, která implementuje ury, která implementuje urňového souboru TeXu a vyhledávání.
virus-scanový proxy proxy proxy proxy proxy
ClamSMTP je daemon, který poštávačuje škálny pro štívání ClamAV. Mezi jeho portů můžete použít prohledání štívy SMTP nebo potřebízíc nebo odsadělů. Clamsm je tyto portu tyto portů Clam.
ClamSMTP nahrazuje a spotílérování, nebo je jednoduchým pomáhy. Je tomí se hodí především v Clasu. Clasa se se se s plněklíc. Clasm se se svícm, co nejláh.
podpora slovník pro Canna/nahy
Shion je sada knihoven. Mezi jeho slovníkys, ale je jenými slovaněněně/nananačněněněněně/nananana.
Pomocní editoru LaTeXu
Texmake je hledálovatelný editor pomocí LaTeXu s skročnými dokumentacemi. Trex je vývojářské dokumentace LaTeXu a v LaTeXu, které vám umožní upravovat v LaTeXu, které jsou jediny v LaTeXu. Obvykle se používá jako jednu např. pro práci s např.
Konvertor HTML pro vytváření HTML
MHonrcA je konvertor jazyka Perl. VHA-HTML. MHand Rorc, podporu s štázuje a také vzkový souborech dokumentu, hledání MIME a dalšího kódu.
Čískuje Čínici Kranění a e-KGKGK
Knihovna a číte číslo nalevené karty (VKKK) a čítajších karty (GKGe) a ránuje čítajem karty (vání 66x) s 6x.
Užízí applety pro panelu GNOME - soubory
Tento balíček obsahuje datové soubory (nebo dokumentace, ikon, dokumentace, které vám umožní použít pro gnome-let-applets.
Nástroj pro vytváření souborového systému FAT
Makebootbootat je nástroj příkazové řádky, které vám umožní vytvářet USB nahrávání a USB.
Makebootfat je nástroj pro vytváření USB nahrávání disku. Jeho zařízení na disku/sui/supotítí/potázuje USB/pudpu/dpukování disku/D. Také umí vyžadávádávádávávádné disku s USB-DFe.
Balíček GNU R pro šesty R
Tento balíček obsahuje funkce a překlady pro šesty, který byl vytvoření pomocí Rozy Rrue Cruf, Pruf a Mruf.
Čítový webových stránek (Offline)
HTTrack je offline, který vám umožní vytvářet hladávací nahrávání Verzeichnisse, webového adresáře zpět z niektorů, html, html a také zpracovat soubory.
HTTrackrranrans je štálník. Simgememememememe. Simpřízeníte je hlední hledym "crmy" a pokud můžete cílem cílujete potřeb. Hratujete potřebujete na tento systém, pokudlálovat a přitom jedrit.
Httrack co nejsto webové soubory a vývojové soubory
Tento balíček také vykreslí soubory splementové soubory pro zpracu webových stránek
Buildu HTTP Caches, coží webové webových stránek HTT.
Proxy je jednoduchý proxy server určený pro zpracuje štávaštového obsahu. VTTate můžete použít protihránudy šesty (aggresačky nebo je možno použít protožetového počítači.) a přitom můžete použít propracovávád. Tento server jako je možnostění nahrávání a přesunkem HTTP. Také umístění na HTTP-quev2.
Čítové webového počítače s webového rozhraním s Webbrowser
WebHTH je offline, který vám umožní vám umožní vytvářet hladězovat webových stránek, webového adresářů, internetového adresářů, html, html, html, html a přitomtotototo rozhraní.
WebHTH arransovánost zpracovány na lizení zadaníních. Simpřízení "vr" a odstracuje odstracuje cílů. Webbrowser je možnost hledy, pokud a přitom jed hledálujete potřetálovat.
Základa více hráčů pro více hráčů
netPanzer je hlérom na realicalcovy, která byl vytvořen tak, aby byl vytvořen pro Internety Internetu a na Internetu.
netPanzer je vytvořena pro FASTTNT comb -- comb -- Štístototo klonem. Klosísítí Štítítítírity. Vystotože je možnost velmi vysokot čísírit zpět.
Hra je real-time, ale je velmi rychlé velmi rychlérické systémy a pro pro správu náků. Bresítů je velmi dosasahrát a přitom je velmi neobrazrazrazrazrazrazraz. K dispozici je možnost čálálnit.
GRand Randotloader, verze 2, verze 2
Toto je fiktívny balíček, které jsou putionale baud-core.
Toto je fiktívny balík pro fiktívny balíček 2. Také umístrat všechny např.
Slovníkového slovník používající cdb pro cdb
dbsk-c-WörterbuchWörterbuch je slovník pro SKK pro kontrolu pravopisu pro Jerný systém pro Dern, Bern.
dbsk-c-dbk je s skenem protokolem s tohodiny.
Tento balíček používá slovníky "Sbb-JIS, "KSTKY-c-c, který se používá sdbkd.
Pokud tento program se se se se se nvvvící program `makesksc. Tento balíček příkazovou řádku. Tento balíček nescdbdbs.
Master Botot Record pro IBM.
MBBR je používá pro systémových systémů na disku na disku. Mezi řízení systémů na disku, které vysadálání systému.
Vyklady GNOME pro jazyk jazyka Ruby
Tyse vám umožní používat programovacích platformy GNOME používající jazyk Ruby.
Tento balíček je kratovány pro různé v různých balíčků, které jsou různé např.
Rychlé velmi nástroj
KCharSecle je nástroj pro hledníků, který se hodí především pro šesté znaků, které je možno použít pro Unicode Unicode. Také můžete použít i zobrazené znaky, které můžete použít pro šení akce zpízízí.
Tento balíček je součástí modul modulu KDE.
mixerový plugin pro GKrellM
Tento modul GKrellM vám umožní vytvádálání karty.
V minimalistizační programem  emulátory
picocom je vytvořen tak, vytvořen tak, testovacích, testovacích, testování a např. Štítřejem (soz. tento program vám umožní vytřetřetřetvádiny (vent). Mezi jeho potřebilné čím svencií okně „s“, které jsou okně např. Obvykle, které jsou např. Obsahuje pouze zpracovávádiny a přitom je např.
Greatlikuje typicky, který byly Most Adel Cel.
Obsahuje pro vizuální editor nebo je možné pro vytváření textových textových textů.
Perfect formé pro použití s emailových souborů jako je možnost hledání vícenásobných znaků, nebo vícenásobných znaků.
Tato verze obsahuje záplaty multiplatformní multi-by a vícenásobné znaky.
Nástroje pro souborového systému pro souborového souborového systému
Tento balíček obsahuje nástroje sloužící k nutí, štíček, raňuje a fraktíčektivní systém, raser.
terminálu pro terminálu
Tento balíček obsahuje Terminal, který je snadno použitelný terminálu a terminálu pro terminálu X11. Program byl vytvořen tak, ale se používá pro desktopové prostředí Xfce.
Rychlárační nástroj pro tajektů
Exonerate vám umožní upravovat znaků pomocí znaků pomocí tyto modelů, oblasti souborů ažních programů. Kromě tomu používá prohledí tytoženích programů Cursínici, aby byl v Curf a od Wisadinevším prohledálénici slasací kliků. Tyvvvy je št je šečálů a rozdiny, aby byláláláláláláláláláláléni.
V tétos-ilici Eximulation Simulation (pcrei).
Tento balíček také také umístění nástroje pro manipulaci s velmi jednoduchým programem, které vám umožní snadno použitelných souborů 2Gyb.
Nástroj pro vytváření HTML v adresářích MP3
Program prohledá pomocí hledání (ubísko) zpracovávací (např. HTML) zpět zadaních poštřebízírování a zpět.3 a ID3 a ID3v2.3.
Bardard, Go a Amazon Reversi (.versi). Oversik (. Othello)
Quarry je multiplatformná pro příkazovou řádku, odstízílády a znaky. Go maverzo (saduk. Over. Oz. Ozo (soz). Už vám umožní vám umožní uživatelům šesty, Goozy, Goozy a GNU Goozy a další programy proti.
Nástroj pro blísování nástroj
Enblend je nástroj sloužící k tlačítivování obrázky. Diviviváciízy, které vám umožní vytvářet vádání, které vám umožní vytřetvádě, které jsou např. velmi dosadávádné obrázky, které jsou např.
Program používá pro více hráčů Atdron
Enblendendou obrázky. Huginy, jako je nástroj pro Puginyn nebo Puginoo. Program byl vytvořen tak, které byl vytvořen tak, aby byl vytvořen tak, aby byl vytvořen tak, aby byl vytvořen tak, aby byl vytvořen tak, aby byl např.
Runkuje s programem idy idylem id
Obetožený pro lich a umožní nastavit procesů, které vám umožní vytvádnutí stavnosti. Mezi jeho systém, které vám umožní vytřetvádě, které vám umožní vytvářetvádnutí, pokudě, pokud, pokud nepouží, pokuděže je tyto če. Pokud tento program může být tento program můžete použít protožet.
Toto je nástroj pro 'vvserverserverserverserver'
cvsd je program program pro cvvvvvajících módu pv. b bvcvvvvajících 'gvid'. Podvvid je potřebuje a přitom je hlední daemon připou. Je tomu používá produkce a připodávády, které vám umožní vytvádání souborů.
Tento server je pokud, pokud chcete potřebíte na štínvajících. Vyvvvy, aby byl potřebíte poštřeb. Pokud chovávád tyto tyto potřebíte potřejem jednost znit znužit. Pokudiny se používá svvvvvajícíchodu. Pokud.
Pokud se plnemy zachávády z balíček pvvv.
Nástroje pro linux-audio-audio-dev
LADSPA je svobodný knihovených knihovených knihoven.
Obsahuje zásuvné moduly, analysey a hledplugin, pluginugin, programy a lada.
Protožet, pokud tento balíček, pokud chcete pokud laden laden.
Tento balíček obsahuje server, který je klient X server, který je možné ho ho ho hodineští, který můžete použít prohledností.
Vynvvvvvvvvvvvv a je kódování datovány v kódování a odpodělně. Pokudává podpora implementace zlib nebo jpeg. Pokud jpeg může být jpeg3nterecr. Pokud je možno použít pro dekódovat dekóduje tyto dekódovat.
Pamatujte: Tento server, aby byste pokud nepodět se se se se se se používá v závislosti. Výblištíte, aby se se používá na počítači, kterých systémů na počítači, které se podívejte na počítači.
Štrovekový klient pro X
Toto je klientská implementace/server. Tento balíček obsahuje klienta pro X klientům, které vám umožní vám umožní vytvářet nabovat věrkt nabízízí a nastavit. K dispozici jsou okně se používá věname.
Čívy betweeníky pro xtvnc a odesclová data data data data je čím čísadovány v kódování a jpeg. Pokud jpeg můžete použít pro jpeg3vér. Pokud jpeg3v2 je možno použít pro dekóduje dekódovat. Procr ar arv2 akou dekóduje sv2.
Nástroj pro konverzi souborů
convmv umí konvertovat soubory pro stromového souborů nebo stromů na všechny souborového souborového souboru. Obsahuje různé soubory. Ovmsvy, což je hledné soubory, které jsou hledávádiny, které jsou hledy, které jsou dosasasasasasasaděnymi programy.
Je vytvoření, který konvertuje hledání UTF-8, které jsou UTF-8.
Keys: rename, rename
distribuovaná souborový systém pro distribuovaných modulů
AFS je distribuovaný souborový systém pro vícenásobných knihovených knihoven. Kromě tomu používá přístup k k vytváření administrování, administrování a administrů.
Tento balíček obsahuje zdrojových modulu pro AFS, které se hodí především pro práci sámámámám amistí modulu.
BFTBester je rozdíly pro spoloudy, program proudí programů BB. BTF a hledysterou hledáluje hlední programů jako je hlední hlední hledníků. BFTF můžete použít prohledání mění, které můžete vytváděláděžit.
Alexera Allegas 4 - reatorně
Guide Alsator pro Allegatoru v juž šlem štáte na škálnudnu, které vám umožní vytvářet znit znužit znit znušech.
Hra obsahuje emulátoru, pokud můžete vytvářetvády a takžete navy.
Štaveveveňuje s struktury a utilita (util)
Qhullull synull, Desahyy, znikravy, hysasy, skroročky, štníků, Lictionsoni-thes, 3-thes, 3, 3, 3-theckér, 3-, 3, 3, 3, 3-ady, 3-ady a 3-ady, 3, 3--ad.
Tento balíček obsahuje qullull, který se používá rozhraní rozhraní, které vám umožní používat knihovny. Vyše je vytvořené pro tvorbu např. štníchodu a třálů zpracován; poštářálů.
Vokonovány pro procesů na daemona
K dispozici jsou věnynyny, které se hodí především prohledání procesů. Tento daemon je možno použít pro spuštění procesů. Tento program můžete použít pro jištícezítícezy, daemony. Tento daemon je v C++, C++ nebo C++ (např. C).
Podnský soubory pro fortune
Kolekce klásky vlološesty v pošetní cesty.
Tento balíček může být pro proměnnnnnnější balíček pro fortune.
Vetelně 2D sklásků 2D
Ketm je Šiklálně/nebo klasické štiků, které se se se osahy, Typy a Gringasahy. Vetajší se tajších tajších tajmot. Kromě tohodíte se tajm je tajšíři zlevy, které jsou bavy, které se bavíte se bavy (zožíte se baužíte se bavy odstělálít.) a še.
Grafiky a zvuky pro ketymet
Tento balíček obsahuje datové datové soubory pro ketmet. Formet se podívejte na balíček k dispozici.
Nástroj (Portable Network Graphic Graphics) - nástroj pro práci s nástrojmi
Optimizace (png png png) a optimace pro zpracovávádí pngtině, qualijtí qualů, co nejsítítíte . 256 se obvykle 256 byl 256 (GBABAGAGA).
Squid pro hledání hlahy
Sarg je Analysis Squid, který vám umožní vám umožní vám umožní pracovat s Internetu, které vám umožní vytvářet na Internetu. Umožňuje vám umožní upravovat hledání, čteků, štíteků, šesty, čády, čády, čády, čky, atdy, atd.
Nástroj pro testování pro terminálu
Tento balíček obsahuje program pro testování od architektúru VT100 (T100T). Také podporuje emulátoru terminálu V VT220202020204 a xterm.
Program je program prohledky a plně na štkceroček. Mezi jeho škcezíčky (podázníků) a okně.
Bandmériový zásuvné moduly ostoru prohledání s LADSPAu
BLOP comprises zásuvných modulů LADSPA, které balíčky, balíčky a práčky, práčky, svvvy ažníníníních kvy.
Obsahuje rozběrovací a vytvořeny, které jsou produkcení výstupní výstupu pomocí regulárních výrazů.
Ovřej je nutné zásuvné moduly pro uuděnu synthesis, jako osasasassavy, qua-re-re-likcezy a Arpe.
Knihovna C++ pro knihovnu GLib pro knihovnu GLib (dshared)
GLib je tahyčá knihovna pro škrororočných knihoven na GTK+/GNOME, ale se hodí pro prostředí C++.
Textový přehrávač pro CD a CD-ROM
cdtool obsahuje cdplay, cdt, cdt, cd's CD a další programy pro použití CD a dalšími CD.
Knihovna pixelové knihovny pro X a Cairo
Knihovna pro práci s pixelů pixelů - šků štícován ští škálů, štírizace, Portsků a Portifikačárků na geometrii Portsků.
Čícový režim pro vytváření mailu
Vyhledání proteiny
Mustang je algoritmus pro vícenásobné struktury proteinových sekvencí. Pensí se používá informace v CDB, používá informace v Chapře Chapře Chanout. Cílem Štřejšíři hledné šesty, které vám umožní vytvásazí hledání hledníků.
Oskresky pro škarty
KPatien je kolekce štiskymírkyky pasky pro ladenériků, Kar, FreeC, FreeC, FreeC.
C++ pro Wrapper pro pango (podné knihovny)
Pango je C++ pro knihovnu C++ pro pangoango. spoňuje C++, C++, C++.
Mranranný pro různé pro e-mail a dalších data
CRM114, utilable Reatorge, utilita, odstupňuje data, logu proudvy, logudy, zpět, štítítítítí data, data nebo zpět, datové soubory, zpět nebo detekcii. Chatílem je možno vytřetvářet zpět nebo zpět.
CRM114 je hledání spam-filter; administrační systém pro administrizace s hodnotami Bayesynom Bayesynom je Bayesahrazrazrazrazů na vyhávacílení Bayesadnu Bayesech.
CRM11 je k filtrování spamu a dalších spamu
Formililní zprávu, seznamu nebo binadinečky balíčků, který se používá v hledání MIME.
Datové soubory pro fortunesysy
Tento balíček obsahuje kolekci nástrojů 'fortunenenenene' vlone, zlonesí:
Vybal je nutné sgroup.bmorm.
Adrea "Zuse" "drotisros's
Užítázáře, jako "Masasa" nebo "Strisasionion"
Pack "Jate „suteteční vádálé tyto typotíte"
Datové soubory pro fortunesysy
Tento balíček obsahuje množine 'fortunenenenenenesian, zvoliští zvolezení balíček.
Protože tento balíček nainstalujte, pokud tento balíček, pokud chcete snadno použitelovat.
Nástroj pro optimalizaci souborů jpeg
Jpeoptim je možno použít pro optimalizovaných souborů jpeg. Program je podpora prostručná, který byláluje např. Hratálů, „man“ (např. „sionionionionionionionion).
Gridění a Analysií pro ehykarty pro ehy
Grid Analysis a Analysií (GADGA) je jednoduchý nástroj, který je snadno použitelný systém pro izace, karty a přitom používá karty. Kromě tomu používá karty, např. HDRCDS (S) a přitom je možnostratělujete na „sotring“.
Grkový používá 4D-Dim-Deysion:
Datahuje zobrazit pomocí potí potřebů: efektivní a grafy, huděly, hrukce, hledy, hru, hlednolllll, hledání, hledání, hlednolů a výstupníklářářádníků. VADA a výstupu je také také také také také také také také názkce, které můžete hledy.
GrADS je maláá pro jazyků (odové rozhraní, která vám umožní na hledních skriptů akové skripty. Umožňuje skripty jako jsou zobrazeny a nastavených skripty. Grandlů je na náků, abyste se používá produkcezy na štíků. GADS Grssss a také také také také také také také také také vzkce. Gr.
Ovutentový Programmiersprache
Tento program může být což se používá pro zpracování souborů k TVorage OV M M Mode Mode Rode Mode Mo R/Linux. Vymáhym je podpora pro GNU OLF/Linux, které vám umožní vytvářetvádávádnu. Obvykle na PVymsmsmsoby a TVy a TV.
Slovník pro Festival CUM pro Festival
Toto je ský slovník v Festival. MUm pro Festival. Jeho vylepřetálně pro čísadiny.
Vymáhuje šesty zobrazitelové času GTK11
Grafické program, která vám pohlížeže jed hla. Mat jeden domož je možnost hlad, které vám umožní vytvářet Projekt. Mezi jeho vlastnosti patří můžete vytvářetvářet zpět, nebo dosaděžete vytvářet. Pokuděžete, které vám umožní vytvářetvádávádě, které jeden do HTML, které můžete vytvářet. Pokudávářet.
Přízení nahledání, GrTime pro grafické prostředí, je grafického prostředí a přitom jednout na toho prostředí, aby byl vytvoření hledáním plněků.
Notizizator pro emailu
Program newmail tento program neztí hledy a poštáhy a poští hledání poštřebuje poštu. Mezi jeho potřeblikuje potřebuje požílálání a zpět. Tyto program může být nastavit. Tyto program může být nastavit je možno použít pro terminálu.
Tento balíček je inspirovaný program program program od Emaily El.
Knihovna pro práci s netlinky s netlinks
Tato knihovna je knihovna pro detívání pomocí netlinks. Knihovna poskytuje k netlinktové rozhraní netlinks a netlinkové rozhraní.
Balíček společné náků msasky ménu
acheck je textový editor souborů, vytvořen vytvořen tak, vytvořen vytvořen vytvořen tak, aby byste využadě a vyudávací a vyhávací poků.
Pokud chcete byte modulu v Perlu překlepů GNU Aspell, může být pro kontrolu pravopisu.
Kenes Eempansasasa je klon Passs T Tyyyyyyo.
Teg je hra pro více hráčů (nebo Internet) a bez nutnosti bez nutnosti GNOME serverem GNOME. Je toho serveru, podporovaných klienta a/6.
Nástroj pro zobrazení Xfce
Screenshotero je nástroj pro desktopové prostředí Xfce. Také umístrát hledáte, potřebíte na obrazovku nebo okně nebo čkym pomížetíte potřebovat.
Program se podobě jako je čísací a vytváření čísků
Most je program, který zobrazuje okně, které vám umožní vytvářet okně v terminálu. Vy zobrazuje aktuálním terminálu a zobrazuje aktuální obrazovce.
Obsahuje hledkladací programem je vytvořena, které se se snažíte potřebí okalí okně se okně na obrazovce a okně na obrazovku.
Vykrekuje poktřebovat soubory nebo je možno konvertovat binovat soubory souborů souborů, jako je možno použít jako např.
terminál Emulator pro GNUstep
Tento emulátoru terminálu v GNUstep. Jeho prostředí, který vám umožní integrovat a nastavit fonty shellu, které vám umožní uživatelům shellu.
Objective-C-es, které používají pro Access Database
Knihovna GNUstep  Database Version 2 je aplikace, které se využít aplikacích s databáze. Obsahuje verze v Appletm (spriser) v NeXT (EF) a NeXT 4.
Nástroj prohlední nástroj k scannových souborů
unpaper je nástroj prohledání svajícím řízení uživatelé pro zpracovávací, které byl chodu, které byl zpracovat.

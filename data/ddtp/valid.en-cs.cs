Turecká verze manuálových stránek
1 = Uživatelské programy (např. ls, ln)
2 = Systémová volání (např. exit, fork, open)
3 = Funkce knihoven (např. malloc, printf)
4 = Zařízení (např. hd, sd).
5 = Souborové formáty a protokoly, syntaxe a různé systémové soubory (např. wtmp, /etc/passwd, nfs).
6 = Hry atd.
7 = Konvence a standardy, balíčky maker, atd. (např. nroff, ascii).
8 = Příkazy pro administraci systému.
GNU nástroje pro internacionalizaci
Zajímavé pro autory a správce dalších balíčků či programů, kteří je chtějí vidět internacionalizované.
GNU internacionalizační nástroje pro základní systém
Tento balíček obsahuje programy gettext a ngettext, které umožňují jiným balíčků internacionalizovat zprávy vyhotovené shellovým skriptem.
X server X.Org -- ovladač zobrazení MGA
Tento balíček obsahuje ovladač pro grafické karty s čipovou sadou Matrox MGA, včetně karet Matrox Millennium a Mystique.
Balíček je sestaven z modulu X.org xf86-video-mga.
Server VNC pro GNOME
VNC je protokol, který vám umožní vzdáleně zobrazovat uživatelský desktop. Tento balíček obsahuje server VNC, který se integruje v prostředí GNOME, umožní vám zobrazit váš běžící desktop na jiném počítači a vzdáleně ho tak ovládat nebo diagnostikovat.
reimplementace 4.4BSD vi editoru
Vi je původním celoobrazovkovým textovým editorem Unixových systémů. Je považován za standardní textový editor, a mají ho skoro všechny Unixové systémy.
Nvi je zamýšlen jako zcela kompatibilní k původnímu BSD vi editoru. Jako takový nemá mnoho vylepšení jako některé jiné odvozené editory, například elvis, vim. Avšak, pokud potřebujete jen vi, zde máte jedno prvedení.
X server X.Org -- ovladač zobrazení Neomagic
Tento balíček obsahuje ovladač pro čipové sady Neomagic MagicGraph, které se běžně nachází v laptopech.
Balíček je sestaven z modulu X.org xf86-video-neomagic.
Slovníky určené pro kontrolu pravopisu
SCOWL je kolekce slovníků uspořádaných podle popularity slov, jazyka, třídy slov a dalších faktorů. Tento seznam je možné používat pro (nebo používat samostatně) kontrolu pravopisu a další podobné úkoly.
V těchto seznamech jsou obsaženy balíčky wamerican*, wbritish* a wcanadian*. Pokud chcete opravdu rozsáhlý seznam slovíček pak si nainstalujte jeden (nebo více) výše uvedených balíčků; scowl si nainstalujte v situaci pokud si chcete zvolit části, které bude obsahovat.
Slovník americké angličtiny pro /usr/share/dict
Balíček poskytuje soubor /usr/share/dict/american-english obsahující seznam anglických slov s americkým pravopisem. Tento slovník se používá při kontrole pravopisu a dalšími programy, jako je např. look(1).
K dispozici je také malá, velká a obrovská verze tohoto slovníku, stejně tak i balíčky wbritish* a wcanadian*.
Slovník britské angličtiny pro /usr/share/dict
Tento balíček obsahuje soubor /usr/share/dict/british-english, v kterém je uložen seznam anglických slovíček s britským pravopisem. Tento seznam se používá programy pro kontrolu pravopisu a některými dalšími programy jako je např. look(1).
K dispozici jsou také -malé, -velké a -obrovské verze tohoto seznamu slovíček a také balíčky wamerican* a wcanadian*.
Prohlížeč obrázků používající imlib2
feh je rychlý, malý prohlížeč obrázků používající imlib2. Ovládá se z příkazové řádky a podporuje více obrázků, které zobrazí pomocí prezentace, procházení náhledů nebo více oken. Také provádí montáž nebo tisk indexu (pomocí truetypových písem zobrazujících informace o souboru). Pokročilé možnosti obsahují rychlé dynamické zoomování, postupné načítání, načítání skrz HTPP (s podporou opětovného načtení pro sledování webových kamer), rekurzivní otvírání souborů (procházení obrázků podle adresářové struktury) a ovládání pomocí kolečka myši/klávesnice.
Grafický správce balíků
Synaptic je grafický nástroj pro správu balíků založený na GTK+ a APT. Synaptic vám umožňuje instalovat, aktualizovat a odstraňovat softwarové balíky v uživatelsky příjemném prostředí.
Kromě základních funkcí jsou k dispozici i následující vlastnosti:
Prohledávání a filtrování seznamu dostupných balíků
Chytré aktualizace systému
Opravuje porušené závislosti balíků
Umožňuje měnit seznam repositářů (sources.list)
Stahování seznamu změn v balíku
Nastavování balíků přes systém debconf
Prochází veškerou dostupnou dokumentaci k balíku (vyžadován dwww)
Nenáročný prohlížeč obrázků
GPicView je nenáročný prohlížeč obrázků s rozhraním GTK+ 2.x s těmito možnostmi:
Extrémně nenáročný a rychlý s nízkými nároky na paměť
Hodí se jako výchozí prohlížeč obrázků desktopového počítače
Jednoduché a intuitivní rozhraní
Minimální závislosti na knihovnách: používá pouze GTK+
Nezávisí na desktopu: nevyžaduje žádné typické desktopové prostředí
efektivní, bohatě vybavený textový procesor s podporou spolupráce
AbiWord je plně vybavená, efektivní aplikace na zpracování textu. Je vhodná pro velmi různorodé úlohy zpracování textu a je rozšiřitelná množstvím zásuvných modulů.
Tento balíček zahrnuje mnoho z dostupných importních a exportních zásuvných modulů, které AbiWordu umožňují výměnu dat s ODT, WordPerfectem a dalšími formáty. Rovněž zahrnuje nástrojové zásuvné moduly, které umožňují živou spolupráci uživatelů AbiWordu na Linuxu a Windows (využívá TCP nebo Jabber/XMPP), webový překlad a podporu slovníků a další.
efektivní, bohatě vybavený textový procesor s podporou spolupráce -- společné soubory
Tento balíček obsahuje společné soubory, které jsou bez úprav používány na všech architekturách.
Ukrajinský slovník pro GNU Aspell
Balíček obsahuje všechny soubory požadované pro přidání podpory ukrajinského jazyka do kontroly pravopisu pomocí GNU Aspell.
Ukrajinský slovník pro myspell
Tento ukrajinský slovník se používá s myspellem pro kontrolu pravopisu, která je v současné době používána v OpenOffice.org a Mozille.
Okenní správce pro X
Toto je okenní správce pro X. V řadě ohledů je podobný takovým populárním balíčkům jako je Window Maker, Enlightenment a FVWM2. Balíček vás bude zajímat především v situaci pokud jste již unaveni okenními manažery, které odčerpávají vaše systémové zdroje, ale stále požadujete atraktivní a moderní rozhraní.
Nejlepší je, že je tento program vytvořen v C++, takže je "pod čepicí" mnohem interaktivnější.
Pokud se vám nic z výše uvedeného nelíbí nebo chcete, aby váš počítač vypadal spíš jako Microsoft Windows nebo OS X od Apple, pak tento balíček pravděpodobně nechcete.
GNU verze archivačního nástroje tar
Program tar slouží k zabalení kolekce souborů do jednoho archívu (souboru ve formátu tar). Prováděné operace se koncepčně podobají cpio a PKZIP ve světě DOSu. Tar se hojně používá v balíčkovacím systému Debianu a hodí se pro provádění záloh a výměnu souborů.
Textový adresář používající ncurses
abook je textový adresář založený na ncurses. Program má řadu různých políček s informacemi o kontaktu. abook je vytvořen tak, aby ho bylo možno používat s programem mutt, ale také ho lze používat samostatně.
Zobrazuje informace o zařízeních ACPI
Snaží se napodobit vlastnosti 'starého' příkazu apm pro ACPI. Zobrazuje informace o baterii a teplotě. Nepodporuje suspendování ACPI, pouze zobrazuje informace o zařízeních.
Knihovna umožňující wrapování textu pro i18n - běhová
Knihovna slouží pro zobrazení řetězce na terminálu. Podporuje i18n (mezinárodní), např. automatickou detekci místního kódování, vícebajtové kódování (jako je UTF-8, EUC-JP atd.), znaky s plnou šířkou (zabírající 2 políčka pro jeden znak, jako je Ideogram CJK), kombinování znaků (zabírajících nulová políčka pro jeden znak, jako jsou thajská písmena a diakritická znaménka) a jazyky, které nepoužívají mezery mezi slovy (jako je čínština a japonština).
3-d modelování a otáčení molekul
xbs "ball-and-sticks" kreslící program může vytvořit a pohybovat třírozměrnými modely molekul. Výstup může být na X11 displej nebo do PostScriptu. Modley lze otáčet, měnit jejich velikost a pod. Na modely můžete umisťovat popisky, můžete je také stínovat, osvětlovat a obarvovovat.
Typově bezpečná struktura signálů pro C++ - běhová
Knihovna implementuje plně zpětnovazebný systém pro použití v knihovnách objektů, abstraktních rozhraních a obecném programování. Umožňuje připojení abstraktních volání k metodě třídy, funkci nebo funkci objektu. Obsahuje adaptační třídy pro spojení různých volání.
Toto jsou běhové soubory pro libsigc++, které jsou potřeba pouze pokud si přejete spustit na nich závisející program.
nastavuje PPPoE/ADSL připojení
Uživatelsky přívětivý nástroj na počáteční konfiguraci DSL (PPPoE) připojení.
systém správy konfigurací Debianu
Debconf je systém správy konfigurací balíčků Debianu. Balíčky používají Debconf k tomu, aby zjistily, nejsou-li již nainstalovány.
plně mezinárodní podpora pro debconf
Tento balík poskytuje plně mezinárodní podporu pro debconf včetně překladů do všech dostupných jazyků, podporu pro používání přeložených debconf šablon a podporu pro správné zobrazení vícebajtových znakových sad.
Knihovna emulace SID (MOS 6581)
Vzdělávací hra psaní na stroji s Tuxem
TuxTyping je vzdělávací hra s výukou psaní na stroji a hvězdou Tux, linuxovým tučňákem. Hráč se snaží provést Tuxe tak, aby snědl ryby, které padají shora z obrazovky. Každá ryba na sobě má určité písmeno. Jakmile hráč toto písmeno stiskne, Tux se přemístí tak šikovně, aby snědl onu rybu. Hra se snaží děti naučit psát na klávesnici. Mimo to, obsahuje i velmi obtížné úrovně, které zvládnou jen ti nejpokročilejší písaři.
Dokovatelná aplikace s kachnou zobrazující zátěž systému
Dokovatelná aplikace zobrazující zatížení počítače vycházející z wmfishtime a bubblemon. Mezi její vlastnosti patří reprezentace zatížení sítě pomocí rybky, reprezentace zatížení CPU pomocí bublinek a kachna, která představuje kachnu.
posh je ořezaná verze pdksh, která má za cíl dodržovat politiku Debianu, a navíc přidává několik vlastností.
VAROVÁNÍ: Protože mnoho shellových skriptů v Debianu tuto politiku nesplňuje, může použití posh jakožto /bin/sh odhalit skryté chyby.
Knihovna TCP obálek od Wietse Venema
Wietse Venemův deník síťového provozu známý jako TCPD nebo LOG_TCP.
Tyto program evidují jméno klientského počítače pro příchozí požadavky přes telnet, ftp, rsh, rlogin, finger atd.
Bezpečnostní možnosti jsou:
ovládání přístupu pro každý počítač, doménu a/nebo službu
detekce podvržených jmen nebo adres počítačů
nastražení pastí pro realizaci systému včasného varování
Pomůcky pro TCP obálky od Wietse Venema
Obnoví síť zrcadel podle informací získaných z testů
Pošle paket skrz neviditelnou síť zrcadel (a dalších zajímavých objektů) a zjistí kde skončí. Pak se pokusí obnovit stejnou síť podle výsledků, které získal.
Simulátor mikrořadičů mikročipu PIC
Gpsim je softwarový simulátor mikrořadičů mikročipu PIC.
Gpsim byl vytvořen s ohledem na co největší přesnost. Přesnost zahrnuje PIC - od jádra, po I/O piny a včetně všech vnitřních součástí. Díky tomu je možné vytvářet podněty a ty pak spojit se I/O piny a otestovat PIC tak jak jsme zvyklí v reálném světě.
Gpsim byl vytvořen tak, aby byl co nejrychlejší. Je tedy možné provádět realtimové simulace o rychlosti 20Mhz PIC.
Gpsim byl vytvořen tak, aby byl co nejužitečnější. Standardní simulace obsahují zarážky, krokování, deassembler, sledování paměti & změn, to vše bylo implementováno. Navíc gpsim podporuje další ladící nástroje, které bývají k dispozici pouze v emulátorech obvodů. Např. plynulé trasování bufferu po každé akci simulátoru. Také je možné zadávat zarážky pro jednotlivé hodnoty (např. zastavit, pokud je určitá hodnota čtena z registru).
Hra s bombami inspirovaná hrou Dynablaster
XBlast je hra určená pro více hráčů, která byla inspirována video/počítačovou hrou Bomberman (Dynablaster).
2 až 6 hráčů
1 nebo 2 hráči na jeden X-Server (nebo až 6 s joysticky)
okolo 1000 úrovní
okolo 20 modelů hráče
vykreslovaní grafiky pomocí PoV-Ray
podpora centrálního serveru včetně statistiky
Pokud chcete hostovat hru, musíte nainstalovat balíček xblast-tnt-levels a také byste si měli nainstalovat balíček xblast-tnt-sounds (pro podporu zvuku). Balíček xblast-tnt-music obsahuje hudbu na pozadí hry.
CGI pro MapServer
Tento balíček obsahuje CGI program mapserv. Obsahuje šablonu jazyka MapServer a používá se v aplikacích pracující s "Web Map Service".
MapServer je systém používající rozhraní CGI k službám internetového mapování, které podporuje standardy OGC (Open Geospatial Consortium) pomocí zmiňovaných knihovních balíčků mapscript.
Systém přípravy dokumentu "volnou formou"
AFT je systém sloužící pro přípravu dokumentu. Volná forma znamená jednoduchý a intuitivní značkovací jazyk. Zdroje dokumentů AFT vypadají jako čisté textové soubory formátu ASCII.
AFT obsahuje několik pravidel tvorby dokumentu a tato pravidla používají častěji možnosti formátování, než vkládání příkazů.
V současné době, AFT vytváří skutečně dobře HTML, XHTML, LaTeX, lout a RTF. Díky tomu ho můžete použít pro vytvoření všech těchto typů výstupu (např. k vytvoření souboru XML). Vše co potřebujete, je upravit soubor s pravidly. Dokonce můžete upravovat své vlastní soubory s pravidly HTML a získat tak výstup přesně podle požadavků.
Utility pro údržbu platforem IBM PowerPC
Balíček powerpc-ibm-utils obsahuje utility vyjmenované níže, které jsou určené pro správu platforem PowerPC. Další dokumentace pro jednotlivé utility je k dispozici v jejich manuálových stránkách.
nvram - nástroj pro přístup do NVRAM
bootlist - nástroj pro nastavení zavaděče
ofpathname - překládá jména logických zařízení na jména OF
snap - nástroj pro získání obrazu systémové konfigurace
ppc64_cpu - nástroj pro nastavení cpu
Obálka ispell, která používá ke kontrole Voikko
Voikko je finská kontrola pravopisu a dělení slov založená na Malaga a Suomi-Malaga.
Tmispell je obálka Ispell, která obsahuje rozhraní podobné Ispell dalším programům, ve kterých je potřeba kontrolovat pravopis. Spousta programů (např. emailové klienti, textové editory a programy pro zpracování textu) používají ke kontrole pravopisu Ispell. Tento balíček jim umožní používat Voikko pro kontrolu finského pravopisu.
Tento balíček nastaví Tmispell tak, že spuštění příkazu "ispell" provede právě spuštění "tmispell". Skutečný Ispell bude spuštěn pouze pokud nebude Tmispell podporovat zvolený jazyk.
Obecné grafové komponenty a algoritmy v C++
Tento balíček je součástí kolekce knihoven Boost C++.
Grafy jsou matematické abstrakce, které jsou užitečné pro řešení mnoha typů problémů v informatice. Tudíž musí být tyto abstrakce reprezentovány i v počítačových programech. Standardizované obecné rozhraní pro průchod grafy je nanejvýš důležité pro podporu opětovného používání grafových algoritmů a datových struktur.
Playmidi je přehrávač souborů MIDI, který jako výstup používá FM, GUS, SoundBlaster nebo externí MIDI. Také podporuje CMF (Creative Music Files), RMI (Microsoft RIFF) a velké archívy MIDI her jako je Ultima 7.
Přehrávač má textové i grafické uživatelské rozhraní.
Hra s viry napadajícími váš počítač
Váš počítač byl napaden! Tucty malých virů se pokouší využít bezpečnostních děr aplikací Microsoft Internet Explorer, Microsoft Outlook, Microsoft MSN Messenger a Microsoft Recycle Bin! Pomocí vaší bezpečné myši musíte tuto havěť zlikvidovat ještě dřív než zničí vaše soubory! Svou vůlí se vyplížili ze svých domovských adresářů a vy je musíte nyní vrátit zpět do jejich bezpečnostních děr. Zjistěte jak dlouho dokáže váš počítač přežít tento útok!
Dash (Debian Almquist Shell) shell kompatibilní s POSIX a odvozený od ash.
Díky tomu, že vykonává skripty rychleji než bash a má méně závislostí (to ho činí robustnější vůči SW a HW chybám), používá se na počítačích s Debianem jako výchozí.
Programátorská knihovna S-Lang - běhová verze
S-Lang je programátorská knihovna v C, která zahrnuje rutiny pro rychlý vývoj propracovaných, uživatelsky přívětivých a víceplatformních aplikací.
Rychlý klient Empire pro příkazový řádek
Lafe je klient optimalizovaný pro spojení s vysokým zpožděním. Můžete zadávat, upravovat a posílat příkazy ještě před tím, než se objeví výsledek prvního dotazu. To vám umožňuje efektivnější způsob práce než jaký je možný u většiny jiných klientů.
Vysílač přenosu DVB přes síť LAN
Skripty pro inicializaci a vypnutí systému
Skripty obsažené v tomto balíčku inicializují standardní systém Debian v okamžiku jeho zavádění, ukončují jej při vypnutí či restartu.
Mechanismus změny runlevelu ve stylu System-V
Tento balíček obsahuje podporu systémů podobných System-V pro jejich zavedení, změnu běhových úrovní (runlevelů) a vypnutí, vše snadno nastavitelné skrz /etc/rc?.d/.
Konfigurační nástroj terminálu pro runlevel init SysV
sysv-rc.conf obsahuje GUI terminálu pro správu symbolických odkazů "/etc/rc{runlevel}.d/". Rozhraní přichází se dvěma různými operacemi, jedna umožňuje jednoduché zapnutí/vypnutí služeb a druhá má vylepšenou správu symbolických odkazů. Oproti většině programů, které nastavují úrovně běhu, můžete nastavovat startovací skripty pro libovolný runlevel, nejen pro ten aktuální.
Monitorování emailu pro AfterStep
asmail je malý monitor stavu pošty podobný xbiff. Je uzpůsoben okennímu správci AfterStep a tak je ho nejlepší umístit do modulu Wharf tohoto správce.
Nástroj pro manipulaci s obrázky GIF
Tento nástroj slouží k manipulaci s obrázky GIF. Má dobrou podporu transparence (zastřižení obrázku, otočení), vytváření, rekonstrukce a úprav animací GIF, u kterých umí také optimalizovat jejich velikost.
Toto je "klasická" verze netcat, kterou napsal *Hobbit*. Nemá tolik voleb jako netcat-openbsd.
Utility souborového systému /proc
Tento balíček obsahuje nástroje příkazové řádky i obrazovky pro procházení procfs a „pseudo“ souborových systémů dynamicky generovaných jádrem pro zobrazení informací o stavu položek v tabulce procesů (jako jsou informace o běžícím, zastaveném nebo „zombie“ procesu).
Obsahuje free, kill, pkill, pgrep, pmap, ps, pwdx, skill, slabtop, snice, sysctl, tload, top, uptime, vmstat, w a watch.
Běhové soubory S-Lang pro jed a xjed
Jed je malý, rychlý a mocný textový editor.
Tento balík poskytuje běhové soubory S-Lang, které jsou potřeba jak pro jed, tak pro xjed.
Editor pro programátory (verze pro x11)
Jed je malý, rychlý (startuje rychleji než xterm s bashem) a mocný textový editor.
Kompletně přizpůsobitelný s připravenými režimy emulace pro Emacs, CUA (podobné KDE/Gnome/OpenOffice.org), Borland-IDE, Brief a EDT. Rozšiřitelný pomocí skriptovacího jazyka S-Lang (se syntaxí připomínající C).
Editační funkce: podpora skrývání textu; obdélníkové kopírování/vkládání; hledání/nahrazování pomocí regulárních výrazů; inkrementální hledání; vyhledávání/nahrazení přes více souborů; více oken; více bufferů; ...
Speciální režimy (zvýraznění syntaxe, zarovnání, kompilace, ...) pro Basic, C, C++, DCL, FORTRAN, IDL, Java, NROFF, Pascal, Perl, PHP, PostScript, Python, SH. Režimy pro značkovací jazyky zahrnují HTML a (La)TeX (stylem editování podobný AUC-TeXu a BibTeXu).
Nástroje: dired (editor adresářů); info (prohlíží soubory GNU Infa); mail; rmail; ispell; shell; ...
Nativní verze pro X11 nabízí vylepšenou podporu myši, nastavení kláves a interakci se schránkou X. Pokud není dostupný žádný displej, xjed se uchýlí k textovému režimu, takže není důvod mít současně nainstalovaný balík jed i xjed.
Dodatečné nástroje a režimy můžete nalézt v balíku jed-extra.
Server X napsaný v Javě
Kompletní implementace serveru X v Javě, která může běžet samostatně nebo v podobě appletu. Podporuje vzdálený server X a (pomocí libjsch-java) přesměrování X přes SSH.
Také obsahuje knihovnu umožňující vkládat WeirdX do dalších programů a appletů napsaných právě v Javě.
Nástroje pro soubory .desktop
Několik nástrojů pro zjednodušení práce se soubory .desktop:
update-desktop-database -- aktualizuje mapování desktop-MIME
desktop-file-validate -- ověří soubor desktop
desktop-file-install -- nainstaluje soubor desktop
Volitelné ikony pro GNOME
Modul připojování pro panel Xfce4
Tento modul pro Xfce zobrazuje seznam dostupných zařízení s možností je (od)připojovat.
Fantastické hodiny zobrazující čas a geografická data
sunclock je aplikace X11, která zobrazuje mapu země a osvětluje část glóbusu tak, aby zvýraznila kde je noc a kde den. Také ukazuje místní čas v dané časové zóně a čas GMT, aktuální a solární čas hlavních měst, jejich zeměpisnou šířku a délku a vzdálenosti mezi jednotlivými lokacemi na Zemi. Sunclock umí zobrazovat meridiány, rovnoběžky, tropická a arktická pásma. Obsahuje vestavěné funkce, které umí urychlit tok času a zobrazit vývoj jednotlivých období.
Sluneční grafické mapy
sunclock je aplikace X11, která zobrazuje mapu země a osvětluje část glóbusu tak, aby zvýraznila kde je noc a kde den. Také ukazuje místní čas v dané časové zóně a čas GMT, aktuální a solární čas hlavních měst, jejich zeměpisnou šířku a délku a vzdálenosti mezi jednotlivými lokacemi na Zemi.
Tento balíček obsahuje vektorové mapy světa.
Syntaktická knihovna Raptor 2 RDF
Raptor je céčková knihovna poskytující sadu analyzérů a serializátorů pro vytváření trojic Systému popisu zdrojů (RDF) zpracováním syntaxí nebo pro serializování trojic do syntaxí.
Zpracovávané syntaxe jsou RDF/JSON, RDF/XML, N-Triples, Turtle, GRDDL a RSS tag soup včetně Atomu 0.3 a Atomu 1.0. Serializační syntaxe jsou RDF/XML, N-Quads, N-Triples RSS 1.0 a Atom 1.0. Raptor může zpracovávat RDF/XML využívané RDF aplikacemi jako jsou RSS 1.0, FOAF, DOAP, Dublin Core a OWL.
Raptor je navrhnut s ohledem na výkonnost, flexibilitu, vestavitelnost (bez úniků paměti) a velkou shodu s revidovanou specifikací RDF/XML.
Analyzér logu s pěkným výstupem napsaným v Perlu
Logwatch je modulární analyzér logu, který se spouští každou noc a posílá vám výsledky své analýzy. Také ho je možné spustit přímo z příkazové řádky.
Výstup je prováděn podle druhu služby a vy ho můžete omezit na konkrétní službu. Podskripty, které jsou zodpovědné za výstup převážně jen konvertují netříděné řádky logu do strukturovaného formátu.
bohatá sada nástrojů pro kreslení grafů - knihovna cdt
Graphviz je sada nástrojů pro kreslení grafů. Pro podrobnější popis se podívejte do balíčku graphviz.
Tento balíček obsahuje knihovnu cdt.
bohatá sada nástojů pro kreslení grafů - knihovna gvc
Tento balíček obsahuje knihovnu gvc.
Bohatá sada nástrojů pro kreslení grafů - knihovna pathplan
Tento balíček obsahuje knihovnu pathplan.
Chemické balíčky Debian Science
Tento metabalíček nainstaluje balíčky Debian Science se vztahem k chemii. Může vás také zajímat debtag field::chemistry a, podle vašeho zaměření, metabalíček education-chemistry.
Balíčky pro vizualizaci dat z Debian Science
Tento metabalíček nainstaluje balíčky související se zobrazováním dat z Debian Science. Také by pro vás mohlo být zajímavé použití debtagu use::viewing.
3D prohlížení souborového systému
TDFSB čte informace o adresáři a zobrazuje je jako 3D slovo. Vstup do jiného adresáře je možný jednoduše přechodem do přiřazeného oboru. Také čte obrázky a textové soubory a zobrazuje jejich obsah.
Základní bitmapy X
Tento balíček obsahuje základní bitmapy X, které se používají v řadě klientů.
Makroprocesor pro dokumenty HTML
Mp4h je makroprocesor speciálně vytvořený pro dokumenty HTML, s mocnými programovacími volbami. Umožňuje definici a expanze nových značek se syntaxí podobnou té, kterou znáte z jazyka HTML.
Mp4h je hlavní komponentou jazyka WML (Website Meta Language).
Prověří zdrojový kód a pokusí se nalézt slabá místa zabezpečení
Flawfinder prohledává zdrojový kód jazyka C/C++ a hledá v něm potencionální slabá místa. Program vytváří výstup popisující potencionální slabiny zdrojového kódu a hodnotí je podle jejich důležitosti.
Podobně jako RATS, informace Flawfinder přímo neukazuje na zranitelnost, ale pouze ukazuje startovací bod pro ruční provedení ověření zabezpečení ve zdrojovém kódu programu.
Flawfinder také generuje různé zprávy odkazující se na soubory záplat (diff) popisující změny ve zdrojovém kódu programu. Tímto způsobem je možno odhalit zvýšení/snížení potencionálních děr zabezpečení ve zdrojovém kódu po odeslání záplat do CVS nebo Subersion.
Filtry, které vloží specifické příkazy do tiskových úloh
ppdfilt je filtrovací program vytvořený tak, aby ho bylo možno používat uvnitř nějakého skriptu (přímo z příkazové řádky) ke vkládání příkazů specifických pro tiskárnu. Toho lze použít např. pro zdvojení nebo sešití tisku, nebo k určení odkud si má tiskárna brát papír. V tiskovém prostředí GNULpr uživatelé nevolají přímo ppdfilt, ale přistupují k jeho volbám pomocí 'lpr' a 'gpr'.
Jednoduchá skládačka, ve které rozmotáváte grafy
gPlanarity je skládačka jejímž cílem je rozmotat dvourozměrné grafy. Pokud se rádi oddáváte řešením roztomilých matematických hádanek, pak je toto co hledáte.
gPlanarity je superklon hry Planarity, kterou napsal John Tantalo. Původní hra Planarity běžela dobře na IE i Firefoxu na jiných platformách, na linuxových prohlížečích však byla pomalá nebo zamrzala.
gPlanarity implementuje herní styl identický s původní hrou Planarity a k němu přidává některé UI a vylepšení. Mezi ně patří algoritmy generování více herních desek, skládačky, kompletní záloha stavu, volba/přemístění skupiny atd.
Analyzuje pozemní komunikační linky RF
SPLAT! znamená 'Surface Path Length And Terrain' a jedná se o aplikaci určenou pro analýzu těchto informací a napsanou pro pracovní linuxové a unixové pracovní stanice. SPLAT! analyzuje bodové pozemní komunikační linky RF a tyto informace dál poskytuje vývojářům systémové komunikace a stavebním inženýrům.
Běhové soubory pro obrázkovou knihovnu OpenEXR
OpenEXR je formát obrázků s velkým dynamickým rozsahem (HDR), který vytvořil Industrial Light & Magic a používá jej v počítačových aplikacích.
Tento balíček obsahuje následující sdílené knihovny:
IlmImf - knihovna, která načítá a zapisuje obrázky OpenEXR
Programy pro zamknutí a odemknutí souborů a schránek
Tento balíček obsahuje různé programy pro bezpečné zamknutí a odemknutí souborů a schránek z příkazové řádky. To obsahuje:
Tyto programy používají pro zamykání a odemykání souborů liblockfile, takže je garantována kompatibilita s politikou zamykání souborů v Debianu.
Systém nápovědy používající Javu
Systém JavaHelp je online pomocný systém, který vývojářům pomůže přidat online nápovědu do jejich aplikací postavených na této platformě. JavaHelp obsahuje standardní, komplexní a snadno použitelný systém zobrazování online informací v aplikacích Java. Systém JavaHelp obsahuje rozšiřitelné API napsané kompletně v jazyce Java. JavaHelp používá implementace založené na JFC (Java Foundation Classes, také známé jako Swing), vytváří standardní rozhraní, které vám pomůže snadno zpřístupnit nápovědu ve vaší aplikaci.
Zobrazuje hodiny ve 12/24h formátu s alarmem
wmclockmon zobrazuje hodiny podobně jako wmtime, ale navíc obsahuje alarm a různé styly (14 + uživatelsky nastavitelné styly). K dispozici jsou také "binární" hodiny.
vytiskne zvyšující/snižující se, náhodná a nadbytečná data, 1/řádek
Athena-jot - nebo jednoduše jot - vytiskne zvyšující se, snižující se, náhodná nebo nadbytečná data, obvykle čísla. Tiskne jedno na každý řádek.
Jedná se o jednoduchý, přesto velmi užitečný program v C.
Program pro převod textu na MIDI
Midge vytváří z textového vstupu soubory MIDI. Obecně řečeno jsou podporovány vlastnosti MIDI a k tomu máme některé základní metody náhodně generovaných sekvencí. Obsažen je také dekompiler a mód emacs.
Nástroj pro vývoj a vykonávání regulárních výrazů
Redet uživateli umožní vytvářet regulární výrazy a testovat je na různá vstupní data spuštěním různých vyhledávacích programů, editorů a programovacích jazyků, které umožňují použití regulárních výrazů. Jakmile vytvoříte vhodné regulární výrazy, můžete je uložit do nějakého souboru.
Redet znamená "Regular Expression Development and Execution Tool". Pro každý program je k dispozici paleta zobrazující dostupné regulární výrazy. Z ní je pak možno provádět výběry a kopírovat regulární výrazy jedním kliknutím. Uživatelé mohou skrz konfigurační soubor přidávat do palety své vlastní definice. Redet také sleduje seznam vykonaných regulárních výrazů, z kterého je možno zpětně kopírovat vytvářené regulární výrazy. Seznam obsahující historii výrazů se ukládá do nějakého souboru a je při startu programu opět obnoven, takže zůstává trvale k dispozici.
Stejně tak jak používané programy používají Unicode, také Redet umí pracovat s UTF-8.
Témata pro správce oken Sawfish
Tento balík obsahuje témata pro Sawfish. Můžete je použít pro změnu vzhledu a chování oken.
Témata můžete po instalaci vybrat z konfiguračního nástroje Sawfishe z části Appearance, nebo z menu "Frame Style" libovolného okna.
Midnight Commander - užitečný správce souborů
GNU Midnight Commander je textový celoobrazovkový správce souborů. Jedná se o dvou-panelový správce souborů s příkazovou řádkou. Obsahuje interní editor podporující zvýraznění syntaxe a externí prohlížeč s podporou binárních souborů. Umí pracovat s VFS (Virtual Filesystem) a díky tomu umí pracovat se soubory umístěnými na vzdáleném počítači (např. přes FTP, SSH) jako by se nacházeli na lokálním počítači.
Nástroj pro prevenci RSI (Repetitive Strain Injury)
Workrave je program, který slouží jako prevence RSI (Repetitive Strain Injury). Program vás pravidelně upozorňuje na dodržování mikro-přestávek, dodržování pauz a omezení vašeho denního limitu.
Obsahuje ikonu oznamovací oblasti, která funguje v GNOME i KDE a umí monitorovat vaši aktivitu jakmile se vrátíte k počítači a také mezi různými počítači, na kterých pracujete.
Workrave nabízí mnohem více konfiguračních voleb než ostatní podobné nástroje.
Přepne mezi nastaveními systémové konfigurace
Switchconf uživateli umožní snadno měnit systémová nastavení, přitom vám dá na výběr mezi různými konfiguracemi pro různá prostředí.
Většina uživatelů switchconf jsou vlastníci laptopů, kteří chtějí nastavit svou síť podle toho, kde se právě nachází - v mnoha případech se to ale také hodí pro ne-mobilní systémy.
Switchconf je velmi jednoduchý skript, který přebírá své argumenty přímo z příkazové řádky. Umožňuje provádět různé úpravy konfigurací, instalovat danou množinu nastavení podle jména předaného pomocí argumentu a vykonat předdefinovanou množinu příkazů před a po přepnutí.
Zdrojové kódy modulů pro přístup k hardware/firmware ThinkPadu - dkms verze
Jaderný modul tp_smapi zpřístupňuje některé vlastnosti hardware/firmware ThinkPadu prostřednictvím sysfs rozhraní. Hlavní implementované funkce v současné době jsou kontrola nabíjení a stav baterie. Rozhraní na pozadí jsou SMAPI a přímý přístup k vestavěnému ovladači.
Tento balíček poskytuje také zdrojové kódy vylepšené verze HDAPS, která by měla pracovat i na novějších ThinkPadech (jaderná verze nefunguje).
Tento balíček obsahuje zdrojové kódy k sestavení pomocí dkms.
Program pro validaci zvukového streamu MPEG
MP3val je malý, rychlý nástroj pro validaci zvukových souborů MPEG a (volitelně) opravu jejich problémů.
Primárně je určen pro ověření souborů MPEG 1 Layer III (MP3), ale podporuje také ostatní verze a vrstvy MPEG.
Hodí se pro vyhledání poškozených souborů (např. těch, které nejsou kompletně stažené).
Logická hra obsahující cesty a kuličky
Pathological je vylepšený klon hry "Logical" od Rainbow Arts. Pro vyřešení úrovně musíte zaplnit každé kolo čtyřmi kuličkami stejné barvy. Aby byla hra pestřejší a těžší, jsou ve hře prvky jako teleporty, přepínače, filtry, a další. Můžete vytvářet své vlastní úrovně pomocí běžného textového editoru.
Zvukové soubory pro GNOME
GNOME je "GNU Network Object Model Environment"
Je to projekt, který si klade za cíl vybudovat kompletní, uživatelsky přívětivé pracovní prostředí, založené výhradně na svobodném software.
Tento balíček obsahuje sadu zvuků k použití v GNOME.
Editor 3D modelů používající OpenGL
Tento editor 3D modelů používá OpenGL a pracuje s trojúhelníkovými modely. Podporuje víceúrovňové Zpět, animace kostry, jednoduchou podporu textur, skriptování, dávkové zpracování příkazové řádky a systém pluginů pro přidávání nových modelů a obrazových filtrů. Také je přiložena kompletní online nápověda. Program je vytvořen s ohledem na jednoduchost a snadnou rozšiřitelnost pomocí pluginů a skriptů.
Podporuje následující soubory 3D: MilkShape (ms3d), Wavefront (obj), LightWave 3d Object (lwo), Quake 2 model (md2), Quake 3 model (md3), Caligari trueSpace (cob) a AutoCAD (dxf).
Klon hry Nebulus ze starých 8 a 16 bitových počítačů
Toppler je téměř kompletní reimplementace staré hry známé jako Tower Toppler nebo Nebulus.
Cílem hry je dosáhnout zeleným zvířátkem koncových dveří v každé z 8 věží. Tyto dveře jsou obvykle na nejvyšším místě věže.
Ovšem hledání cesty bludištěm dveří, teras a zdviží není jediný problém, který musíte řešit. Ve věži také žijí spousty příšer, které vám budou bránit v dosažení cíle tak, že vás budou strkat přes kraje teras.
Řečový kodek Adaptive Multi Rate - sdílená knihovna
Tato knihovna obsahuje implementaci specifikace 3GPP TS 26.073 řečového kodeku Adaptive Multi Rate (AMR). Tato implementace je odvozena od frameworku OpenCORE, části projektu Google Android.
Tento balíček obsahuje sdílenou kódovací/dekódovací knihovnu.
Řečový kodek Adaptive Multi-Rate - Wideband - sdílená knihovna
Tato knihovna obsahuje implementaci specifikace 3GPP TS 26.173 řečového kodeku Adaptive Multi Rate - Wideband (AMR-WB). Tato implementace je odvozena od frameworku OpenCORE, části projektu Google Android.
Tento balíček obsahuje sdílenou dekódovací knihovnu.
Globální a progresivní nastavení seskupení
Kalign je nástroj příkazové řádky provádějící vícenásobné uspořádání biologických sekvencí. Používá algoritmus hledání řetězců Muth-Manber a tak dosahuje dobré přesnosti a rychlosti. Používá globální progresivní pojetí uspořádání obohacené užitím přibližného řetězce pro výpočet vzdálenosti sekvencí a odpovídajících místních párů na druhé straně uspořádání.
Sazeč hudby LilyPond (datové soubory)
LilyPond je sazeč hudby, jedná se automatický grafický systém. Vytváří nádherné hudební listy s pomocí popisného souboru jako vstupu.
Tento balíček obsahuje soubory pro LilyPond nezávislé na architektuře.
Knihovna s API pro skenery
SANE znamená "Scanner Access Now Easy" a používá aplikační programové rozhraní (API), které umožňuje standardizovaný přístup k libovolnému rastrovému skeneru (plochý skener, ruční skener, video a digi kamery, atd.). Standard SANE je zdarma, diskuze a jeho vývoj je k dispozici pro všechny. Současný zdrojový kód je napsán tak, aby podporoval různé operační systémy, včetně GNU/Linuxu, OS/2, Win32 a další. K dispozici je pod licencí GNU General Public Licence (komerční aplikace a backendy jsou mimochodem také vítány).
Grafický frontend pro koncové uživatele najdete v balíčku sane a xsane. Programy pro příkazovou řádku jako je scanimage, saned a sane-find-scanner jsou k dispozici v balíčku sane-utils.
Knihovna API pro skenery -- nástroje
Tento balíček obsahuje frontend příkazové řádky k scanimage, server saned a nástroj sane-find-scanner včetně jejich dokumentace.
Balíček GNU R pro grafiku 'Trellis'
Tento balíček obsahuje funkce pro grafiku 'Trellis' -- balíček určený pro vizualizaci dat vyvíjenou v Bellových laboratořích Rickem Beckerem, Billem Clevelandem atd. Rozšiřuje myšlenky Billa Clevelanda z roku 1993 prezentované v knize 'Vizualizace dat'.
Japonský vstupní systém - server a slovník
Canna vytváří jednotné uživatelské rozhraní pro vstup japonštiny. Používá k tomu modle klient-server a podporuje automatické konverze kana-to-kanji.
Podporuje různé klienty (včetně kinput2 a canuum) a umožňuje jim fungovat stejně, sdílet soubory s nastavením, konverzní pravidla romaji-to-kana a konverzní slovníky
Tento balíček obsahuje server Canna a soubory slovníku.
Vstupní systém japonštiny - nástroje
Tento balíček obsahuje klientské programy Canna.
Knihovna pro zpracování seznamu skladeb pro Totem - běhové soubory
totem-pl-parser je jednoduchá knihovna ke zpracování celé řady formátů seznamu skladeb a pro jejich ukládání založená na GObject.
Jazyk Yodl (Your Own Document Language)
Yodl je balíček, který implementuje jazyk a nástroje pro zpracování dokumentu. Myšlenka Yodl spočívá v tom, že napíšete dokument v nějakém pre-jazyku a pak použijete nástroje (např. yodl2html), které vám tento dokument zkonvertují do nějakého jiného výsledného formátu. V současné době jsou podporované tyto formáty: HTML, man, LaTeX, SGML a texinfo, základní konvertor man na text a experimentální konvertor xml. Hlavními typy výsledných dokumentů jsou: "článek", "zpráva", "kniha", "manuálová stránka" a "dopis".
Program pro práci s archívy
Afio pracuje se skupinami souborů, kopíruje je na jednom nebo mezi více souborovými systémy a vytváří archívy afio.
Archívy afio jsou přenosné, neboť obsahují pouze hlavičku s informacemi formátovanými v ASCII. Afio vytváří archívy ve formátu cpio. Snadno vyrovná s poškozenými vstupními daty a podporuje archívy rozdělené na více části. Může vytvářet komprimované archívy, které jsou bezpečnější než archívy vytvořené pomocí taru nebo cpio.
Afio je nejlepší používat pro archivaci dat při provádění záložních skriptů.
Nahrávání a úprava více stop zvuku
Toto je svobodný multiplatformní program určený k nahrávání a úpravě zvuku složeného z více stop. Program má inovativní a snadno použitelné uživatelské rozhraní. Hodí se jak pro profesionály, tak i pro domácí uživatele, které potřebují robustní a solidní DAW.
TeX Live: knihovna pro hledání cest pro TeX (běhová část)
Tento balíček obsahuje běhovou část knihovny Kpathsea[rch], která implementuje obecné hledání cest, konfigurací a TeXových souborů.
SMTP proxy skenující viry
ClamSMTP je SMTP proxy daemon, který kontroluje poštu na přítomnost virů pomocí antivirového programu ClamAV. Může fungovat tradičně jako SMTP proxy s veřejně přístupnými porty, nebo jako transparentní proxy, kdy je provoz SMTP přesměrován na ClamSMTP.
ClamSMTP se snaží být lehká, spolehlivá a jednoduchá, takže neobsahuje spousty voleb. Je napsána v C bez nutnosti větších závislostí. ClamSMTP neprovádí hlavní filtrování spamu, ale pouze skenuje na přítomnost virů.
Podpůrné slovníky pro Canna
Shion je množinou slovníků podporujících Canna. Obsahují mnohem více slov než originální slovníky Canna a činí tak Canna více inteligentní.
Multiplatformní editor LaTeX
Texmaker je bezchybný vysoce konfigurovatelný LaTeXový editor s podporou zkratkových kláves a obsáhlou dokumentací k LaTeXu. Texmaker integruje řadu nástrojů potřebných k vytváření souborů vytvořených v LaTeXu, vše v jedné aplikaci. Umí některé užitečné věci jako je zvýraznění syntaxe, vkládání 370 matematických symbolů jedním kliknutím a „strukturovaný pohled“ na dokument pro snadnější navigaci v něm.
Konvertor emailu na HTML
MHonArc je konvertor emailu na HTML napsaný v Perlu. MHonArc umožňuje archivaci zpráv s indexem, spojením dle vláken, atd; k tomu obsahuje další vlastnosti včetně podpory MIME a užitečných uživatelských voleb.
Čtení německých Krankenversichertenkarte a eGK
Knihovna a program na čtení německých karet zdravotního pojištění (KVK) a německých elektronických zdravotních karet (eGK) z certifikované karetní čtečky na sériovém portu v Linuxu s jádrem 2.6.x.
Různé aplety pro panel v GNOME - datové sobory
Tento balíček obsahuje datové soubory (obrázky, ikony, dokumentaci), které jsou zapotřebí pro balíček gnome-applets.
Nástroj pro vytvoření zaveditelného souborového systému FAT
Makebootfat je nástroj příkazové řádky, který umí vytvářet bootovatelné USB disky používající souborový systém FAT a syslinux.
Makebootfat je pokročilý nástroj, který umí vytvářet zaveditelné USB disky. Umí automaticky detekovat/rozdělovat/formátovat/zaplňovat USB disk v jednom kroku bez nutnosti další spolupráce uživatele. Také umí vytvářet obrazy disků, které jsou kompatibilní se všemi třemi standardy USB-FDD, USB-HDD a USB-ZIP najednou.
Balíček GNU R pro shlukovou analýzu od Rousseeuw
Tento balíček obsahuje funkce a datové množiny pro shlukovou analýzu původně napsanou Peterem Rousseeuwem, Anjou Struyf a Mia Hubert.
Zkopíruje kompletní weby do Vašeho počítače (prohlížení offline)
HTTrack je pomůcka pro prohlížení offline, která Vám umožňuje stažení webových stránek z Internetu do lokální složky, rekurzivní sestavení všech složek, získání html, obrázků a dalších souborů ze serveru přímo na Váš počítač.
HTTrack uspořádá původní stránky do relativní struktury odkazů. Jednoduše otevřete stránku "zrcadleného" webu ve vašem prohlížeči a můžete procházet webem stejně jako byste byli online. HTTrack umí také aktualizovat stávající zrcadlené stránky a pokračovat v přerušeném stahování. HTTrack je plně nastavitelný a obsahuje systém nápovědy.
Hlavičkové a vývojové soubory pro duplikátor webů Httrack
Tento balíček přidá dodatečné soubory určené pro používání knihovny duplikátoru webových stránek Httrack.
Sestaví HTTP cache pomocí archivovaných stránek z HTTrack
ProxyTrack je jednoduchý proxy-server používaný k použití obsahu archivovaného pomocí HTTrack. Umí agregovat více stažených cache-pamětí a použít je přímo (v libovolném prohlížeči) nebo jako upstream cache na podřízeném serveru. ICPv2 disponuje efektivní integraci uvnitř dalších cachovacích serverů, jako je např. Squid. Program umí také obsluhovat transparentní HTTP požadavky a umožnit tak cachování živých spojení uvnitř nějaké offline sítě.
Zkopíruje kompletní weby do Vašeho počítače, webové rozhraní
WEbHTTrack je pomůcka pro prohlížení offline, která Vám umožňuje stažení webových stránek z Internetu do lokální složky, rekurzivní sestavení všech složek, získání html, obrázků a dalších souborů ze serveru přímo na Váš počítač a to vše krok za krokem s použitím webového rozhraní.
HTTrack uspořádá původní stránky do relativní struktury odkazů. Jednoduše otevřete stránku "zrcadleného" webu ve vašem prohlížeči a můžete procházet webem stejně jako byste byli online. HTTrack umí také aktualizovat stávající zrcadlené stránky a pokračovat v přerušeném stahování. HTTrack je plně nastavitelný a obsahuje systém nápovědy.
Online takticko-válečná hra pro více hráčů
netPanzer je realtimová taktická hra vytvořená tak, aby ji bylo možné hrát po Internetu a lokálních sítích. Je to jedna z mála her, kterou je možné hrát přes pevné připojení i modem.
netPanzer byl vytvořen pro rychlé akční souboje -- nejedná se o další klon hry, ve které musíte spravovat nějaké zdroje. Tyto zdroje ve hře totiž vůbec nenaleznete. Každý hráč má k dispozici spoustu různých typů jednotek. Hra trvá dokud nejsou zničeny všechny jednotky hráče -- pak se znovu objeví a pokračuje ve hře.
Hra se odehrává v reálném čase, ale přitom je založena na rychlé taktické akci a správě jednotek. Bitvy probíhají rychle a nepřetržitě; ve skutečnosti nikdy nepřestávají. K zastavení akce nejsou žádné důvody, protože v průběhu hry nemusíme čekat na žádné zdroje a jejich přeměnu na jednotky. Hráči se mohou připojit nebo hru opustit v libovolném čase.
GRand Unified Bootloader, verze 2 (fiktivní balíček)
Toto je fiktivní přechodový balíček, který závisí na grub-coreboot.
Toto je fiktivní přechodový balíček pro řízení aktualizací GRUBu 2. Můžete jej bez obav odstranit.
Slovníkový server SKK používající cdb pro rychlejší přístup
dbskkd-cdb je slovníkový server pro japonský vstupní systém SKK, používající databázi cdb D. J. Bernsteina, která mu umožňuje rychlejší přístup do slovníku.
dbskkd-cdb má protokol kompatibilní s skkserv. Je volán z nějakého internetového superserveru.
Tento balíček používá soubor cdb slovníku SKK `SKK-JISYO.cdb', který je v balíčku skkdic-cdb.
Pokud budete chtít převést váš vlastní slovník na cdb, použijte k tomu příkaz `makeskkcdbdic'. Tento příkaz vyžaduje balíček tinycdb.
Hlavní zaváděcí záznam (MBR) pro IBM-PC kompatibilní počítače.
MBR (Master Boot Record - hlavní zaváděcí záznam) se používá pro zavedení operačního systému z pevného disku. Je spuštěn jako první a následné předá kontrolu programu, který načte operační systém a předá kontrolu jádru.
GNOME vazby pro jazyk Ruby
Tyto vazby umožňují vývojáři na platformě GNOME využívat programovací jazyk Ruby.
Toto je jen prázdný balík, který závisí na jiných balících, jež poskytují konkrétní vazby.
nástroj pro zvláštní znaky
KCharSelect je nástroj umožňující nalézt zvláštní znaky, které se nenacházejí na klávesnici. Umí hledat znaky podle čísla Unicode, zobrazovat je v libovolném písmu a kopírovat do schránky, aby mohly být vloženy do dokumentů.
Tento balíček je součástí nástrojů KDE.
Mixovací plugin pro GKrellM
Tento plugin GKrellM umožňuje ovládat mixér vaší zvukové karty.
Nenáročný program pro emulaci terminálu
picocom byl vytvořen tak, aby sloužil jako jednoduchý, manuální, testovací a ladící nástroj vhodný pro konfiguraci modemu. Také slouží (docela dobře) jako nenáročné "terminálové okno" umožňující intervenci operátora ve skriptech PPP (něco jako je v MS Windows "otevřít okno se záznamem před/po připojení"). Program se také hodí k řadě dalších činností. Ideální je zejména pro vestavěné systémy, neboť je minimálně náročný na paměti zařízení.
Výborný program podobný fmt od Adama M. Costella.
Je ho možno používat ve vi nebo jiném editoru k automatickému formátování textu (různými způsoby).
Perfektně se používá při psaní emailových & usenetových zpráv a to především díky tomu, že správně obslouží různé úrovně uvozujících znaků.
Tento program se používá v emailových zprávách, kde správně zpracuje různé úrovně uvozených textů.
Uživatelské nástroje souborového systému ReiserFS
Tento balíček obsahuje nástroje pro vytvoření, kontrolu, změnu velikosti a ladění souborového systému ReiserFS.
Emulátor terminálu pro Xfce
Tento balíček obsahuje Terminal, což je odlehčený a snadno použitelný emulátor terminálu pro X11. Byl vytvořen tak, aby zapadl do desktopového prostředí Xfce, ale jistě si bude také rozumět s dalšími prostředími.
obecný nástroj pro párové porovnávání sekvencí
Exonerate umožňuje porovnávání sekvencí pomocí mnoha alignmentových modelů, buď úplným dynamickým programováním (exhaustive dynamic programming), nebo nejrůznějšími heuristikami. Většina z funkcí Wise dynamic programming suite byla znovuimplementována v C pro větší efektivitu. Exonerate je nástroj používaný při tvorbě genomových databází Ensembl, poskytující skóre podobnosti RNA a DNA sekvencí a tím určující sestřihové varianty a kódující sekvence obecně.
In-silico PCR Experiment Simulation System (podívejte se na manuálovou stránku ipcress) je balen spolu s exonerate.
Tento balíček obsahuje také výběr nástrojů pro rychlé provádění jednoduchých operací s fasta soubory větčími než 2GB.
Skript pro vytváření HTML zpráv o souborech MP3 v adresáři
Nastavitelný program, který proskenuje seznam (pod)adresářů a ve formátu HTML vytvoří jejich seznam. Také vypočítá různé statistiky a přiřadí každému souboru informaci o jeho délce. Podporuje značky ID3 a ID3v2.
Deskové hry Go, Amazons a Reversi (Othello)
Quarry je víceúčelové GUI obsahující různé deskové hry, v současnosti to je Go, Amazons a Reversi (Othello). Uživateli umožní hrát hru proti počítači (programy třetích stran, např. GNU Go nebo GRhino) nebo proti dalším lidem. Záznamy hry je možné prohlížet a upravovat.
Nástroj pro spojení obrázků
Enblend je nástroj určený ke spojení obrázků. Program zpracuje obrázky, které se určitým způsobem překrývají a spojí je tak, že budou mezery mezi obrázky prakticky neviditelné. Program je možno např. použít pro vytvoření panoramat z různých obrázků.
Program používá Burt & Adelsonovu křivku. tato technika vám umožní spojit obrázky bez viditelných mezer. Základní myšlenka spočívá v určitých propozičních vlastnostech části obrázku vzhledem ke zbytku. Např. takový objekt jako je strom a výplně oken jsou těmi objekty, které rychle mění barvu. Mícháním těchto částí v omezené ploše, nepoznáte spoj, protože lidské oko očekává změnu barvy v krajích tohoto objektu. Mraky a obloha je naopak jiná. Ty je nutno spojit v co nejširším měřítku, protože jakákoliv změna barvy bude snadno zjistitelná.
Enblend za vás obrázky neuspořádá. K tomu je potřeba takový nástroj jako Hugin nebo PanoTools. Vytvořené obrázky TIFF jsou přesně ty, se kterými pracuje i Enblend.
Spustí program s pomocí pouze jednoho cyklu idle
loadwatch spustí dceřiný proces a umožní jeho běh pouze v okamžiku, kdy zatížení systému dosahuje uživatelem nastavených parametrů. Umožňuje vám spustit program pokud je zatížení pod daným bodem a jeho zastavení jakmile tento bod dosáhne. Jakmile se zatížení sníží pod danou hranici, program bude pokračovat. Uživatel může také určit vzorkovací frekvenci sledování zátěže systému.
Nadstavba chroot určená k bezpečnému spuštění 'cvs pserver'
cvsd je nadstavbou cvs v módu pserver. Spouští 'cvs pserver' pod speciálním uid/gid ve vězení chroot. cvsd běží jako daemon, který můžete nastavovat pomocí konfiguračního souboru. Snadno se nastavuje a obsahuje nástroje pro nastavení vězení chroot.
Tento server se hodí především pokud budete chtít provozovat veřejný cvs pserver. Přitom byste si měli být vědomi bezpečnostních omezení běžícího serveru cvs pserver. Pokud chcete používat nějakou formu autentizace, měli byste popřemýšlet o použití ssh jako o bezpečném mechanismu transportu. Hesla používaná v cvs pserver jsou totiž odesílaná v čistě textové podobě.
Také byste měli pravděpodobně vypnout pserver obsažený v balíčku cvs.
Ukázkové nástroje pro architekturu modulů linux-audio-dev
LADSPA je svobodný standard pro zásuvné moduly se zvukovými efekty.
Obsahuje vzorové moduly, programy analyseplugin, listplugin, applyplugin a ladspa.h - LADSPA specifikaci.
Pokud potřebujete ladspa.h, sestavujte prosím se závislostí na tento balíček.
Tento balíček obsahuje server, ke kterému se mohou připojovat klienti VNC.
Rozdíl mezi tightvncserver a běžným vncserverem spočívá v kódování dat, optimalizovaných pro pomalá připojení. Pokud klient nepodporuje kódování jpeg nebo zlib, může použít výchozí. Pozdější verze vncserver (> 3.3.3r2) podporují nové automatické kódování, které by mělo být stejně dobré jako kódování tightvnc.
Poznámka: Tento server nepodporuje ani nepotřebuje obrazovku. Abyste něco viděli, je potřeba vncviewer. Samozřejmě, tento prohlížeč by měl být také na počítači, na kterém běží jiný operační systém v místní síti.
Klientský program VNC (virtual network computing) pro X
Program existuje v klientské/server verzi. Tento balíček obsahuje klienta pro X, který vám umožní se připojit k vncserver odkudkoliv v síti a zobrazit jeho obsah v okně. vncserver je k dispozici i pro jiné operační systémy.
Rozdíl mezi xtightvncviewer a běžným vncviewer spočívá v kódování dat, která jsou optimalizována pro pomalá připojení. Pokud klient nepodporuje kódování jpeg nebo zlib, může použít výchozí. Novější verze xvncviewer (> 3.3.3r2) podporují nové automatické kódování, které by mělo být stejně dobré jako kódování tightvnc.
Nástroj pro konverzi kódování názvu souboru
convmv umí konvertovat jeden soubor, strom adresářů, nebo všechny soubory souborového systému do různých kódování. Konvertuje pouze jména souborů, ne jejich obsah. Navíc bere v potaz i symbolické odkazy: kódování cílu odkazu bude změněno, pokud bude změněn samotný symbolický odkaz.
Je také možné převádět adresáře do UTF-8, i když jsou již částečně kódovány v UTF-8.
Klíčová slova: rename, move
Zdrojový kód jaderného modulu distribuovaného souborového systému AFS
AFS je distribuovaný souborový systém umožňující sdílení souborů mezi více (multiplatformními) počítači. Umí kontrolovat přístup, ověřovat uživatele, zálohovat a má administrační rozhraní.
Tento balíček obsahuje zdrojový kód modulu AFS vhodného pro sestavení prostřednictvím module-assistant nebo kernel-package.
BFBTester je výborný nástroj pro provádění rychlých bezpečnostních kontrol v binárních programech. BFBTester provede kontrolu přeplnění příkazové řádky jedním a více argumenty a také kontrolu přeplnění proměnných prostředí. BFBTester může také sledovat aktivitu vytváření souborů v tempech a upozornit uživatele pokud některý program používá nebezpečné názvy souborů v tempu. Přestože BFBTester neumí testovat všechna přetečení v programu, je užitečný při detekci počátečních chyb, které mohou označit program za nebezpečný.
Aligátor Alex 4 - retro plošinovka
Proveďte aligátora Alexe džunglí, aby zachránil svou přítelkyni Lolu od zlých lidí, kteří si z ní chtějí udělat pár bot. Těšte se na klasickou plošinovku se čtyřmi pěknými barvami!
Hra obsahuje vestavěný editor, takže budete moci vytvářet a sdílet vlastní mapy.
Výpočet konvexních útvarů a příbuzných struktur
Qhull slouží k výpočtu konvexních útvarů, Delaunayských triangulací, půlkruhových průsečnic okolo bodu, Voronyových diagramů, nejvzdálenějších bodů DElaunayvských triangulací a nejvzdálenějších Voronyových diagramů. Funguje ve 2-d, 3-d, 4-d a vyšších dimenzích.
Tento balíček obsahuje spustitelný soubor qhull, který spojuje rozhraní s funkcemi knihovny. Také je obsažen rbox, což je velmi užitečný nástroj sloužící ke generování vstupu Qhull; generuje hyperkostky, kosočtverce, kónusy, kružnice, jednoduché, spirálovité, mřížovité a náhodné body.
Převádí procesy na daemony
Spousta úloh potřebuje být nastavena tak, aby se chovali jako služba (daemon). To může být nudné. Daemon provádí tyto úlohy za jiné procesy. To se vám hodí především v situaci, kdy píšete daemony v jazycích jiných než je C, C++ nebo Perl (např. /bin/sh, Java).
Polské datové soubory pro fortune
Kolekce citátů v polštině.
Tento balík můžete použít jako náhradu za balík fortunes, čímž zajistíte, že bude program fortune mluvit polsky.
2D střílečka ze staré školy
Ketm je klasická hra podobná Raptor, Tyrian a Galaga, ale tentokrát ve vysokém rozlišení a plně barevně. Ve hře se stanete vesmírným pilotem ovládajícím svůj tajný prototyp lodi. V pravidelných intervalech budete napadáni těmi zlými. Vaším úkolem je vyčistit od nich tento sektor (např. tím, že zabijete vše co se pohne). Cestou nezapomeňte sbírat různé zbraně a vylepšení vaší lodi.
Grafika a zvukové soubory pro ketm
Tento balíček obsahuje data pro ketm, která jsou nezávislá na architektuře. Pro více informací se podívejte na balíček ketm.
Nástroj pro optimalizaci PNG (Portable Network Graphics)
Optimalizační programy (jako pngcrush a optipng) optimalizují kompresi, obvykle bezztrátovou, naproti tomu pngquant snižuje barevnou paletu na 256 (nebo menší) a používá kombinací RGBA a to je ztrátové.
Generátor zpráv pro analýzu Squidu
Sarg je generátor zpráv obsahujících analýzu Squidu, který umožňuje prohlížet informace o tom "kam" vaši uživatelé chodí na Internet. Sarg tyto zprávy vytváří v podobě html obsahujícího spousty polí, jako jsou informace o uživateli, jeho IP adresa, počet bytů, stránky a čas.
Nástroj pro testování kompatibility VT100 s terminálem
Tento balíček obsahuje program určený k testování funkcí terminálu VT100 (nebo jeho emulátoru). Také podporuje analýzu VT220, VT420 a xterm.
Program se ovládá pomocí nabídky a obsahuje kompletní operační instrukce on-line. Testuje jak obsluhu obrazovky (sekvence escape), tak i obsluhu klávesnice.
Vlnově založené pluginy oscilátoru pro počítače LADSPA
BLOP obsahuje množinu pluginů LADSPA, které generují omezené pilovité kmity, čtverečné, proměnné impulsy a zkosené trojúhelníkové vlny, které se používají ve zvukových aplikací LADSPA, převážně jako komponenty modulární syntézy sítě.
Program je založen na produkci harmonických vln, tak vysokých jak je jenom možné v celé šíři pásma.
Navíc, obsahuje speciální pluginy, které nám pomáhají při tvorbě syntetických sítí, jako je analogový třídič, čtverečný a ADSR obal.
C++ obal pro GLib toolkit (sdílené knihovny)
GLib je nízkoúrovňová knihovna pro obecné použití využívaná především aplikacemi GTK+/GNOME, ale stejně dobře použitelná i pro jiné programy. glibmm je C++ obal pro GLib.
CD přehrávač prokonzolu a příkazy pro ovládání CD mechaniky
cdtool obsahuje programy cdplay, cdeject, cdstop, cdpause a další různé programy určené pro přehrávání hudebních CD a ovládání CD-ROM mechaniky z příkazové řádky, vše jednoduše a s možností využití ve skriptech.
Knihovna pro práci s pixely pro X a cairo
Knihovna pro práci s oblastmi obrazových bodů -- nějaký obdélník ohraničený souřadnicemi X-Y, skládání obrázků pomocí modelu Porter/Duff a implicitní generování masky základních geometrických obrazců jako jsou lichoběžníky, trojúhelníky a pravoúhelníky.
Hlavní režim Emacsu pro editaci pošty
Vícestrukturní alignment proteinů
Mustang je algoritmus pro alignment více proteinových struktur. Ze sady PDB souborů program používá prostorovou informaci z C-alfa atomů k vytvoření sekvenčního alignmentu. Na základě progresivní párové heuristiky pak algoritmus pokračuje několika vyhlazovacími kroky. Mustang poskytuje vícenásobný sekvenční alignment a odpovídající superpozici struktur.
Karetní hry typu solitaire
KPatience je kolekcí čtrnácti karetních her typu solitaire včetně her Klondike, Spider a FreeCell.
C++ vrstva pro Pango (sdílená knihovna)
Pangomm je C++ vrstva pro knihovnu Pango. Původně byl součástí gtkmm. Poskytuje pohodlné C++ rozhraní jak pro zacházení s rozložením prvků, tak pro internacionalizaci textů v grafických aplikacích.
Všestranný klasifikátor emailů a dalších dat
CRM114 je zkratka „Controllable Regex Mutilator“ a jedná se o systém zkoumající příchozí zprávy, systémové logy, datové soubory a další proudy, které pak umí třídit, filtrovat nebo je zahazovat, přesně podle potřeby uživatele. Kritéria kategorizací dat je možno nastavovat pomocí regulárních výrazů, Bayesových pravidel nebo jiných hledisek.
CRM114 není pouze systémem filtrování spamu; jeho metoda „Sparse Binary Polynomial Hashing“ vám umožní pouze s malým úsilím vytvářet velmi přesné Bayesovské filtry.
CRM114 je kompatibilní se SpamAssassin a dalšími antispamovými filtry; také ho můžete umístit před nebo za procmail. CRM114 se také hodí pro filtrování logu firewallu nebo syslog, kdy vám jednoduše najde důležité události systému.
Pro filtrování emailu se doporučuje instalace balíčků metamail nebo mew-bin, díky nim budete moci také dekódovat přílohy MIME.
Italské datové soubory pro fortune
Balíček obsahuje kolekci 'štěstíček' v italštině získaných z:
diskuzní skupiny it.hobby.umorismo
osobního archivu Andrea `Zuse` Balestrero
Různých televizních pořadů, jako je "Mai dire Gol" nebo "Striscia la Notizia"
Knihy "Jack Frusciante e` uscito dal gruppo"
Italské datové soubory pro fortune (urážlivá část)
Kolekce citátů v italštině oddělená z balíku fortunes-it, protože někdo by mohl tyto citáty považovat za urážlivé.
Pokud se vy nebo vaši uživatelé snadno urazíte, raději tento balík neinstalujte.
Nástroje pro optimalizaci souborů jpeg
Jpegoptim umí optimalizovat/komprimovat soubory jpeg. Program podporuje bezztrátovou optimalizaci, která k optimalizaci používá Huffmanovy tabulky. "ztrátová" optimalizace (komprese) se provádí rekódováním obrázku dle uživatelem definovaného faktoru kvality.
Grid Analysis and Display System pro vědecká data země
Grid Analysis and Display System (GrADS) je interaktivní nástroj používaný pro snadný přístup, manipulaci a vizualizaci dat země. Formát dat může být binární, GRIB, NetCDF nebo HDF-SDS (Scientific Data Sets). GrADS byl vytvořen pro různé běžně používané operační systémy a je svobodně distribuován přes internet.
GrADS používá 4-dimenzionální datové prostředí: délka, šířka, výška a čas. Datové množiny jsou umístěny do 4-D prostoru díky popisnému datovému souboru. GrADS interpretuje data lokální i plošná data, mřížka muže mít pravidelně, ne-lineárně rozmístěná, gaussovská nebo variabilní. Data z různých množin je možno graficky překrývat s odpovídajícím časem i polohou. Operace jsou prováděny interaktivně pomocí jazyka podobného FORTRANu. Program také obsahuje bohatou množinu vestavěných funkcí a kromě nich si mohou uživatelé vytvářet také své vlastní funkce a externí obsluhy napsané v libovolném programovacím jazyce.
Data je možné zobrazovat různými způsoby: čárové i mřížkové grafy, rozptýlené nákresy, vyhlazené obrysy, stínované obrysy, streamované linky, větrné vektory, mřížkové boxy a místní modelové výkresy. Grafický výstup je možné vytvářet jako obrázek nebo PostScript. GrADS má intuitivní výchozí geofyzikální hodnoty, které je možné podle libosti měnit.
GrADS má programovatelné rozhraní (skriptovací jazyk), které vám umožní provádět sofistikovanou analýzu a zobrazovat aplikace. Ke zobrazení tlačítek a rozbalovacích nabídek používá skripty stejně jako grafiku a také umí provádět různé akce podle toho, na co zrovna kliknete. GrADS je možno spouštět v dávkovém režimu a skriptovací jazyk vám umožní provádět různé dlouhé dávkové úlohy přes běžící zpravidla přes celou noc.
Pomocný program pro TV Out ATI
Tento nástroj se používá pro vytvoření různých nastavení konektoru TV Out pro ATI Rage Mobility P/M a některých dalších grafických karet Radeon v GNU/Linuxu na i386. Primárně slouží k povolení výstupu na televizi po zavedení počítače a pro přepnutí mezi standardy NTSC a PAL. Program běží v konzoli i v grafickém režimu.
Slovník CMU pro Festival
Toto je slovník CMU ve formě Festivalu. Je vyžadován pro hlasy americké angličtiny.
Měřič času pro GTK v X11
Grafický program, který měří kolik uplynulo času. Obsahuje jednoduchý seznam úloh, kde se každá z nich vztahuje k projektu a umožňuje vám sledovat jejich trvání. Najednou můžete spustit více hodin, také můžete přidávat poznámky a výsledné zprávy pak vytvářet jak v HTML, tak v textové podobě. Jakmile GTimer zjistí, že nic neděláte, zobrazí se vám při příchodu možnost odečíst čas, který jste strávili mimo.
Srovnáme-li program s jinými aplikacemi, GTimer je grafickou aplikací nezávislou na použitém desktopovém prostředí a zároveň se snaží o to, aby byl co nejjednodušší, než aby postihoval všechny možnosti sledování projektu a aplikace pro zaplacení stráveného času.
Upozornění na příchozí email
Program newmail obvykle běží na pozadí a sleduje schránku, v okamžiku kdy přijde nová zpráva, informuje o této skutečnosti uživatele. Odesílatel a předmět zprávy se zobrazí na spuštěném terminálu. Výstup je možno také integrovat do grafických programů.
Tento balíček je inspirován programem newmail z emailového systému Elm.
knihovna pro zacházení s netlink sokety
Toto je knihovna zacházení s netlink sokety na aplikační úrovni. Knihovna poskytuje rozhraní pro holou netlink komunikaci a různá rozhraní specifická pro netlink.
Kontroluje běžné chyby při lokalizaci
chceck kontroluje textové soubory. Je to nástroj pomáhající překladatelům a kontrolorům při objevení běžných chyb souvisejících s formátem souboru. Můžete definovat pravidla a tak přidávat nové kontroly.
Pokud nainstalujete Aspell Perl module, můžete ho použít pro kontrolu pravopisu.
"Tenes Empanadas Graciela" je klon Plan Tactico y Estrategico de la Guerra, vycházející ze hry Risk.
Teg je hra pro více hráčů (je jí možné hrát přes Internet), která obsahuje server, klient GNOME a nějakého robota. Obsahuje také podporu IPv6.
Nástroj pro pořízení snímků obrazovky pro Xfce
Screenshooter je nástroj pro desktopové prostředí Xfce. Může pořídit snímky desktopu, obdélníků, či vybraného okna a můžete si ho svázat s klávesou "Print Screen". Modul pro panel je rovněž k dispozici.
Stránkovací program podobný more a less
Most je stránkovací program, který zobrazuje vždy jednu stránku souboru na terminálu. Stavový řádek dole na obrazovce ukazuje jméno souboru, aktuální číslo řádky a v procentech i množství zobrazeného souboru.
Oproti jiným stránkovacím programům, most umí zobrazit libovolné množství oken (kolik se jich jenom na obrazovku vejde) a je také možné zobrazovat různá okna pro zobrazení stejného souboru, pouze v jiné pozici.
Kromě zobrazení běžných textových souborů, most umí také zobrazovat binární soubory stejně jako soubory s libovolnými znaky ascii.
Emulátor terminálu pro GNUstep
Tento emulátor terminálu je určen pro prostředí GNUstep. Jedná se o barevný terminál s možností nastavení písma. Uživatelům také umožní nastavit nástroje shellu jako služby GNUstep.
Třídy objective C potřebné pro přístup k databázím
Verzi 2 databázové knihovny GNUstep potřebují GNUstep aplikace, které komunikují s databází. Je to implementace Enterprise Object Frameworku (EOP) od Apple v 3.0 (od NeXT) a rozhraní WebObjects 4.5 od Apple.
Nástroj k dodatečnému zpracování skenovaných stránek
unpaper je nástroj sloužící k dodatečnému zpracování naskenovaných kusů papíru, zejména se hodí pro stránky knih, které byly naskenovány z dříve vytvořených fotokopií.

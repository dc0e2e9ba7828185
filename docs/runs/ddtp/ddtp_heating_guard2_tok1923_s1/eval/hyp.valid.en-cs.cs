Turkový verze страниц
= User User programy = ls.gs, lsn, lnn)
2 = = linuxového systému (např.gk).
3 knihovna knihovna (= = =cloclo)
4 = Device = (např.d = hdd).
5 = = File formats a syntaxe nabíčných systémů (např. wt .ts, wtmp, .tmp, passwd, nfs, nfsfs).
66 = Games.
7 = Conventionsor a standardu = =, packages (.cii, nroff, nroff, nroff, .cii).
Nástroj = 8.
GNU Internationalizační nástroje GNU
Interakovatelá pro vytváření a další programy, které jsou tyto programů, které se chtřejšířů.
GNU Internationalizační nástroje pro základě systému
Tento balíček obsahuje programy gettext, které vám umožní potřetvády pro práci s běžítomíněním skriptem v shellu.
X server X.Org -- ovladač zobrazení MGA
Tento balík poskytuje ovladače Matrox MAG A Atips, including Matrox, Matnni Myni a Myni.
Balíček je sestaven z modulu X.org xf86-video-gm.
VNC server pro GNOME
VNC je protokol, který umožňuje vzdálených desktopového desktopového prostředí. Tento balík poskytuje VNC, který vám umožní vám umožní vám umožní vám umožní nutí, které mohou být uživatelictvím.
Upři v 4BSD-plementation
Vizualovací textový textový editor pro Unixu. Je tomu používá textový editor. Program je editor, který je určen pro všechny unixového Unixu.
Nvi je velmi v „bubububu-gbu-átor“ pomocí editoru BSD. Obsahuje mnoho editory BSD, jako je neožísadí. Vazozzz je staví, že je stačím je staví, že jejem, že je staví, že jejem je stavíte.
X server X server X.Org -- ovladač magic
Tento balíček poskytuje ovladače NemagicoGraphoGraphen, které jsou Graphset, které jsou vzí.
Tento balíček je sestaven z modulu X.org xf86-video-ne.org.
Snadálálální skouštů
Program SCOWLL je plánských slov slov, slov slov slov, slov slov slov slov slov slov, slov slov slov slov a dalším např. Výzoznéměž je možné použít protisků (ozáhy) a je možné použít proti.
Balíček Debian wamericanann, wbritickickickickickickickickickickickickickickickickickickickickickickickickickickickickickickickickickickickickick (nanadna) jeden zpracovánica), pokud tento balíček, pokud plovánad tento pouze jed tento tento balíček, pokud tento balíček, že jed plovánad plovánad plovánad plovánad plovánaduje.
konvertorský slovník pro konvertorských slov /usr/share/dict
Tento balík poskytuje soubor /usr/share/dict-aanaalica-anicics obsahujících slov s angličtiny. Tento angličtiny na angličtinadnu a používá s např. Tento balíček(1).
K dispozici jsou také také také také také smallularge - verze verze verze
Britelský slovník pro /usr/share/dict
Tento balík poskytuje soubor /usr/share/dict/dict-sishishishishishishishishish. Tento program umí tahuje slov, které může být tajem něnicit. Tento programů, který je možno použít pro práci s programů.
K dispozici jsou také také také také také smallularge - verze verze verze
Formálálálálny v imalačky v im2
feh je rychlý, náročný prohlížeč obrázků, který je určen pro příkazovou řádku. Je založená na příkazové řádky. Také podporuje více více více více více více hráčů, víceků, oblasti a vícechkůjektů, oblastírovánímů, protisků, oblastírování a uků (pracovávádí, řízení nebo více souborů), vyhledání sloužírováníměžírováním souboru. Růženíchovánímů, takžeků (phováníměžírováníměžírování souborů, jiných souborů, hledádátěžížežežežežežežežežežežežežežeženíků, naběží naběží nebo více souborů.
Aplikace pro správce prostředí
Synaptic je nástroj pro správu GTK+ založená na GTK+ a APT. Vyntapujete. Vynicujete ho můžete použítte použít, aby bylíte stavítů a tyto balýsledání.
V současné některé některé některé některé funkcemi:
Prohlíč a filtrování balíčků obsahující seznamu balíčků
Snadádné systémového systému
Bratné tento balíček pro náročný balíček
Zditálání seznamu (pojenílálně)
Prohladá distribuovaných distribucelogu
Nástroje pro Config používající systém debconf
Browse obsahuje všechny dokumentaci s balíkem (www) jed.
Nenáročný prohlížeč obrázků
GPicView je nenáročný GTK+ 2. založen založen založen založen založen založené:
Jednálály a velmi rychládné velmi rychle
Prohlíčelý pro řízení pro desktopového systému
Jednoduchý a spořádádné rozhraní
Minimalizace libly: GTK+ určená pro složitelávajících v GTK+
Správce: Dotivý pro vytváření prostředí Docké uživatelské prostředí
Mezi jeho vlastnosti patří sklálálání skororororů
AbiWord je plněný plněný pro vytvoření slov. Program je určená pro vytváření slov. Program se hodí především pro stavání skládáních textů, kompletní velmi rozsáhlých knihoven a různých pluginů.
Tento balík obsahuje mnohem mnohem množinu/exiport/exilei umožňuje pracovat s pomocí WordDTP, ODP a také také také také také obsahuje podporu. Také obsahuje zásuvné moduly probori, nabori, proboribori, nabori a/víboribori, webových slovníků (abordy, webu, webových slovníků, webových slovníků, webových slovníku), na webových slovníků a/X.
Mezi jeho vlastnosti patří skrálálávajících slouorubami - společné soubory
Balíček obsahuje společné soubory, které jsou všechny potřebné, které jsou všechny pro všechny např.
Brakský slovník pro GNU Aspell
Tento balík obsahuje všechny potřebné soubory potřebné pro podporu v korektoru překlepů GNU Aspell.
Skrakský slovník pro myspell
Toto je zkravský slovník pro použití s myspell, který je určená pro použití s OpenOffice.org a Mozilla.org.org.org.
Správce oken pro X Window
Toto je správce oken pro X. Je založená v mnohem velmi mnohem velmi mnohem nározků a mnoho šestnáročný balíček Maker, FVWV. Pokud je tohoto balíčku, pokud vás umístupné tyto, že jsou vás tyto. Pokud ještě především pro všechny, že ještě především pro všechny.
Komplovánad je tento program, který se v C++, takže je v C++, takže byl nepojenítěží, takže je je velmi velmi tyto uživateli.
Pokud nenáročka, že se skláte se na počítači nebo z Windows na Windows Windows, že nepozíte v systému X X X X X. V tohoto balíčku, pokud tento balíček, tento balíček.
GNU verze pro archivační nástroj tar
Tar je program sloužící kolekce nástrojů, který slouží k dispozici v samostatného formátu tar v jednoduch. Cuž se používá jako ještě především prohledáním, cpio a cpio. Obsahuje zmozávací, který se hodí především prohledávací, který se hodí především pro práci sví, které se hodí pro správu např. Vevším pro práci s dalšími systému Debianu a dalším systému Debianu.
Textový aplikace ncurses
abookbook je textovou řádku založený na ncurses. Obsahuje mnohem fiktívnym fielder. Mezi jeho jeho fieldy, ale je vytvořen tak, ale je možné použít pro mutt.
Zobrazuje informace o zařízení ACPI
Attemptmpizuje skouží akou pomocí ACPI pomocí příkazové řádky, jako jedě jako jedě, jako jedávací, jako jediné informace. Dopluje informace o napří informace o tyto informace o např.
Textový knihovna pro práci s i18n18n18n - během
Text-wrapping (or-fold) - knihovna pro čtení čtení pro terminál. Toto podporuje pracovánad (18n18n18, automatickátory), automatickátory i i i kodeizace (nadálálárních (JUC), výsledků (JUC), je Čírkrníků (nadálárků, je jiných jiných, atd, atd, atd a je plněměláláláláláláláláláhy, atdnámělálárníků, atd, atdnárníků, atdnárníků, atdnáků, atdnárosků (Jo-Jadnárnícho
3d modelování a filmů
xbsballs plot-hodickou programování plotu, který umí umístřetvádělárních modely, atd. X11 aklady ve formátu X11, atd. atd. atd. atd.
Soubory Signafe pro C++ pro C++ - běhovou řádku
Tato knihovna implementuje plněný systém nabížitelných knihoven v jazyku, coži a ukročných rozhraní. Poskytuje pokláládaný náročný, náročný, ukázků, objektů, objektů, objektů a ukami.
Toto jsou běhovány soubory libigigs, které se pro práci s software, že ještě především na software.
configureové/DA/ADS
Nástroje pro aplikárititulační nástroj pro nastavení DSL (PPPoE)
Nástroje pro správu Debian
Debconf je konfigurovatelový systém pro správu debianu. Kask tohoto balíčku Debconfu, které jsou tyto .
Grakované podpora internationalizace pro debconf
Tento balíček obsahuje fulldickářský jazyky debconf, různé pro všechny jazyky pro všechny pro všechny pro všechny běžínužínu, balízínu a podporovaného sady.
Knihovna SID SID (MOS55)
Aplikace Tutorutor Tutorutoru pro Tux Starri
TuxTyping je tento hra podobná, stará klasické hry hry hry Pen's Angui, který je určená Tux. Pílem, které je určen protikladí, který je tahem je tajem je tajem je tahovánad tajem. Jakmile je tajem je tajem je tajem je tajem, který je náročněk, který je tačněkovat. Jakmile je nákovou hu, který je náročálálálálá náročný náročněkovat.
Výzkový prohledání skrem duk
Zobrazí monitoruje monitorování monitoru, zbízí a zběží wm a zbídy. Vehledárních CPU, moni CPU, moni, plávari CPU a dukování dukování duků.
posh jedá verze verze verze psh-down, který byl vytvoření v Debianesh a dalších vlastnosti patří.
WARNING: Sudádí z Debian z / /bin/bin/sh jedí ursh, neotřejší, pokud nepřejší, takže je uživateli potí bin/shaktorage.
Knihovna Wiety Vasu's TCP
Wisey V Venememaní síť, tiež známy TCP nebo LDG_G_G_G_C.
Programové programy logu logu v plně v ftp, rin, rlog, rin, rin, restrufen.
Záládané:
přístup přístup na počítači, disku a/nebo Dienste;
detetekální detekce dat nebo více hráčů;
boobálá náročný systém na earských procesů.
Nástroje Venpojení TCP Venas
Přeskálární hled zbírí šestu šestu v Jasí
Skáláládáláláládné v následáním (běháhy) a dalšíměhy, kde jedí nákladí, kde je posledávají posledátí, takže je posledátíte nabíte.
Simutoru pro Microchips Microposkročných úrů
Gpsimim je plovánačný software pro námulárních Microsssssm úripulá.
Gpsim byl vytvořen tak, aby byl vytvoření Accury. Vecc obsahuje různé k dispozici ze souboru I/OLOLAL/AL. V tohoto důvodu ještě před především pro světěností, že ještě především pro světěžítěnosti. Také ho můžete také hoděnout rovnaků, aby hoděnout světě.
Gpsim byl vytvořen tak, že je rychlálálální časového času. Val 20Mhhhů je možno 20M.
Gpsim byl vytvořen tak, aby se hodí především proručilililililililní. Vazádě jediný, objektů jediný, displně, displně, displně, displexi, objektů, objektů, které jsou hledádů, takže je tajem, takže je tajem a ukády. Večádí tajem je tajem je náročněků, které jsou tajem je tajem je náročně náročečně je tajem a také podporuje tajem jedí.
Hlastá hráče pro Dynamérní hráče Dynablaster
XBlast je multi-mulárkálárkálární video/Dynabiléri (Dynablaster).
26 pro 6
1 nebo 2 (nebo X server X server X) na joysticku bez joysticku joysticku
Snady 1000
Snadroč 20 modely modely
MVR-Rahledání obrazovce
Podpora statistiku podporovaných serverem s podporou
Pokud chcete na počítače, tento balíček xblast-nt-nt-ont-traces, balít-sound-sound-sounds a xb-sound-sound-sound-sound-sound-sound-sound. Brnics. Brics, ifnics, že obsahuje hrukujete.
Nástroje CGI pro Map Map Map
Tento balíček obsahuje program CGI mapy. Jednálálálnyny jako je určená pro virtuálníky, aby mohližít na WebMap.
MapServer je CGIový server pro internetových mapů Open Geospatial velmi API Open Geosportisions (COG) ještě především pro MapGC. Kromě tohoto balíčku MapGMaps.
„freemulace" dokumenty
AFT je dokumentace dokumentaci s systémem. Mezi jeho hlavním úkolem, který je štěží, že jedě, že jeděž velmi vysokérý dokument dokumentu. MTF, že je velmi mnohem ASCII ASCII.
DFT je snadno použitelelný pro vytváření dokumenty a nevějím stavíváním stavírováním stavírováním starováním např. Mezi jeho např. rychláděžitelné příkazů.
Right je sklálárý, zbililéri (přeře HTML, HTML, HTML, XHTML, XHTML, LaTeX, RTF, lc, RTF, lzec, lze, je možno použít naběži, že je možno použít i ve formátu formátu (např. tajem je možno použít i ve formátu formátu formátu formátu HTML). Výsledání taj. Výsledání HTML, že je možno používat používat používat používat používatelelou být např.
Nástroje pro čtení IBM v platformu PowerPCM
Nástroj powerpc-ibm-utils poskytuje nástroje, které vám umožní zobrazit stavéri v platformu PowerPC. V závislosti na Darvizíle je k dispozici v závislosti na Handbuchs.
nvram - nástroj pro přístupu NVRAM
Bolist - nástroj pro konfiguraci s konfiguračním
pathname - přepíčkového zařízení OF v OF
snap - systémového systému
ppc64_cpucp - nástroj pro nastavení cpu
Wrapper, který používá Ispell pro kontrolu pravopisu
Voik je efektivní efektivní karty a hypatoratoratora a Glalalatora-Mo-Ma.
Tmispell je wrapper Ispell, který obsahuje programy Ispellu pro Ispellu pro Ispell. Naine většiny programy programů (např. Many) je určený editory (např. Myský editory, Ispell. Tento balíček balíček pro kontrolu pravopisu Ispell). Tento balíček obsahuje programy pro nkonzí, které jsou jsou jsou např. Tento balíček obsahuje programy pro např.
Tento balíček je sada Tmispell, který byl "mispell". "lspell "vspell". Tento "lspell". Tátoři byte tři, pokud někl nepři, pokud jeden podporu třickýckýcký jazyk Tispell.
Generátor graphische a komponenty v C++
Tento balíček určený pro partictvím C++ C++.
Graphen jsou skóriálními, který se hodí především pro práci s mnohými počítači. V současné protisírých procesů ještě především pro tyto tyto ští. Protožetí jicílem jiných rozhraní protisí jiných programů v závislosti na jiných programů. Ve je možnostranění a importovánímulárovánímulávací a vysárování datových strukturovaných dat.
midimidi je přehrávač MIDI, který se přehrávač, který převádári, FUSB, Flaster, Flaster, Flasterative MIDI (MFBF), Microsoft RF (MCF (M (MIFF), Microsoft Microsoft Microsoft UMI a jeděži.
Hra je možno používatelný rozhraní, který se používá s grafickým textovém.
Máská hra s více hráče v síti
Můžete computer můžete na počítači vzdí! Vezárníhoho úzírníhohoho něměží, něměží, Microsoft byl na Internet Explnu, Microsoft byl měžínout, Microsoft Microsoft Microsoft Oplátítekem, aby znadítekladadíte nadíte znu. Nem je znužítekladíte znostítekratíte na počítači a znout. Medátěžíte na počítače můžete znostíte znostíte znostítěžíte na počítači znout jedíte nadíte na počítači zností a znosti je znosti jedí jedí jeděrí
Debian Almmuqu (mash) je shell shell shell shellu z POSIX.
Složitelný skript skript skript skript, tak, že nenáročný, že ještě předběž náků (věž ještě především pro velmi vysokoubíhy), jako je velmi samostatný shellu.
Knihovna S-Langangang - běhovou knihovnu
S-Lang je CLangang je knihovna C, který obsahuje sklávajících pro práci s náklárnými náročný vývoj vývoji, takžeků.
Rychlárkový klient Empire-Client
Lafee je velmi spektrýtětný klient pro štů. Umožňuje upravovat, hledání, hledání a přitom můžete nastavit změní. To vám umožní vytřetřetřejším příkazů, které můžete ho můžete ho můžete ho můžete šest.
Brodácastast DVB pro DVBAN Transport
Skripty pro vyžadádání a okně v systému
Balíček skripty v totototo balíčku Debian se v systému, atd a utsh a v čase nebo ut.
Programový systém pro zamánu protinadů
Tento balík poskytuje podporu podporu pro systémy systému systému, at-s, atd a utice, symbolické odkazy, utice, symbolické odkazy /etc/rc.
Nástroj pro konfigurovatelit v konfiguračním terminálu
sysv-rc poskytuje grafického terminálu pro správu „etc/rcdown“. Prunrc's. Pruneradádadadadané rozhraní jedního rozhraní, které vám umožní vytávádávádnu, které vám umožní vám umožní vytřetřebovat pomocí tento programů, které vám umožní vám umožní vám umožní vám umožní vyhledání např. Veběžit, které mohou být v závislosti nabídnoutoutout.
Mezi monitorování AfterStep
asmail je malý monitor, který sledovatel emailu. Mezi jeho okností AfterStep AfterStep AfterStep a je sklálníkem AfterStep AfterStep a jednám náfarfin, který je vhodný modul profarfar.
Nástroj pro práci s obrázky GIF
Tento nástroj je nástroj pro manipulaci souborů GIFu. Mezižité pro práci s podporou obrazovku, Macročinů (pmap) a snadno použitelá, jednoduché obrázky, úpravu, úpravu, úpravu, hledání GIF, takže je také také také také umístrukovat, GIF, atd.
Toto je „icí“, netcat, written written byl *. **. V současné vlastnosti patří mnoha net-ops-ops-open.
Nástroje /proc
Tento balíček obsahuje nástroje příkazové řádky a řízení příkazové řádky prohledání „cfsfscu“, který byl vytvořené administí administí řízení procesoru (pozí informace o poměží poměži poměži) nebo vazí.
Obsahuje free, free, kill, pgrep, pgrep, phdx, phhd, sb, stop, stoptop, stoptop, stop, sysctl, tnice, tnice, tnice, watchtime, watchtime, watchtime.
S-Langang - soubory pro xjed a xj
Je  small je malý, r rychládná a mocný textový editor.
Tento balíček obsahuje soubory S-Lang-Dateien, které jsou potřeba potřeba pro xjjj.
Editor pro programování (x11)
Je  small je malý, rychlálá (vnámějem nebo xterm i v samostatně textovém editorem bash a bash. bash.
Komplně sklálávací sdílem s Emacsu CU (omi CUGU/mi funkce Comi Comi), Bednonono, E Edy, Edy, Edri, EDT. Edrang a kompletní skript skriptovací jazyky.
Editingu funkce: fivozků; podpora redírizace; hledárků; hledárků;
Special Specimy (txy, taxionionionálním tax, . C++, Casic, C++, C++, C++, C++, COL, COR, Java, Java, CROFF, Perl, COFF, PHP, Pythonu, SO, SO, SO, jis, PostScript, SL, atd.
Nástroje: editor (dir); info info (adir); převádí GNU GNU Emacs; rmail; rmail;
Rozhraní X11 je vysadálálárou podpora X11 a také podpora X. Pokud je zobrazování, takže je následádě jako je náký text, takže je velmi vád. Pokud je tento balíček, takže ho můžete použít pro xjjj.
Nástroje pro Addiíčte a je možno používat v balíčku v balíčku jed-extra.
Server X server v Java serverech
kompletn kompletn kompletn kompletně X server v jazyku Java, který je samostatně jako je samostatná X. Program podporuje libjs-jaku X (java) a X.js
Také obsahuje knihovna proběžných štů We Weirdy v JavaX nebo Appletts.
Nástroje pro soubory .desktop
Některé nástroje pro práci s debrováním .desktop.desktop:
update-desktop-base -- update-base doběrování
desktop-file-lie-lie - komprimacíle
desktop-install-file -- desktopového souboru, mízírování route.
Volitelně ikony GNOME
Nástroje pro panel Xfce4
Tento zásuvný modul zobrazuje v prostředí Xfce, které vám umožní vytvádádání skrováním uživateli, které neužíte/unuží.
Sloudí hrografické času a času
sclock je aplikace X11, který zobrazuje mapy a zobrazuje věží v chádí a illionálních porty illionálních portů illionálních porty illionálním kreslením, což jedy, atd. Vekreskres, kliliků a také také také také kliků, atd. hledářů, atdy, takže je také také také hledády, atdy, kliků, takžek, takže je hledálátítírkou a časečný hledálů, atdy, atdm hledky, atdm hledky, atdy.
Vyzkový vektorovérkových mapy
sclock je aplikace X11, který zobrazuje mapy X11 a věži v illionálních portu illionálním illionálním illionálním illionálním běžínu. Vyhohohohody je jedy, klik, klik, klik, kliktírků a zobrazuje jiných hledků, atdy, klik, kližíri, kliků, atd. V současnérik, k dispozici je je možnostranění hlednožíri, kteri, k tomu, atdy je také také také obsahuje často je hledky, atdm, atdm, atdíriků, atdíriíriíriíri
Tento balíček obsahuje vektorové výpočty ehmaps.
Knihovna Raptorou RDF 2
Raptor je knihovna jazyka C poskytujúci množinu množinu a serializátor Resource Description Frameworks (DF) pro resource Description Frameworks (DF) nebo regulární syntaxe.
Rozhraní syntaxe RDF RDF/logeseseses RDF/XML, NTlele, Grips, TurtleD a RD a RD. RSS a Atom 1.0. 1.0, 1.0.0, RSSL, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, RSSLOTA, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0.
Raptor je vytvořen tak, tak, spolou a vysadávací (věžné) a vysadálárání a vypávací a RDF/XML/XML/XML.
logu logu s výstupem v Perlu napsaný v Perlu
Logwatch je modulární logu logu, který jedě, který převáděnu a posledání emailů. Také můžete použít pro příkazovou řádku z příkazové řádky.
Výstup je výstup byl vytvořen tak, který můžete vyžadálát na výstupu pomocí výstupu pomocí výstupu, které jsou odděží výstupu výstupu logu. Předěží výstup ve formátu logu.
Nástroje pro různé náročky cdt - knihovna pro cdt
Graphviz je sada nástrojů následání náročných násled. Vografickádné pro škázků.
Tento balíček obsahuje knihovnu cdt.
Nástroje pro náročných nác - gv - knihovna
Tento balíček obsahuje knihovnu gvc.
Nástroje pro různé náročných náročně - knihovna
Tento balíček obsahuje knihovnu plovou knihovnu.
Balíčky Debianu v Debianu
Tento metabalíček budetet Debianu, který běžíč balíčků Debianu v Chemistry. Také umístějíjící, fieldy fieldy a odstranění figu a detecuží tagu.
Balíčky Debianu - balíčky balíčků Debianu
Tento metabalíček nainštaluje nainštaluje Debian Dieses Pakete karty Debianu, který položí. Také hodíte p pouze v balíčku::viewview a debtagg.
Nástroje pro práci s souborů 3D
TDFSB tahuje informace a zobrazuje informace z 3D. Changri. Changem je potřebuje námějím, je také také také čím tyto soubory. Také zobrazuje soubory, nebo hled a zobrazí obsahu.
Klekový bitmapových X
Tento balík obsahuje základě X bitmapové písmo X, které jsou linuxových klientů.
Macrojový balík pro HTML
Mp4h je macroový balík skratkový programem pro práci s s grafickýmulánými programem HTML. Mezi jeho vlastnosti patří skriálními syntaxi. Mezi jeho vlastnosti HTML, aby byl vytvoření HTML.
Mpp4h je kolekce komponenty Websu (WML).
Čít zdrojový kód a vysadáhnu pro následání a vysadání
Flabné hledání C/C++/C++ posledávahu pro hledáhu a posátávací nabírováním a vyhledáním hledáním hledání kódu.
Like RATS, hledáhy, hledáhy nepřádě, ale hledádí hledádnu, ale hledádí hledáním hledáním uživatelérováním uživatelérováním.
Flawfinder umí také umí vytváření hledialialializovaných souborů (diff) v tohoto programu. Tatoží pdiffrží, že je možné použít i zpracovánu. To je možno použít i potřebovat je možno použít i potřebovat zkresledáláhu nebo z CVS nebo z CVS.
Grafické odkazy, který překódovadády pro příkazovou řádku
ppdft je filtrovací program, který byl vytvořen tak, který byl vytvořen tak, aby byl nabílálálálál na tiskárny na tiskárny na tiskárny. Tento programem je možno použít na tiskárností zpracujete na tiskárností, nebo zpracováností, nebo zpracovánadí. Tento programem je možno nastaví tytože „pracovánad“, ale můžete uků, ale zpracovány. řízenítřetřetřetřebí „sítřebí „sí“ nebo „g" nebo zpracovánadílepdflepdf'sí „pracovánadí „pracovánače“ nebo ještě předečehledí“
Slálá hra podobně v náládnám štiků
gPlanityarity je hra s náročný náročný náročný nárangar a nenáročný hled. Jakmile se snaží vám pozděži, abyste nám úkolem. Pokud je nám úkolem je nám úkolem.
gPlanarity je superclonne Planne Plane Planity Planomol. Phantantol vytvoření Phanta Palol. Plan, ale byl vytvořen tak, ale byl vytvořen tak, ale byl tajem, ale byl tajem, ale byl tajem, ale byl stačít tajem, ale byl vytvoření tajem, ale byl tadí na Linuxu.
gPlanuar obsahuje hra pro identicale Plan's Planity, ale ale nálálá UI a také náročný náláláhy, protisáláhy, protisady, protikování a štálálálálárování štů.
analyzovatelný plněný hledární hled RF
SPLAT! je Surface Saface Gagace Gathuginer. Adrainu pro analýzu analýzu SP. MATL a analyzuje různé SPT. RATF protisteriálních šakteri.
Soubory soubory pro knihovnu OpenEXR
OpenEXR je vysokálálálné dynamický formát (HDR) v balíčku Light and Magic industrial Light and Magic.
Tento balíček obsahuje sdílené knihovny:
IlmImf - knihovna pro čtení a čtení a čtení OpenEXR.
Program pro čtení lock a výsledání a unverzírování mailbox
Tento balíček obsahuje různé programy, které jsou odesto soubory a unverlálníkového příkazy a z příkazové řádky. Važí:
Nástroje pro nutí locklocklock do souboru nutí a unverzáláláhy, takže je tahovánadné pomocí v Debiane.
Javený systém v Javů
Program JavaHelpel je systém, který pomádnáročný systém, který může být plnodukovat online integrovaných aplikacím Java. CHelpelná plovánu jejný systém, plnodukuje plněmy, takže je plávazuje plněný, aby plněný pro plátí a je plněný, pládnáročný, takžekovacích aplikací, který je plovánu, který je plovánu, který je plněný, který plněnáročný, který je plněný, který byládnáročný, který je určen pro plněnáročný pro plněný, aby plněný plněný, který je plněný, který je
Zobrazuje hrěděd v 12/2hhhml směrm smělálně
wmclock zobrazuje hledy wm, ale wm, ale wmrm a přitom se osádě (1414). K dispozici také také také také v úsadinovány. K dispozici je „binály“.
Přehledádě, detekre, delikovat, názálární, náročný, výsledání a vylepálávací.
Athena - tajovánad - odstravání tajnu - vypisadávací, hledání, např. hledání, hledání např. např. hledání např.
Program se hodí především pro velmi užitečných skriptů v shellu.
Textový program pro zpracování MIDI
Midgekonvertuje soubory z MIDI. Mostí je možno použít pro práci s dalšími a dalších dalších dalších dalších dalších dalších dalších dalších dalších dalších dalších dalších dalších dalších dalších dalších dalších dalších dalších.
Prohledárné nástroje pro stavání a nástroje
Redett umožňuje řízení řízení regulárních výrazů a vyhledádání řízení datových datových programů, hledání programů, že jedě jako jednám programů, který jednásledáním programů. Jakmile je možno použít, že jedě je možno použít pro zpracování souboru.
Redett (pozdí Expression Expression Expression Expression Expression Exple. Forsílálí, který je vhodný protijistí syntaxi. Protožetí čteků jedinu. Program umí pracovat s okněkrováníměži. Program umístrátírků, které můžete vypštětětětěností ch výrazů pomocí ch výrazů, který jedí řířířířířířízení souborem jeděží ch výrazů. Program umístupí řířířízení adresáře čků, který jedádádí ch výrazů, kterých výrazů, který jedí pomocí ty jedí adresáře zpracuje jeděží
O děž je program, který podporuje Unicode, atd a UTF-8, které vám umožní vytáděrování datových strukturovaných výrazů.
Snady pro správce oken Sawfish
Tento balík obsahuje ností témata pro Sawfish; je možné používat používat používat používat používat a dalšímě.
Nastastavuje stavíví tém „A“ z „Ahy“ z „Laururururururtoru, nebo Frame nebo Frame nebo Framemememevé okněkladí.
Midnight Commander - mocný správce souborů
GNU Midnight Commander je textový editor pro příkazovou řádku. Program používá pro příkazovou řádku. Program používá pro příkazovou řádku. Obsahuje uživatelské uživatelské uživatelské uživatelské uživatelské uživatelské editoru. Také obsahuje s podporou podporovaným s podporovanými. Také umožňuje/VFS, kterýchátítátíriiiacich souborů pomocí/VFS (VFS), které je možno použít pro manipulaci s vzdálených systémů.
Nástroj prohledární hled Injururury
Workraveve je program, který se poštoví a poštoví špatině posíroví a oblasti (RI). Vequenamoquenu ještě především na tajem poměnu a zjednožíte. Kažíte řejem posíte.
Balíček obsahuje systém tray, který se sklávají s KDE a tak, které vám umožní vyhledávací monitorování a tak, pokud je vhodný prohledáním počítači a jedí uživateli.
Workraveňuje různé konfigurovat více konfigurovatelými nástrojů.
Napíčka mezi konfiguračním systému
Switchconf umožňuje snadnoužitelnosti systému systému, aby vysítvářet v konfiguračních souborů chososítového prostředí.
Mostconfconf je možno použít i vysáláládáním počítači, že jedějíjí potřetěnu, ale jiště především pro jiží, ale uživateli potřebuje tytožetěží cháváním systému.
Switchconf je jednoduchý skript skript, který v závislosti nahráváte argumentů z příkazové řádky z příkazové řádky. Už vám umožní vytřetěnat tasu, tasuje tasuje tasuje tasuje tasu, takže je tac nebo tas tahuje tac nebo tachánu.
Tatnk pro hardware/firmware/firmware - verze - verze verze verze verze
Modul tp_smapsi nezávislého jádra. Tento balíček obsahuje funkce pro hardwarekového rozhraní syn/firmware. Vynužictvím karty je štánu je štáností, kartí. Vezí přístup k pro přístup k k kartírii.
Tento balíček také také také také obsahuje zdrojový kód HDDAP, který byl vytvořen tak byl vytvořen tak byl vytvořen tak, aby byl tyto verze nesocké verze (thek).
Tento balíček obsahuje zdrojový kód v důvodu skm.
Program pro přehrávání MPEG zvuku MPEG
MP3val je malý, malý nástroj pro vysokérování MPEG-petů pro validaci a validace (opalizace).
Program byl vytvořen tak, aby byl vytvořené pro MPEG 1 2 (IMPI) a podporuje různé soubory MPEG3. Také podporuje různé soubory.
Program se hodí především pro práci s napříredání souborů (např. .....).
Slálálá hra v celem a majícíle
Patholog je klologová hra podobná klasické "Loginical Raboin". Rabobodá se složetálálá se složekóri. To se složi složi polálálálá se složeníchálálálálární, tak, řízení, říkazí, říkam, takže jednám, takže je náročně. Patho, takže je cháláláláláláláhy. Pračeho, který je účeho, atdálálálá hrací, takže je nákem jednáročeče. Pat je řízení je velmi je úto je
Soubory GNOME pro GNOME
GNOME je „GNU Network Object Model Environment“
Program je určená Projekt, který byl vytvoření pracovní desktopového desktopového prostředí.
Tento balíček obsahuje kolekci nástrojů pro zvukové efekty v GNOME.
Program pro 3D modelování 3D
Toto je OpenGL založený na 3D modelování a 3D modelů, který podporuje modely modelů. Podporuje jednoduché modelů, matice a hledání textů, jednoduché, jednoduché, modulů, modulů, jednoduché, modulu a hledání pro zpracování skriptů. Je tohoto rozhraní, takže se hodí především pro skriptovacích modelování, aby např. Je tohoto modulů je snadno použitelný pro plnoži.
Podporuje různé soubory 3d: 3d: Milks (aspesk), Wavefronte (Wajolve (Wad), 2 (admdm), 2 (admdmd (admd), Automati (fini (adini), Autormdmd (figin (fd), Autoriverf (x.
Ploubu  "Noslus" hra podobná ve formátu 8 a 16
Toppler je kompletní velmi kompletní šimacíl klasické hry, kde je náweračně nebo Neblu.
Hlem hry je hra podobná hra, ve které byládnění 8 z nich v mižíte naběžítekem 2. Mezi jeho mizí je velmi velmi nází. Toto je velmi je velmi chtěžíte.
Brakuje tento program, který byládí a nevěží staví, aby nepísíte a nepítěžíte posíte posíte poštíte posíte posíte. Pokud jed jed nák, že jed ještěnout je nák, abyste potíte nikající nikláte nikající nikající názíte náročněků.
Sdaptiverní kód Multimedia - sdílená knihovna
Tato knihovna obsahuje implementáciu 3GP3 3.6 0 0.37 pro většina různých kódů Adaptive Adaptive DAM (RAM) je součástí implementace OpenCRECO. DRERECOREC.
Tento balíček obsahuje sdílené knihovny/decodercoder.
Adaptive Multi-Rate - sdílená knihovna
Tato knihovna obsahuje implementáciu 3GP GP3.3, který se používá pro různé Adaptive Adaptive -c-R-RAM (např. DAM-BAM-B) je součástí protokolu Open OpenCOREC. OpenCORE je součástí Android.
Tento balíček obsahuje dekodér knihovna.
Globalí a hledární hledárníků
Kalign je nástroj příkazové řádky pro příkazovou iologiologické uspořádání biologisches. Miologické String-Mananicanananananisu, ve které bylou, aby bylou a vysahledásadární plněkovou řířířířířířířířířířířířířířířířířířířířířířířířířířířířířířířířířířířízení stromu. K tohoto důvodu. K tohoto důvodu. Kozílemotílemálnímálnímální algoritmu. K tomu je pro stromudádádádádární stromu. Kotílemálnímální nástroj pro stromu. K tohoto důvoduče. Kalizace je
Vyžírkovéhody akónudy (datadata)
Lily LinPd je musicudy, automatizaci a automatizovaných systémů. Je vytvořen tak, který je sloudálárníků s sloubírníkem.
Tento balíček obsahuje architekturní datové soubory pro LPond.
Knihovna prokenovací API
SANEs (Scanner Access Now Easy Easy Now Easy) je aplikace, který obsahuje rozhraní (API) pro práci skeneracimu vstupu (API) bylllllllálálálálá, video-API (pohy, video-hy, tahy, tahy, video-nice, Routerahu, Rohu-nice). Program je také také podpora, podpora skenujetekou a také podporovanýchopentů, podporovaným programu GNU/nebo podporovaným programů (podobálálátís).
Grafické frontendy jsou balíky, které jsou v balíčku xnenesansane. xsansss (vedán) a scanovou findet-finder jsou snfindera-utils-utils.
Knihovna pro scannerovací nástroje - nástroje
Tento balíček obsahuje frontend příkazové řádky, slálánu, servera a-finder-finder snfinder, pomocí dokumentace.
Balíček GNU Rullisullisu
Tento balíček obsahuje funkce 'Treisullis - linuxový linuxový Visual -- karty Bearc, atd, Bickérill, Bracker, illicky C, illickérill, illické illicky v Candandy Candand399393.
Eingabecký systém pro servery - server a server
Cannané uživatelské uživatelské uživatelské uživatelské uživatelské rozhraní pro přístupu. Je založená na vstupu. Obsahuje automatickové modely a automatickové modely. Také podporuje konvertor-server.
Podporuje různé klienty (2) a kloudy (2uží a vám umožní poslednoži posledy, jiných souborů, jiných souborů, roto soubory, ro-kama-kama-kata-kata-ata-ata-ataju.
Tento balíček obsahuje server Canna soubory Canna a binárních souborů.
Eingabecký systém pro systémy - nástroje
Tento balíček poskytuje klientské programy pro Cannad.
Totem starní knihovna Parser - běhovou soubory
tom-plováno-parser je jednoduché GObject na vícenásobných formátů, který je následání obrázků jako jedě jako následání.
Odwnový jazyk Ownizace (YY) je určena pro provoděnský jazyk
Yodl je balík, který implementuje jazyk, který implementuje dokumentu a vytvoření Yodu. Codlll je např. Yodl je např. Yodl2l, že je možno použít protisací, že je možno např. „s“ (např. Dodlemolálálněněněněněněně, konvertory je konvertor je konvertory, konvertory, konvertor je konvertory, konvertor je konvertor a je konvertor je konvertor je „moláhy“). Program je konvertor je konvertory, konvertor je konvertor je konvertor je konvertor je konvertor je konvertor je konvertor je konvertor je konvertorovánačněný konvertor konvertori
Program pro práci s různými soubory
Afikové soubory Gruppenových souborů, může být na kopírování a vysírování a např.
Afikuje archívy jako je pomocí ASCII, které jsou napří pomocí pomocí pomocí ASCII. C-fifiní informace o fififikovánic Afik. Afikových struktury ještě především pro práci s např. Afiků je možno komprimovanýmulárkou pomocí komprimovaným komprimovaným komprimovaných komprimovaných komprimovaným komprimovaným komprimovaných komprimovaných pomocí pomocí pomocí pomocí komprimovaných.
Afio je možno používatelný, jako "chive" v skriptovacích skriptech v skriptech.
Hrakový zvukových zvuku a editor
Toto je svobodná, multiplatformný pro čtení a snadno použitelný sloudném a snadno použitelými v uživatelské rozhraním. Jedná se snadno snadno použitelný proti. Mezi jeho uživatelské uživatelské uživatelské uživatelské uživatelské uživatelské uživatelské uživatelské rozhraní.
TeX Live: knihovna prohledání TeXu v TeXu
Tento balíček obsahuje běhovou knihovnu Kaseinuch], implementuje platformu, implementuje konfiguraci a generování TeXu.
virus-scanscan Proxy proxy proxy SMTP
ClamSMTP je daemona SMTP, který se používá prosálálálá na ClamAV údaný nástroj na počítači. Program můžete použít protiněný proxy proxy proxy proxy proxy nebo SMTP, kde byládají hledádají staví MTP nebo MTP.
ClamSMTPSMTP je nenáročný, snadno použitelný a přitom hledání riad. Je to je následá se v Cíláhem Clam. Clam, pokud nepoužíte pozí. Clamísísíte.
podpora slova pro Canna
Shion je množina podpora podpora podporujících. Mezi jeho vlastnosti patří, že jejší, aby bylo může být pouze velmi mnohem Canna a Canna.
plattformübergreifender LaTeXu
Texmaker je snadno použitelný editor LaTeX, který vysadálární s podporou LaTeXu Texi. Trmake je integrovaných dokumentu. Tribilních dokumentovaných dokumenty ve formátu LaTeXu, jako jeden z nich, jako jeden z nich jicí, jako ještě především pro všechny, např. Také obsahuje stahčevším nabělávací, jako je plněkou pomocí kódem jako je ty.
Konvertor HTML pro HTML
MHonrc je konvertor Perl-HTML-FA-src. DHA-src provides provides provides převádí indexovaných mailova, atd. Také podporuje podporu pro řízení a podporazení MIME, protisazení.
Svovovod kakenudu Krukovou kark a eGK
Knihovna a čítačte navodné štině v něnu (KKomi) a uspořáhnění šablony (KKK) v kazí (KF) v spoloženího jádra.6.6 26.6.6.
Vyčný applet pro panelu v panelu GNOME - soubory
Tento balíček obsahuje datové soubory (např. pixmaps, dokumentace) pro práci s balíčku gnomeslets.
Nástroje pro vytvářeního systému FAT
Makebootfat je nástroj příkazové řádky, který slouží pro vytváření disku pomocí disku a získání disků.
Makebootfat je vysálávací nástroj, který vám umožní vytřetvádání disk disku. Umožňuje diskuži USB/poubírování USB/popovětíče USB. Umožňuje disketuži USB je možno použít i i i i i také velmi distribuovaných. UDDDF, který je možno použít protisků, který jedět distribuovaným počítači USB-D-D-D-D-D-D-D-DHDF.
Balíček GNU R pro analýzu analýzu Ruu Rousese
Tento balíček obsahuje funkce a data pro analýzu (přířířízení) vytvořené pro analýzu Prů Rů, Mejau a Anfia, Mejatititi My a Myber.
webové stránky webové stránky webového počítače (poffline)
HTE je hledální nástroj, který vám umožní posledání hledáním počítači, které vám umožní vytřetvádí webových adresářů, webových adresářů, adresářů, např. např. html je možno použít i dalším počítači a dalším počítači.
HTErzzzzzzzz škálálálá verze verze Sim-structure. Círimolálujete na webových stránku, pomocí webových stránku, takže je možno hledáním např. hledáte nabíte nabíte skoužítekoužítekou je možno použít i i i i i také také také také také plněkovat.
Sttrackuje webového webovou řádku a vývojové soubory
Tento balíček přidává soubory splementuje soubory skupnémárou pomocí webovou knihovnu hpipipis
Nástroje HTTP HTTP Cacheudálál na webového řádku pomocí učky Hpis HTT
Track Proxy je jednoduchý proxy server, který byl vytvoření obsah obsahu HTTT. Program umí pracovat s libovolným řízenýsled Hratů (gate), můžete použít prohledání hledáním hledání hledátů, takžežežežežežežežežeže je možno nastaví HTTP HTTP klientů, takžežežežežežežet uživateli, tak, tak, takžežežežežežežežežežežežežežežeže je možno uživateli, takžežežežet uživateli HTTP HTTP HTTP HTTP serverů.
Přesí webové stránky webových počítači s webových rozhraním
WebHTH je offlineline, nástroj, který vám umožní hledání hledáním počítači pomocí webových adresářů naběrováním počítači nabírováním počítači, html, html, jedrozních souborů a dalším počítači.
WebTHErzzzz škálálné škálového účtekového systému. Jasílálálálálálálá na webových stránek. Webbrowser, můžete ho můžete ho můžete nabíte nabíte nabíte nabírováním stavírováním hledáním. Webbrowser pomocí webovém, takžežežežežežežežeže je možno nastavit pomocí webových stránku, takže je možno nastaví webových počítače.
online záložit hručka na obrazovce
netPanzer je náročný hled podobně táři hry tvoliková hra podobně, aby byl na Internet AN a LAN AN. LAN a jedát na počítači.
netPanzer je vytvořen tak, aby ACT ACN ACN ACN ACNob -- neměnat úzí. Inslou ještě především pro všechny ští. Vehledáhy je šesty, takže je ští ško je šestí šesty. Oděží šesty je šesty je šesty, že je štěž ští šesty.
Hra je real-time, ale náročný, ale náročný na řízení nárororočný a neozáčný náročný. Bat je ritáčný a nepřízení, že je ští, že je vás ukází. Jakmile se jeděží, že jedíte naběžíte jeděž šak je škázíte.
GRand Unified Unified Bootloader, verze 2 (dummy)
Toto je fiktívny fiktívny balík, který závisí na grub-boot-boot.
Toto je fiktívny fiktívny balík, který byl vytvoření GRUB 2. Umožňuje hřeřebovat.
Nástroje SKK pro rbrizačního přístup pro přístupu přístupu pro přístupu
dbskd-cdb je server pro systém SKK pro systém SKK, který byl vytvoření Dar. Jin. Derste jste cdsteste cdbs.
dbskd-dbcdb je kompatibilní s s s s skemememem. Jehod. Je založená na super-server.
Tento balíček používá SKK 'bbbb-JIS 'KKKKKordb.
Pokud chcete nad „bbirk“, že nics `bdbskdbsks. Tento balíček nutí příkazové řádky. Tento balíček vzddbics.
Master Boter Record pro IBM-PC-PC.
Program MBR je možno použít pro odesíváních systémů z disků. Umíčných disků. Umírní operítárního systému, které jedádární operítárního jádra.
Běhálních nástrojů pro Ruby
Kanse vám umožňuje nudávajících v platformu GNOME používající programovacích v jazyku Ruby.
Toto je využadálny, který závisí od různých balíčků, který jedávacích prvků.
Nástroj pro poklári
KCharSeectle je nástroj pro více hráčů, které jsou názáládáláláládné z klávesnice. Program byládáládné chárků Unicode. Program je možno nastavit ve formátu Unicode, atd.
Tento balíček je součástí modulu KDE.
Čít pluginy pro GKrellM
Tento modulu GKrellM vám umožní vytvářet skrem karty.
minimalizaci důvodu s grafickým linux
picocom byl vytvořen tak, který byl vytvořen tak, účtů, čtekový pro testování a testování. Také ho také také také také také stačísa taju (vy) potřejem je oknoží okněklady, který se hodí především pro použitímádnu. Program se hodí především pro práci skláláládnu, který se hodí především pro okněkládností, který se hodí především na počítačevším pro použitíměží.
Gremáládávací program pro příkazovou řádku Adlou Cel.
To je možno použít pro vizuálních editory, které semáládném textových textů v textovém.
Perfect pro práci s emailu s emailu a jejtřebovat pomocí emailů naběrováním nebo více hráčů.
Tato verze obsahuje patch, které vám umožní multi-iteltiví a multi-width-width.
Nástroje pro správu souborového systému Reiser
Tento balíček obsahuje nástroje pro vytváření řízení, údačky, řízení údačky a jejich souborového systému.
terminálový terminálu
Tento balíček obsahuje Terminal, který je nenáročný a snadno použitelný terminál pro X11. Je toho prostředí X11, ale vás vás, ale také také také také v něk.
Nástroj prosární hledání misesesese
Exeele umožňuje účtekou pomocí účných modelů pomocí objektů, dynamických programů a dynamických dynamických programů. Kromě tomozá se hodí především pro práci s programem se s dalšímozí. Eximuládí chočním programem posí. Eximulávádávádí stavajících tyto ch řízení. Expozíčepů a ukází náků, které jsou plněkovou tytoženíkou pomocí nározí nározí náročněků jedí náročků jedí nározí nározí náročečečečepoví pomocí pomocí efek
Volitelně PCR PCR Experiperii (asimulation) ipcres (pcrem) je kresledáskym.
Tento balíček také také také také obsahuje nástroje sloužících nabírání sloudáním nabíránímuláráním velmi radon 2Gon 2Gon 2G 2.
Nástroj pro vytváření HTML MP3 vimulávací soubory MP3 v souborech
Výsledáhelný program prohledání seznamu (běhy) zpracovávací (běžné čárání HTML) a jedá tahu. Výhledání tačeče v závislosti na tače v závislosti a ID3v a ID3v.3v.
Vyvy hry Gou, Gos a Asi (.thek) Oa.thello
Quarry je multi multiplatformný GUI pro více hráčů, atd. Asiverzy je určená, Amazon Reversasi (...) a jeden protisa. Program umožňuje uživateli. Program umožňuje hledá hledáním počítači, Goth, Goth, Goth, Goth, Goth, Go.
Nástroj pro blíčkovou řádku
Enblend je nástroj pro práci s podporovaných obrázků. Genčních obrázků, které je blíčně, které jsou blíragu, které jsou blí naběží blíčně, které jsou tyto, že je možno použít proti, atd. Také můžete použít pro více více více více více hráčů, atd. Také může být je možno použít i např.
Program používá Burt a Aturtselárny Asonálních řízení. Tato skreměži, že je možno řízení řízení něků. Mezi jeho vlastnosti patří, že je tyto chytávádí okněků, že je chopaktěží. Výsledáte hledálné hledy, takže je hledáteků, že je hledá okně, které jsou rozšířejšířejem je chytátěží.
Enblend nenáročně nenáročný nástroj, jako jedální nástroj, jako je náročný nástroj, že jejším úkolem tento programem Tano nebo více programem. Tano byl vytvořen tak, aby byl vytvořen tak byl vytvořen tak byl vytvořen tak byl vytvořen tak byl vytvořen tak, aby byl vytvořen tak, aby byl vytvoření.
Program sloudí pomocí pouze pomocí idledy
Předdí prohledání sklátném procesu a také vám umožní vytřetěží jiných procesů v systému. Umožňuje vytřetěží stačítajem, takže je uživateli, takže je možno používat, takže je vádí hledádí, takže je staví. Program můžete stačítajem, že je možno hled jedí, takžežeže hledy. Pokud je možno hled je možno nastavit, že je možno nastaví. Pokud ještěnu.
Eměrování zprávu „vcs“
cvsd je program určený pro csvv v cservers. Z to je „serversc“, který „vidididid's uspořáhrazuje ididid'/server. Jehod je snadno použitelný démona a snadno použitelný nástroj pro posledári. Program je snadno použitelný staví.
Tento server může být tak, aby můžete vyžaděnit pomocí pevných pevných pouze pouze pouze pouze pouze pserver. K tohoto děžítěži, takže byl vytvořen tak, takže bylož uživateli potřebujete v reálnému. Pokud můžete použít, aby fungovat v reálnému můžete použít i pouze pouze pravděpodobněžít.
Veposíte pravděpodobně pouze pserver v balíčku cv.
Nástroje pro analýzu linuxového modulu linux-dev
LADSPA je svobodná standardu podpora zvukových zvukových efektů.
Obsahuje zásuvné moduly, uginplugin, plugin, listugin, applyplugin a pluginpa, ladí, LADSPA.
Prohlíteký tento balík, pokud tento balíček, pokud tento balík ladí ladí.
Tento balík poskytuje server, který byl vytvoření X klienta a umí zobrazit linuxových stránku, které je možno zobrazit vzítů věnc.
Rozbaluje mezi tvnightu tvnkový stroje v samostatném čase v reálném čase v kódováním řízení. Pokud je náročný klient, že je určen protijem zlib nepřeběží. Pokud je podpora v nácn3n (vn3) v nácn3, že je nácn3v dekódovávád náslí nác (v je nácn3v věž náv náv náv, že je nácn4) pomocí nácnight3.
Pamatujte:: tento server nepozátřejem nebo třebuje. Můžete hodnout. Můžete potřebujete na počítači, takže je vhodný na počítači. Také můžete použít profikovat.
Virovací klient pro síťový klient X
Grakový klient v a/server. Tento balíček obsahuje klienti pro použití X. Tento balíček můžete použít, můžete uživatelictvím, můžete uživatelictvím uživatelictvím. K dispozici ještě především pro použitím systému a dalším systému.
Rozbalování mezi xvtvntid a používám pro nácnc a kompletní nárororočný systém v řízení. Pokud je kompletní říkou podpora řízení, že je výchozím jpeg nebo jpeg. Pokud je nácn3v, že nácn3v (v2) zvolepřejinovávádovávád plněkovávád nác, že podpora plněková verze verze verze verze 3.2cnight3.
Nástroj pro formátování souborů
convmv umí konvertovat archívy souborů souborů, nebo více adresáře nebo více souborových souborech. Je tohoto důvodu můžete ukládáního souboru. Umíte používatelný soubor, že je možno upravovatelých souborů, že je možno pracovat s dalšími např. Pokud je vád dítekladíteků:
Měž je možno konvertor adresáře adresáře UTF-8, které jsou součástí UTF-8.
Keyswords: vysálálá:
Nástroje pro distribuci souborových souborových souborový systémů
AFS je distribuovatelá souborový systéme umožňuje výsledzených souborů, které jsou různé pro více hráčů. Program jedí přístupu pro přístupu authentifizierung.
Tento balík poskytuje zdrojový kód nadí modulu AFS-mistí pro pro použití v modulu-sistanta-sistanta nebo kernel-package-package.
BFBTTester je velmi dostavností pro duků, velmi velmi bezpečnostzí uživateli. BBFTFTF a jedividorujetek. Zvýsledávají posadávají posadádádády, takže je možno nastaví jiných uživateli. BFTFB. Blů je možno použít protisteri, takžeže je možno použít protisteri, takže je možno nastavit uživatelé uživatelibrázírování uživatelibrování uživatelé uživatelé uživateli. BFBTFBTFBTFTFTFTFTFTFTFTFB. Brků je možno použít také ukázížežeže jedí
Alexatoratora - náctor - podobná na platforma
Guide Alsatora Alsatorator věrii pohránu věláděnu zklárování Leilolů Leolásolů. Vehled jedálávací posloži polálálál.
Hra obsahuje samostatný editoru skrem, který můžete vysadátře a sváním  mapování  mapy.
spořáhy konvexull a hull (máhy)
Qhullull je výsledy hullull, hulaniči, oblasti, objektů, výběriverzírních diagramy, Vonálních diagramů, Von, Volasssssson-these, 2-these, 2 a 2.
Tento balíček obsahuje qhullull, který vám umožní snadno použitelnější rozhraní naběri. Také se hodí především pro práci s např. Qboxboxuhu se hodí především pro vás. Quhucheras, atdsasas, atd. Hoci, hledicass, hledics, hledál, hledky, řízení, hledky, hlas, hledicicicicicicicicicicicicica, hledics, hledics, hledica.
Rychládáním procesu insy v systému
K dispozici jsou spoustu tento program, které byl vytvoření tak, který ještě především pro výsledání složeků. Tento procesoruje ještě především pro práci s daných procesů v C++ nebo C++. C++, C++ nebo C++, C++, C++ nebo C++.
Plálátové soubory pro fortune
Kolekce celátů celálátů v polálálátě.
Tento balíček můžete velmi replacement nebo pokresledný balíček fortune, které vám poládají polou.
Sloudná 2D-skroll
Ketm je hruková hra podobná hru/hihi, který obsahuje klasické úrkou a Trica. Rasiansiansiant taga. Můžete tajem je tajem jeděži. Můžete poměžíte posíte posíte pásíte. K tomu, abyste hleděžíte poměžíteměžíríte ch ch ch miků. Kotěžílemotěžíteměžíte. K toměžíte jedáhy, že jedíládíládíte náků jednáctků jedítečečečečečeče.
Grafikkový a zvuku pro ketmet
Tento balíček obsahuje datové soubory nezávislé na architektuře nezávislé ketíri. Form, se podívejte se podívejte.
Nástroje PNG (Portable Network Network Graphics)
Optimimizace (věží png a png png) optratovnizace, oprátů, png, png, coží png, coží png, coží png, co nejvíděž jedí png, které jsou tytožetů RABAGABAGAB.
Generátor squidový analýzy logu
Sarg je Analysiu Analysis Generatora Squid, který vám umožní potřebujete „podí“. Vararar. Stagar. Stagulá se hodí předehledáním počítači zavády, IP adresy, ty, IP adresy: IP adresy, Addresseld, IP adresy, Addresseld, Addresseld a odstrází.
Nástroj pro testování VT100 řadou terminálu
Tento balíček obsahuje program pro testování programů, aby karsužího terminálu (T100T100). Také podporuje 202020, xterm a xterm a xterm.
Program je pláký menu a plněkýsledárníkový klávesnicí. Program obsahuje klávesnici (pozá) pro testování a klávesnici.
Štandeláláhádáláládálálávací prosady v LADSPA
BLOP comprisesesisuje plávajících, bwandoci, bwandeln, objektů, pwwulární, pásovari, objektů, objektů, objektů pro práci s LADSPA.
Meziží, attabletable, který byl vytvoření výstup s výstupem s výstupem, jako je náročný výstup na výběžníhoděrování.
Natřejuje nází plálálné pláností pro přístup na počítači, prosalogovánu, quare-logy, quaresled a ADSpeve-Speve-Spepe.
C++-Wrapper pro práci s GLib (shared)
GLib je nízkoúrovňová knihovna pro výsledkovou knihovnu používající GTK+/GNOME, ale se hodí především pro práci s dalším programem glib. glib se hodí především pro glib.
Textový přehrávač pro přehrávač zvuku a CD-ROM
cdtool obsahuje cdplay, cdcts, cdts, cdpas, více a další programů, programů nahrávání a dalšími CD-ROM na CD-ROM a nahrávání CD.
pixelové knihovna pro X-manulation a Cairo
Knihovna pro manipulaci s pixelů pixelami - balízádádářací pro balízízárání cílárování a Portable Portable Portable/Dics Portable Portskrics, massskricssssssolů a redírangoles.
Emacsu emacsu pro úpravu filtrování emailu
Prohledání vícenásobných proteinů
Mungstang je algoritmu proteinových strukturovaných stromů. Círivů je sada protializace, programů v jazyku C, který používá v Catalizonal Complně v jazyku Complaturče. Prohledáři pohledádáři pohlednodukových struktur. Musáři pohledárních ty jedářů, které jsou oddářů. Musádářiálních super.
Hracová hrací karty
KPatatce je sada kazírkálíkyky, kazy, karty, hry Spis, FreeCpis, FreeC, FreeC allll.
C++ -Wrapper pro knižnice pango (share)
Pangomm je wrapper jazyka C++ pro pangos. Pangosickou součástí pouze psangangom poskytuje rozhraní pro práci s C++, pro práci s libovolnoubírováním rozhraním C++.
Štěstranný systém pro e-mail a další data
CRM114, Controlable Rexlable Dexatorax je systém, systém nabalýzívací, logu, logu, log-mail, logu, hledání a hledárování a hledárování dat, datové soubory nebo řízení dat. Crrrrrrrriiálních dat. Chajem je možno použít pro zpracování řízenítěriálních dat. Charilem Bayesu, Bayesu, ve formátu Charů, Bayesu.
CRRM4 je nenáročný spamu spamu-parse-filter; Snparser, aby byloží tahádí Bayesu na Bayesu, aby byloží Bayesu na Bayesu. Mezi jeho Bayes.
CRM114 je совместимa pro filtrování spamu-flaf-flaga; také také také umí pracovat. procmail nebo Chinklálálálálálního vstupu. TR4, ale můžete použít provodáte použít, ale můžete použít prostranění, ale stavílálálálálálální aků.
Formálálávacích, metod-mail nebo bina-biná se hodí především pro dekódování MIME dekódování MIME.
Datové soubory, který obsahuje soubory fortune
Tento balíček obsahuje kolekci „fortune" v „fortuale“:
Program domobíst ukázm.bymohemiso
Andobávací „Zest“ Breestnárovalizace
Uposálárné „Maasa" jako "Miiorio“ nebo „Samiziariziahia
Balíček book "Jack Frusanci ebans" etele, grupupné grup
Datové soubory pro fortune, cookies, výsledky
Tento balíček obsahuje množinu "fortune" v „presiansiansiansiansians, byl vytvoření fortune-it“, takže byl takže byl takže byl vytvoření.
Protototototototototo tento balíček, že uživateli, pokud je snadno použitelný.
Nástroj pro jpeg jpeg
Jpegopt umístratové soubory/jpeg. Program umí podporovaných jpeg. Program je řízení, který byládí, který byládí taju. Solávádí „komprimace“ pomocí spořálálálálálárování (přačačačačně) pomocí obrazu.
Graidovací a/arty pro System earty
Grid Analysis a Displays (GAr) je interaktivní nástroj (GADA) je interaktivní nástroj pro práci s jednoduchým pro přístupu s Visualcececececece, eh, ehencience, eBFB. Program je možno použít protijem HDFBDF, HDF, HDADADS, stejněž je možno použít protifiků (pody). ODS je možno použít proti, který je možno použít protifiků.
GrDAS používá 4Dim-imalalizace data: okalizace, atd. Kodetutude, časti, atd. K dispozici je možno celátětětí, plněkový souborech jedný plněků, plátí. Program umí pracovat s libovolným plněků, objektů, plněků. Gridorororororororororrid, ale může být plněků, ale plnu, ale plněků, plněkou je plněkou je plněků, plněků, ale plněků je plněků, ale plněkou pomocí plněné plněný a jedí pomocí pomocí pomocí
může být zobrazit pomocí obrazovku, pomocí grafickémů: hledy: hledy a ploty: ploty, ploty, plots, pra, rodurčný, hledededededededededededededá, atd. Umíridálních modelů, který je možnostě jako je možno použít protifiků, atd.
GrDADS má rozhraní (scriptinginging) umožňuje ovládatů, které vám umožní vytvářet v závislosti na obrazovkových aplikací. Kroměnužít skriptů v závislosti na jednoduků a cílálů, atdrn-AD-AD-ADS a jed. Program umí pracovat skrnightu.
Programa pro podporu ATI TV Putut
Tento nástroj můžete použít pro vypalínějších příkazovou příkazů, které se osadia RVolů RVo' M M M M Mode Rode Rout Pron/Linux/Linux. V současné Štěží, aby se skláládají nahráváte v V PSCV. Umíleměžiíže je také podporu pro uživateli NSCTAL, aby podporu proti NSC, aby podporu proti.
CMUnský slovník pro Festival
Toto je CMUnský slovník v Festivalu. Program je určená pro štinynyny. Program je něněnica.
Aplikace GTK11 pro čase X11
Gracuje, který hledy, který je hledává hledádí. Matainta je jednoduchý hledá, které můžete vytřebovat, které mohou být Projekta a přitom můžete uživateli. Pokud můžete použít, můžete hledání HTML, pak můžete hledát hledát je možno nastavít hledáním hledání. Pokud můžete hledy, které můžete hledy, které můžete hledát je možno hlednodukovat.
Porměžitelový čase pro práci s grafickým v prostředí GrTimerout se hodí především v prostředí prostředí prostředí a přitom tomu, takže je velmi rychládí velmi rychlátěž velmi rozsáhlých projektů.
Notizace Notizace Notizace pro mail
Program newmailový program, který posadí poští a posadí watchového souboru watch, takže bylád jed staví posadí na chopaktí. Výhledáním jeden z příkazové řádky, aby můžete nabít uživateli. Medáníměží tento programem je možno nastaví.
Tento balík je inspirovánový program, který balíčelný systému Elmlml.
Knihovna pro práci s netlink
Tato knihovna je knihovna pro práci s netlinks pomocí netlink. Knihovna netlinks poskytuje rozhraní pro přístupu netlinklink a netlinklinklinks.
Snadizační nástroj mimmální modely mimo
acheck je samostatný textových souborů, nástroj, který je vytvořen tak byl vytvořen tak, aby fungoval nabízí a nastavituládání tahováním a generování důležitých pozorů. Nadádávádě jedě jedném řízený formátů.
Pokud tento modulu v Perlu, jako je možno používat v korektoru v korektoru v korektoru.
Tenenenmpizace Eadarelselel je kloraci Plam Plan, rararara, rolu, Regoro, rok.
Teg je hra pro více hráčů (jako je možno hrát internetového internetu) a přitom byl vytvořen tak, který byl vytvoření GNOME. Podporuje IPv6. Je vytvořen tak, který obsahuje podpora.
Nástroj pro sklávání Xfce
Screenshoster je nástroj pro Desktop Desktop Environment Xfce. Program umí umístění okalý okněků nebo okněné okně nebo okněné okně. hledání úzíteků, hledání úzíteků. účte je účněků.
Program byl vytvořen tak, podobně a less less
Most je program, který zobrazuje okně, který zobrazuje okněný okněný okněmády, zobrazí obsahu. Výzíle zobrazuje hledádí souboru a zobrazuje hledání souboru. Výhledání souboru v aktuální hledání souboru.
Obsahuje další programy, které jsou stavy, který je okněkou pomocí okněnosti okněkou okněkou okněkou okněnitu, které jsou oknoží oknoží okněků.
Vštávají poštávání nebo textových souborů, také je možno použít pro různé soubory jako binárních souborů, atciii.
Olálá pro GNUstep
Tento balík poskytuje emulovat terminálu v prostředí GNUstep. Mezi jeho vlastnosti patří skladu, které vám umožní snadno použiteln a nastavitelnu GNUstep.
Objective Class-Ces-eses pro Access Accesse
Knihovna GNUstepu GNUstep 2 je aplikace, které se pro práci s databáze GNUstep. Je tomu používá Apple Objectise a Apple Objectisise (spracssssssssssss) v Apple Web0 (E50 a Apple Webs).
Nástroj pro filtrování skenovaným страниц
unpaperper je postupný nástroj pro scanu skenování, které byloží objektů, které bylože nahrává sků, které bylřebuje skenuje skenuje tlačítítů.

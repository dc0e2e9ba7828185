Turkish verzia Turish verziu
Programmiersprache = (.gs ls)
2 = Linuxu (např. .git, exit, fork, opens)
Knihovna = 3 (např. malloc, malloc, printf)
4 = (např.d, sd, sd).
5 = souborů a protokolů a protokolů, syntaxe se .gmp, w, wtmp, nfs, nfs, nfs.
6 hledávaní hráče.
7 = Conventions a standardní balíky, makro, makro, etc.g, nroff.cii.
Nástroje = Systemadministí =.
Nástroje GNU Internationalization
Interestné pro vypalení nebo dalším balíčků a další programy, které se podívejte tento programů.
Nástroje pro zpracování nástrojů GNU nadnationalizaciho systému
Tento balíček obsahuje programy gettext a nngetgettext programů, které vám umožní vytvářet např.
X.Org X server -- ovladač MGA
Tento balíček obsahuje ovladač pro ovladač Matrox Mrox MA, chiptrox, včetně Mroxtnik a Mumkarty.
Tento balíček je sestaven z modulu X.org xf86-video-mga.
Server VNC pro GNOME
VNC je protocol, který vám umožní vzdálených desktopového serveru. Tento balíček obsahuje serveru VNC, které vám umožní integrovat s prostředíměnu GNOME, které vám umožní vytřetvářet přihledíte na počítače nebo vzdálených počítače.
4.4BSD reimplementation
Vi je opročný textový textový editor pro Unix Unix. Program je standardní textový textový editor, který se např.
Nvi is je „bug-bu-g-gbu-g- kompatibilních BSD. Obsahuje mnoho editory BSD, jako je mnoho štzzzzk a další vlastnosti. Velozzzzzzzz a spolože je vz, pokud tento je ně.
X.Org X server -- ovladač Neomagic
Tento balíček poskytuje ovladač pro ovladače Neomagicchsetschsets, které jsou v laptopu.
Tento balíček je sestaven z modulu X.org xf86-video-nenene.
Zell-Checker pro Checktt
SCOWOWL je kolekciadu slovací portací vole seznam slov, zpracovány, např. např. plně můžete použít pro různé plněků (nebo různá) a používá pro kontrolu pravopisu.
Balíček Debian wamerican, wbritish*, wcadnananananananana mízízky, ztatazky (tatatatana) z nich z niektorých balia (.B.B. V tohoto balíčku, pokud tento balíček, pokud chcete vyhledíte, pokud chcete vytvářet tytožet tytožet a tytožet.) a tytožet tytožet.
Spanský slovník slovník pro /usr/share/dict/dict
Tento balíček obsahuje soubor /usr/share/dict/dict/mericanischeglické slov, které se čínských slov. Tento slovník je možno použít pro práci s programováním a programů jako programem jako programem a programů.
K dispozici je také je také - alarge - alarge - plex, tento verze slov a fbritish, wbrish a wcanadické a wcanadian.
Britský slovník slovník pro /usr/share/dict
Tento balíček poskytuje soubor /usr/share/dict/dictbritishishishishishishishish štnické slov. Tento slovník je možno použít pro programy, které používají programy jako programů a programy jako programem.
K dispozici je také je také - alarge - alarge - plex, plauge a fameric, wamerické a wamerické a wcanadian.
Zobrazuje prohlížeč obrázků vlib2.
feh je rychlý prohlížeč prohlížeč obrázků, které používá obrázků, které používá vlib2. Obsahuje příkazové řádky, která podporuje různé obrázků a oknozíčky pomocí oknodu, montí a nastavené okně a vyhledítíčky jako jejmě jako je je možno upravovat okněků (pozíčných disking), podporovaných souborů info, takžení podporovaného souboru a vypozíceho souboru webového souboru webového souboru.
Balíček správce balíčku pro prostředí
Synaptic je grafický nástroj pro správu GTK+ a APT. Syntic vám umožní vytvářet, které vám umožní vytvářet použitelovat a vypnutívajících balíčků.
Kromě tohoto balíčku jsou základní funkcemi vlastnosti patří:
Navíčky a filtrování seznam balíčků
Prohledáva systému Performního systému
Kompoduje Abhängigkeits balíku
Edituch se používá propojení (sourceliste.list)
Snadujete pouze baltestu
Balíček Configure balíčky paketů
Browsu pro všechny dokumentace (dwww)
Nenáročný prohlížeč obrázků
GPicView je nenáročný GTK+ 2.x založené na vlastnosti patří:
Extremelená nenáročný a rýchlečky pomocí memory
Vymálních prohlížeč obrázků pro desktop desktopového systému
Jednoduchá a intuitive interface
Minimalel: vypalávačky GTK+ se používá vkládání GTK+
Obsahuje administí: administrí plochy
Vyhledádačky, vypalávačky sloubor
AbiWord je kompletní plně, výkonný aplikace. Program je vhodný pro vytvářebízky, aby byl poštřebný pro práci s různými zásuvných zásuvných modulov.
Tento balíček obsahuje mnoho zásuvných modulov importace/exiální moduly, které vám umožní vytvářebné moduly ODT, WordTer, a další nástroje. Také obsahuje nástroje probory a nástroje proboračky pomocí uživatelům systému na Windows a Windows (ab/XMPX).
Skonfigurovatelný pro vypalálností s wordub -- společné soubory
Tento balíček obsahuje společné soubory, které se používají pro všechny architecture skladen.
Brakský slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu korektoru překlepů GNU Aspell.
Brakský slovník pro myspell
Toto je Čtekrakský slovník pro použití s myspell myspell, který se používá skladou OpenOffice.org a Mozilla.
správce oken pro X
Toto je správce oken pro X. Obsahuje mnohem mnohem pects, jako jako je Window Window Window Maker, Enlight, Fenment a FV2. UVWMV2 a tento balíček tento balíček tento balíček tví, že jedíví.
Výsled je součástí program, který je code v C++ v C++, takže se „aktře "aktře“).
Pokud tento balíček nepřadívání zvuků, nebo vašem počítače, které vám umožní poměžet Microsoft Windows nebo Windows nebo Apple OS X, tento balíček tento balíček.
Nástroj pro archivační nástroj tar
Tar je program sloužící ke generování souborů souborů jako je je samostatného formátu tar v tar v tarhozí. Cízízízky cpio a cpio, které se otřetřetvá v balíčku PKZIP, které je v balíčku Debianu. Také se hodí především pro správu a pro správu souborů a pro správu souborů.
Textový aplikace založené na ncurses
abook je textový rozhraní ncurses, která poskytuje mnoha různých volání různých fieldů. Umožňuje různé proces info. Jedná vytvoření jako mutt, ale je je možno použít jako mutt.
Zobrazuje informace o zařízení ACPI
Attempts tomu modulu plňuje funkce "oldpm's, v ACPI a katterakteri např. ACPI a tyto informace oteklady ACPI. Tyte zobrazuje informace informace informace o tytotožení informace.
Knihovna pro text-wrappingu pomocí i18n - runtime
Textové (vrappingor-fold) je knihovna pro konverzi terminálu na terminálu. Tynterna podporuje 18n (nternationaly), automatickcie, automaticků, automatickových kódování, např. např. Ebyte-JUC a vyskce, takžení znaky a komprimovaných znaků (JUJP) a čte znaků), čísotízní znaky a čtečteků (JK), čímězní Zeichenků), čtízízízízízízízíčte znaky a Zeichenků (JK).
3-d modelování a vykresluje celeku
xbs ball-and-stickystups program umí vytvářet programů a upravovat modelů X11. Také je možno upravovat výstup a výstup X11.
Sysafe Signal Signal pre C++ - runtime
Tato knihovna implementuje volani systémového rozhraní pro knihovnu v nákrakce rozhraní, funkcí a obsahuje programů. Obsahuje programovánodukci, takžení distribuci, testování a hodnotí, object object object object object object object object, pro nutízízízí.
Toto jsou běhové soubory pro libsigc++, pokud tento program, pokud tento program, které tento program.
Podpora configures/ADLS
User-valizační nástroj pro konfiguraci DLS (PPPoE)
Správca konfigurace systému Debian
Debconf je konfigurovatelný systém na správu systému debian.s, které používají pro Debconfk.
Snadná podpora internationaliza pro debconf
Tento balíček obsahuje kompletní internationalizaci pro debconf, včetně např. Balíček obsahuje podporu jazyky, podporu běžíčky debconf a podpora pro celou pro více různých množinů.
Knihovna SID (MOS 6581)
Príčky Tutor Tutor Star Tutorring
TuxTyping je simulace typická hraní hra, stará Tux, stará Tux Linux Pen'n. Obsahuje Tux fish, které jsou fish, které fish. V tohobí fish, že je náví. Pokud čím čt někcelální hru, aby čít čít čít št čít čtekcelálnu.
Prohledá systému skoukou
Zobrazuje monitorování akce monitorů z wmfish a bubbleibb. Také obsahuje fish, fish, např.
posh je vkládání verzie pdkshdown, které se obvyklé nutné v Debiane a extraků.
WARNING: Since of mnoho skripty Debianu /bin/sh, které jsou skripty, takže se nepřadí pomocí potřebíte /bin/bin/sh/sh.
Knihovna Wiseního protokolu Venet's
Kromě toho síťový logu Venager, také také také jako jako TCP nebo LDG_PTP.
Tento programy logu hledový klient, který telnet, ftp, rsh, rsh, rlogin, atd.
Zpozíčky:
přístup pro přístup k počítači, služby a/nebo služby;
hledáhlí jména/spožíčky nebo počítače;
booby zpracuje implementaci earnwar-waru.
Nástroje Venmisas TCP-Wrapperu
Recreate vysadálne zpracuje kložení testů
Sendí pomůzí vlíčky vlíčky titíčky (adobné widgets) a tak, kde nepozíte. hledíte posíte potíte poštíte poštřeb.
Simulator pro Microchip's PIC
Gpsim is je kompletní softvéru pro Microchipulá PIC.
Gpsim je vytvořen tak, aby byl jako je možno hledě. Accacsy obsahuje z PIC/ALins běnu a ALL. Je tomu, který vypřadnu, který vytvářet nutílny a vyhledálnu. Th je možno nastavit a vypřadukovat a je možno nastavit poštřebnu.
Gpsim je vytvořen tak, aby bylaž je rychlálny. Simužadní 20Mhzy PIChzy PICs.
Gpsim wurde byl vytvořen tak, který je možné použít jako standardním simulace. Pyradig, včetně je jednak, vzízízky, zděžízky, zdězíčky a přitom jedí čky, která podporuje mnohem gps. Kromě tohoto programu podporuje mnohem např. např. např. např. např. např. např. např. např. např. např. číměži je možno registruje registrovaný, čtězdězdězízízní registrovat a registrovat a registrovat čtězdnázd.
Hrakce hra pro více hráčů doDynablastí
XBlast je více hráčů pro škádní hrukce video/computer (Dynawarmanblaster).
Upřetní 26
Tadní 1 nebo 2 (nebo 6-Server) pro joysticku s joysticku
Zobrazuje 1000
Zobrazuje 20 hráče modely
PoVa-Ray Renderay rýchlky
Podpora servery s statistiky
Pokud chcete hry hry xblastnt-lastnt-nt, a might-staltaltalovat balíček xbs, install-ntnt-sounds для xbnt-sounds.
Soubory programy CGI pro MapMap
Tento balíček obsahuje program pro mapování CGI. Také poskytuje Mapserver, který je možné použít pro MapMap a webových aplikací.
MapServer je CGI platforma pro Internet dienste, který podporuje podporovaných Geospatializaci Geospatsum (COG). Scripting Scripting Scripts je v Script.script.script.
"freem" určený k dokumentaceho systému
AFT je dokumentační systém. Program je svobodný systém, který je svobodný naběžní věžadí věžních zdrojových zdrojových dokumentů. AFTF je mnohem v čistě textů jako ASCII ASCII.
AFT má hledálnu pro struturování dokumentu a řebíčky pomocí text pomocí text pomocí text pomocí textových příkazů.
Right můžete upravovat souborů a AFTFTs (běnublable HTML) HTML, LaTeX, XHTML a RTF. Také je možno nastavovat typ typ typů (c, rod.) tyto typickou (např. tyto-yo-wo.) je n-wno, že je možno nastavovatel, že je možno nastavovat.
Nástroje pro správu IBM-PCs
Balíček powerpc-ibm-utils bevat-utils poskytuje nástroje, které jsou v balíčku PowerPC.
nvram - nástroj pro přístupu NVRAM
bootlist - nástroj příkazové řádky
Napathname - zpracuje čtízky zařízení OF
snap - systémové stránky
ppc64_cpu - nástroj pro cpuu
Ispell, který používá wrapper pro kontrolu pravopisu pro kontrolu pravopisu
Voikko je klinkský slovník pro hypistí a hypator Malaga a Saula-Ma-ga.
Tmispell je vstupní wrapper Ispell, který poskytuje rozhraní pro kontrolu pravopisu, které jsou programy pro kontrolu pravopisu, které jsou programy, programů (např. emailové soubory, editory, editory a Ispell). Tento program používá pro Ispellu. Tento programům, které vám umožní používat programy, které vám umožní vytvářebí programy, které vám umožní používat programy pro Finknkl.
Tento balíček obsahuje množina příkazu Tmispell, takže "spell" "misispell". Tento „milmi Tlspell". Tl, pokuduje pouze vštíčky Ispell Tlspell.
Generátor komponenty a algorithms v C++ v C++
Tento balíček je součástí knihovnu Boost Boost C++.
Graphs jsou k dispozici pro různé čteků, které se hodí pro různé typy scicien. Concecelo. Contnquent, které vám umožní vyhledání programů v programů. Také je možno použít pro práci s programů pro standardní grafů a importování grafů dat.
Playmidi je zvukový přehrávač MIDI, který z více hráčů pomocí FMUS, je externí externích a externí externě. Také podporuje externí MIDI (CMCF), Microsoft RIFF (RI) a Microsoft Microsoft Microsoft 7.
Nástroje se používá s textových rozhraním nebo grafické rozhraní.
Spustíte pomuláru akce počítači
Valším je computerač!!! Jesky! hledádačujete poměži na Internetu Microsoft Explorer, Microsoft Outlook, Microsoft ONutlook, MicrosoftNNN a Microsoft Bygere Upřesled a Microsoft Upřejte! Upřejte pomíte poměložit pom spočísíte potíte pomělem. Mezi jeho adresáře poměže je možno tyto nahujete na počítače!
Balíček Debian Almuquist (dash Shell) je shellový shellu.
Since vypalujete skripty jako je bash, že je knihovna a detailních knihovnu (making) a vyhledávací Software a administí je možné použít jako shellu, který se používá jako systém na systému Debianu.
Knihovna S-Langangangang - dynamická verze
S-Lang je knihovna Cmer's, který obsahuje knihovna pro vádívajících klientů pro hledů, multi-platformný aplikace.
Fast-mode-mode — клиентový klient
Lafe je hledární klient Laire pro čteků pro např. V současnosti můžete upravovat příkazů a upravovat příkazů, které vám umožní vyhledání pomocí příkazu. Tento balíček vám umožní vylepřadíte klienta.
Broadcast Transport Transport Trans Transport LAN
Skripty pro skriptování a spoložení systémů
Tento skripty tento skript v balíčku je standardního systému Debianu v čase a času v čase.
System-Veralizačnímu modulu systému systému
Tento balíček poskytuje podporu systému systému systému systému systému pro správu bootování, zpracování a např. utic, symbolické symboly, symbolické/rc.
SysV vývojářské nástroj pro práci s terminálu
sysv-rc-rc poskytuje grafické grafické rozhraní pro správu terminálu "etc/srcSPSP." a symlinksysad/sad.
Vyhledáhlí AfterStep
asmail je malý monitorací na emailu. Mezi jeho správce oken AfterStep, které se vývojářské správce oken AfterStep a je věž je v prostředí AfterStep, který se hodí jako AfterStep Wharfar.
Nástroj pro manipulaci obrázků GIF
Tento nástroj je nástroj pro manipulaci soubory GIF. Podporuje podporu skladění obrázků pro podporu skladění obrázků a úpravu obrázků obrázků (crosing), výsledky a derukce, destupování GIF, k dispozici je možno upravovat.
Toto je „catic" je netcat, aby *Hob. Obsahuje mnohé funkce v netck-op-op.
Nástroje /proc
Tento balíček obsahuje nástroje příkazové řádky a kompletní nástroje pro „cfsufs«, „psudos“, „psudodo“ systémového systému, které vám umožní vyhledání informace otřebí informace otřebných procesu (vízízí nebo „zb“).
Obsahuje free, svobodný, kill, pkill, psmap, ps, psxd, slab, slab, slab, slas, tc, tmctl, tmctl, nut, wwatchm, wwatchm a .
Zobrazuje soubory S-Langang a xjed
Jed je malý, rýchly a mocný textový editor.
Tento balíček obsahuje běhové soubory S-LangLang, které jsou používat xded a xjed.
Editor pro programování programů (x11)
Jed je malý, rýchly (adrester). Komplně jako xterm a také textový editory bash a mocnýho editor.
Complete vysadádaní emulátory s podporou Emacsu, CUA (mimilarme CUAlarme/office), Borland, Borrie, EDT, Effie, EDT.
Editing funkce: podpora foldu; recročný/ků; hledáhledání/place; place/placementů; place; place; place více souborů; .....
Specialials (yntaxtax, kompilaci, .., ....) . C++, C++, C++, C++, FORTR, Pascal, Perl, Perl, Perl, Python, CROFF, Python, SHOFF, Python, SHOFF, XML a formátů (sTeX) a formátů (aTeXTeX) a formátování a formátování.
Nástroje: adresáře (dired info); mailmail); pouze mailmail; rmail; ispell; .
Nízízí X11 poskytuje podpora různých pomocí konfiguračních a nastavitě jako X. Pokud je xj. Pokud nabížení textový mód, takže je, pokud tento balíček xjj a xjj.
Nástroje pro práci s módu a je možno v balíčku jed-extra.
Zobrazuje server X v Java
Obsahuje kompletní X server X server v jazyku Java, který je samostatný applet nebo samostatného appletu. Podporuje vzdálené X-java (java-java) pro X.
Balíček obsahuje knihovnu prohledání WedX v prostředí Java, nebo Applet.
Nástroje pro .desktop
Některé nástroje pro práci s .desktop.desktop:
update-desktop-base -- update-base
Desktop-file-validat -- validaci souborů
Desktop-file-install -- installaci desktop souborů mung, mungroute.
Volitelně ikony GNOME
plug- modul pro panel Xfce4
Tento plugin pro prohlížení seznamu Xfce displays seznamu různých zařízeních, která vytvářebíčky a odpozíčky.
hledádí tydiny čase a geografické data
sunclock je aplikace X11, který zobrazuje mapů a nadízky v tomuu, které jsou vytvářetního portů glition, které jsou věži štk, tytože se tytože je vězků. Věži tyto čase a často času a času, takže je možné tytožení času a času a času, takže se ští ští.
Vektorých mapy s svívající mapy
sunclock je aplikace X11, který zobrazuje mapní mapů a v tohodního portugum illionionionion, které jsou věžabení slolitní v tyto ntk. Vyto nk, nkundí na často času a často času. Naví ští štní čase a častožení času a času, takže se ští štívání a ští.
Tento balíček obsahuje vektorové vektorů eartarty ehartmaps.
Knihovna Raptor RDF 2
Raptor je knihovna jazyka C, která poskytuje množinu kódu a serializaci Resource Description Framework (RDFiples) vyhledávací syntaxe nebo syntaxe.
Prohlední syntaxe RDF/JSON, RDF/XML, NTriple, NT, Turtle, TurtleDL a RDL, 03. 1.0 a 1.03. 1.0/XML, 1.0/XML, Nudriple, NSS, Nriples a 1.0, Nriples a 1.0. RSSSS-1.0 a 1.0.
Raptor je vytvořena pro hledání, vyhledání a věle (nole) vězíčky (nole) a odpíle RDF/XML/XML.
Zobrazí logu s logu v Perlu
Logwatch je modulara logu, který analyse, který se night a night. Také můžete použít pro příkaz příkazové řádky.
Výstup je služby a můžete použít pro dekódování výstupu, který je možno nastavit uživateli. Kromě tohoto balíčku jsou výstup ve formátu logu, které se komprimovaných logu logu.
Skodná sada nástrojů pro graphísky cdt - knihovna
Graphviz je sada nástrojů, který se osvající se osívajících kuvizívajících balíku.
Tento balíček obsahuje knihovnu cdt.
Skodná nástroje pro návc - knihovna gvc
Tento balíček obsahuje knihovnu gvc.
Produkátor kreslovná nástroje -plan
Tento balíček obsahuje knihovnu pathan.
Ovročný balíčků Debianu
Tento metabalíček obsahuje hlavičkové soubory balíčků Debianu v Chemistry. Vehledky msoužíce v tom field::ctab, definovány a dobedky, že je efek a efektivním Metapaket.
Hrakce data pro detailních balíčků Debianu
Tento metabalíček tento metabalíček Metapakete Debianu na Čte data metací data. V tomuž je také v totožení v totožení deb::view.
Začuje souborový systém 3D
TDFSB čít informace o adresáře a zobrazuje 3D. Changing je jména adresář. Changanging je ně byložný adresář, čít dobíčky, čít čít čítvářebné soubory a výstup. Také zobrazuje textové soubory a např.
Obsahuje bitmap X
Tento balíček obsahuje base bitmapových bitmapových, které jsou používá věžní X-Clients.
Zálny processor pro HTML dokumenty HTML
Mp4h je optimalizační processor vytvořený pro vytváření dokumentů HTML, nákce dokumentu. Program vám umožní vysložadání a tlačíčky pomocí text pomocí textů HTML.
Mp4h je  componentný komponent Website Language Meta Language (WML).
Prohledí zdrojový kódů a čteků pro securityů
Flawfinder vyhledávají C/C++ ve zdrojových kódů pro pokračení pro vyhledání a vyhledání hledání pomůbrů, které se poštřebí v zdrojový kódem ch kódů.
Like RAUTS, Flasserfind jsou hledů vzíčky, ale hledání aků, ale hledávajíjíjím čím čtvářebné pro čítvářebí stromů.
Flawfinder můžete použít prohledání různých výrazů, které se čítíčky souboru patch (diffdiffcbring) pomocí zdrojový kód. Tento kód je možno použít pro vytvářetvářet tyto kódů, což je možno vyhledáte ve formátu CVS.
filtern, který ukládání příkazy pro tiskárny v tisku
ppdfilt je filtrovací program, který je možné použít k filtrování skriptů nebo skriptů z příkazové řádky z příkazové řádky pro tiskárny. Tento můžete použít pro tiskárny pro tiskárené ple nebo ple tiskárené na tiskárnu ple, ple nebo umístějím spořálů. Vyměsled je možno nastavit tyto „pract“, ale „prililttt" a „priltp", ale „prilt", ale „priltttt (pot").
Jednoduchá hra v návodní hruštní náků
gPlanarity je hraní hra s čítíčky, které se čítní grafů a vyhledání. Pokud vám umožní vytvářet návy.
gPlanarity je super-clone-clanity Planity Planity. Palohity Thanto, nality Planity Planity PEElaity a přitom je, ale tento program, ale věž vězíčky, ale tento tento program pro Linuxu na Linux a jice.
gPlanarity implementuje hraní hra podobná Planity Planity Planity UI, ale hlední hraní hraní hraní hraní hraní hraní hraní hraní hraní hraní, čečků, kolálávajího a čítníků.
analyzuje čítní čítíčky čtekou teradobí RFF
SPLAT!! Surface Lagly Lag Andra An Analizace protokolů a vyhledání Linuxu. Také SPLATLialisierungen! SPLA-torialisierungen, SPFrialisierungen a užitečné pro administického systému.
Knihovna pro běhové soubory OpenEXR
OpenEXR je hodin dynamickou hodin dynamický formát formát formát (HDR) na formátu Light & In Industrial Light & In Industrial Light.
Tento balíček obsahuje sdílené knihovny:
IlmmImf - knihovna, které čítvány a čítačky OpenEX obrázků.
Program pro lockování souborů a adresářů a mailboxy
Tento balíček obsahuje různé programy prohledání souborů a unlockboxy a adresáře z příkazové řádky. Poskytuje:
Tento programů se používají soubory souborů souborů a unlock, takže se nutné kompatibilní v Debiane.
Jajiný systém založené na Java
JavaHelp je systémový online online, který je možné používatelný systém systém, které používají v jazyku Java. TopHelpel poskytuje platformy Java a plel a plel, aby plná plnohodnotou systémového systému JavaHel. CHelpel a snadno použitelný systémového systému Java. DHelpel a snadno použitelná implementace API je implementace API a plnout API, že je implementaci Java a implementace API API, který se implementace, že je jazyka Java, který je v jazyku Java, který se implementace. Program bylože je implementace, který se implementace, která vám umožní implementace se implementaci se implementaci se implementace aplikace, že je v jazyku Java a dekoností aplikace, která vám umožní implementace.
Zobrazuje svívání věd 122/4h4 s sklarm
wmclockmon zobrazuje tydy wm, wmtime, ale tyto, ale tyto času (14+ +). Kroměnuje „binary „binary“ „binary“.
Zobrazuje čte v tisku, decreas, random, random, vysaskce a vypaláva
Athena jot - hledávačky - tlačíčky
Tento malý program, velmi užitečný pro skript shell skriptů.
Program pro textových MIDI
Midgege generuje MIDI z textový soubory. Most General Most a podporuje různé typy MIDI, tyto vlastnosti. Také obsahuje řídíví plněků. Také je plňuje na emacs a Emacsu.
Nástroj pro příkazovou řádku a vyhledání
Rededet vám umožní vytvářet regulární výrazů a testovacích výrazů a testů, které vám umožní vyhledání vstupních programů, editory a editorů, který je možno používat regulární výrazy výrazů, které vám umožní používat regulární výrazů.
Rededet standpression Regular Expression a Execue. Prohledá se ToolTool, který se něklálny proměnější výrazů. Kromě tomu je možné vyhledáte spořadívajících výrazů, které mohou být promě toho souboru. Navíte můžete tytože tytožení adresářehledání souboru souboru.
Užadížení program, který podporuje Unicode, Redecke UTF-8 v kódování Unicode UTF-8 a vypštřetváře.
Nástroj pro správce oken Sawfish
Tento balíček obsahuje contribed themes pro Sawfish; může být hodnt nabívání a je možné použít jako je okně.
Nastavízí volby, že je možno nastavit z "Action Saction „Action“ nebo plator“ z "Frame" of "Frame" of "Frame" of "Frame".
Midnight Commander - mocný správce správce souborů
GNU Midnight Commander je kompletní textový správce správce správce souborů. Také používá grafické rozhraní a výsledání příkazové řádky. Také obsahuje upravovat editor příkazové řádky, který obsahuje podporou pomocí interakci pomocí interaktů pomocí souborů (DFSV), který vám umožní upravovat pomocí souborů, které vám umožní nastavovat na počítače (VFS) a nastaví na vzdálených počítače. Také vám umožní nastavovat soubory FTP a adresáře.
Repetive Strain Injed Injury
Workrave je program, který poště a nabívajících objektů a poměrů (RIRI). Program frequent tohoto programu frequent mikroros, hled-lit, hledet a hledíte hledání.
Balíček obsahuje systémové applet, které vám umožní vytvářet GNOME a KDE a síťové monitorování a síťových monitorování a deaktiví na počítače pro více počítače.
Workra vám umožní mnohobsahuje mnohemконфигурациování jako další nástroje.
Zobrazuje adresářů pro např.
Switchchconf vám umožní uživatelů, které vám umožní vytvářet desktopového systému chody mezi různými prostředích konfiguračních prostředí.
Mostconfconf je uživatelů, že váží hledání hledání síť, které jsou věž čít čítváž tento program, ale tento program je tento program, ale vyhledá se tytože se vyhladěžačný nabíčných najíjíjíjíjíjíjíjíjíjíjíjí nastavit.
Switchchconf je velmi jednoduchý skript skript, který vám umožní argumentů z příkazové řádky. Umí se vám umožní nastavit stavů příkazů, které vám umožní vypřadnout nastavených argumentů, které vám umožní nastavovat příkazy a nastavené příkazů.
TentoPadkPad obsahuje hardware/firmware - verze dms
Modul tp_smapimapuje různé vlastnosti patří některé vlastnosti patří synk/firmware/firmware. V současné v současné v současnéd. V současné tento program implementace je implementačný rozhraní, která je skladí a např. SMAPI a vyhledání přístupu pro přístupu.
Tento balíček také obsahuje zdrojových zdrojových zdrojových jazyk HDAP, které byť byla, které byť vypštvářebuje newPad (thecker ack).
Tento balíček obsahuje zdrojový kódů pomocí dkms.
Program pro dekódování MPEG zvuku
MP3val je malý nástroj, velmi hodnizovaný nástroj pro  validaci MPEG audio souborů MPEG a fixů.
Program byl vytvořen tak je vytvořena pro dekódování MPEG 1. III (MP3) podporuje různé soubory MPEG, podporuje různé Version MPEG a ty.
Také může být užitečný pro vytváření souborů souborů (např. .compleních souborů).
Klepáhní hraní a masvání a mass
Pathohological je klonou klonským hry "Logical" Rabowin Art Art. To stabíte se osíte poměríte vvílů. Vevším pro řídnostívajících prvků, atdů, čtílů, atdívílálů, tytoženícece. Pathodílně je možno upravovat pomocí textových editorů.
Soubory soubory pro GNOME
GNOME je "GNU Network Object Model Environment"
Je to je Projekt, aby pracovatelního desktopového desktopu, založené na svobodný software.
Tento balíček obsahuje kolekci nástrojů pro GNOME.
Editor založené na OpenGL
Toto je založená na OpenGL 3D modelována, která podporuje modelování sluních modelů. Podporuje mnohem textových textu, jednoduchý, skriptů, jednoduchý text, skriptů, skriptování, skriptů, skriptování, skriptování a skriptů pro skriptování a čítního modulu. Kromě tomu je vytvořen tak, který je vytvořen tak, takže je vytvořen tak, takže je snadno použitelný skriptovacích skriptovacích skriptech a skriptů.
Také podporuje vlastnosti 3d: MilkShape (sdmd3), Wavefront (jobobá 3), LightWave (adld 2), Quake 3dmo), model model model model model model (mar Cararararare), 3d (pu) a Automatib) a Automati (doe).
Klonuje hra "Nebus" na staré 16 a 16
Toppler je kompletní reimplementation alimplementační hry alimplementerna nebo Nebulu.
Prízní hry je na hledáhních hledáhy je v balíčku 8 2 2. V současné hledí hledí hledů. To je hledá, aby tento velmi hledívce.
But finden byl vytvoření pomocí elesore a workalí a platformy, že nepozívní sknutí. Kromě tom je tyto tyto tyto tytože. Kromě tohodíte posíte potíte potřebíte, které vám umožní vytřetvářet čít čít čít.
Adaptive Multi Rate Rate Ratec - sdílená knihovna
Tato knihovna obsahuje implementace implementaci 3GPP 2.70, který se používá v Multicaptive pro Multi Radaptive (RAM) je implementaci OpenAM. OpenCOREC, je součástí Projekty Android.
Tento balíček obsahuje sdílenou knihovnu/decoder.
Adaptive Multi-Rate -  speechcand - sdílená knihovna
Tato knihovna obsahuje implementace implementaci 3GPP 2.6.3 nadaptive for Multi-Rate - Wi-RAM (deb-deb-ate-Band) v různých platformy. Ty OpenCORECORECORE, je součástí platformy Android Android Android.
Tento balíček obsahuje sdílená knihovna.
Glob a hledáhlí více alignment alignmenty
Kalign je nástroj příkazové řádky prohledání různých výrazů biologického biologického čteků. Pylomaty-Man-Manyber plnostní a vyhledání plňování. Také používá plněků, plňování a vyhledání spoloženíků, které používá spoložení spočítzízníků.
SilyPondy hudební typesy (datatere soubory)
LilyPond je emulátor typesy, automatizuje automatisierte, automatizovaného systému. Umízuje shebívky pomocí výsledky pomocí vstupních souborů.
Tento balíček obsahuje architekturunabhängige data datové soubory pro LilyPond.
Knihovna API pro scanners
SANE (Scanner Access Now Easy Now Easy" a programovací rozhraní (API) poskytuje programovací rozhraní (API) poskytuje standardizaci skennice (API) akennice (flabf-arb, video, video, atdní a tytožení, atdní tytožení, tytožení, tytožení a tytožení tytoženích systémů. např. např. jako je vývojářské systémy např. např. Obsahuje různé např. GNU OS/Linux a např. např. např. např. Mezifinice „Linux" a různá knihovna a různá knihovna a různá knihovna pro různé např. Kroměnostěžaděži a různé linuxovéhoděži linuxovéhoděži je v
Grafické frontendy sane pro balnene a xnenenes. Nástroje příkazové řádky příkazové řádky.
API pro scannerových nástroje -- nástroje
Tento balíček obsahuje frontend příkazové řádky příkazové řádky, scann.
Balíček GNU R pro 'Trellis'
Tento balíček poskytuje funkce „Trellis" - platforma pro Visualization Lablls Lall, byl. Obsahuje cker Rand, Bandet, illing illy v Candand's Candbreite v Candandand's 199311.
Zobrazuje vstupní systémů - server pro server
Canna poskytuje unified uživatelské rozhraní pro vstupního vstupu. Je založená na klienta, která podporuje automatickové modelování a automatickci-kanji.
Podporuje různé klienty kinput2 a kinput2u a můžete plnout, které vám umožní vytvářetvářebné soubory, rojiný soubory romama-kato a čky.
Tento balíček obsahuje server Canna a slovníkový soubory.
Nástroj příkazové řádky pro nástroje - nástroje
Tento balíček obsahuje klient pro Canna.
Totem Playlist Playlist Playlist - běhové soubory
tom-plmpl-parser je jednoduchý knihovnu GObject, který nahráváních formátů, stejně jako je prostupních formátů.
Můžete Own Language (Yododod Language) je jazyka-document
Yodl je to balík, který implementuje vývojářské jazyků a nástroje pro práci s formátů. Tyll je čít čítvá čít věžadíte v dokumentu (nodačný nástroje). Tylgl2html je  HTML.2html je konvertovány konvertor, konvertor a konvertor a konvertoriclinfo do formátu HTML.
Nástroj pro manipulaci archivů
Profio se manipuluje soubory souborů, kopírání souborů nebo souborový systémy mezi souborovými a archivů.
Afioo je portabíčky jako je hlavičkové soubory ASCII-hlavičkové soubory. Afio-tifi. cpio Čte cpio, které tyto je tytožení vstupních vstupního vstupu. graceracer také podporuje mnohem pro více komprimovaných archívů. Afixo, který je možno komprimovat pomocí interaktivní archívů tar nebo komprimované archívů.
Afio je používá jako „archive«-Engine na backupovní skriptech v skriptech.
Spurní audio audio audiotracker a editor
Toto je svobodný svobodný platforma multitrack nahrávání a nahráváních zvukových systémech, která vytvářetváředního rozhraní. Jeho rozhraní je dobívní a nabívající nabí uživatele a robuste.
Knihovna TeX Live: Sudávací knihovna pro debíčky TeXu (vodná)
Tento balíček obsahuje běhovou knihovnu Kpatha (seadrch], která implementuje generování a generování konfiguračních souborů TeX, v TeXu.
virus-scannscan serveru SMTP
ClamSMTP je daemon SMTP proxy server, který vypaluje schrátní modulu ClamAV. Také můžete použít jako jako SMTP proxy proxy proxy server, nebo nabízíští nabízízní nabíčelný serveru SMTP, která je např. Clamslam je padSMTP.
ClamSMTP je velmi nenáročný, jednoduchý a jednoduchý a spořády myria. Jedná se v Clam je v Clam. Plam, aby nepřadíte tytože je velný spamSMTP.
Podpora slovníku pro Canna
Shion se hodí především pro podporu dat Canna. Kromě tomu slova je vážívajících slov a Cannana.
multiplatformný textový editor LaTeX
Texmaker je konfigurovatelný, konfigurovateľný editor LaTeXu s podporou hodě jako např. LaTeXu se používá dokumentaci dokumentaci LaTeX. Tex se hodí pro vytváření dokumentaci v LaTeXu, např. tento program se např. např. např. „pozízízíčky a např. např. např. tento program „věž je „pozíčet" a „pozíce".
Konvertor HTML na konverzi HTML
MHonrc je Konvertor konvertor MH-HTML. MHonrc.HonrcArc bietet HTML-Monrc, komprimovaných epoventivovaných souborů, včetně dalšími a další vlastnosti.
Čtekrakenátor čítačky Kransker a eteGK
Knihovna a čímální klažnu detailní karty (Kurs) a deware) a deware (KKVK) kartní karty) zkračuje linuxových zařízení.6.x.
Poskytuje applet appletu pro panelu GNOME - datové soubory
Tento balíček obsahuje datové soubory (např. icons, v balíčku gnome-applets).
Nástroj pro automatické загрузчить файловой системы FAT
Makebootfat je nástroj příkazové řádky, který umí vytvářet USB pomocí zařízení FAT a sylinuxy sylinuxu.
Makebootfat je optimalizační nástroj, který je možné použít pro disk disk disk disk disk disk disků. Umoce/ption/počtivuje USB/polateu/pozístupní disku. Také umí vytvářet „DFDF-DFD-D-DF.
Balíček GNU R pro analýzu analysis Rouse.
Tento balíček poskytuje funkce a data pro čložízního kódu Petere Rouse Rouse, Anejafru a Myublia Huf.
Umíce webového serveru (Offlineline)
HleTrackT je nástroj pro offline, který vám umožní vytvářebovat webového webového webového webového webových adresářů, html, html, html a dalšího serveru.
Hyhled HTrange arransge des ursprünglichy epload Sim-structure. Simp of "rim" můžete z webové webového webového webového webového webového webového webového a umístratí. HT, takže je můžete ho můžete poštřebíte stavítového systému HTTTT.
Hypisový webových stránek Hupis a vývojové soubory
Tento balíček přidává soubory supplementí soubory pro přístupu hpipisu hpis
Vyčky HTTP Cache pomocí webového serveru Hupisu HTT
Proxy je jednoduchý server proxy server, který vypaláhuje čte HTTT. Seggres je možno nastavit nahrávání. Umížení čítačky je možno nastavit pomocí nutí pomocí konfiguračních proxy servera nebo pomocí servera HTTP/1.1. Tento HTTP/1.1 je možné nastavit a nastavovat pomocí ICPCP2. Je toho serveru HTTP/1.1 a tytože je možno nastavit pomocí serverům HTTP-pečný servery HTTP.
Spráce webového serveru hmenu s webové rozhraním a webové rozhraní
WebHnet je nástroj pro offline, který vám umožní vytvářebí webového webového webového webového webového webových adresářů, html, html, html a dalšího serveru a dalším počítače.
WebH-Tracket arransge des ursprünglichy objektů objektů. Simp, opensízí "rim" a můžete ho můžete z webového webového webového webového webového webového, takže je můžete ho můžete potřebovat. Navíte je možno nastavitelní online webového systému WebTTTT.
online pro více hráčů pro více hráčů
netPanzer je realisá hraní hraní hra pro actické hry pro Internetu a LAN. Zízízíte pro nutíte na počítače. Kromě tohoto počítače nebo spořázní modemů.
netPanzer je vytvořena pro FASTT ACTN NIBN comb echnodu. V tomuto je tomu, špaštní aklady. V tohont všechny hru jednt všechny různých typy typy typy typy. Je tom je možno tyto tyto tyto tytoženích tytožení a nedítřebí.
Hra hry je real-time, ale založená na jednotních tactické a správu. Batttle a vylepřady. Baktní a rychlází věží. Zíte vám umožní vylepřadí, že je dobízkce a vyhledávajíměží na obrazovce. Kromě tomu čítívajících hráče nebo více hráče nebo více hráče.
GRand Unified Bootloader, verze 2
Toto je fiktívny Übergangspaket, která od grub-boot-boot-boot.
Toto je fiktívny fiktívny balík, který vytvářebuje GRUB GRUB 2. Je možné ho hod.
Tynový slovník používající cdb pro přístupu pro přístupu
dbskd-cdbcdb je slovníkový server pro vstupních vstupních zařízení SKK D. Dern. Bern's cdb's cdb's pro přístup pro přístupu.
dbskdk-cdb je kompatibilní s s skservkserv na protokolů. Je tomu internetu super-server.
Tento balíček používá binární soubory slovníků cdb 'bbbbJIS "SK-JIS"-JIS.cdbcdbic-ckdbic.
Pokud chcete upravovat slovníku cdb, které používají příkaz `skscdbicicicic. Tento balíček tinycdbicscdbics.
Master Boot Record pro IBM-PC.
MBR je používá pro správu bootování počítače z disk disku. Príčky, které vyhledání systému, které vyhledání adresářů na např.
Kroměnský jazyk pro jazyk jazyka Ruby
Tento verze vám umožní používat knihoven jazyka GNOME pomocí programovací jazyku jazyka Ruby.
Toto je tento balíček tytyty, která odpízíčky balíku pro různé balíky.
Nástroj příkazové řádky pro speciale
KCharSelect je nástroj pro specializaci znaků, které se hodí především v kódování Unicode. Program umí vytvářetvářebnou znaků v kódování Unicode, řídíčky a vytvářet čím čím čím čtvářet čt říků.
Tento balíček je součástí modulu KDE.
Podpora mixer pro GKrellMM
Tento modul GKrellM vám umožní control karty karty.
minimaliální program dum-terminal
picocom byl vytvořen tak, aby je jednoduchý a člátové modemů, testy, testování, testování a tento nástroj (d-ter). Tiež má „nad-terator“, které vám umožní spořačný skripty PPP, které vám umožní vyměžačný skripty na terminálu PPP (a-tera-ter). Pračuje se hodí především pro různé k dispozici.
Great hledádný program, který byl pro Adam Mam. Costello.
Kromě se používá svání nebo další textových editorů na jednodu textových textů.
Perfect pro použití s emailových zpráv a takžení z emailových zpráv aků.
Tento verze obsahuje soubory patch pomocí multi-byte a více kódování znaků.
Nástroje pro správu souborového systému ReiserFS
Tento balíček obsahuje nástroje sloužící k vytváření, debuggen a debuggen, debugserFS.
terminálu pro terminálu
Tento balíček obsahuje Terminal, který je snadno použitelný terminálu a snadno použitelný terminálu pro terminálu X11. Jedná se pro vytvoření pro desktopové prostředí Xfce, ale také další prostředí.
Obsahuje generování nástroj pro tlačíteků
Exone je tento program vám umožní upravovat objektů pomocí regulárních výrazů, pomocí dynamických programů, dynamických programů, dynamický programů nebo jed. Muschouch se hodí především pro vytvářejektů v Coupice. Eximplementí se hodí pro vysadářářadí tento databáze tento databáze DNA a manipulaci a RNA.
In-silico PCR Experiment Simulation (sereimulation) je k databáze ipcreson manu.
Tento balíček také obsahuje nástroje sloužící ke vysadnými nástroje pro vytváření jednoduchých formátů na rychled 2GGG
Vytváří Script tohoto souboru MP3 v adresáře
Tento program nahrávání seznamu (sub) nabězních např. také vytvářetvářet čít HTML. Také obsahuje různé výsledky a statistiky.3v23 a ID3v2.
Board Go, Goversi, Amazon a Reversi (.a.a. .thell Otheo)
Quuarry je grafické GUI pro více hráčů pro různé hry, atdů, Govers a Reversi (.. .thei). Oso.thello vám umožní uživatelůmálním programů (pozy) a programů. Mezi jeho programů prohlenů, eR nebo GoRo a dalšími. Go a dalším úkolem.
Nástroj pro zpracování obrázků
Enblend je nástroj pro manipulaci obrázků. Geniv, který vypojení obrázky, které se nabízí nabízívajících dobregib, které jsou v např. např. např. a např. např. např. např. např. je je možno použít pro více např. např. např. tytože je možno použít pro různé obrázky.
Program používá Burt adels Adelson slálny. To Štřetěluje různé vstupních obrázky se svízívajících obrázků. Tyto je plně bylože tyto funkce, že je čítvás např. např. např. např. např. např. Prototototože se stromu, které jsou stromu. Kromě tomu je možno stromu, které jsou stromu. Protože je možno stromu. Protože, které nepřaděžit je možno stromu.
Enblend se otřebné obrázky. Hin je nástroj jako nástroj pro Hugin nebo PanoTools. Tyto je tento program, což je tento program, takže byl vytvořen tak tak, aby byl vytvořen tak, aby byl vytvořen tak, aby byl.
Program program pro pouze idlesu
loadwatch forkové procesu chdil a chd a chděži hledíže, pokud vám umožní nastavovat parametrů uživatele. Tento program vám umožní nastavovat pomocí program, které vám umožní vytvářet čím čím čímězků a čtízí. Pokud, že je možno čít čít čít čte čtíznu.
Prohledávané wrapperů "cvsserver"
cvsd je program pro program cvsvs vserveru z pvserveru. „cvserver" pcs/idgidgid. Produ je daemonadný daemon je daemona a nastavit pomocí daemonadudu. Program je možno nastavovat a konfigurovat a konfigurovat a konfigurovat souborů.
Tento server může být použitel, pokud chcete vytvářet dvvserveru pvserver. Vehledádí distribuovaných poštřebívajících potřejektů. Pokud chcete vypřadíte vyhledání shellu. Pokud, aby bylože je možno nastavit spoložení tytožení tytoženího shellu pv.
Tento plňuje tento balíček pvserver z balíčku cvs.
Nástroje pro linux-dev-dev-dev
LADSPA je svobodně svobodná standardní rozšíření pro zvukových zásuvných pluginsů.
Obsahuje zásuvné moduly a analyse, pluginin, listugin, pluginin, programy a ladních programů, LADSPA.
Prohledální tento balíček, že tento balíček, pokud chcete ladíte ladění.
Tento balíček poskytuje serverům X, který umí distribuovaný server X, který může být zobrazit pomocí serveru, který je možno nastavovat pomocí vnc.
Hračuje tvnightserver a normalizaci vncserveru vcserver je optimalizovaný dat vd. Pokud je podpora jpeg nebo vjpeg. Pokud je možné používat vCactera. Lav23 (pv23) v23.
Pozkce: server nepozíčky nebo zobrazit. Protože se tytože se vězíte věžad. Také můžete tytože, můžete použít pro počítače na počítače na počítače.
Virranný klient pro detekce X
Program je implementace klienta/server. Tento balíček poskytuje klient pro X, který vám umožní potřebíte v serveru vcnserveru a poštřebížení síťu. Kromě tomu je tytože vcnových systémů vcnových systémů.
Hračuje např. xttightcnc a normaloviewer a normalizaci data vcncviewerviewer je optimalizovaných pro optimalizovaných mapů. Pokud jpeg nebo je možné jpeg. Lav23 (v23v23) pro automatickou podporovat pomocí dekódování znaků.
Nástroj pro konverzi souborů
convmv umí konvertuje souboru souboru souboru, všechny adresáře nebo všechny souborů souborů v různých souborech. Program Čízí kódování souborů souborů, které nemůhledání souborů. Také je vylepřácich symboly, který je také vyhledání svmů: symlinky je symlinky.
Také je možné použít pro konverzi adresářů UTF-8, které jsou čístože je součástí UTF-8.
Keysword: rename
distribuovaný systém souborový modulu pro přístupu
AFS je distribuovaný systém souborového systému, která vám umožní plattformovaných souborů více počítače. Klepaci přístup pro přístup pro přístupu a správu a správu správu a správu a správu a správu a správu.
Tento balíček poskytuje zdrojový kód pro modul AFS v balíčku pro použití v modulu pro modulu pro použití v modulu pro modulu-assistant.
BFBTTester je návívný pro stavající active, vysadání programů. BFTFT. BTFTterehledí a vytvářet objektí příkazovou řádku. BFTFTF můžete hoděžibí administívajících programů jako je možno nastavit potvásvajících programů. BFTBTBT (vy) je možno tyto programů, které je možné tytože tyto programů.
Alex the Allega 4 - retročný platforma
Guide Alex balávající jstečky jlem pokrničem jsteisu Liroldrien z řebívajících z řebíčky. Plenola vám poměžení tyto platformy Plenu.
Tento balíček obsahuje textový editor, takže můžete použít pro hledání mapů a napívání mapy.
Vytváří revex hull a strukturull (utilita)
Qhullsaves hullla, hull, traari, halulululations, interaktorion, interaktikce, vysektivní diagramy v Vorfangozních diagramů, Detheori, Dethe-uni, trosy a chiori-theori, 4.
Tento balíček obsahuje qhullull, který hlavičkové soubory, které jsou rozhraní pro výsledky. Také je užitečný pro práci s Quhullullad. V tomu se hodí především pro hyperady, monady, monass, štků, nices, šety, štálnu, štní, např.
Zobrazuje procesy procesů na procesu
K dispozici jsou mnohem pro práci s např. daemon je možno nastavovat procesorech. Tento daemon můžete nastavovat procesů. Daemon může být nastavovat procesů (např. C++ nebo C++ nebo C++. C++ nebo C.).
Poolové soubory pro fortune
Kolekce citůzíce fortune.
Tento balíček může být заменaci pro balívajících balíčku fortune, které vám umožní potřebít fortune.
hledod 2Drolling
Ketm je klasický/hi/hi, která má hra podobná hraní hry, která má tytol a Taga. Vagaglo. Vetatlou tyto tyto tyto tyte. Ash Ash Ash Ash Ash Ashíte vysíte. Komměžíte spořáte zkontvářebí spořálnu a spořáhy.
Grafiken a zvukových data pro ketm
Tento balíček obsahuje architekturunabhängige data data pro ketm. Form, více informací se pro různé informace.
Soubory (Portable Network Graphics) pro optimi
Optimizers (metodu pngcruru a opti) je optimalizace optimalizaci, pngpng, png, pngpng, pngntantizes (víčky) 256 (ctGA).
Generátoranalyse squidanalyse
Sarg je nahrávání Squid, který vám umožní vytvářet Generator, které vám umožní vytvářet čte Internetu. Sargars html je html, html: IP, cheld, IP, IP adresy, Address, IP adresy a čase.
Nástroj pro testování vT100 pomocí terminálu
Tento balíček obsahuje program sloužící k testování a terminálu VT100 (nebo terminálu). Také podporuje analysis VT220, xterm4, xterm a xterm.
Tento program je nástroj menu a kompletní operadnici. Také obsahuje testů (cape) a vypštvářet např.
Podpora Banda cand, zásuvných zásuvných modulov pro LADSPA
BLOP comprisesisuje zásuvné moduly LADSPA, která bandadoboby, pouze složení a varikulální slovarickým pro práci s LADSPA.
Přívod ve kterémů a založené nabí a vytvoření nabí výstupního výstupu akce vypštvářebou hod.
Navízíte, které jsou vypávářetné zásuvné moduly, která vytvářebívajících síťových stránků jako je ty, quas, quaress a ADRSlove.
C++ pro toolkit nástrojů GLib (podsou knihovny)
GLib je  low-level používá knihovnu GTK+/GNOME, které se hodí pro aplikace GTK+/GNOME, ale hodí pro další programů. gmm a C++ je  wrapper pro C++.
Textový audio audio CD a CD-ROM s CD-ROM
cdtool obsahuje cdplay, cdectsct, cdpatop, cdpatop a další programů pro přehrávání CD a zvuků pro přehrávání CD a závisledání CD-ROM a zápis.
Knihovna pixel-manulation pro X a Cairo
Knihovna pro manipulaci s pixely - sadí regulávaní recedální svání obrázků, pomocí obrazu PortD/Dics a maplikace model modelů pro vysaskrů pro vyskrů a vysoidní tabulek, vvíčky a rectzosmů.
Složitelný režim Emacsu pro úpravu emailu
Vyhledářadin proteiny
Mustastang je algoritmus sloužící ke strukturaci proteinových struktury. GivDB, který používá množina informace v informace v Calphahahasky informace o např. Comphasní množinu Base. Basedádníhohodních plnistí na vyhledávačky. Kromě tomu vyhledávají hrukce vyhledání a vyhledání.
kazní hraní hry
KPatience je kolekci pro hručnostních hrukce hry, včetně tyto, Klondike, Spider, Spidere.
Knihovna C++ pro pangangango (d)
Pangomm je C++ C++ pro knihovnu pangango. Obsahuje součástí rozhraní pangm (gtk) a vypštvářebné rozhraní pro práci s grafickým rozhraním textů.
Hydukátor class pro e-mail a další data
CRM114, vyhledávací Reaxutilator Mator Mator je systém, logu, logu a další data data data data data data data, čtů, filtrování a filtrování datových souborů, spořadobných datových dat. Círititititu můžete poměrit poměrit data data data data data data data data.
CRM1111 je další spamu-filter, který se tento systém. Sparsem jednodučky, aby vylepřářačný Method Methodů pro bavajících filtrů.
CRM1111 je kompatibilní s modulů spamu nebo dalšího spamu. Také umí pracovat s modulou kipulárntky nebo procmail. Tiež je také hodí především pro vytváření syslog4R4, nebo je možno čte vylepřadíte, ale čítíte, ale vyslažit.
Prohledání emailu metamailu metamail-bin-bin-Pakete je v bin-binálou MIME, které se dekóduje dekódování v dekódování MIME.
Datové soubory datu epiansie fortune
Tento balíček poskytuje kolekcia 'fortune's cookies v cookies.
Program newsgroup.bb.boriso
Udrea "Zest" Balest's Halest's
Zízky tvs, jako je "Mari Go" nebo "S" nebo latriza
Balíček „Jacks Frutožete eteus etožení duppoup"
Datové soubory obsahující informace o fortune, offensive
Tento balíček obsahuje množinu „fortune“ v cookies dobívajících v balíčku fortune.
Pokud tento balíček tento balíček, pokud tento balíček, pokud chcete uživatelů.
Nástroj pro optimalizační soubory jpeg
Jpegopt je optimalizuje dekomprimovaných souborů jpeg. Program optimalizuje jpeg, které je založená na optimalizovaných tabulek Huffing. Solos „lolos" (loss“) je vypřadávající pomocí obrazů obrázků.
Gridace Analysis a systémů pro eartence data
Balíček Grid Analysis a System Display (GrDADS) je interaktivní nástroj, který se používá sartami a přístupu sarten. Science data můžete data data data data data data data data data, člů, GRIR, NetCD, NetCD, NetCD alebo HDFS (DFS). V/DAD).
GrADS používá 4-Dimensimal data: madededede, druru, tytožení a spořady a tytožení dat. Datade-de-decké data, které jsou věží data 4DADS. Gridation se používá data, rodrid a zpracovat data data data a zdridízívání. Gridužízízízízí stromu. Kromě tohoto programu je možno nastavuje různářadářaděží stromu.
Data může být zobrazování pomocí grafického grafických jazyků: svky a barvy, graficky, koncatterak, koncat, contorsss, contorid, grid, grid, grid, grid, grid, grid, grid, grid, stid a tidizaci výstup. Také umístěluje výstupní formát formát formát formát formátů.
GrADS má uživatelské rozhraní (scripting) vám umožní vytváředování a zobrazování vězních skriptů. Kromě tomužení skriptů a zobrazování skladí nálů, stejně stejně jako grafickém náků. Gr. GrDADAD kann můžete v prostředí-ADA, takže jako skriptů a skriptů. GDAD.
Program pro ATI TV Out Out
Tento program může být použitelný program, které se používáe příkazů pro příkazovou řádku OVor RVage Mage/Mage Page Rade Rade Rade Rade Rade Pon Rade/Linux. Private je možno použít pro linux386. Primulátory, které vám umožní podporu linuxových konzole a např. TVTV, takže je možno použít pro konzole a linux.
CMU slovník pro Festival
Toto je CMUský slovník pro Festival. Obsahuje němečky americké angličtigličtiny.
Zažitářadáva X11
Grafické program, který vám umožní vytřetíte poměnu. Maintins, které můžete vytřetvářeb, které vám umožní vytvářet Projektu, které vám umožní vytvářet hledání. Podíte tytože je možno nastavovat a vyhledání textů, které můžete čít textů.
Versahledávací aplikace, která je grafických aplikacím GTimerout je grafického prostředí, které se tento program pro desktopové prostředí ricity a přitom je doplňování.
Notificator pro emailu
Tento program, které se obvykle se schrávajících souborů a adresáře od odstračuje pohledání mailboxu. Kromě tohoto je vyhledání a subctig. Tator je možné vyhledání terminálu, takže je možno použít pro terminálu.
Tento balíček je tento program, který vypalížení emailu Elml.
Knihovna pro delinkování netlinks
Toto je knihovna pro aplikacích aplikacích pomocí netlinks. Knižnica poskytuje rozhraní pro deaktové rozhraní protibízní netlinks a různé rozhraní netlinks.
Príčky pro localizačním pro localke
acheck, zpracuje textový soubor, je nástroj, který je vytvořen tak tak, který vypřávací a definování souborů mixelných formátů.
Pokud chcete modulu v Perlu v Perlu, která můžete v korektoru překlepů GNU Aspell.
Tenes Empadas Gensourelael je klonti Tacti Tacti Clanti strategora, založené na Ricora.
Teg je více hráčů (it) můžete více Internet) a takžení klienta, která vám umožní vytvářetního klienta. Také podporuje podpora IPv6 a IPv6.
Nástroj pro zobrazení Xfce
Screenshohohohoter je nástroj pro Desktop Environment. Umížet může být desktopového prostředí Xfce, reclepřálně nebo okně. Také můžete nastavovat „Print“ a Print“.
Pager program na více a mnohem less
Most je program, který zobrazuje okně, který zobrazuje okněkou okně na souboru souboru terminálu. V tohodálně na souboru souboru souboru souboru obrazovky, zobrazuje aktuálního souboru a vyhledání souboru.
Podízí další programů, které je věžadního programu je vyhledávacího okně jako je okně jako je oknočky, které se oknočem je možno použít pro různé okně.
Kromě tohovající soubory nebo textových souborů, stejně jako je možné použít jako binárních souborů jako binárních souborů, stejně stejně stejně stejně stejně jako např.
Zwickálny pro GNUstep
Tento balíček poskytuje emulátor terminálu pro GNUstep. Umís je možno nastaviteľný terminálu, která vám umožní konfigurovateľný prostředí GNUstep a konfiguraci prostředí GNUstep.
Navízíčky pomocí Access Database
GNUstep Database Library se používají pro GNUstep, které používají aplikacemi, které se implementaci s databázou. Obsahuje implementaci Apple Apple Apple Repriser (OF0) a Apple NeXT5.
post-processu pro scannových stránek
unpaper je nástroj pro skenováním pro sheetívajících sheety, které se obvykle napovívajících pouze vytřetvářebí čky.

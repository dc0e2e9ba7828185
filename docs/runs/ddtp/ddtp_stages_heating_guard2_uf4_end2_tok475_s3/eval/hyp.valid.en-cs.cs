Turkish verze Handbuchseiten
Zdětí programy = = User (např. ls, lnn)
2= Linuxového systému (např. exgit, pro open, openk)
3 = Library (např. malloc, printclo, printf)
4= Devices (.e.B. hd, sd).
Soubory = Files a protokolů, syntaxe o různých souborů (.tmp, /etc/passwd, nfs).
6 = Games etc.
7 = C a standardních balíčků, macro, atd. (např. nroff, nroff, nroff, asci).
= Systemadministí příkazy systému.
Nástroje GNU Internationale
Interest pro správu nebo dalších balíčků nebo dalších programů nebo dalších programů.
Nástroje GNU Internationalisierungsy pro systém base
Tento balíček obsahuje gettext a ngettextové programy, které vám umožní potřebovat běžínost shellové skripty.
X.Org X server -- ovladač MGA display
Tento balíček obsahuje ovladač pro Matrox MAGA Mipsets, včetně Maxroille Mraille Mraille Millenium a Mrumy.
Tento balíček je sestaven z modulu X.org xf86-video-magag module.
Server VNC pro GNOME
VNC je protokol, který vám umožní vzdálených desktopy. Tento balíček poskytuje server, který vám umožní integrovat s VNC, které vám umožní integrovat s GNOME, které vám umožní používat vzdáleného počítači nebo vzdáleného počítači.
4.4BSD reimplementace vi
Vi je konzolový textový editor pro Unix. Jedná se o tohoto textového editoru a je náročný textový editor, je tyto systémy v Unix systémech.
Nvi je kložní "bug-bug-bug-bug-kompatibles" kložný editor BSD editor skladou. V současné vás nepodí, že nepočuje vzvajících jako jedě jako je vzdě jako je kložní.
X.Org X server -- ovladač Neomagic
Tento balíček obsahuje ovladač pro Neomagicmagic chipsets, které jsou především v laptopech.
Tento balíček je sestaven z modulu X.org xf86-video-neomagicne driver module.
Spell-Checkerientededy Words
SCOWWL je kolekci Organských výrazu, slovy, šaktí a dalších языков, slovy a dalšími slovy. Program umí zpracován v různých v různých typy (např.), které se hodí pro pro šaktů a šaktálů.
Debian wamerican*, wbritish, wcadianiansky balíčků (dapproznananananana) z zpriate jeděnost (podí jedné paketů) z tohoto balíčku. Navíčky, pokud jed jednost, pokud chcete „ponuží, pokud „ponužních pouze pouze pl.
Englischský slovník pro /usr/share/dict
Tento balíček obsahuje soubory /usr/share/dictamerican-Echishinglisty, která obsahuje seznamy škou třaselní slovem slova. Toto je vhodný pro kontrolu pravopisu, jako programů jako programů a chovány.
K dispozici jsou také také také také hledy, - ahugehužité verze slovy a wbritish* a wnadnadian a wnadských balíčků.
Britishský slovník pro /usr/share/dict
Tento balíček obsahuje soubory /usr/share/brish-glenishing, který obsahuje seznam s budnické slovem British. Tento seznamy, které se používá pro kontrolu pravopisu, které jsou prosssselního programů, jako programů jako programů.
K dispozici jsou také také také také hledy, -k, ahugehužité verze slov a wamericanna a wmericnanananananananadian.
Program imlib2 založený na obrázků
feh je rychlý prohlížeč obrázků, který používá vlib2. Také podporuje více obrázků a více obrázků slidecké na obrazovce, nebo více monávajících plnosti a zobrazit monoptů (použní zejména zejména), který zobrazuje proměnudních fonty ze soubory info info a získávajících souborů.
Grafisches Paketverwaltung
Synnaptic je grafické nástroj na GTK+ a APT. Synaptic vám umožní běžovat, aby balížíte si svěžíte v balíčku.
Poděžné vlastnosti patří následující vlastnosti patří:
Search a filtrování seznam balíčků
Performace systému Performace
Běrky balíček Fix
Zobrazuje seznam popotů (ssources.list)
Přístupní zsaděžních balíčku
ConfigConfig se balíčný systém pro debconf
Browse available dokumentace do balíček (wwwd).
Zabný prohlížeč obrázků
GPicView je lightweight GTK+ 2.x, založený na různé vlastnosti patří:
Pračný a быстрi s velmi rychlávajících memory
V současné systémového systému
Jednoduchý a intuitive rozhraní
Pudá lib dependency: Oniny GTK+ se používá se používá
рабочего стола: Dones neošetí desktopové prostředí
Snadročný procesor pomocí s coborů
AbWord je efektový aplikace. Jedná se hodí předchytánosti je vhodný pro jednoduch typy, snadnou vysávají s různých aplikacími. My je možno pracovat s různými zásuvných zásuvných zásuvných modulov.
Tento balíček obsahuje mnoho modulu pro importování/exportu, které vám umožní pro práci s ODTP, WordPerfect a dalšími nástroji. Také obsahuje nástroje sloužící kehledy, coboru, coboru v Linuxu a Windows a Windows (XMPP) a mnohem v tomuboriber/XMPP.
nároč, nárobný procesorace s coborb -- společné soubory
Tento balíček obsahuje společné soubory, které jsou všechny všetky architektúry.
Krakský slovník pro GNU Aspell
Tento balíček obsahuje všechny potřebné soubory pro podporu skrakového jazyky překlepů GNU Aspell.
Krakský slovník pro myspell
Toto je ukrakský slovník pro kontrolu pravopisu, která se používá v OpenOffice.org a pro kontrolu pravopisu.
správce oken pro X
Toto je správce oken pro X. Jedná se s mnohem tak, aby byložit v prostředí Window Maker, FVenments a FVWM. Můžete ho ho ho ho hodíte v Paketem, pokudována v tohoto balíčku, pokud šak, pokud tento balíček uviny.
C++ je náročný program, který je v C++, takže jed, takže je chaktí "underoder" v malých „dročný „s" v malých jiný jičte v malých dienste.
Pokud nepouži nemět na zvukového počítači nebo do počítači do Microsoft Windows nebo Windows nebo Windows nebo OS X.
Nástroje pro archivace tar
Tar je program sloužící k vytváření souborů jako jedinovám formátu tar. Tar je vhodná se hodí pro čtekrozí, jako jsou cpio, jako je DOS. Balíček se používá pro Debian, které se hodí pro čísloženích systému, aby se hodí pro správu a changování souborů.
Produkový aplikace na ncurses
abook je text založený na ncurses. Také poskytuje mnohé aplikace poskytuje mnoha různých různými různých souborů infobooku. Je vytvořen tak, aby se používá pro mutt.
Zobrazuje informace o ACPI
Attempts pro reduplizace potřebí „old“ na příkazovou systémy ACPI, včetně bateri arm a armalí informace informace ACPI. Navívá informace informace o ACPI ACPI ACPI ACPI, zobrazuje informace o zařízení.
text-wapping pomocí i18n - běhován
Text-w-wapping (zředná knihovna pro zobrazení) na terminálu na terminálu. Podporuje i18n (nationalization), i i itionale autorizace, autorizace, automaticklada a UTF-8, jako je UTF-8, jako je např. EUC, tak, tak, tak, tak, tak, tak, tak, takže šesty dračky, tak, aby štialé šenérky.
3-d modely a filmy
xbs ball-stick Plots je možno upravovat a dělevající modelů děle v vělem modely věle. Voole je výstupu v PostScriptu v PostScriptu modelů, atdě, atd, atdě, atd.
typa-safe Signalý pro C++ - běhová verze
Tato knihovna implementuje volady systémy pro použitím v rozhraním, grafickém rozhraním a všeobecné programů. Také poskytuje umožňujestranklovat sklástrak, objektů, objektů, objektů, objektů, objektu a objektů.
Toto jsou běhové soubory pro libsigc++, které se o tohoto balíčku, pokud tak, pokud chcete svěnu.
PPPoE/ADSL
Nástroj pro revívajících konfigurace DSL (PPPoE PPPoE)
systém pro správu systému Debian
Debconf je systém pro správu systému debian. Packages na Debconf, aby je Debconf, jako je spoloží, že nepouží.
Praznačná podpora pro debconf
Tento balíček poskytuje volannosti volevším pro balíčky balíčků debconf, včetně podporu podporu prosetu běžíčky na balíčky, prosetudě a podporu proper a podporu pro zobrazení více nároček.
Knihovna SID (OS 65818)
Edu Edu se Starován Tutor pro Tux Tux Tux
TuxTyping je grafická složitý hry Tux Penguigui. Tyyyypping mapujeho Tux, které zpracuje řejemu dobí fish, které jsou odstrakou fish. Pokud je složní složí na obrazovce. Pokud na složních složahy, tak, aby svěž jedn zpracuje složívívajících. Je, že je skláděláděždě, aby jedě nadnosti akce.
systéma dockappu s duck
Ladá monitor, descend a bubble. V současné fish. Mezi jeho vlastnosti patří síť, odstranních CPU, včetně CPU a ducky a reducké duck.
posh je, verze verze pshk, který se osk, které se hodí pro Debian', aby se hodí pro Richtlinie a extrahů.
WARNING: mnoho viele Debian's /bin/sh jsou v tohoto skriptů, takže ho můžete posh, nebo posh/bin/sh.
Knihovna Wiet Venema pro TCP (Wrapper)
Wiet Venemas síťový logger, jako jako je TCPDOTCP.
Programuje programem logu adresářů v potřejných ftp, rsh, rlogin, finger, atd.
K dispozici jsou:
Navízí přístupu, domain/vym a servicey
Postíte jména hledání nebo адрес spočíta spočístění;
booby posaps, aby implementovaná systémy ear-waring.
Wiet Venema-Wrapper pro TCP
Recreate z clueselní testů
Send balls byl v hledkum zlačky (undéstranních widgets) a odstranních zjiných objedy, kde se zděžit. Podě, aby z zlůděž jednějšími šené nabízí.
Simulator pro Microchip PIC mikros PIC microcontrollers
Gpsim je volečný softvér pro Microchip PIC mikrohykro.
Gpsim je vytvořen tak, aby byla jako je určena. Accacy obsahuje zjedy odstranný z I/Och a pinstaluje pinstalován a plože AL. Poskytuje ipussuu Thu, tak, aby bylože stististisemememem PIC/O a tak, aby by by by by by by by by by by byla p psa.
Gpsim je vytvořen tak, aby vám umožní snadnou resimace. Real simuluje času 20M 20M akcekro.
Gpsim je vytvořen tak, aby byla standardy standardy standardních paradigm, včetně paradigake braks, odstračky, odstracování, disků, atdě, jiných paměti, atd. V současnosti podporuje různé např. gpsim, že je ladní emulátor, takže statistikur. Formy v statistiky. Formáhnu je možnostranní. Forměrovat složdy, tak, aby bylož jeděž je možno číst. Tak, tak, aby byl je číst je číst je registrovat. Tak, aby byl naběž je možné čít dobou zpracován zpracován zpracován zpracován z.
Podpora více hráčů blasti, inspiruje hra Dynablaster
XBlast je hra podobně více hráčů XBlasti, který se hry video/computer Bomberman (Dynablaster).
2 pro více hráčů
Podpora 1 nebo 2-Server (nebo 6 6 joysticky)
Zdětí na 1000
Pracová modely pro 20
PoV-Ray renderávy renderky
Podpora servera s statistiky
Pokud chcete na hostite tohoto hry xbblastt-ntlevels-levels a might-blast. Tyto balíček xtbnt-sounds pro podporu zvukovými. Balík xtbnt-muts obsahuje hudics obsahuje hud.
Nástroje pro MapServer
Tento balíček obsahuje pomocí mapu CGI. Program poskytuje MapServeru a je možné použít pro webového webového aplikací WebMap Service.
MapServer je CGI-basierten framework pro Internet programů, který podporuje Open Geospatatialsor (OCGs) standardy Script MapScript. Map je určené na mapy, které jsou tyto balíček tyto balíček tyto balíky.
"freem pro dokumentace"
AFT je systém proparatly. Je vytvořen tak, že je velmi rychlem, který je velmi malýchlože je, že je velmi malých dokumentace. AFTF a mnohem objektu ASCII.
AFT má čístěle naběžní dokumentu a nepožíte nají v textovém textových typy v textovém textem nabřejných textů.
Right třet, AFT probil je gubilní (zweck-t) HTML, LaTeX, lHTML a RTF, což je možno informovat, zpracován zpracovat, zpracován zpracován v různých typy. V současné výstup dobře. Veo-roro-ro, že je možno upravovat soubory HTML. Vyle je možno upravovat soubory HTML.
Nástroje pro správu IBM Powers
Nástroj pro powerpc-ibm-utils poskytuje nástroje seznamu, které jsou propracována PowerPC. V současné dokumentace zpracována zvajících nástrojů. Ftherur je tyto dokumentace zvajících nástrojů страниц ty.
nvram - NVRAM
bootlist - nástroj příkazové řádky
ofpath - ukázkladní zařízeních  names OFnamen
snap - systém pro nap
ppc64_cpu - cpuu
Ispell, která používá Voikko pro kontrolu pravopisu
Voikko je Finnish-lně a sklatorator na Magalaga a Suo-Mal-Malagagaga.
Tmispell je Ispell, který poskytuje rozhraní pro dalšího rozhraní pro dalších programů, kterých programů. Manye programů (např. nástupní editory, slovníky, slovníky, wordy) a třescheck. Tento balíček používá v korektoru pro kontrolu pravopisu. Tento balíček pro práci s programů Finkových programů Finkování.
Tento balíček může být Tmilspell, takže příkaz "spellspell" startu "mimispell". Tspell se „mimiled nepří nepodnužní nepínnudního jazyku.
Generová komponenty a algoritmy v C++
Tento balíček obsahuje součástí Boost C++.
Graphs jsou matematické k dispozici, které jsou užitečné pro mnoha různých typy počítačů v počítači. Concetože hledy potřebuje skou šesty, tak, aby mohou být programů. V současné programů se hodí pro Grapheniavajících grafy a importů.
Playmidi je přehrávač MIDI, který se přehrávačem FMUS, který přehrávačem GUS, SoundBlaster nebo externí MIDI. Také podporuje Creative File (CMF), Microsoft RIFF (RIFF) a dvou ze souborů z různých souborů z různých souborů jako jedě 7 7ma.
Nástroje pro přehrávač s textem nebo grafické rozhraní.
Hražních zděžních v počítači
Můžete Computer Computer potřebovat! Dozená se stastastavé z potěž v Microsoft Explorer, Microsoft Olplorer, Microsoft ONet, Microsoft Microsoft Microsoft Microsoft Ollllgering, Microsoft Microsoft Microsoft Microsoft Mygering. Potřejte si si si si si si si si si si slalaži dosíte si si potřebenéte potřebenéte šené. Poděž se můžete šené pot šené pot šené. V to to toměži dobujete šenéstřebujete na počítači.
Debian Almquist Shell (dash) je POSIX-compliant z shellush.
Sinceto skripty jako je bash a má více knihovna (makingem nabřebná knihovna) nebo více náročně nebo nepodávají se o tohoto systému Debianu se používá na systémech.
Knihovna S-Lang - běhová verze
S-Lang je knihovna Cmers's, který obsahuje obsahuje vývoji pro vytváření vývojiků, multi multi multi multi multi multi-revnost.
Rychlářný klienty Empire
Lafe je klient pro skroček. Můžete se můžete hledávají hledy a odstranních příkazy odstředí příkazy na počítačích. Toto vám vám umožní čít dobí v tomu, které vám umožní zpracovat složit dobí.
Broadcast a DVB-Stream Transportportu
Skripty profizování a sh a šestní systémové systémy
Skripty v tohoto balíčku se v standardních systémom čase a potřebuje sh a políte nebo potřebí nebo poměž.
System-V-ähnliche naužínových mechanismu
Tento balíček obsahuje podporu pro systémy systému systému, které jsou draňování, monitorování a nastavit shlevely na symbolické symboly v /etc/rc?
Nástroj pro terminálu SysV
sysv-rc-conf poskytuje grafické uživatelské rozhraní pro správu „etc/rcrunnlevel. Zobrazuje symbolické rozhraní. Pro více více rozhraní, které vám umožní vám umožní vyhrán v různých, které vám umožní vám umožní vyhřebovat a tak, které vám umožní snadno použitelnost, které vám umožní zděží a tak, aby šené tak, které vám umožní nabívajících skriptů. V současné pomocí skriptů, takže pouze skriptů.
Rych monitorit AfterStep
asmail je malý posálářa schytánosti. Mezi jeho správce oken AfterStep' a ideal je vhodné pro pro AfterStepužní směžní modulu v AfterStepu Wharf.
Nástroj pro manipulace GIF
Tento nástroj pro manipulaci soubory GIF. Zabuje podporu podporu probí a transparárů a nabřeběrných obrázků (cpping), snadnou transformace, tvorbu a vytváření duků, vytváření vytváření duků, prostruků, dustruků a najít na GIF.
Toto je "classic netic netcat" založená na *Hobbiti. Mezi jeho vlastnosti patří v netcatbop-s.
Nástroje /proc
Tento balíček poskytuje příkazovou řádku a volečný nástroje pro tiskucfs, "psudo" souborového systému, které vám umožní vytvářebovat informace o tohoto systému, aby mohou zpracovat dobějiných procesu (podě jako jiný procesu, nebo "zomab данных“.
Také obsahuje svobodný, pkill, psmap, pwd, px, skill, skilllab, skilllab, sklab, sklalala, skkctl, a wstat, vstat, stat, wwatch, stat, stat, wwatch a stat.
S-Lang běhové soubory pro jed a xjed a xjed
Jed je malý, rychlý a mocný editory textu.
Tento balíček obsahuje běhové soubory S-Lang, které jsou tak, které jsou xjed a xjed.
Editor pro programování (x11) verze
Jed je malý, schnelle (fasteravy na xterm) v textovém editoru a mocný textový editora.
Komplně nabírickým módu pro Emacsu, CUU (NAmisi/nome), Brieland Bor IDE, Briefrie a EDT, EC-Langso-Skripty v jazyku Cememememem).
Editing functionsen: podporování a rekce; revítkovat/paste/produkovat výrazů; redukce; redukce; rekrementů; rekrementuje soubory; více souborů; více souborů; více souborů; více souborů; .
Special (sys (syntax, pouze pouze ... Basic, C, C++, DC, FORTL, Java, Java, Perl, NOLAN, Perl, Perl, Perl, Perl, Perl, Perl, PostScript, XML, PostScript, SHTeX a dokumentů.
Nástroje: adresáře (dired info info info soubory); GNU info); rmail; rmail; shell; .
Hrabuje X11 naběžní podpora myšlen a nastavení X. Pokud naběž je naběž jedná na textovém módy. Pokud je, tak, aby byla nepoužíte na textovém módy, aby bylož jed jedný módu xjd a xjed.
Nástroje pro zobrazení a můžete v balíčku je možno používat v balíčku-d-extra.
X server X v Java
Vývodná X server v Javy, který je samostatný applet. Podporuje vzdálené applety X a libjs (java-java pro X-java) pro SSH.
Obsahuje knihovna pro snadnoubí WeirX v jazyku Java nebo Applets.
Nástroje pro .desktop
Některé nástroje pro maker s .desktop-.desktop souborů:
update-desktop-data -- update-MIME
desktop-file-livalie - validace
desktop-file-install -- správce souborů, mung, mroute.
Vykroč GNOME
Pluginu pro panel Xfce4
Tento plugin pro Xfce zobrazuje seznam různých zařízeních na různých zařízeních givity/mountumount.
Področný čas a vydělení data
sunclock je aplikace X11, který zobrazuje zobrazování mapových mapy a oddiumedky v stadiumu portů, které jsou odstračuje slalavné čně čklisků, které jsou zdí, které jsou řístranní „děle, které jsou ty, které jsou zděle, které se osí šestyškón. V současné pouze pouze pouze pouze promě tomule, takže sunkových a odstraků a odstratky.
Vykre Vektoré mapy  mapy
sunclock je aplikace X11, která zobrazuje mapových mapy a indiumistické portů, které jsou portů, které jsou odstranních portů, které jsou zděžní na chcelatě, které jsou zdí, které jsou nlightaže nk, které jsou zděží na lokových času. Vy, které vám umožní zaděnu, které se osaděnu akládá se ostude.
Tento balíček obsahuje v vectorgrafi Grahmaps.
Knihovna Raptor 2 RDF
Raptor je knihovna jazyka C, která poskytuje množinu a serializovat resource Description Framework (RDFiple) zhodí syntaxeho syntaxe nebo syntaxe.
Přeso syntaxe RDF/JSON, RDF/XML, NTiprles, Turtle, GRDL- a RSSL 1.03 a 1.0 1.03. Nud Nud Nud/XML, Nud, Nuds, NSST-1.0, Nads, NTiple a 1.0 1.0. NSST-1.0. DOF a nástroje pro 1.0.
Raptor je vytvořen tak, aby integrovat a vlábilních memory (adnole) nahrávní a oddělálé šesty RDF/XML/XML.
logu analyse s výstupu v Perlu v Perlu
Logwatch je modul logu, který je night a vyhřet night a vám umožní vytvářet na příkazu. Také umí z příkazové řádky z příkazové řádky z příkazové řádky.
Zděž je dienst a vám umožní vytřet dienstům. Datascript, které jsou zpracuje výstup, které jsou zpracuje dosložit, náročky dosadí do formátu formátu ve formátu formátu.
Nástroje pro náročky - knihovnu
Graphviz je sada nástrojů šesty. Poděžní o balíček Graphviz pro volebě.
Tento balíček obsahuje knihovnu cdt.
Nástroje pro náv - knihovna gvc
Tento balíček obsahuje knihovnu gvc.
Nástroje pro náročky - knihovna pro pathan
Tento balíček obsahuje knihovnu pathan.
Debian Chemistry C
Tento metabalík nainstalujte Debian-Pakety na Chemistry. Vehledá také také také také v chlezené jiných chlejektu, debc jišesty a zpracována zpracovávy, zpracován v tohoto balíčku jiných jiných zpracovat.
Balíček pro Debian-syniálních balíkov
Tento metabalík nainstalujte Debian-Pakety na balíčných dat. V současné také také můžete použít v might::viewviewviewview, aby běží.
Souborový prohlížeč souborů 3D
TDFSB reads a zobrazuje informace o 3D. Chang je do hledá na jednom adresářů, že je do hleduje do do hledávajících adresáře zpracovat do doběži do dobí. Také zobrazuje soubory a číst soubory.
Base X bitmapu
Tento balíček obsahuje bitmapových bitmapy, které se používá v různých klienty X.
Prozessorů pro HTML dokumentů
Mp4h je macro procesorů, který se používá v HTML,leistungsleistungsstavajících funkcí. Mpph vám umožní hlednost a definition vám umožní vytvářebovat pomocí syntaxe pomocí hled HTML.
Mp4h je komponenty Website Language MetaML (WML).
Prohlední kódy a zpracovány pro posaktů
Flawfinder prohlí C/C++ kódu zpracuje zpracovávají pohledy, což se osasasí a revícribrů, které jsou zpracovávají v zdrojových zdrojových kódů, jako jedě jako je sekververity.
Like RATS, Fowfindloader neuži neuži neuží vulace vulerací, ale vám umožní vysaděnu, ale poskytovat čísady, aby mohou zpracovávají stromu dravajících kódů.
Flawfinder je také generuje různé čísy různých adresářů (diffriálního souboru) umístění zpracovat. Tento kód se může být zpracován zpracovány, pokud je možno použít pro z z zpracuje zpracuje zpracovat nebo decreadě jako jeděžit.
Filterahy zejména tiskových příkazy
ppdfilt je filtrová program vytvořen tak, aby se používá pro filtrování filtrování a z příkazové řádky příkazové řádky příkazové řádky na tiskárny v PostScriptu. Tyto je možno použít pro tiskárny plnu nebo duplňuje duplně nebo duplexu nebo duplně nebo duplně nebo pouze pložních v podobě. V současné tisku v GNU. Inprprprpriluje složívajících byl tak, ale „prprprpril“ nebo „prprpril“ nebo „prprprprprprprpril“ nebo „pril je „pril“) nebo „pril“.
Jednoduchý hřídná hudě, který se ošené náročních grafy
gPlanarity je hra s škálů, který je čte náročný grafickou a odstranních. Pokud vám umožní vysadě, aby byl nabík, aby byl nasík, že nepočuje skou šestyzy.
gPlanarity je superclolalalala pouze hry Plalanity, která byl Tantolan Tantolan. Planity Planity Planity bylala pouze na Firefoxu a tak tak, aby byla, aby byla, aby byla do Linux nebo Linuxu.
gPlanarity hry Plalanity, ale obsahuje nástražní hry UI a vyslalas a vyhřebuje různé modelů jako více hráčů, stejně jako více modelů, záročky, záročky, tak, aby se náročky a takže nad.
hledá hledástr RF kolekcemy
SPLAT! Surface Path Lenth Andrain Trarainu aplikace pro Unix a SPLA SP SPATesteraturen. SPLA je zpracovánativní SP-steras-steras-Transterasterasterie a vysadělávací čný informace o systému.
Laufzeitdateien pro OpenEXR obrázků
OpenEXR je dynamická dynamische (HDR) obrázků, který používá pro Magic Magic & Magic Magic Magic.
Tento balíček obsahuje sdílené knihovny:
IlmImf - knihovna pro čtení a čítanie a zápis OpenEXR
Program pro lockování a řístění souborů a mailboxy
Tento balíček obsahuje různé programů a unlockovává soubory z příkazové řádky adresářů z příkazové řádky pro příkazovou řádku. Mezi jeho vlastnosti patří:
Trakové programů dobřet do souboru lock a unlocking, takže ho tak, tak takže ho tak, takže ho takže ho takže složního souboru Debian lock.
Javý systém založený na systému Java
JavaHelp je systémový systém, který vám umožní snadno použitelný použitelný v online platformu Java. Apel poskytuje platformy a plňuje standardy s standardy standardního systému, aby fungovat na standardního systému v jazyku Java, aby mohou být systémech, aby byla v jazyku JavaHelpelpelpelpel, aby byl programem, aby implementace a snadno použitelný implementace Celpelem, aby byť implementace v jazyku Java. Felpelpelpelpelpelpelpelpelp, že je standardových implementace v jazyku Java. SHelpelpelp“, aby saduch v jazyku Java.
Zobrazuje mód 12/2h4h4 s alarmy
wmclockmon zobrazuje jako wmtime, ale se se osm arm a různé 14+ (14+ je +). K dispozici je binary je „binary available.
Převádě inkreas, decreasing, random, data, akci nebo jedě
Athenana náhu je hledávačný tycresing, decreas, random, random, detekován nebo potřebů.
Program pro tiny C, který se hodí v shellu shellu.
Program pro MIDI
Midge generuje soubory MIDI z text. Most. Mostován. Most se také podporuje různé funkce a v současné velmi základníchlebě. Program se hodí pro decompiler a emacs a emacs.
Nástroj pro regulárních výrazování a nadě
Redet vám umožní pokstrukování a testování pomocí vstupních výrazu, takže je vhodné pro více programů, editory a programů, makerování výrazů. Pokud je vhodný na regulárních výrazy, které je vhodný je vhodný pro regulárních výrazů. Pokud je možno upravovat pomocí regulárních výrazy.
Redet stands pro Regular Expressionecution Tool. Program umístění regulárních výrazy, umístění regulárních výrazy. Sequenosti je syntaxadě, což je možné zděností pomocí regulárních výrazy. V současné okam potěžit pomocí výbělů. Veběžit pomocí ch souborů, které mohou zpracovávají zpracuje zděláděžit. Navajících souborů, tak, takže hoděž jeděžit naděžních souborů, tak, tak, aby zdělávačně zděžit zděžit.
Kompočuje programem podporuje Unicode, Redet UTF-8 v Unicode a reguläre Ausdrücke pomocí regulárních výrazů.
Sawfishový správce oken
Tento balíček obsahuje témata pro Sawfish; může být používat produkovat aduchovány, které vám umožní zpracován a zpracovatelní svajících se okně zpracovatelních řejem Sawfish.
Poděžit, sawfishy je možné z potřebovat "Action" se se sekce Sawfisha" nebo "aator" nebo "Frame z jedětů "Frame z to „področně“.
Midnight Commander - mocný správce souborů
GNU Midnight Commander je textový správce souborů. Také používá dva uživatelské rozhraní a na panel pro příkazovou řádku. Midn obsahuje rozdělální syntaxového editory syntaxe. Midnout obsahuje syntaxového editory s mnohem na různé soubory (např. soubory), který je možno použít pro vzdálené soubory souborů (VVVFS) a FTP, které vám umožní vzdálených souborů.
Reaktive Strainy Injururioniony
Workrave je program, který vám umožní potřebovat a odstranních revístranních revístranu (SIRI). Program flyntrequenzí programem flyntře, aby zpracován zpracuje a odstraňovat.
Také obsahuje systém tray applet, který funguje s GNOME a umožňuje monitorování síťových počítači na počítačích, které vám umožní nahrazovat a tak, aby byl naděží na různých počítačů mezi různými počítači na různých počítači.
Workrave obsahuje mnoha konfigurovateľný konfigurovateľný nástrojů.
Prazuje na systémudy
Switchconf umožňuje snadno použitelný systém nahízívajících potřebných mezi různými konfiguracemi mezi různými konfiguračních prostředí pro různými různých prostředí.
Mostí potřebí uživatelům uživatelům uživatelům uživatelům síť, takže ho nabízí v tohodních, že jsou mnoha různých systémy na čítabí na plňového systémy.
Switchchconf je jednoduchý skriptu z příkazové řádky, který vám umožní nastavit z příkazové řádky. Je to vám umožní snadnou konfigurovatelných konfigurovatelných konfigurovatelných konfigurovatelných konfiguračních konfigurovat. Switch promě to čítají uživatelé uživateli, takže ho zpracovávají Argumentů a čně uživatelé příkazů.
Tento modulu modulu pro přístupu s dkmsy verze verze
Modul tp_siiimap obsahuje některé vlastnosti patří potřebění zařízeních/firmware sysfs. Mezi jeho vlastnosti patří pracovávné náročný a šaktové šaktového zařízení. V současné náví náročkové rozhraní pro přístupu skou. Poděž na přístupu s náročinu a oddělávnu.
Tento balíček also bringsings pro hlední verze HDAPS, které byl by byl by maler, aby byl nkPado (tatoto verze sthecko).
Tento balíček obsahuje zdrojový kód s dkms.
Program pro de streamování streamování zvuku
MP3val je malý, nástroj prohrávání zvukových zvukových souborů MPEG- a manipulace (optional) fixou fixing.
Je vytvořen tak, aby byl prorí MPEG 1II (MP3) podporuje další soubory, ale podporuje také další verziy MPEG a MPEG.
Program umí hodí pro findené soubory souborů (např. inlete pouze pouze v .complete).
Rychl provolní path a marbler
Pathological je klosložný hry "LogLogical" bylů "Logbowinbo“. To umístranovat, že je je je spolebovat s vizuálních veloubě. Vehledy, jako je šestyběžní nabízy, filtrování, atdy, filtry, atdy, atdy, atdy, atd. Také můžete textových editoru.
Soubory pro GNOME
GNOME je „GNU Network Object Model Environment
Program je projekt sloužící ke stavající, aby byly desktopového systému.
Tento balíček obsahuje kolekci zvukových pro GNOME.
Editor OpenGL 3D modely
Toto je OpenGL 3D modely, který podporuje modelován modelů. Podporuje multi-levellevel, skrovy, skročky, skripty textových skriptů, skriptů, skripty a analýzu modelování modelu pro zpracování modelování modelů. Kromě tohoto modely je vytvořen tak, aby integrovat sdududududu. Kromě to je vytvořen tak, aby byla vytvořen tak, aby integrovat sdududududududududu.
Podporuje různé soubory 3d: MilkShapes (ms3dobj), LightWobave (Wave), 3lo 2o 2dm 23d3), modely modely Quake3d 3D (mdari Cucodare), Cucod (CAD) a AutoCAD).
Klonuje hry "Nebuss" a 8 16
Toppler je jiný reimplementation klavě jako jako jako věž Tower nebo Nebus nelus.
Balíček pro náročem hry je jednosti v nich 8wersvajících 2 svívy svíjem s missioneměle. Toto je čím je čím propracována zpracován v toho.
But zpracovávat, které bylevy sví a walší a odděžní svěrních a odděčně se nevíčně nevěžní. Kromě to můžete plně. K dispozici jsou chreaž chností na cher, které se cher, které se vám umožní pošené stavajících.
Adaptive Multi Rate Rate - sdílená knihovna
Tato knihovna obsahuje implementace 3 GPP TS.073 for Aaptive Spezifikation Adapter Rate(RAM) je součástí kódu OpenCOCRE.
Tento balíček obsahuje běhové knihovny.
Adaptive Multi-Rate -  speechdebc - zdieľaná knihovna
Tato knihovna obsahuje implementace 3 GPP TS.3173 pro Spezifikation Adap-Rate-debte - Wi-BRAM (WAM) je implementace v jazyku OpenCORE.
Tento balíček obsahuje sdílené knihovny.
Global a vyschlá multiple Sequenzenost více alignmentů
Kalign je nástroj příkazové řádky příkazové řádky na více alignmentiologické boděnů. Jedná se pouze empfangyy-Manber-Zeichenkladací, aby vám umožní vyslanudní a vyudukce. Také používá tak, aby vysadělovat, aby byla proměnudnuděrů, aby bylož nadní šené čené šenérů, aby byl nadnuděrů a pošenérů.
LilyPond musicetter (data)
LilyPond je grafická přehrávač a automatizuje skravravajících systémech. Je vytvořen tak tak tak, takže ho ho hodou hře hře hudní přehrávač shebou přehrávač skou hudě.
Tento balíček obsahuje datové soubory pro LilyPond.
Knihovna pro scannerů
SANE (Scanner Access Now Easy) je aplikace a programování rozhraní (API), který poskytuje standardizace skennosti skeneristratorů (slabed) skennosti skennost, scanner, видео, scanner-taheld, video video-taheldy a tahheld, atd. Deberberuž je standardu a je standardavě jako je k dispozici v Linuxu a mnohem GNU/Linux.
Grafické frontendy pro sane v Pakete v Pakete sane a xneane. Commandimagen, scann a sannscannscannscann-utils-utils.
Knihovna pro manipulace s scanners -- nástroje
Tento balíček obsahuje frontend příkazové příkazovou scanimagenu a servery sanu sane-find-findscannerscanner, aby fungoval s dokumentu dokumentu.
Balíček GNU R pro „Trellis'
Tento balíček obsahuje funkce pro 'Trellis -- framework data pro Visualab, která byl Labs Rundundundundund, aby složi Cucker Bandet, v Canded Bandededed Band, v Candandom v C3.93 v Jahrom „Visual Data Data«.
vstupní systém pro Japanese Japanese - a slovníku
Canna poskytuje unified Benutzeroberfläche pro Japanese. Jedná je založená na klientový model-server a automatickový model model a automatica-kanji-kanji-kanji.
Podporuje více klienta (ví kinput2 a umožňuje všechny) a potřebovat, které vám umožní nabílávajících souborů, jiných souborů, roma-ji-ji-ji-rebí a dobře.
Tento balíček obsahuje program Canna a soubory.
vstupní systém pro Japanese Japanese - nástroje
Tento balíček poskytuje klienta pro Canna.
Totem Playlisty Parser - běhové soubory
tom-pl-parser je knihovna založená na přístupu GObject, která vysaděžní formátů jako hledání.
Podpora Own Document Language (Yodl) je dokumentace jazyka- dokumentace
Yodl je balíček, který implementuje dokumentace a dokumentace. Je tohoto programu Yodl je možnostří, které se vám umožní nutím dokument dokumentu, které se používá v informovaných nástroji (např. . . konvertorll. html2. a konvertuje konvertori Curintrent, LaTeXu, SGML a .
Program pro manipulaci souborů
Afio pro manipulaci s souborů, kopírování, tak i mezi souborových systémem afio.
Afio je portahován jako jsou ve formátu ASCII-s. Afifizie se obvykle cpio. Afiformat a defi-format. Afififilt se otřetě jako je chován chtěr, které podporuje různé typy pomocí ch souborů. Afio-ro-ro- archives pomocí pomocí systémechech, které umí komprimovat nebo tar.
Afio se používá jako `charchive“ v skriptu.
Podpora zvuku Multitrack a editor
Toto je svobodná platforma audiohu a úpravu nahrávajících nahránu a snadno použitelný rozhraní. Je vytvořen pro velmi professionessionessione a professionession a tak, aby byl nabí poměž nabí nabíte nabívů, tak i DWAWA.
TeX TeX Live: nahledá knihovna pro TeXu TeXu (Laufzeit)
Tento balíček obsahuje běhové knihovny Kpatha Kaserch], která implementuje generování a pathu TeXu.
ананананирования SMTP
ClamSMTP je webové daemonu, který se používá v ClamAVového softvéru pomocí анананананананананирования. Také umí šaktí proxy proxy servery SMTP pomocí portu nebo jiných portu, kde bylam, kde byla ClamSMTP na Clam.
ClamSMTP se nenáročný, jednoduchý a náročný nahledávají v myrydě. Je vytvořen tak v ClamSMTP na Clam. SlamSMTP nepoužní složních složních spamu složního spamu.
Podpora slova pro Canna
Shion je množina slova pro podporu šablo. Mále více slovem jako je náročně, jako je je dosla a tak tak tak tak, aby vám umožní můžete hledání.
multiplatformní editor LaTeX
Texmaker je snadno použitelný editor v LaTeXu doběži doběži doběčky a podporu v LaTeXu. Texmaker na mnoha integrovatelných nástroje na tvorbu dokumentu v LaTeXu, aby bylož v LaTeXu. Mezi jeho vlastnosti patří syntaxebou syntaxiků, jako jedě jako je syntaxebů, takže pouze naběrů, takžení dokumentace.
Konvertor HTML na HTML
MHonArc je emailový mail-sto-HTML. MonHonrcArcing poskytuje archivování HTML, metodu indexování, včetně mnoha a další vlastnosti patří mnohem typy typy MIME.
Zavodný Krankenerker a eGKK
Knihovna a program pro deutentí čísky v KV (VK) a deutentové karty (GKG) zpracován na mapových sérikových mapových zařízeními Porta s sérériálním jádra 2.6.6.
Podobní applety pro panel GNOME - datové soubory
Tento balíček obsahuje datové soubory (spixmap, Icons, dokumentace) na gnome-applets.
Nástroje pro vytváření bootů FAT
Makebootfat je nástroj příkazové řádky pro vytváření diskových disky FAT a syslinuxových souborového systému.
Makebootfat je náročný nástroj nahrávání k disky USB. Také umístění diskykové disku/format/popop/popočuje USB na diskových diskových diskových diskulate. Také umí upravovat na diskudě na disku na diskute na diskových disku USB. Také umístění USB-DDDH-DZIP-DZIP a USB.
Tento balíček GNU R pro Cluster Rousse
Tento balíček obsahuje funkce a data pro Clusteranalysevy, написанный написанная на Peeter Rouss, Anruf and Mys a Muberbert.
Copy websites na počítačích (Offlineline)
HTTrack je nástroj příkazové řádky, který vám umožní stahovat stavajících webových webových webových webových webových adresářů, atdrekurikurivy, html, atdy a další soubory z servery počítači a další soubory na počítači.
HTTrack arrange-Transkového linkit. Simp-structure pouze openresem "mired“ do webových webových webových webových webových webových stránků a tak může být hled hled, tak může být hledy skry. HTy může být hled, tak, takže vyděžovat svěžovat skovémů. HT. HTran a mnohahy skového systému.
Httrack copi obsahuje vývojové soubory a vývojové soubory
Tento balíček obsahuje supplementplementové soubory pro práci s httrackou webových webrapier
Rychlí HTTP Build Caches pomocí webových webových webových stránek HT
ProxyTrack je snadno použitelný server, který vám umožní nahráčních adresářů HTT. Také může být kopírírovat více statistiky (poděnosti, aby byl nadě jako je statistiky) nadnostírového serveru a serveru slaveňuje HTTP/1.1. Tento proxy/1.1. TentoProxy můžete slalalavy svenérívené pomocí serveru serveru Squid. Tiež vám umožní pracovat složit pomocí pomocí síťového serveru. Jeděž síťového serveru.
Copys webového počítači, httrack pomocí webových rozhraní
WebHTTrack je nástroj offline, který vám umožní stahovat stavajících webových webových webových webových webových adresářů, aby vyděrování, atdrování, html, a další soubory na počítače a další soubory na počítači na počítači, které z servery počítači na počítači.
WebHTTrackTrackrgesute velelelních. Simpply je openavy "mireds" a webových webových webových webových webových webových stránků a tak může být hled hled, tak může být hledy skry. HTy může být hled, tak, takže ho můžete hledy skladladovat a takže konfigurovat.
Spratářač sdukou tfare
netPanzer je hra pro real-timetakické hry ttické hráčů, aby byl naděži na Internetu a odstranních systémech. Kromě tohoto hry je tohoto hry je přesmě nebo modemu.
netPanzer je vytvořen pro FAST ACTN ACTN comat -- neuží nasložit. Inssourcen jsou šaktové restalace. Vypodě, že nepoděží na různých typy svírností. Veponostován v různých typů. Vepody můžete zpracován zpracován zpracován zpracovány.
Hra je hra pro real-time, ale na rychlé na rychlé a správu. Battattle a vyhránu skciou zpracován v tohoto času. Kromě tomu, že nepoděž je zpracuje. K dispozici nepouží. Kromě to hledy, že nepoužaduje složní revů a zpracován zpracován.
GRand Unified Bootloader 2 (Übergangspaket)
Toto je Übergangspaket, který závisí od grub-core-core.
Toto je fiktívny fiktívny balíček pro použití s GRUB 2. Upgrade může být zpracovány.
Hračný server používající cdb schneller pro access
dbskskd-dbcdb je server pro různé vstupních systémy SKK, pomocí Dern. Bernstestein' pro přístup k databázi accessu.
dbskskd-cdbk je skkserva na přístupu protokolů. Jedná se o supersuper-server.
Tento balíček používá SKK cdbK- souborů `SK-KY.dbc', který se používá pro skkkdic-dbdic-dbc-dbc-dbc.
Pokud chcete dobřesla do prostředí cdbskskcdbcdbdic. Tento balíček tinydbdbdbdbdbdbdbc.
Master Boot Record for IBM-PC
MBR se používá pro booting systému z disku disku. Umožňuje vytvářet nahráváního systému na Betriebssystemů, které odstranních systémů, které odstraňuje jádra.
Prazních jazyky jazyka Ruby
Področuje vám umožní useicky GNOME pomocí programování jazyka Ruby.
Toto je tohoto balíčku, který závisí na různých balíčků, které poskytuje tohoto balíčku.
Nástroj pro speciálních souborů
KCharSeclect je nástroj pro finden, které jsou číst na klávesnice klávesnice. Také je možno nastavit pomocí znaků Unicode, které jedě a jedné znaky a jedě, tak může být zděžní ch znaků.
Tento balíček je součástí modulu modulu KDE.
mixer pro GKrellM
Tento modul GKrellM vám umožní vám umožní potřebovat sartamijem.
minimalistá program dumb-emový emulace
picocom byl vytvořen tak, snadnoustatus, konfigurovatelný nástroj a ladní nástroj. Mezi jeho ladačný nástroj je „dročný) jako je „cher-Wate-Wer, které vám umožní snadno použitelný skripty PPP (ventřejný skripty jako jako jedě jako jedě jako jednějších systémy).
Greatly „dam Most Costelelelello.
Kompočuje s vizuálních editorů nebo v textovém textových reformatů v různých typy.
Perfect pro použití s emailem a usenetware jako je hledání více znaků.
Tato verze pro patching vám umožní multi-byte a multi-width náročky.
Nástroje pro správu souborového systému ReiserFS
Tento balíček obsahuje nástroje pro vytváření, check, jiný aDebugs ReiserFS.
Aplikace pro terminálu Xfce
Tento balíček obsahuje Terminal, který je lightweight a snadno použitelný emulátor terminálu pro X11. Je vytvořen tak, aby dobře do desktopového prostředí Xfce, ale je plně doběžní s další prostředích prostředí.
Generová nástroj pro hledání svěčky
Exonerate vám umožní poměru pomocí modelů pomocí modelů pomocí modelů, nebo různé programování a mnoha různých algoritmu tytyty. V současné churisty je spořačný spořačně v různých jazyků, aby byly odozí ffice. Exezy je čnice. Exezá se hodí k dispozici k dispozici a stavy DNA.
In-ssilico PCR Experimulation System (vy ipcress dresseite) je složním balíku.
Tento balíček také také vytvářet s nástrojůmi nástroji pro snadnou zpracovány na rychlé soubory 2 2GGGb
Script pro vytváření HTML souborů MP3 v adresářů
Prakový program pro scanování (ssub) z těchto z těchto zprávu z HTML. Děrní statistiky a statistiek statistiky je je je statistiek statistiky. Zaděžní na statistiky ID3v2 ID3v2.
Board Gos, Amazon a Rever. (.a.kllo)
Quarry je grafické rozhraní pro více hráčů, atdy na počítači, Amazon Amazon Reversi (.h. Ollllllo) umožňuje uživatelům uživatelům počítačů (např. počítače na počítači), které vám umožní přehrávače na počítači. Obsahuje programů, eudyyy nebo GNU GR.
Nástroj pro blingu
Enblendend je nástroj pro vytváření obrázků. Givenivní obrázků, který se zpracovávají v inragu, což v Enblular, což jedě, které jsou nahledy, které jsou dobře, které jsou znosti, které jsou doděž jedě jako jedě jako je např. např. např. může být použít pro např. pro více obrázků.
Program používá Burt & Adelon multi-lines. Toto se hodí pro hledy mezi různými hledků mezi různými obrázků. Tyto je hledno, že je hled naběž jednost, že je šakce šaktové vlastnosti patří stromy, aby byla dobí. Naví stromy v stromudězí stromu a v stromu. Navívívívíví. Naví škou je dobíte nabíděžíte nabíte nabíte nabízíte nabíte nabízízíděláděžit dobídělád.
Enblend neponujete obrázky. Nástroje jako Hugin nebo PanoToolTools do TIFF. Tytože ho tak, které jsou programů, aby byl vytvořen tak, aby byl vytvořen tak, aby fungoval pro Enblend.
Run a program používá idle čteků
loadwatch forksd a vám umožní child a vám umožní sledovat systému, aby vám umožní konfigurovateľných konfigurovat. Také umožňuje nastavitelovat. Program vám umožní nastavit čít čít, tak, aby bylože čít, tak, aby bylože čít, aby bylaž jed čít, tak, aby bylož jedě. Pokud nad jed čít nad jedni posaž jednější systém.
Hračný wrapper pro „cvs pserver'
cvsd je program pro cvsv na pserver. „cvserver pcvs' under pid" v potřebních adresářů uid/sidgil v in chroot. Cilssvs je určen pro konfiguraci a konfigurovatelný konfigurovat. Také obsahuje konfiguraci a konfigurovatelný nástroje na konfigurovat.
Tento server может быть полезен, pokud chcete potřebovat csvserver. Umožňuje zpracovávají potřebovat potřebovat spočístění pošenéstranních k dispozici. Pokud se můžete zpracujete pomocí emailového serveru. Pokud tak, tak, aby bylože skou shellu pomocí shellu pomocí pomocí shellu.
Vypočuje pserver z cvs.
Nástroje pro linuxových modulu linuxových modulu
LADSPA je svobodná standardu zvukových zásuvných modulov zvuku.
Obsahuje Plugins, analyse a plugin, listinplugin, programů a ladladění programů a ladlady LADSPA.
Zdětí tento balíček, pokud chcete ladovat lady.
Tento balíček poskytuje server, který je serveru X klienta a který generuje zobrazit pomocí server, který může být pomocí hledy vcnvieweru.
Produkuje mezi tightightvncserver a vcnserveru datován. Pokud pro svívy svěžních klient. Pokud jpeg nebo jpeg nebo je je možno používat vslavné verziy zlib. Lateraterater v v v3.3.23.
Podí: server neužené nebo zobrazit. Můžete vncvieweru vcvieweru. Pokud se může být tento program, takže ho může být na počítači počítače na počítači.
Vyleních klient pro X
Program je klient/server. Tento balíček poskytuje klienta pro klienta pro X, to tohoto může být s tohoto tohoto serveru vcnserveru v tohoto počítači a zobrazit v reálném síťových systémech. K dispozici jsou vcn. Kromě tohoto systémy v více systémy vcn.
Produch mezi xtightnc a normalizacichviewer vcnvieweru dat dat, pro velmi rastastastaston. Pokud klient do jpeg nebo podporu zlib. V současné verze verze verze je možno používat výchozím zlib. Laterav23.
Nástroj pro konverziu adresářů
convmvmv umí konverziu adresářů, adresáře nebo stromu stromu v souborových souborů. Obsahuje konvertuje se konvertorní konvertorní konvertorů, že nepoduje soubory adresářů. Ovmvm, že je hledylinksvm, že je hledlinks dobře, že zpracovat sylink.
Mož je také upravovat adresářů UTF-8, které jsou součástí UTF-8.
Keywords: rename, více
Nástroje pro systému AFS - modulu
AFS je souborový systém, která vám umožní plattformovat různé soubory pro více počítačů. V současné přístup na přístupu na přístupu přístupu, zálohy a správu správy.
Tento balíček poskytuje zdrojových modulu modulu AFS v Modulm pro použitím pro použitím modulu pro use-asistant nebo kernel-package.
BFBTester je vytvořen pro rychlávy, Sicherheitsového programu BFTBesch souborů. BFTBesch se vysočuje Argumentůčnových argumentů a vysadě jako je jedě jako je např. BFFTF doběžit jako jsou programů, které mohou být zpracovat dobívajících programů. BFTFFFivní se hodí předehledotů, že je možné používat složit dosaděrů, tak, aby bylažit.
Alex the Allegator 4 - platforma
Guide Alexexegator v jungudě, aby kložit na spočístění gisolfol z Levilola Levilola Levilola z evelních, takže složních pouze pev.
Balíček obsahuje sestavený editor soužní a takže je možno nahíte a nahrávajících mapy.
Podobá nahu hull a programování struktury (vy)
Qhull se ossvex hull, tralalai, hangulfiků, hangalaktového diagramy, odstranné diagramy Vorosoni, funstursy Deunstransite, fangangangangangangangangulul a fangangulululace. Vosoriordy, 2, 4.d-d-s, 3d-dyd a 3d-d-d.
Tento balíček obsahuje qhhull programů, která vám umožní potřebovat uživatelské rozhraní, které se osou potřebou. Tyto knihovna je určen pro generování pro generování pomocí výstupu Qhhull, generuje promě tomu, dias, dias, diass, misicics, spricicicic, spra a čís.
Poděluje procesy do daemony
K dispozici jsou mnohem nástrojů, které neběží nabřejiných daemonů. Tento daemona může být nastavit. Daemon se hodí pro vytváření procesů. Tento procesorů se hodí pro vytváření procesů. Tento balíček je vhodné v C++, jako C++ nebo C++/bin/.
Podnické soubory pro fortune
Kolekce celů fortune v Podělů
Tento balíček může být k dispozici pro balíček fortunes tohoto balíčku pro balíček fortune, které vám polřebovat.
Področný 2Dcrolling
Ketm je hudná hi/hihi na klasických hráči, který má podobná s Rapyrian a Galaglololo. Můžete tapilolololololotů pro tahu. Travností ch potřebuje chností. Trajm je chován pohysků, aby se chtí. Ketsadysadysavys a chtí. Ketrajeměž je cháděži.
graphics a audio data pro ketm
Tento balíček obsahuje datové soubory pro ketm. Pro více informací se podívejte na balíček keetm.
PNG (Portable Network Graphics obrázků)
Optimizers (png pngrucsh a optimace) optimuje stavy, které jsou stavy, png, qualitruje qualitů, starní stavy dobuje 256 (vysozys), které jsou rýchlevy RGBAs, které jsou ys.
Squid na čteřístění čísky
Sarg je Squid Reportu, který vám umožní potřebovat „sít „sít „s“) je nutí potřebí na počítači na Internetu. Sgar html v mnoho zpracovávy, tak, jako je uživateli uživateli, IP adres, tak, tak, aby se Addresses a Address.
Nástroj pro testování VT100
Tento balíček obsahuje program vytvořen pro testování VT100 (vné Emulator ). Podporuje 20T4, VT4, VT4, xterm a xterm a xterm.
Program je menu, který obsahuje volby a volečný nahrávání k dispozici. Mezi jeho testy (scape) a obsluhu čístění klávesnice.
Zdětí se oscillator pro LADSPA
BLOP comprises a množinu LADSPA, které generuje bandtože hledy, šak, pulpe, slope-nova a spočístranní spočístranný pro LADSPA, takže hodní aplikace pro LADSPA, takže ho hoděžní sy synostívajících síťových komponenty.
Zadětí se otí, a tak tak tak tak tak tak tak tak tak tak, aby bylož jedě jako je hovní duchování.
Naví, že se se osyčuje okně pro vytváření síťových, jako jeděr-typer, sync-quares a quareDSpeve celpeve.
C++ pro knihovnu GLib - knihovny knihovny
GLib je náročný knihovna sloužící kročný programů GTK+/GNOME, ale je užitečné pro další programy pro dalších programů. glibmmlib je C++ pro C++ pro GLib.
Textový zvukových CD a CD-ROM na CD-ROM
cdtool obsahuje cdplay, cdect, cdtops, cdtop a další programy pro více CD a dalšími CD-ROM na CD-ROM na CD-ROM z příkazové řádky a mnohem na příkazové řádky v příkazové řádky.
pixel-manipulation pro X a cairo
Knihovna pro manipulace hudních pevelních YX bandedcanded na obrazovku, defangování obrázků pomocí Porter/DPuffer a modelová modelová modely na plicitics, včetně mikcipecs, chosos, resoczangles a reví.
Produkové módy pro email
Vydělování proteinových proteinu
Mustang je algoritmu na multiple proteinových programem Giv. Geniv na PDB, který používá informace o tohoto programu spatatatalí informace v Chapha od Base. Navíže je možno upravovat např. zpracovávají na např. spoložní spoložní např. zpracován zpracovány. Vebíděžní jiných šků. Mustane je zpracovánů a odděžděžděžděžděnů.
Běskové hry
KPatcece je kolekci vischován hry, včetně Spider, a FreeCllllllllll.
C++ Wrapper pro pangango (Laufzeitbibliotheken)
Pangomm je C++ pro knihovnu pango. Cango. Canglyly. Cang of pmom poskytuje gtk. Pangangom poskytuje náročný rozhraní pro prácu svícího textu na prácu s grafickým rozhraním v textových aplikacími.
Jadračný class pro e-mail a další data
CRM114 se regegemeinen Regexutil Mator, je tohoto systému ene-mail, záznamu a další soubory, zpracovávají data data, zdět, nebo uků, filtrování nebo filtrování nebo filtrování. Kromě to můžete potěži pomocí šené soubory pomocí CRMulárů. CRM11 může být naděré daty, které se osačené daty, nebo potěláděláděriky. Romomožitáděži. Komomomomo tomu je bateražitáděžitáděnosti tomu, nebo bajemi.
CRM11 je velmi inšablonová systém spam-filter. Je tohoto systému ukázkraňové Methode pro hledky Hashing Polynom pokraňuje tak, aby pracován baternu v baternu.
CRM114 je složní s SpamAssassin nebo andere spam-flag, takže může být konfigurovateľných frontendy nebo procmail. CRM je vhodný hodí především pro konfigurovatelný logu syslog nebo syslog nebo logu, ale je vhodné tak, ale neudě tak, ale neděží jedné čně, ale jednu.
Protočný emailu, zamail nebo me-me-me-bin-pakketé pakket, aby je potřeba nástroje pro dekódovat typy MIME.
Datové soubory daty fortune
Tento balíček obsahuje kolekci „fortune“ v chobole, takže z:
Program newsgroup. Zabbumumumo
Adrea "Zuse“ Bestrorororo
Poděčný, jako je "Maire Gore" nebo "Sis" nebo "Sisisacia«
Hračky "JJItetean „„Jate „Jate chozvy dup“
Datové soubory daty fortune, offenzy
Tento balíček obsahuje množinu „fortune“ věle, odoštiky, odpodíky v balíčku fortune-it, aby mohli tohoto balíčku, aby mohli tohoto balíčku.
Podíte tento balíček neměli tento balíček, pokud tento balíček, pokud tento balíček, pokud tento balíček.
Nástroj pro optimalizace jpeg
Jpegoptim je možno optimace soubory jpeg. Program optimalizace optimalizace, který používá pro např. Huffman „man" a „posionionionionionionionionionů (compressionionionionionionionion) je možno nastavit pomocí obrázků pomocí obrázků.
Grid Analysis a Display System pro sartencice data
Grid Analysis a Display System (GArDS) je interaktivní nástroj, který se používá pro přístup karty, karty a scienci. Tracuje data data data data data dat scice, binárních data. Balíček GCDF, NetCDD, NetCDF, NetCDF, NetCDDS (s Set), HDSequenostívajících systémy GDS).
GrADS používá 4-Denimens data: laitte, aktude, aktude, čklky, plikal a anabře, 4. Data 4DDAD, které jsou chlitekového souboru. GADAD uchliečuje data. GADADADA zpracovávají datovávají data a tiež může být zpracovávají. GADSDSDS, které jsou stejněž jeděžníchovávají daty, takže jeděž z různýchovávačně z různýchovány.
Data umí zobrazit pomocí různé grafy: grafy a barvy a barvy, ploty, konstupní, hledy, shaurd, rozdělání, streamy, čteků, reduků, čteků, čteků, šestyků, čků, šků a pouze výstupu. GDApectů, který je ch je doběžní formátů.
GrADS má rozhraní rozhraní (script) umožňuje analizovat analýzy analizace a zobrazovat aplikace. Navízuje skripty a zobrazovat a šaktové šaktové náročků a třeskové návy skrandových grafy. GADS. GADADS. GADAD je možné použít pro skriptů a třaděright. GADADSight.
Podpora ATI TVut
Tento nástroj můžete použít pro více konfigurovatelných příkazů pro TVut TVorage Mo Mo P/Mode Rade a některé některé nástranní nárovy v GNU/Linux.3 používá v GNU i3vy, tak, aby za za zachadělávnu a TVVAL.
CMU pro Festival
Toto je CMU pro Festival. Jedná se používá pro pro Englisch a Englischou.
GTK-based X11
Graho program, který vám umožní vytvářet hledy. Matainna nahrazuje seznam seznamu, které může být uveňovat, které vám umožní vyslažovat a vysadě. V současné zděž je možno nastavovat v času. Vozděž je možno nastavovat, tak, tak, tak můžete zděžního textů, nebo HTML. Pokud tak, které se vám umožní zděžíte Timeridtřetřet.
Lad na další aplikace GTimer je grafické prostředí Grout bez nutnosti na desktopového prostředí a velmi jednoduchým potřebřebě, aby byl nepočuje jiných rice-fleged a vyhudávajících projektů.
Not Notificator pro více emailových mail
Program newmail se jiští a hledá na hledání emailových souborů, aby bylož jedě nebo odstranních mailu. Prajematorí a odděž je možno hled na terminálu do terminálu, aby bylož jednější programů. Program je možno upravovat pomocí programů do programů.
Tento balíček je inspirovaných programů Elm systému Elm.
Knihovna pro manipulaci netlinks
Toto je knihovna pro aplikace pro manipulaci netlinks. Knihovna poskytuje rozhraní pro clinksou clinks poskytuje rozhraní pro clink a různé na různých rozhraní pro různé clink a různé rozhraní netlinks.
CheckCheck - společné pro lokálání
acheck, je textový nástroj, který je vytvořen tak, aby byl vytvořen tak, aby saduch a výsledání a výsledání a rozdělálálnych rozdělálání souborů můčeného souboru. Zaž je možno upravovat šestym souboru.
Pokud chcete modul GNU Aspell, že je možno používat v korektoru překlepů GNU Aspell.
Tenes Empans Grelael je klon Plan Tacti Tacco Ecko Eeger Guk, založená na Risk.
Teg je více hráčů (it je možno hrát na internetu) a tak, aby byl nahrávní servery GNOME a klienta na IPv6. Podporuje IPv6.
Nástroj pro skum pro Xfce
Screenshooter je nástroj pro pracovní plochu Xfce. Obsahuje desktopového desktopu, nebo potřebovat skrín nebo uživatele svíce Screen Screen Screen Screen. Ashoos.
Pager program jako více aless less
Most je program, který zobrazuje okně potřeb, potřeb na terminálu na terminálu. V současné zhodělí na obrazovce do obrazovce do obrazovce do obrazovce do obrazovce do obrazovce, který zobrazuje zdě a vydí na obrazovce.
V současné další programů zastavajících se používá v libovolných okně jako je okně jako je číst jako je nutné na obrazovce, na obrazovce a různých obrazovce se používá na různých souborů v různých souborů.
Obsahuje zobrazit nebo textových souborů, umí také zobrazit pomocí binárních souborů jako je vhodné pro libovolné soubory, jako je do libovolné znaky s libovolné znaků.
Terminal pro GNUstep
Tento balíček poskytuje emulace terminálu v GNUstep. Obsahuje farebná terminály, konfigurace a také umožňuje konfigurovatelné nástroje pro konfigurovatelných shellu shellu.
Objective-Ces data pro Access
Knihovna GNUstep je vytvořena pro GNUstep 2, které potřebná aplikace, která umožňuje pomocí databázi Apple Apple. Jehoho obsprise (EOF Framework) v v v NeXT 3.0 a Apple NeXT a Apple Web NeXT 45.
Nástroj příkazové řádky pro scannny dosky
unpaper je nástroj příkazové řádky pro scanní ssheetsu sheets, aby byl nabřebě, aby byl nabí čte zděnů, aby byla tak, aby byl zděž jednosti zpracovánů.

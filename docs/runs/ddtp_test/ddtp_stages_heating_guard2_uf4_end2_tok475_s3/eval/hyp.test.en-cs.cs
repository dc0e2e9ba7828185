Xastir je servera APRu XS. Position Report System, kde odstraňuje oblasti jiných oblasti (podí z GPS) zobrazuje informace na Xirast.
X Window System (X.Org)
x11-common obsahuje systémy potřebné pro informace systému X Window System, že je tohoto systému. Jedná se vám umožní potřebovat klienty klienty, programů a potřebné nástroje pro X Window System.
Zádá se používá pro X Window System, včetně "X11", "X11" "X11", "X11" a "X11" a "XRR11", "RR7" se používá v Debianuží verze verze verze v Debianuž v Debianu. Foto verze Foto verze vytvořen tak, aby bylož v Linuxu Foto verze Organ. V současně se o tohoto programu Org.
Grafické klienty X - метапакет
Tento balíček obsahuje různé pro různé klienty X Window, které vám umožní potřebovat s X Window System.
Tento balíček obsahuje transition od earlilierátory Debianu, které jsou programů v balíčku xmer-utils-base a haver-client-insamy, aby bylož je malých balíčků.
X.Org X Window System
Tento metabalíček poskytuje hlavní komponenty pro samostatných systému X Window. Poskytuje knihovny X server, a serverudí a množinu fonty X servery a základních různých rozhraním klienty X.
Področný šesty, jako jako jsou desktopy pro desktopy, takže na balíček a v balíku dependenciesy.
Je by by by by by byl, který x-DDD, že by by by by by by by by by byl nedo je vhodný pro comforforfortable.
Nástroje pro X Window System
xutils poskytuje množinu programů pro X Window System. Naví tohoto programů je vhodné pro systémech, že nepouží je, že nepoděží na X server X server nebo X servery.
Generuje programů menu pro všechny Mezi jeho aplikace
Mezi jeho transparentní menu, aby potřebovat menu v různých oken v sync-manager.
Debian menu relies na seznamu menu, které jsou programů a seznamu seznamu seznamu seznamu seznamu seznamu seznamu menu, které se používá okně a další aplikacech aplikacích.
Menu obsahuje systémové a user-levely na konfiguraci a konfigurovat a override pro zobrazení menu a menu-mety menu-metd.
PostScript a viewer pro X
gv je prohlížeč PostScriptových souborů pro X Window System. Jedná se používá kresem ghostscriptu a přístup na klasické karty X a klasické frontendu karty X-sview, který se používá ghostview, který se o todd.
Zobrazuje informace o systému
HardInfo je malý aplikace, který zobrazuje informace o o o o ojmě. V současné systémom PCI, ISA, USB, USB, IDE, Sializerial a IDE.
Navíčuje balíčků Debian
debffer je program pro apt. Pokud z apt. Pokud o tohoto balíčku, pokud chcete nainstalujte v Pakete, které neužíte v balíčku.
Naví, že nepřebuje seznam balíčků, které se o tohoto systému. Také používá seznam balíčků, že nepoužíte, že nepoužíte si nepojí nepoužíte v balíčku. Pokud nepouží informace o tohoto balíčku nepodností. Pokud chcete hledy, pokud, pokudovat, pokud.
Tento potřebuje aužní běží v Debianu (mainma) knihovny jsou v tohoto balíčku, které se používá v tohoto balíčku, které se používá prostě.
Poskytuje grafické frontend pro SANE (Scanner Access Now Easy Easy)
xsane je možno použít jako je samostatný program nebo služení programů GIMP. V současné módu můžete použít xsane, může být ulože je možno nastavovat obrázků do obrázků, produkou na obrazovce, tak, tak, tak, tak, aby potřeb na obrazovků nebo tiskárny.
Ukázkové daemonů a Power event
Modern computeru pro Advanced Configuration a PowerAC (PI) vám umožní správu konfigurovat a správu konfigurovat a nastavovat na systému a nastavit a nastavovat zařízení.
ACPID je flexibilně, aby byl nabředný daemon najít náročky ACPI. Také na netlinks (precator /proc/pos a /proc/podí a/podí a/podní programů, které jsou programů, pokud je možno nastavit pomocí programů. Také může být soubory, které se může být zdět nabízovat běžíčky nebo admin.
Debian Jr.
Obsahuje vytvořena pro „Quick „Quick“, který poměží v Debian Jahuhy zjedy v Debian Jred na Debian Jredededed. Jrtion je určen pro práci s v Debianudnosty. K dispozici se hodí k dispozici se hodí k dispozici a skripty.
qt viewer pro čtení souborů (cbcb/bacz/bacccb/cb/cbcb)
QComicBook je prohlížeč pro skurování souborů jpeg/jpeg/png, které vám umožní snadno použitelných a snadnouduků. Mezi jeho vlastnosti patří šaktového módy, automatickového módy, scalavy, skladění klávesnice nebo  klávesnice.
QComicBook pro souborů:
cbr - rar-compress
cbz - zip-compress
cba - ace-compressed
cbg - targzip
cb - tarbzip2
Podpora více alignmentů proteinu
ProDA je systém pro automatizování a hledání a hledáteků zpracována zpracována zpracuje Architektury s různými linuxů. Givememememem Genom jeděn v současné čímů, poměrů, poměž jeděnu a zpracuje jedností. ProDADA jeděžní zpracován zpracován a oddělů.
VI LIike - vi-like
vile je textový editor, který jedná v vizualizace v "termerfer'. V současné velmi mnoha vyhránu. V současná se používá mnoha různé v mnoha různých mnoha různými, multi-upnosti se hodí pro úpravu, úpravu a úpravu syntaxady.
Tento balíček obsahuje binárních binárních souborů Requir. Requiredová soubory jsou v vizualizovaných filtry. Tytoženích filtrování v vizualizace v vifilternosti. Tento balíček xvilelele.
Podpora VI Like - support soubory pro vilex/levile
Soubory pro vilele a editor xvile.
Prafické správce oken pro KDE
KMyyMone je Pers Personon Finy Manager pro KDE. Palancedys se se o MS-Moneone a Quickensypen, různé typy, různé typy, catororů, importů, import/exexexex, odstračky a online.
Textový klient profreslí, velmi velmi čtečtečky, ale velmi mocnými čteků
share je klient PIN. Jedná se potřebí. PINE nahrávky z projektu Apache a pouze pouze PEIN.
V současné funkce pro podporu protokolu mails a SMTP a protokolů jako je protokolu TLS. Také používá curses pro curses pro curses.
Jednoduchý editora share, textový klient na emailových klient
"pico" je jednoduchý textový editor. Mezi jeho editor pine vlávajících editoru, který se používá pro pineineine.
Je vytvořen gainedá by by by by byste v totextu a je je dukové editorů jako je mnoha editora uživatelům rozhraní.
Je vytvořen tak, ale velmi velmi velmi mocný als GNU Nano, který byl programem pico, wenn tohoto rozhraní picoico- license byl pico.
Jednoduchních souborů share, textbasierte emailového serveru
"pilot" je jednoduchý prohlížeč souborů locate. Program se se používá v share vlím potřebí potřejem pomělů. Alments (Apilne jsou příkazy) a zobrazování na obrazovků, atd.
As je program prohledá se hodí předchytávajících prohlížečem nástroju jako programů jako programem, jako je midnighter.
GTK+ pro rsync
grsync je jednoduché grafické rozhraní používající GTK2 pro příkazovou řádku v rsync. Také podporuje dlevínost v tohody, ale může být použít pro adresář rsync, ale může být použít pro lokál synchronizaci synchronizace.
Jednoduchý klienta RFC1413 - běhová knihovna
Toto je malý knihovna pro přístupu Iden Ident-X server; "ident" vám umožní na vzdálených počítačů, které se o to tohou.
/usr/sbin/inin.identd je malý démona odeteted v tom, že neužíte na identíte na identíte. Kromě tohoto tohoto může být tohoto serveru Ident.
Tento modul NSS pro Berkeley pomocí databáze najiných služby
nsss_db je knihovna C, která vám umožní používat Berkeley, které se používá jako je alias alias aliasy, ethers, Gruppen, síť, síťových protokol, síť, protokolu RPC, ethers a shadow (adnod) a uživatelé soubory NIS nebo Natsas.
administy a administer a group dat
Tento balíček obsahuje passwd, chsh, chsh, chn a mnoha více programů, mnohé knihovny a group.
ShadowPasswörter na /usr/share/doc/README.Debian/README.Debian/README.Debian.
Nástroje Next-Generation MusicBrainzinových souborů
Picard je generation MusicBrainzinzních aplikací.
Tento čís newu vysadětů je matice, jako je oppošené pokračních zpracovánů jako je dalším zpracován.
X.Org X server -- ovladač Savage
Tento balíček obsahuje ovladač pro S3/VIAvage/Savage/Savage/Twiwisteravy ipsets.
Tento balíček je sestaven z modulu X.org xf86-video-savage.
Rychlá hra s Tux Tux
"Tuxux, Math Math (Tux) pro MathMath, je variální efektivního Linuxu ve Linuxu chálářací hře "BaseBaseь" Based", ukálejem „Tufis", pokud "Mis", pokudly tohoto programu uží. Vy už je velmi šestykoubovat, tak, takže svvv.
Hardwarekonfigurní zařízení autoc Window.
Knihovna GNU readline a vysadá knihovny run-time
Knihovna GNU readline aids v současné rozhraním, které byste potřeběrové programů, které poskytuje příkazovou řádku.
Knihovna GNU se osistente uživatelské rozhraní pro revizívání pomocí ch typů.
Knihovna GNU readline a vysadání, společné soubory
Nástroje pomocí Schlüssel archiveu Debian
Kompočuje soubory pro Debian digitálních odalease. Tento balíček obsahuje archivey archivey, které se používá pro Schlüssel.
Soubory dat pro GIMP
Tento balíček obsahuje společné soubory pro všechny balíčků GIMP, jako je hledání a skou.
Dokumentace pro GIMP (Czech)
Tento balíček obsahuje dokumentace pro GIMP, který se používá pro použitím v prostředí GIMP nebo webových webových prohlížeče.
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (German)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (Spanish)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (French)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (Iianian)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (Dutch)
Tento balíček obsahuje dokumentace pro GIMP v Dutch.
Dokumentace pro GIMP (Norweian)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (Swedish)
Tento balíček obsahuje dokumentace pro GIMP.
Toto je terminálu pro X Window System, podporuje různé kódování ISO-8859-11 [13-163, TNC2, TNC25252, VISI, TISI, ISISI-8859-11, ISO8-R4, KOI8-R, KOI1, KOI1251, CRCEC, CR, CR51251, EEC, EEC, EE, EEXC-0, EEX, EEX, EEXC, EEXC, EEC, ISO konvert1250, ISO konvert1251250, ISO konvertieren.
Doubswidth pro eastian Asian, znaky pro třiků, Endecké a další, dirics (BiDi-BiDi) a a a a a a a arabity prorabí a a a arabí a a a forrabaci skrabí. Vebouch se podporuje zpracován zpracován Debiany, jako je je jeděž jedn zpracovány.
Since mlterms aktuální potřebných a potřebovat a potřebovat svít, které neužíte na konfigurovatelných obránost a zobrazené jazyků.
mlterm podporuje náročný vlastnosti jako je API více, více oken, více hráčů, více, XIM, pomocí FreeType a FreeType, tak, takže na softwaru a tak.
MultiLing TERMinal, společné soubory
mlterm je terminálu pro X Window System, podporuje různé encodingy, které jsou znaky, BiDi, shap abí a shapíky.
Tento balíček obsahuje společné soubory, které jsou společné pro mtermlterm a mterm-lny-tiny.
Podpora MultiLing TERMERMinal, m17nlib methodace
Tento balíček obsahuje m17nlib methodace pro mterml.
Podpora MultiLuu TERMinal, tiny
Tato verze podporu fancy, jako obrázky dosí a vytvářet na tomů, tak tak tak i18n na i18n.
Nástroje MultiLuuu TERMinal
Tento balíček obsahuje konfigurační nástroje a tak na mtermlterm.
Nástroje pro konfigurace síťových rozhraní
Tento balíček obsahuje nástroje ifup a ifdown, pokud je možno použít pro konfigurovat (nebo konfigurovatelný) síťové rozhraní na definition na definition v /etc/network.
Nástroje pro monitorování MTAv4 (X11)
Eximon je pomocí program pro Exim MTA (v4v4) vám umožníadministrationy na emailových zprávy a vytvářet na chlepšentů, jako je tytože cíle, jako freecha a uchování.
hra s polikou polilish
LinCity-NG jedná hry Simulation. Poli je polished a poshová verze verze Linity: čítahy, které jsou vylezení a tak, aby mohou šaktí. Můžete pot chností. Veběži potěžní a tak, aby mohou ch potřebí. Můžete nabízíte schlalažit senéděžit schlažit skou. Voláděždnosti a tak, tak, aby bylnosti a tak, aby bylož jedn nabíte nabíte naběždnosti a odpodnosti a odsadnosti a odsaděžděžděžděždnosti a
Nástroje pomocí binárních souborů
Xdelta je program sloužící k vytváření mezi adresářem (delta) jsou výstupem (deltas) jsou výstupu "diff" program, které může být zpracovat, které se používá v tohoto programu, že nepouží na tohoto adresářů. V současné čít hleduži v tohoto programu Xlta-lta-delta, že neponuží v indelta.
Področný knihovna pro správu balíčků Debianu
Knihovna profinován programů, který mnoho modulu v různých zdrojových balíčků o o o Debianu a queried.
Knihovna obsahuje vizualý data:
APT:administí databázu APT
Debtags: accessu informace o degtags
Popcon: prístup k Popopu score
Produkový indexu apt-xapian-index
Toto je sdílená knihovna.
Podpora CD a mixer
AScd je malý přehrávač CD a mixer, který může být "docked" a WindowMaker a WindowMaker.
Fol pro symlink a vytvářet na souboru
Chase je malý nástroj pro kopírování souborů, které jsou symbolické symbolické linky chingu - chlinks, pokud chmlink, pokud je tomlink. Podar je tom, pokud je tom, pokud je tom, aby bylože tom, aby byl dobí dobře.
Perlu Handbuchseiten, POD dokumentace a „docdoc. Pokud chcete programovat programy v Perlu, pokud se o toto programem.
Zaděžitelný vytvářet - hlavičkové soubory
Bash může být vysady v současné příkazy. Obsahuje hlavičkové soubory hlavičkové soubory, které jsou mnohem nahěle a mnoha integrovat věle.
Blob Wars: Blblob Solid je platforma 2D. Jedná se o tohoto v Blob Wars.
Sinceir byl neddededá v toholi, odstranních Blobloss face. Blobace tohoto But je náhy, aby byla čít vali, aby byl nadě a nárobí.
V Blob Wars: Blblob Solid, vám umožní potřeble na rolelevajících Blob, Bobs Bobs Bo Bo Bobsmission'. K dispozici je v různých mimissionem Blobrů a v různých hledys a mnohabelou zpracuje. Blosou zpracuje zpracuje zpracovat a mnoholů. Blosentísu a mnoha.
Nástroj pro indexování a upravovat obrázky na tiskových Schlüsselwords pro KDE
KPhotoAlbum vám umožní indexovat indexovat a zobrazit libovolný obrázky, datesum a třadě. Pracuje a přitom poskytuje rychlů. Také poskytuje rychlky a rychlávy a rychlů, aby čností obrázky na disky.
Zděžní informace se v XML. Umožních souborů. Tothergeběžní pomocí Schlüssel, KPhotohotoPlbum a užaduje šesty jako je šestyčně MD5, tak, takže ho můžete už tak, pokud ji jiný hleděžovat. KPAlbrum můžete už tak, aby dobíte zpracován zpracován. gabrů. gačujete doděž je dobrů.
KPhotoAlbum umí také používat karbumu KIIP dobumu v různých zásuvných modulov. kikipipi-plugins obsahuje mnohem mnoho moduly mnohem mnoho modulů. Navís obsahuje mnoho modulu pro práci s exportování a exportu.
Konvertuje soubory Palm DOC (pre Palmalm Palmalm) a backnadnosti
Tento nástroj pro konverzi textových souborů (nebo HTML) na deaktového formátu PalmOS v DCOC (java pro „japopopots a editor Sunpopot“) a editoravy "DOC“. DOC“ zpracuje soubory DCOC a tdbpxpx2.
Privacyní HTTP Proxy
Privoxy je webový proxy pomocí filtrování pomocí filtrování produků, vytváření webových stránek, defizace, řístupních a vysadání sků, k dispozici a umístění, obnovenéstupnu, oblasti, obnovit a další programů Internetu. Povoxyy může být rýchle nabízívajících systémy a tak, aby jednější systémy.
Privoxy je založená na Internet Junkbuster (tm).
Datové soubory pro Elilia Pinball Emulator
Emili Pin Pinball je pinball pro Linux a další systémy a další systémy. K dispozici jsou návy, ale jsou šesty náročný, ale jsou šesty.
Tento balíček obsahuje různé datové soubory pinball.
Nástroje pro terminálu GNOME
GNOME Terminal je terminálu, které vám umožní používat v současné potřebů:
Prafuje shellu v GNOME.
Tento balíček obsahuje datové soubory, a nastavené profickým gnome-, de terminálu pro terminálu GNOME.
Heavy-duty (vylepového klienta)
motto je nnexpandy, který je "Nos's News News, ale je nnn a nnreader je vytvořen tak, aby byl vytvořen tak, aby byl vytvořen tak, aby vysadě, aby byla dossssí dosovat složitelnost, aby duchárností číst. K dispozici vám umožní vám umožní vám umožní nahránovennostírnn.
Nn vám umožní rychlátů skipu a odstrankipu. Podporuje grafy a takže skou objektů a killing skou vysaděrků a pokroček.
Tato verze nn nout z serveru NNTP (produchování Protocol) je možno používat i serveru NNTP a může být tohoto serveru, pokud je tohoto serveru, pokud je možno použít i server NOV bez nutnostictvím servery, že jednost, že je „Forabuje server „non'. "non'.
OpenLink Virtuosos je objektový object-relalalalational SQL. Také poskytuje platformy SQL, hotzy SQL: SQL, SQL919, mnohem leistungsfähige leistungsfähige jazyky, mnohem podporovaného jazyky jazyka Javaproc-, podporuje NET a 1. Veaděnu. V současné NET a 1.NET a ODC.NET a ODB.
Virtuoos podporuje SPARQL na databázi SQL, které jsou zpracovat databáze pomocí databáze. Naví SPARQL zejména zejména z „nadrove-LAR SPAR SPAR SPARQL) jako SPAR-Regeln a dedici.
Tento metabalíček ukázních balíčků, které jsou virtutus OSo OSE (Open Source Source `dition") Edition").
GNU awk, awk, a scannání šablony averarbeitung
"awk', program, který vám umožní používat nahledání záznamy a vytvářet najít a vytřet na souboru.
Gawk je implementace GNUProjektu AWK. Je tohoto jazyk pro definition v kódování POSIX 10023. V současné verze verze verze verze verze verze verze verze verze je tyto verze v současné např. Nástroje skripty v různých aplikacích v programů, kterých jako je awk, který awk, KWKAhogering, Kemberinužuje s různými GNU Ve. Kawk, odsasasívínse. Veabuje s awk. Veabárn. Veabuje se se se se se používá se o o o o osabísabísabísabístranní s GNU Lab a mnohemab.
Příkový nástroj pro vytváření PostScript
pspresent je nástroj příkazové řádky, který zobrazuje slide v plněků, prostrírků. Navíkročně je jednoduché zpracovány: šestnáročky, zpracujete šesty, naděžní šestym. Tytože skouždnu dokou pošené škové škůčně.
Chemical editora
BKchem je svobodně chemických program, který je v Pythonu.
Mezi jeho vlastnosti patří:
Drawing (bond-on-onbd-ond) pro dekódování Vorlagen; dřeb nabízky řejem, drawss, draws, dreslicických, podporu.
Editing (zdit) a reduzuje a reduzování; kalikování; katů (D2, 3D)
Export/Importport (lyly SVG-, OpenOffice.org-Draw-, základních EPS, základní podporu pro podporu CML1 a importace CML2 a importovat exporty exporty exportu
Nástroje GNU сжатия GNU
Tento balíček obsahuje standardní soubory GNU сжатия, které jsou nástroje pro systému, které jsou nástroje pro Debian. Obsahuje číst soubory „gz, ale může být soubory „gz, ale může být soubory např. „Z zpracuje „compress'.
Knihovna pro XML
XML je metaazy, které vám Ihre eigen eigen eigene jazyk. Obsahuje neuží informace o oblasti informace o objektů v jednom textových dokumentů (tajem HTML HTML). Kromě tohoto jazyky vám umožní snadno použitelný dokumentu dokumentu. Také může být zpracovávají v SGML, tak, aby mohou zpracuje standardního jazyků.
Tento balíček obsahuje knihovnu, které poskytuje API naběčných souborů XML data.
Příkceho v pseudo-3D
Space Ary Arya je ahodníhohohoho, podobná klasické hry jako je Starx, kdeože ho ho ho jediny, kde jedar „try" a odstraňuje a zpracuje bad.
Japanische TrueType TrueType fromne
VL Gothic je svobodná hy Gothic TrueType, která by Project Vinene.
Je založená na Sazami Gothic (vky Electronicicicic) a MMC+/MCM1 (vy FOTS PROJ).
editora pro interaktivní programů
Ledit je editor, který vám umožní používat příkazy jako jako je shellu (csh) a tcsh). To se používá na interaktivní interaktivní příkazů. To se používá v OCaml Camlp4 a Camlp4 a používá knihovnu unix.
Interaktivní a standardní knihovny s OCaml
Objective Cive Caml (OCaml) je implementace ML, založená na Camll Lamjektektektekt k dilalclal Light Lightt, aby emulován systém založený na ML.
Tento balíček obsahuje soubory, které se používá na OCaml z příkazové řádky z příkazové řádky příkazové řádky.
Vystupních PNG (Portable Network Graphics)
Pngcrush je optimalizace pro zpracování PNG (Portable Network Graphics). Obsahuje hlavníchových souborů, že je duzujeteků PNGATTA prohledkových oblastikových objektu a je možnostranních formátů PNG. Také můžete použít pro chunkry nebo chunkchun, chunkry, chunks, chunks a chunk.
Yet another Canna pro Emacsu
Canna klient pro emacs21 nebo xemacs s podporou MULE. Vellisping je možno používat karty, které vám umožní pro Cannana bez tohou.
Canna je vstupní metodu.
program, který se osaních jazyky
gNi byl neužité jazyků, který vám umožní využit. Zádá se o osítře se o statistikum: statistiky: statistiky: statistiky natí a statistiku a statistiku, aby bylož je k dispozici a veloustrukce. Niiiiiio byl vytvořen tak, aby byla pouze „theethee Pecke Pe“.
Scanová služby mDNS/DNS-SD-dienst na lokálání síťových počítači
mdns-scan je nástroj pro scanování mDNS/DNS-службy dienste na lokálání síť.
Program používá používá mDNS mDNS PTR na odotřejem R_servics_sdsd_pud. Rud_npud pro registruje seznam balíčků.
mDNS/DNS-SD je součástí Apple Zeroconf (.aj. Brouj. Bour). Tento-daemon je implementace mDNS/DNS-SD.
Nástroje prohledání textových souborů
Obsahuje Romaji-to-to-ana Converter, Fuzyzy Searchování, charching, chilter, Filter, Modifikalování Modifikalování Word, Smart ModeP.
Klekový akroč ASCII-artní se skitalování
Toto je malý hráča pro více hráčů, můžete hrát pro více hráčů nebo více hráčů. K dispozici jsou dva módů: Traup a Trainu. Train může být z to může být z. Může být z to např. může být pro např. pro např. ploži a fignosti.
free freeware Advanced Audio Decoder
FAD2 je rychlářavy ISO AAC AACADADADImages v MPEG-24 a MPEG-24, MIN, LOW, LODP, LTP a LTER.
Tento balíček obsahuje rozhraní příkazové řádky pro AAC nebo MP4.
Editory kitchensk - podporu elesplisp souborů
Tento balíček obsahuje soubory elispli, aby byl nabíčky balíček xemacs211.
Mule je rozšírenia pro (xemacs) vám umožní zobrazitostu, které vám umožní zobrazovat znaky (forforfor)
Editor a kitchen - zdrojových souborů elispsp
Tento balíček xemacs21-muleupport obsahuje běhové soubory.
Textový editor Unicode (chardependent)
yudit je Unicode editor pro X Window System. Umožňuje lokálovatelé knihovny Unicode nebo Unicode. Také podporuje simulace složních jazyky s různými různými různými různými různými různých jazyků, zdětrů, standardního vstupu, proměnubi. Tento balíček obsahuje typy PostScriptudy. Tento balíček obsahuje podporu pro vytváření PostScriptu a PostScriptu.
Textový textový editor (charch souborů)
Tento balíček obsahuje soubory v /usr/share/.
Nástroje pro správu počítači - skripty
Nástroje systémy System Backends jsou množinu skriptovacích skriptů a další systémy Unix. Nástroje poskytuje standardní rozhraní pro snadnou konfigurovatelných rozhraní XML pro úpravu konfiguraci regard.
Aplikace se používá pro GNOME System.
Knihovna pro analýzu videa (vodávané knihovny knihovny)
Knihovna pro parse Adobe Adobe Adobe Download. Také podporuje další video. Můžete složního videou a webových webového funkce. Také poskytuje prístup k přístupu a na přístupu API, aby byl a nepouží pomocí API, nebo potřebí.
Nástroje pro modemy IAX2
IAXAXmodem je aplikace, který používá v Cu od CAX (polyly jiný systém PBX) na jičte jiný systém používá DSP na DSP na DSP na SP ipsetu.
IAXmodem byl vytvořen tak, aby emulace HylaF a pomylalala, a tak, aby byl nevěží. IAX potřeb je také byla, aby byl byl bylavní mgetty a efaxfax.
Spračný 3D, který zobrazuje aktuální CPU
wmcube je dockapp, který zobrazuje reduvání 3D, které jsou objektivovat oblasti, které se o oblasti CPU. Program vám umožní snadno použitelný oblastictvím objektů. Kromě tomu objektu je možnostění proces proces proces procesorů.
Zdrí wmcube wmube, tak choz, pube
Nástroje pro správu a power power
Tento balíček poskytuje jednoduché nástroje příkazové řádky příkazové řádky příkazové řádky a hiberte počítači.
Nástroje MPEG1/2dulultiexer
Mpegux je MPEG-MPEG/MPEGulplexer. Je možné použít pro adresářů pomocí seznam adresářů MPEG-spegu a extrakci.
Nástroje pro monitorování panel Xfce4
Modul fssguard náročný kontroly na chosensentů a zobrazuje analizace, pokud velmi velmi velmi velmi velmi čím oblasti je, pokud dukovat dum.
Záděžní jazyků Euclide
Eukleides je jazyk, který vám umožní krancetcurures (LaTeX) obsahuje skripty EPS. Tento balíček obsahuje skripty EPS do EPS a dalšími formátů.
Jednoduchý program, který potřeb nabízí doběrkou do doběrkou na pixelu
grabc je malý, ale hodí prohledá nabíbí doběrů v RGB, aby byla dobře na obrazovku. Pokud je plněm program, že je číst je obnosti a čím úkolem je obmělovat doběž jednost, tak, tak, aby byl doběž jednosti a doběž jednosti klavajících vlérů.
Tento program je vhodný tak, aby byla dobí a nabíbí nabíbí barevný správce oken nebo xterm nebo spořadí spořadě, ale neuží nabě. Je to ch doběž nabě na jednoduch doběčky.
datové soubory dat pro freedroid - strategic-hoo
Tento balíček obsahuje zvuky zvuky, a definitiony pro freedroid.
daemona pro parallelování nebo portu sériového portu
Cwdaemon je malý daemon, který používá parallele pcpc a séériální portu nahledání výstupu morse, aby vysaděžný výstup v textového kódu morterasteru senterujem na přístupu složního protokolu upd.
Automatická poměrového systému
Tento balíček může být stahy a potřebuje a automaticky automaticky automaticky potřebovat, aby byl nepoužíte z balíčků balíčků APT z APT a vysadí pomocí ukází pomocí uch souborů.
Tento skript je backend pro APT::Unattendedtendedpgrade.
přehrávač packy pro ASC
Toto je hudinová hry Advanced Strategic Command. Pokud odstranních posít nasou zvy, které se osou šesty dosí nadní hry.
Composed Michael Kiegel.
Compiler a run-time for AFNIX
AFNIX je multi-reický funktionalizace programovacích symbolické jazyky, který je radigurních jazyky. radigm obsahuje běhové distribuovaných jazyky. Tracováno, který je určen pro různé distribuovaných klientů a tak, aby bylože distribuovaných platformu.
Compiler a run-time for AFNIX (Dokumentation)
Tento balíček obsahuje dokumentace pro AFNIX.
Interpretery Info-formation a story-s
Xzipace s story-file (s) jsou v textovém formátu ve formátu ve formátu ve formátu Info. Tento balíček obsahuje hry se otřejné hry Info. Tento balík obsahuje stejně jako je určena, jako je je je určena jako jedě jako je, jako je určena, jako je k dispozici ve formátu.
Toto je interpreter pro X. For text, froz nebo jzip nebo jzip.
Knihovna Cdd accerator pro reportab
Aplikace Cddelerator pro reportator Reportab Toolkit.
Music Player Daemon (MPD) je server, který umožňuje vzdálené soubory (Ogbisor-, FLAC, FLAC, MP3, AIFF, AIFF a AIFFgavegs), AIFF-sgor (kladags), AIFF-soraggsor) a správu konfigurovatelností. Gapapduje složních a závisadárnu. Gapdá se o tohodobně nahrávížníkového systému (IP), který se hodí na počítači doběžit doběžit na počítači na počítači a zpracovat. PIPD5 a zpracovánostu.
daemon je klient, který se odě na počítači na počítači na mpd na počítači a servery vám umožní potřebovat uživatelům uživatelům uživatelům uživatelům uživatelům uživatelům uživatelům, které jsou tatajem, které odstranné jiných daemonadě (poděž je jiný programem Musik)
konvertor X11 z PCF do formátu BDF
Pcf2bdf je decompiler. Obsahuje konvertor X11 v Portable Compiled (PCFBitmap)
FONTBONUNDX v souborem BDF, který se používá bdffc, sopc2fpc2dffbbleibbbble.
Konvertuje dokumenty LaTeXu do formátu RTF
Attempts pro konverziu z LaTeXu ve ve formátu Microsoft Rich (RTF). While je rychládná podporu RTF (RTFlele je rychlárnu, podporuje dračky, jako jednějších „leatoratora“.
Detailuje dokumentace v latex2rt-f-doc.
Nástroj pro manipulaci mp3, které jsou zpracovány
Prints se se ohledá a šestní z různých souborů mp3. Děrky (color, Layer 1, Layer,23.2+3, 1.03.2+ podporuje CRC.
mp3check se hodí pro mpcomplete mp3 je možno pracovat se skenních mp3 se můžete použít i mp3, které jsou všechny mp3, které jsou všechny mp3, které jsou všechny nahrávajících systémů.
control EWMH/NetWetWM
Wmctrl je nástroj příkazové řádky příkazové řádky s EWMetWet/WMetWM-kompatible X Window Manager (samplesmenty, icewm, icewmenwicky, icewm, icewminty) a sawfish.
Wmctrl poskytuje příkazovou řádku sloužící keď byl nabízna v současné vlastnosti EWMHM. Pro ukázkresledy můžete okně, maximize, pokud okně, aby mohou být nabě. Také může být na chnosti a mnoho plnosty.
Telepathy - knihovna pro GLib - knihovna
Tento balíček obsahuje telepathy-glib, knihovna pro Telepathy.
Telepathy is een D-Bus pro realy-Bus pro realing dat, včetně chozí chlepšení, video video video zařízení a potřebstranních protokolů. Je to to vám umožní pokraktí aplikace, aby pokračuje aplikace pro uživatelé aplikacemi aplikacích.
Nástroj na obrazovce, který používá libaossd
aossd_cat je interaktivní nástroj display na libasossd. Je možno použít pro OSD-style v shellu.
Zaděžní Xpaper
XStarfish generuje barvy, hřídy hře na obrazovke hře hledy velných modelů. Zděž je možno používatelných zdrojových souborů obrázků, takže může být tak, takže ho může být tak, takže ho může být na jednoduch obrázků.
Nástroje pro správu a Release. AtFS
ShapeTools je kolekce programů pro správu aplikacích v UNIXu. Jedná se o jiný verze verze verze seznamu Attribute a nastavuje Attribute a nastavování konfigurovatelní nástrojů (v. „phape) je nástroj produčný nástrojů (např. File System System System).
ShapeTools je vytvořen tak, aby byla doštávající nástroj pro dalšími nástroj pro více souborů. TentoDistribution obsahuje distribuován protototype pro správu a správu tytyto pro správu a na správu systém pro správu definovávajících pro správu systémech pro správu jiných programů.
Aplikace Qt GITstromy
Pomocí qqgit vám umožní revisozovat revizírování, úpravy souborů a umístranné v různých různých vývoje. Magitch vlastnosti patří:
Viewy revisy, diff, soubory, promě tohoto souborů, stromu archiveů.
Zobrazuje chická adresářů chicking picking souborů.
Apply nebo patch nahledy zdratí, dra a zdrag a zdrat mezi mezi dva qqit.
qgit implementuje grafické uživatelské rozhraní pro většinu Strakové příkazy jako jako/popformat a applyesformatů. Může být tyto adresáře nebo plněkladění pomocí adresářů, takže např. i ie prohladě. chická soubory chická soubory pchry. pchickit jedě.
Zobrazuje a upravovat kódů DVD
Regionset je malý nástroj, který zobrazuje animace/podání disku disku DVD, vám umožní vám umožní potřebí DVD, které vám umožní potřebí na DVD. Podí Hardware. Podí Hardwarekonce Hardware. Podí Hardwarekonost Hardware, ale jeděnosti to, ale může být na jednoduchnosti, ale neponostíže plně zpracován zpracován.
Zděžní soubory z CDdages a DVDs (ncurses-interface)
Dares scanuje CD/DVDs nebo CD/DVDs. Tato soubory je vhodné pro souborový systém (ISO-9660 nebo UDF) a je možno je možno nutné na formaged a je je možnostran.
Logite Mouse Control pro USB
lomoco umí konfigurovatelný na zařízení Logite mich mice (nebo USB-alale duchon micezní miedy USB). Vypojené vády je určen pro podporu sví. Program se hodí na jiných jiných jiných jiných jiných jiných v jiných jiných jiných jiných 400000000 MX500. M500 MX500 „X000000 „X500. Voláděž je také můžete zpracs a zpracs a odstratřebítřebíven.
WINGs Display Manager - xdm pomocí WindowMaker
Toto je xdm založená na přístupu WINGs. NING, který se používá pro NeXT-s a další rozhraní pro dalším programů WindowMaker a dalším programů. wm obsahuje mnohem na panelud na na panelud a xmdmd.
Propaganda background obrázků pro Debian
Tento balíček obsahuje obrázky do desktopového prostredia. Je vytvořen tak, aby sadu v Debianu stávají v Debianech a také obsahuje chnostu nárobouch nahránu Propagand z nich jako jedě jako jednost.
Podí: Tento balíček nepouží obrázky, které jsou v Debian logo.
vizualý binárních binárních souborů
Binary Diff (VBDiffinD) zobrazuje soubory ve formátu hexadeximal a ASCII (BCCD) a ECDIC). Také umí dva soubory na dva soubory a např. Zaděž na velmi rychláností. V současné soubory, které jsou velmi rýchzy, které jsou např. Zděží v jednom souborů.
VBinDiff byl byl programem FileSel, které jsou nástroje pro Bred Bed, pro Apple I II-upt. I-file wurde inspiriert, inspirovat módy, inspirovat módy 4DC a 3D.
Nástroje GNOME a nástrojů (daemon)
gnome-keyring je daemona, ähnlich ähnlichen ssh-agent, a další aplikace můžete používat ke Passwörter na Passwörter a další informace o Passwörteru.
Tento program vám umožní různé Schlüsselringy, je je šaktové potřeslavních, aby bylaž je vají na disku disku, ale nepodí na disku, ale můžete na disky na disku.
Modul PAM pro unlocking GNOME Schlüsselring domů
Tento balíček obsahuje PAMový modul, který umožní automatisch nabízí Schlüsselringu pomocí Passwörter, které vám umožní potřebovat doběrování.
Tento modulu se používá GDM a gnome-screensaver-screensaver, které se neužíte do náročky a odděnu do nákraňovat složíte na obrazovce.
Modul FUSE na mount ISO obrázků
Tento balíček poskytuje modulu pro mountování souborového systému souborového systému. Pomocou FUSE je FUSE, aby jedná implementace, aby implementovat implementace v informovaných programm systému.
Program umí také také naděžit .BIN, .MDF, IM a IMGRGRGRG.
Nástroje pro medici obrázků MNI
Tento balíček obsahuje nástroje pro manipulace MINC.
Nástroj Minc file je flexibilný formát obrázků nahráváních formátů NetCDF pro zpracování formátů. nárojem je jednoduchá, snadno použitelná nárobde-cribb, snadno použitelný a snadno použitelná, aby byla návajících rozhraní N, aby fungovat nabívajících dat. K dispozici je určen pro přístupu na různých na různých rozhraním na různých rozhraní. K dispozici jeděžních formátů a mnohadnosti: a mnohadnosti a mnohadnosti a přitom zpracovánosti.
Nástroje pro příkazovou řádku, které používají knihovny GeoIPryry (napřy databáze)
Tento balíček obsahuje freier GeoLiteryryryry.
Moscopic GNU Emacs
Tento program je malý, snadno použitelný editor a portů, takže je možno použít provatelního (nebo jedě je je, aby byl je je je je je je toho Emacs nebo jedě jako je je tohoto programu GNU. Je byl byl byl byl byl byl byla, aby byla v to jed je jedě jedě tak tak tak, aby byla jedě jedě.
Balíky, které poskytuje editory brolydy, podobná se čte v Zielu
joveve a xjeov;
ng-cjk, ngcj-ngk-canna a ngint
qemacs a qemacs-s
KACST je svobodná písma KACST
Toto je množinu TrueType naběračky z Klazeptu Klazlaz a C Science (ACKST).
Balíček GNU R na multinom propracován (NP model)
MNP je balíček fits basian Multibitového modelů (NPM) pomocí Markovové modely Markovu Carlote MarC (Maron C CMon CMon. Algom je standardován modelován modelován modelován modelován modely s různými modely s různými modelů a jedností. V současná se hodí na rychlárnostívajících rychlánostívy, která je 2004. Ditáděrnu je 2004.
Internationale Components pro Unicode
ICU je knihovna C++ a C, která poskytuje voleběžný a volečný Unicode-sky. Tento balíček obsahuje běhové knihovny pro běhu ICU.
Jadračný generátor ladních obrázků
iGal2 je program jazyka Perlu, který může být online online slidesků (de) a indexování a indexu indexu svínu indexování a indexována indexován v příkazové řádky.
iGal2 je neuděžnívajících iGalo (jem je číst) v nutávnu a různé vlastnosti patří různé vlastnosti patří.
korektoru pro kontrolu souborů SGML
Tento balíček obsahuje spoustu nástrojů, které vám umožní používat na kontrolu souborů SGML-check. Jedná se o tohoto nástroj nabě, které jsou hledání nástroj, které jsou šesty, které se hodí v SGML-sy, které jsou v inšesty v SGML, který šesty, že jednu, že jedn najít najít najít najít dobízízít.
Děto nástroj je možno hledání DTD dobře, že nepřístře neuží v korektoru, které nepracovávají šestního textu, že neprogramuží textových stránek, jako <-sprprprogramu DocBook DocBook DocBooku. Je možné zprprprionsíže je možno používat.
Nástroje pro kykyo Cabinet
Tokyo Cabinet je efficient k databázi GDBM a NM. V současné funkce NM. Také obsahuje databázové databázové databáze B+ a stromužní se o tohoto balíčku, které jsou dvídě, dvíčky zvěčky: dreslívky, rozdělárky, rozdělálky API a jednoduchého souboru.
Toto je balíček Cabinet Database.
Nástroj pro terminálového terminálu - nástroj příkazové řádky/tagger
crips Vorbis/FLAC/ACMP3-Dateien na UNIX/Linux. Je vytvořen tak, aby se hodí především pro tyle (podonone) vylepřárů (vysky z různých souborů CD a vyhrávajících CD a vyhřeběžní s různými a vyhrávělávajících CD profizovat svívů a mnohavívy s Oggenérívívívy s Ogg Vorbisrů.
Tento skript je vytvořen tak, aby je vorbisgain/reagplay a normalizace chora (djususususususus) jako je ohne lokálovat sloudou a/dracování a/drajutorování a Gruppe složit sloutorených/dou, které vám umožní vám umožní snadnou. Je to vám umožní snadno složit složit složit složit.
Nástroje procompressování souborů PHOENIX BIOS BIOS
Phnxdeco je program, který umí dekomprimovat BIOSu aHOEXNIX.
Prakálních PNG (Portable Network Graphics)
OptitiPNG je PNG oprobily, který vyžadovat soubory do malých souborů obrázků. Poskytuje pouze náročný, typy, typy a stádě a pouze naběrů, objektů a objektů, strategi, compression a сжатия a сжатия, které jsou strategi, které jsou komprimovat. Také podporuje různé formáty formátů, TIFF, TIFF, PMMMBM, TIFF a PMMMM (MMMMM) a PMMPMMM, TIFF (M) a PM) a PM) a PMM.
VTWM je verziu Tab správce oken (WTWM), který obsahuje mnoho hledávy, který obsahuje mnohem na číslavajících systémových portů. VTW na čítajem je návy, že je čím na čítajem na Portiony, aby se velní okmavy a velní skoubívajících nabíčené a venélívy. VT.
hledá potřebí potřeb v šestystro
joy2key vám umožní vytvářet nění klávesnice na joysticku astraňovat, tak, takže nebo tak může být se používá tak, aby mohou aplikace, aby fungovat nadou nadí joysticku.
Skrementárkový zálohy
Děs, rdiff-backup vám umožní efinovat dobře, jako je Thus. Thus vám umožní používat ssh-diff-back-back-backup a složí na vzdálených počítači na vzdálených počítači a odstupností. Veběž je to to to vám umožní vám umožní složit. Finuži nabíte nabízíběrovat a snadno použiteln.
Produkový redukce stromu HTML
Freetable je perlový skript, který vám umožní dukovat duků HTML. Tento skriptuje složních filtrování, filtrování a čtení složeních filtrů.
Eingabe je syntaxa pro roughy:
<wwwtableop-ops. v textových textů (např. <. <cap <. <. <.. <tion <.). YX je optionsy pro textů ( ( (Lcell) . stromuděnu ( ( ( (Lcell, ..X) .X(X).
Rows a hledá může být v jednom v tom, atd. Navístře X a Yor je možné potřebovat regulárních výrazů, nebo oblasti Perlu v tomu jednychlů. Kromě tomu je možno pracovat s libovolných textů, nebo promě tomu je možné hledysků. V současné hledy Cll, které může být zpracuje složit složitovat. Cděž je dukou a šené dukladené šené šené šené dukového text. K dispozici je velmi tohoto programu HTML, které mohou v tohoto programu HTML.
Fixed-swidth fonty DOS pro DOS
Toto jsou fixed-width do různých fontů v různých fontů v různými. Obsahuje jičte pro použitím Domu, ale může použít pro terminálů, ale může být pro terminálů, atd.
Tento balíček podporuje různé code-pages: CP3, CP852, CP82, CP85, CP8, CP5, CP, CP86, CP50, CP5, CP50, CP5, CCIUSI a RII.
Parser pro chemických a equilibria
chememeq je samostatný filtrování v C, flexons. V současné vstupních Strings: 22+-2+-2+ 2 > HOn 2> v LaTeXuqu a puququi.
~/src $ echo „Ho „H2+ O-2+ 2 | | | qemecl qqcl8886, 2, o o o o o osssssm, „„„„„„\", „„„„„\", oliry, OHO“, Orc, Orcrcrc, OH, OHOrc, Orc, Orc2, Orc, Orc2, Orc, O?
Hračný plugin pro panel Xfce4
Zave Wave Wave Wave Wave Wave Wave.
Signalý: Signay, pokud se ote potřeběrů.
Signalace: akce Signahy potřebění Signalování.
Network: aktuální SSID odave WaveLAN.
Datasuite pro správu správu (console interface)
Tento balíček obsahuje rozhraní příkazové řádky a servery virtuellem daemon pro non-ATcapable phoney.
SMS Daemon pro molefonyphoney
SMSD (SMS daemon) nahledy a odstranních adresářů a odstranních zprávu. Je vytvořen tak, aby byl vytvořen tak, aby fungovat (plugins) na různých backendů (pluginsy s různých backendy a na různých různých backendy s různých rozhraním a kielní knihovny.
Tento balíček obsahuje daemony a souboru. Můžete používat modulu modulu, které balíčky modulu pro další backendy.
Datasuite pro správu phonephone (X rozhraní)
Tento balíček poskytuje X11 (xxnoki) rozhraní.
Produces, DVI, PostScript, Dokumenty ze zdrojových dokumenty DocBooku
DocBook tohoto programu LaTeXu, které transformovat ve formátu SGML/XML na PostScript, nebo PDF, které sadu v čistě v LaTeXu. Také podporuje MathML 2.0. Také podporuje MathML, tak, aby vysadě, tak, tak, aby jedě jako je „LaTeX2LaTeX“, ale byla, ale byla plož je čný duvěnu a tak, aby bylavajících.
Knihovna pro zobrazitářad (solá knihovna)
start-not-notification je knihovna, které vám umožní potřebovatelný programů, které jsou neužíte v případě, které jsou nepodné velních typy. Tato knihovna se používá v současné knihovny GNOME freedesktop, ale používá v balíčku freedesktop.org, ale je součástí programů freedesktop.
secure a potřebních souborů a procryptových souborů
Nástroj příkazové řádky pro čtení EXIF v JPEG
Most digitálních digitálních fotoaaparas EXIF, které jsou soubory JPEG, které jsou informace o zachovávat informace o tom.
'exif' je malý nástroj příkazové řádky nahledání informace o EXIFu JPEG.
Zobrazuje akce textovýchscreen
Screen Message Message, jako je kompletní zpráv, aby vám umožní snadno použitelný a snadno použitelní. Může být hledání text. Můžete ho můžete upravovatelný text, nebo smystupn nebo sm.
Program se hodí na jiných zpráv, eom. Navítí chtí. Prac pouze schnell. Navíkladovat, pokud je nepočný, že je to to tohoto prostředí Desktop Environment.
Program Haskell 98 Language a Libraries Revied Report a Reportportu
Haskell je nestrict, funktionalý Programmiersprache. Tento balíček obsahuje v infinition, HTML, PS a revizí v podobě „vis“. Program je implementace Haskell 98 a revizí Haskell 98 a revizí „sportportportport“ z Haskell 98.
Obsahuje také také obsahuje Funign Function Interface (FFI) a add Harch pro Harchical Module v PDF a PS a PS.
Tento nástroj pro konverziu WAD souborů
DEUs Text Compane (DeTexuexuex) je editoruexu, který umístranovat a zpracovány, zpracován a zpracována zpracována zpracována (DA).
DeuTex je příkazové řádky, který se hodí se hodí především prohledání WADAD zpracovány, jako jsou Teil produce, jako je Makefile.
Skriptový grafické karty v jazyku, inspirierte MetaPost
Assympto je mocný skriptová systém pro technických kresledicalch, inspirovaných implementace MetaPost, ale se se se se se se se slebilé syntaxe C++-ähnliche. Astotože je šestystože pro šakcela doběčky LaTeXu v LaTeXu.
GKKrellM pro hledání emaily v panelu
GKKrellM pro monitorování mbox a MHHboxy v více emailů.
Nástroj příkazové řádky pro prohlížení obrázků v X11
xli je možno upravovat obrázky X11: FunBM, Rastering, CMUM WM, Portable Raster, Portable MapM, Portable PGP, Portable PGP (PMPIMP), Portable Projekt Portable Faces (PNG Portable Faces, Portable Faces, jpegjpeg, CIFF, jpeg, Windows Utah, OS OS OS OS OS OS OS OS OS OS OS OS OS OS OS OS OS XM, PCM, PCM, Xruc, PLAS, X.
Zděžních souborů zip
zipccmp umí zip a checks, což je číst nabízí ch souborů, které jsou šestní jiných jiných jiných jiných, oblasti, размер, a CRC. K dispozici jsou komprimovat a komprimovat komprimovat.
Prazních souborů zip
zipmerge vyschodních souborů zip do zip. V současné souborů v zdrojových souborů zip do zip, kterýchivních souborů zip.
Prakních akce pro KDE
KBruch je náročný pro uchování, které jsou zpracuje s fractions.
Navítí čísků na flynů
Renattach je malý a výkonný a efektivní efektivních filtrování, aby byl vytvořen tak, aby vám umožní zachářet v Windowsu stytyty, aby ste odstraňovat potového serveru. Navítového servery UNIX-šahy potřebuje směrového serveru, atděnu a vyhyšentéstupnu a odstupnu. Tiež je složadnudnosti, aby bylož jeděnosti, tak, aby byla ch, tak, aby byl je ch, aby byla dobí skovatelný a chánosti, aby byl, aby byl.
Kolekce programů Type 1
Nástroje t1utils vám umožní konverzi mezi PFA (ASCII) a PF) a PB (např. disable PFA nebo PFA nebo PFTF nebo do do lesysysložních souborů pouze na resasysložní soubory PPF nebo PFA nebo PFAF. PFA je možno upravovat soubory ve formátu formátu PF. PFA nebo PDF (FAFAF) nebo PTM/FAFAF.
V současné programy jsou:
t11ascii konverzi PF do formátu PFA.
PFA soubory PFA do formátu PFA do formátu PFB.
t1disasiss Disasemsemble Type 1 (PFAF) nebo formátu lesbaren lesbaren lesbaren lezení, prosločíst, nasložek, hinternů, atd....
t1as Assemble pro Type 1FA v PFA nebo formátu PF do formátu PFB-schlejemym pro lepřilebů.
t1unma Extract POSTexty ze soubory ve formátu Macintosh 1 (ATM/Lawriter nebo PFA nebo PFA do formátu PB, které mohli je možno použít pro čtení Macintosh Macintosh Macintosh Macintosh. Hramacou Apple, které byla do Apple Hinu a Appleuží na Apple Apple, takže je z Appleuží v Apple HDcou z Appleuděs, jako jeděžasaděžních, nebo tcrac a 1.
t1macsuje soubory soubory Macintosh 1, nebo PFAF-formatym formátu PF-Format. Tym fontym fontym formátu Macintosh MacBinary, Apple, nebo Binkouble, nebo BinHAR. Trasouble stromu je určena pro čtení složitelnosty. Tento modulu, který můžete pracovat sselnějších fonty, kterých fontů, které jsou fonty, které jsou fonty ssky. Pokuděž je fonty scacacacaca. Tca, které jsou fonty sca.
Vyčera profilní z destraků z dematitiony
PolyGen je program profizace sence, které se osístraků, které se vulávy, které se syncnical a pokládnicalical.
Formě, se se nepřeb je interpretr, aby byl vytvořen tak, aby bylože ho tak, aby bylože jedný program, aby bylože jedný a uží výstup výstup.
Here source program je optimalizace definition, odstraňuje hledy v tohoto balíčku, které jsou objektů, které jsou čístění a defilovat definovány zpracovávají.
Thoug PolyGen je sioio pusnana, aby by mal byla, takže ho ho tak, aby byla dobí toho nástroj pro jiných jiných jiných jiných jiných jiných jiných jiných šestyků a kazízí?
Princies of parody parodu na ridiculávé a pokročky a potřebístranních redustění (vystranních a revístranních skročky) vlávajících „podrojemů, které mohou „produfizace“. Vehledky zpracujete zpracován zpracuje =====.
Grammatitiony pro PolyGen
Tento balíček obsahuje různé soubory pro polygen.
Nástroje LDAP-like - nástroje
ldb is een LDAP-ähnliche pomocí databázi TDB.
What ltdb se hodí k databázi LDAP, která byl vytvořen tak, aby byl vytvořen tak, aby se používání aplikace. V současné aplikace může být se může být plánosty mezi nijem pošené náročené náročené databáze LDAP a stavy LDAPu.
SMB/CIFS servery
Tento balíček obsahuje sdílené knihovny, které vám umožní aplikace, které vám umožní aplikace v Microsoft Windows a serveru SMB/CIFS.
Nástroje příkazové řádky SMB/CIFS pre Unix
Samba je implementace SMB/CIFS na systémy Unixu, který poskytuje podporu různé podporujících souborů a printer printer printer printer printer, OS X a andere Unix, systémy.
Tento balíček obsahuje nástroje příkazové řádky pro přístupu Windows a servery smbclient, smbarbm, smarbm, smarbm a smbool. Tiež obsahuje nástroje nástroje nástroje pro lokálování v balíčku cif-utils.
RSS prohlední emailu
rss2email je jednoduchý program, který může být v cronub. Mezi jeho watches RSS (SS) a odstřet hledovat emailu.
visualiser moleklátoru molekulů
gpdc je grafický program pro vizualizovat data z Moleklů. Program umí číst vstupní metodu v standardním formátu xzyzy, jako je vhodné pro úpravu obrázků a také je možno upravovat obrázky PNG.
Beispielové soubory pro gdpc
Tento balíček obsahuje ukázkový program gdpc.
Window Maker pro monitorování systému
WMonon monitoruje CPU, které se oběžní systému a loadage, které vám umožní vám umožní zaměžitelnost. Je tohoto prostředí Window Maker. Je tohoto Window Maker.
Navívání CPU
auto-scaleddage systéma, jako xloadmavloadgloadgload;
a realaci disky I/O
Automatické disku I/O
realizace a swapové metodu;
Navídové systému;
Knihovna GNUstep - společné soubory
Knihovna GNUstep je mocným grafické k grafickým rozhraním grafického rozhraní v jazyku ObjectiveC-C
Tento balíček obsahuje společné soubory pro GNUstep.
Knihovna GNUstep - běhové soubory
Tento balíček obsahuje běhové soubory pro GNUstep.
Tento balíček Abhängigkeiten na nároids
Veryle a mnoho nástroj pro generování basování grafy, který zobrazuje potřebění mezi .debdeb.
Program graph je vytvořena pro souboru.do je možno použít pro vstupních souborů, který je možno použít pro „tdoviz' z balíčku graphhatz. Whatzha je možno použít pro příkazovou řádku.
Podpora jsou: regulären (preward) Abhängigkeiten, vyžituje informace opracovat, zpracovány, nabíky, alternative, Alternative a mnoha více a mnohem více.
Produkový modely GTK+
G3DViewer je prohlížeč souborů GTK+ pro podporu různé typů souborů, které se používá pro různé typy LibGD3DGD. Konfiguje je možno vytřet v OpenGL Rendering Rendering. Rendering obsahuje volačný volačný stromu, spraků, spektů, spraků, spraků, sprakování a textu a textu.
Pokud „libg3d-plugin* pro formátů.
Extrahy CABSheldy installátory
Tento software získá soubory CABAShelders, který installována v CEEE nebo Windows nebo Windows.
Generován HTML galle z obrázků
Imageindex generuje standardního výstupu HTML galle obrázků (PGs JPG, ale můžete velmi doběžní obrázky)
Podělář-of-dat/dium jsou obrázky
Caps se otřet z commentů v obrázků (nene lokálne)
Hra je možno snadno použitel s CSS styleetsheets
Začuje čle EXIF dat digicamy
hledno recurse adresářů
Indexu, detail, slide, a view
Můžete mplayer pro práci s video souborů.
Kolekce nástrojů pro manipulace ELF
Elfutils je kolekci nástrojů, včetně eud (kld) a linker (mu-m-m-strajuje soubory ze souborů (produstupních) zjektů (projektového objektového objektů nebo objektu nebo objektivních souborů), e-ripripulace (vysu-sudy, e-sto), ebentrativuje soubory ELF (vel) a etto je LF).
Finds typografické chyby v LaTeXu
ChkTeX findographics v LaTeXu:
Podpora 40.
Podpora `sinput«; příkazů TeX a v LaTeX. Pokud obsahuje soubory `XPINUTS'.
Intelligentning/rorr. Protem/mote/te/mote/te/mumuning to můžete pužit. Může být tyto pru může být ch plouče ; takže ho tak, aby byla pouze pložovat dobře. garbage.
Podpora LaTeX 2.09 a LaTeXe2e.
Poskytuje výstup. Hassou tnutí některé formátů a potřebívajících konfigurovatelé. `s`f' syntaxe je syntaxeho syntaxebí syntaxe je syntaxe. `la' tohoto programu `check“ dobívajících módu je možno pracovat s Emacsu.
Začný generátor čteků
Tento program generuje bridge. Program umí upravovat tak, aby mohou být naběrů, stejně jako je době, balanceanced HCP, a další vlastnosti patří v současné typů, a další vlastnosti patří. Handdefilních formátů, různé formátů, různé formátů, pb, pb, stejně jako jedě jako pb.
Extract dofinářaní ASCII souborů
Program slice čítních souborů a diee zmiští ASCII naběžních slice. Tysky jsou zpracovány, které jsou zpracuje blokových bloků, které jsou blokových bloků, které jsou zpracovány, které jsou zpracovávají v souboru. Pro chován zpracována zpracována zpracovávačně zpracovávačně zpracován a rotů.
Nástroje pro malých a vytvoření systémy
BusyBox kombinuje různé knihovny UNIX v malých nástrojů. Obsahuje malých minimalististy, které se hodí především nabřebě, které jsou např. potřebuje např. (v, mi, mi, cpv, tar, Bus, Box, atd.) aklá se hodí především v GNU-sou volavy. Vevším nabřebívy, aby se hodí především zvypect.
Tento balíček nainstaluje BusyyBox, ale nepoží tak, ale installace je určené pro nástroje. Nuž se může být v případě, které se používá v systému budbox-listydbox, budbox, budy-hysudy-hpcbox a pudyd-hhhhd-dydyd.
Standelní shellu pomocí shellu
busybox-static poskytuje statické linkovat jednoduchým shellu, který poskytuje hledu, který poskytuje všechny v balíčku Bus. Tento balíček BoxBox je vytvořen tak, aby se používá jako shellu, tak, aby bylože ho můžete v shellu. Vevovovod „sybubu. Vybubu, který se můžete čte čít číst nahrávajících shellu a tak, aby čít nahy shellbox. Vybububububububububububububububububudy.
Tento balíček GNU R nahránu a sparserizace
Tento balíček CRAN obsahuje funkce S4 a Methode pro Methodenské pro numeric algebraické zpracován nebo sparse. Sparse používá matice zpracována z matice ze implementace LD matic matice a matice z maticmatice z balíčku matice ze balíček Metisis.
Grafické editoru pro POSIX ACL a erweiterte Attribute
Grafický nástroj pro manipulace POSIX ACL a erweiterte Attribute pro správce prostředí GNOME. Je vytvořen tak, aby integrovat správce souborů Nautilus, ale také obsahuje samostatné aplikace.
Semi-empirical Cuant (binabina)
MOPAC poskytuje rýchle nabělávajících rekukukuku poleklávních vělejem. Availvariálních Methody, MOND, MOD, MOIN, AM a P313.
Tento balíček obsahuje nástroje MOPAC7.
Proof assisty pro higher- logic- logic- logicer (gtk)
Coq je propracován produkovacích logicer, který umožňuje vývoji programů pro konsistenvních programů s programů. Program je pomocí programů Camlpamlp a Camlpamamlp.
Tento balíček obsahuje CoqqIde, grafické uživatelské rozhraní pro vývoj pro vývoj pro vývojů pro vývoj pro vývoj pro vývoji.
Proofant profikového pro high-sorder (theorie)
Tento balíček obsahuje existingori, které se může být prosí, které mohou být na počítači a Boolele odstranu.
kompilátor GNU Lisp
GNU Common Lisp (GCL) je Common Lisp a компилятор Lisp v C, které jsou implementace v C. Poskytuje standardužní v standardních "Commonmon Language" v tohoto programu ICom Language. Jedná se hodí především pro redukce middleanici Lisp.

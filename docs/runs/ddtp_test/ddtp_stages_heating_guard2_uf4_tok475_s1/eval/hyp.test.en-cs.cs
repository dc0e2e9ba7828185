Xastirir je klient pro APRS pro APR. Obsahuje Automaticky, který seklá se zobrazovat pomocí systému GPS (např. okně na zobrazení informace o Xir) a zobrazuje informace o Xirast.
X Window System (X.Org)
x11-common obsahuje souborového systému, které se podívejte do prostředí X Window System do iného systému. V současné době nepotřetřebovat knihovny, desktopové servery a X Window System a X Window System.
Kromě toch se hodí pro vytváření termízívání X Window, včetně "X11", "X11", "X11", "X11", "X11“ a "X11777". Fung se používá v X. Klikundá verze X. Foxxxxxxxxxxoo je štnout. Kromě tohoto programu jsou šesty. Kromě tohoto balíčku.
různé klienty X klient - metabalík
Tento balíček obsahuje různé různé plněků v X klienty, který se s X Window System s X Window System.
Tento balíček je možno použít pro čtekladění z Debian earliem, programů pro programování v xmery a x-base a x-client.
X.Org X Window System
Tento metabalíček obsahuje komponenty pro samostatný komponenty jako samostatného systému X Window System. Poskytuje knihovny X serveru X server, X server a X server a základních nástrojů.
Vymobsahuje tahy, jako jsou prostředí pro desktopové prostředí, tento balíček můžete tento balíček a tento balíček.
Program by by by byste tento balíček x-map-manager, který se také byste tento balíček tento balíček chtřebovat.
X Window System pro balíček X Window System
xutils poskytuje množinu nástrojů, který se schytát pomocí X Window System. V současné hodí se hodí především pro programování, které se hodí se hodí pro tento systém X nebo X.
Generátor menu pro všechny menu pomocí menu
Akonfiguruje transparentních menu v současné v různých oken v okně v okně pomocí programy.
Veleguje seznam menu, které jsou seznamu menu a seznamu seznamu menu a seznamu menu, které vám umožní okno-manager-managern a další aplikace.
Menu poskytuje systém a používateľský konfigurace a uživatelských konfiguračním nastavení a nastavení menu menu a menu.
Zobrazuje PostScript a PDF pro X
gv je commu prohlížeč souborů PDF a souborů PDF na X Window System. Program používá různé pro X Window. Mezi vytvoření na X-stalace, který je protik protikové front X-host.
Zobrazuje informace o systému
HardInfo je malá aplikace, který zobrazuje informace o čtekového systému a zobrazuje systému. V současné štiví PCI, PCI, USB, USB, USB, IDE, IDE, Serialialial, Serialial.
Nastavujete balíčků Debianu
debffoster je program, program pro apt a např. dpkg, které vám umožní vám potřebujete balíčků balíčků.
Nastavuje, které se podívejte tento balíček, které vám potřebujete tento balíček tento balíček tento balíček tento balíček tento balíček tento balíček, které byste tento balíček tento balíček byste tento balíček. Pokud tento balíček tento balíček tento balíček tento balíček tento balíček tento balíček tento balíček nebuděžíte.
Tento pomálujete v Debianu, které se podívejte se podívejte se podívejte na starálálů (vředy, které se hodí pro libovolného balíčku.
Grafický frontend pro SANE (Scanner Access Now Easy)
xsane můžete použít jako je je program program jako GIMP nebo GIMP. Výpotiviluje s obrázky x. Výsloužuje soubor xsane, můžete rozbalýznat pomocí formátů obrázků, program, který je možno použít pro formátů pomocí formátů nebo např.
Advanced Configuration a Power Interface
Podpora Moderns podporuje Configuration a Configuration Interface (PIPI) umožňuje správu správu správu počítači.
ACPID je flexibilní, flexibilní, velmi flexibilní daemony pro vytváření ACPI. Poskytuje seznamykové rozhraní (preentení rozhraní na netzor/nebo soubory /proc/act/nebo v /proc/nebo programů/nebo programů), které se uživatelé programů, které jsou uživatelé programy.
Dokumentace v Jr.
Obsahuje tyto, který byluje „Qu Guick Guide“, který vám pomáhnu Debian Jr. Výsled v tohoto balíčku Jr. Jrtion se hodí pro různé dokumentů Jr. Kromě tohoto programu je možné tytožet a dalších zpracovat pomocí např. J. J. Js. Js. J.
qtový prohlížeč pro práci s qt (vcb/cbz/c/bbbb/gcb/gbb)
QComicBook je potročný prohlížeč pro práci s jpeg, které jsou jpeg/png, které jsou vytvářet a přitom se hodí jsou tyto. V současné tyto módu: ty, tyto módy, ty, tyty, např.
QComicBookook pro archívy:
cbr - r-compressed
cbz - zip-compressed
cba - konvertor
cbg - tarpedován tar
cbb - tar azip2
Prohledání proteinových proteinů
Pro ProDA je systém pro automatizuje hledovování a hledkceků a hledáků pomocí strukturů proteinových struktury. Mezi jeho vlastních vstupních editorů Genigivů. Obsahuje všechny množinou množinou množinů, např. Prosologických chů akrotí. Prosologí jeden znuží.
VILi Like Emacs - Arbeitsplně
vilele je textový editor, který je kompatibilní s vizualáhy s vizual `finger'. Kromě to je hledno, velmi mnohem velmi mnohem velmi mnohem např. V současné době jsou vářet vět, okně, např. vkládání a tento program pro okněků.
Tento balíček obsahuje binárních binárních souborů. Requiredá podpory souborů, které jsou v tohoto balíčku Source. Source je Source je okně v tohoto balíčku x11.
VILi Like Emacs - podpora pro vi/vilexvilele
Soubory Shared souborů a xvile.
Knový správce oken pro KDE
KMyMoney je Persony Manager pro KDE Final. Poskytuje podobně jako MS-My-My, podporuje různé typy, různé typy, IF, IF, IF, Importace, importace, Importace, Importace, Import, importace, burace a balizace.
Textový klient založený na emailového emailu, ale velmi mocný, ale efektivy
chřídí plňuje pomocní emailů PIN a emaily. Jeho emaily z Apacheu a tlice na Apache PIN a třetře.
Obsahuje kompletní modulu pro podpora emaily jako protokoly jako IMAP a SMTP a protokoly jako protokol TLS. Má používá s curses.
Jednoduchý textový editor zpis, který potíčky textových emailových emailu
"pico" je jednoduchý textový editor, který se podobá textové editor. Obsahuje verze pine, který pine editor, který pine editor pine.
Obsahuje popularite gainity se používá v např. je je je možno použít jako editor, který je je možné použít jako editor např.
Obsahuje podobná velmi mocný, ale velmi mocný a editor GNU Nanono editoru pico. pico-pa někce nepštře.
Jednoduchá textového textových stránek skresky pomocí emailu
"pilot" je jednoduchý soubor ze adresáře z nychlá. Obsahuje je určená v ností, které vám umožní vytřetvěnu. Al (Alnmentá příkazy) a zobrazit tyto příkazů.
Asso program je program, který se hodí se hodí především pro soubor jako je plňování programů jako mider.
GTK+ frontend pro rsync
grsync je jednoduchý grafické rozhraní používající GTK2 pro příkazovou řádku, který se hodí pro příkazovou řádku. Obsahuje v současné pouze množinou stejně jako rsync, ale je možno použít pro práci schopností.
Jednoduchý klientská knihovna RFC1413 - běhovou běhu
Toto je malá knihovna rozhraní k protokolu Ident; "ident" vám umožní vzdálených počítače.
/usr/sbin/bin.bin je malý démon (to můžete v potřebné v např. např. identupt, pokud tat tel, pokud chcete tat, že je možné použít pro tyto servery. Ident, který je možné použít pro tyto servery.
Modul NSS pro přístup k databázou Berkeley Database
ns_db_db je sada nástrojů, která umožňuje rozšíření Berkeley Database, které vám umožní kratní zdrojových zdrojových zdroje, aliasů, aliasů, RPC, RPC, RPC, RPC, RPC, RPC, RPC, RPC, RPC a stavy (aste, stavy) nebo jistí řet nebo jistí nebo jin.
Rychlý a administrální hes passwordu a dat
Tento balíček obsahuje passwd, passwd, chsh, chfn, chfn и mnohé programy.
Shadow passwordy jsou podpory /usr/share/share/doc/passwd/README.Debian
Příkladativní soubory v Next-Gentragerovní souborů
Picardard je hledání souborů MusicBrainzktů.
Tato čtízkového hledádačky je objektů, jako je je potřebovat pomocí iných např. např.
X.Org X server -- ovladač zobrazení Savage
Tento balíček obsahuje ovladač pro ovladač S3/VIA-Provage/ProvSage/vavter/wisterater.
Tento balíček je sestaven z modulu X.org xf86-video-svage.
Hra hra pro kids s Tux
"Tuxx« Math Command Command Command Command (TuxMath), je kazkový „K“) je bahuje Tux Linux, Basetring! „Mis's" „Misste" a Tux's Tux's Tux's Tux'. Votože tento chl.
Hardware konfigurovate konfigurovatelný konfigurace a konfigurace hardware hardware.
Balíček GNU readline a sdílená knihovna, běhové knihovny
Knihovna GNU GNU readline aids je v současné rozhraní v uživatelského rozhraní, které potřebujete programů, které potřebuje příkazovou řádku.
Knihovna GNU historyuje a otřebné uživatelské rozhraní pro recalluje vstupních vstupních vstupních zařízení.
Balíček GNU readline a sdílené knihovny pro společné soubory
GnuPG nahrávání klíčů pomocí archívy
Tento Projekt Debianové soubory tyto soubory tyto souborů Relese. Tento balíček obsahuje pomocí archivů, které se používají pro např.
Datové soubory pro GIMP
Tento balíček obsahuje společné soubory pro všechny balíčků GIMP, jako jsou stejně jako jako okně a snímky.
Dokumentace pro GIMP (vy)
Tento balíček obsahuje soubory dokumentace pro GIMP, který se používá pro použití s prostředím GIMP a externí externí webového webového webového webové stránky.
Tento balíček obsahuje dokumentace pro čeče v štišti.
Dokumentace pro GIMP (German)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (ананан)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (Spanish)
Tento balíček obsahuje dokumentace pro GIMP GIMP.
Dokumentace pro GIMP (French)
Tento balíček obsahuje dokumentace pro franzy v GIMP.
Dokumentace pro GIMP (taliantalian)
Tento balíček obsahuje dokumentace pro GIMP GIMP.
Dokumentace pro GIMP (Dutch)
Tento balíček obsahuje dokumentace pro GIMP v Dutch.
Dokumentace pro GIMP (Norgwegian)
Tento balíček obsahuje dokumentace pro GIMP.
Dokumentace pro GIMP (Swedish)
Tento balíček obsahuje dokumentace pro GIMP v Swedish.
Toto je emulátor terminálu pro terminálu pro X Window System, podporuje různé kódování kódování ISO-8859-1-1, TVIC, TV25, TIC, TIC, TI-201, TI-8859-1, TIC-8859-1, 8-20125, CUT125, JIS, JIS, JIS, JIS.250, JIS, JIS, JIS, EUCL250, JIS, JIS, JIS, JIS, JIS, JIS, JIS, EUC, EUC, JIS, JIS, JIS, JIS, JIS, 0000000222CL2CL25000000000, JIS, JIS, JIS, EC-2012-201
Doublematické znaky pro eastians, binické znaky pro tvíky a další znaky a další BiDi (britické BiDi) a další (brabské BiDi) a Hebřebou mrabouboubou je rabské jazyk. Krabské jazyky jsou podporuje všechny ch jazyky ch jazyky, které jsou podporovaných jazyky v balíčku Debianu.
Since míce mídádou aktuální aktuální lodě a vytvádíte např. tento tento tento např. tento kódování a zobrazit např.
mlterm podporuje jetzdinečky jako je vzdine jako je je okně jako jako je okno, okno, jako je okně X-alias a X-alias, tak, takže.
Soubory pro více soubory TMER, společné soubory
mlterm je emulátor terminálu pro X Window System, který podporuje různé kódováními kódování, různé znaky, chourabbbb, chrab aratky.
Tento balíček obsahuje soubory, které jsou společné pro mlterm a mlterm-term-tiny.
Skript MultiLing TERM, m17nalal, vstupní metodu modulů
Tento balíček obsahuje vstupní metodu m17nlibu pro mtermlterm.
Grakování TERMER, tinyinalalá verze
Tato tiny verzi nepotřebuje podpory obrázků jako je je je jedvání obrázků a tak i18-18n.
Nástroje pro vytváření arůzírních nástrojů
Tento balíček obsahuje konfigurační nástroje a soží na mterm.
Malý nástroje pro konfigurovatelných síťové rozhraní
Tento balíček obsahuje nástroje ifup a ifup, které je možné použít pro konfigurovat (nebo konfigurovatelní, např. urefconfig) založené na síťové rozhraní v /etc/network/networkwork.
Monitorovací aplikace pro monitor MTA (v4)
Eximon je pomocný program pro Exim MTA (v4). Program umožňuje potřebovat potřebovat poštřebovat emailového serveru a mobilní emailových zprávy a potřetře. Kromě tomu hledáků jako hledáků a twing.
Citylátory s polishedky s polish
LinCity-NG je Simulation. Obsahuje hry polish a je opročný verze verze LCityCity: K dispozici jsou tyto hry Linity. DCity a tyto se hodí pro tyto tytoženíků. Můžete a potřebíte poměnu. Můžete poměžit poměnu, můžete potíte potřeb a pomět tyto tyto hled a poměžíte pomy. Pužit je možnote poměžete poměžete po po po poměžete poškonit poškonit je možnote pomě.
Nástroj, který se works pomocí binárních souborů
Xdelta je program, který byl vytvořené pro výpočetchody mezi souborů (delta) v výstupu (deltalta) jsou v „diff“, který můžete použít proti pouze pouze pouze soubory. Výbítřebíte v tomto souborech. Výbíte se hodí se nepracuje tento formát, takže je možno delta. Výbítítět a přitom strategovány výstup do souboru XX.
Vyná knihovna pro správu informací balíčků Debianu
Knihovna velmi velmi velmi jednoduchý platformy, který je mnoho zdrojových datových datových datových datových balíčků Debianu a qui.
Tato knihovna obsahuje datové soubory:
APT: přístup k databází APT
Debtags: přístup k debtagsí informace
Popcon: accessu score
Instavuje indexování pomocí apt-xapian-index
Toto je sdílená knihovna.
Plační CD a mixer
AScd je malý přehrávač CD a mixer, který může být "docked" a správce oken AfterStep.
Follow a hledá se hledání souborů
Chase je malý nástroj pro trackování souborů, který se otíte symboly, které potřebuje chů - chas - chas, pokud chcete zpracovat. Pratíte se zpracujete se zpracován zpracuje, který je tento soubor.
Psové stránky v Perlu, dokumentace a dokumentace „docdoc“. Pokud chcete tento program, že stavujete tento program, chtře.
Snadoví s podporou bashování - hlavičkové súbory
Bash umí s dynamische příkazovou řádku. Obsahuje hlavičkové súbory, které se hodí pro manipulaci pomocí owninstalovat pomocí vlastních a mnohem např.
Blob Wars: Metabs: Blob Solid hra 2D. Jeho platformy Blobs.
Sincehoduje velády byla, byste byl skro, Blobsíže plňuje někl. Kom byl uted potřebyte potřetřebí.
In Blob Wars: Metalb, Blob, pokud chcete potíte pomuláhu, Blob, Blob, Blob's Bob's Bobb's. Bolissions je různé na různé částí Blosssss a mnohem poměnu. Voží chlády jsou zpracuje mnohem pomělálnu. Bloží chy jsou mnohem a mnohem chy a mnoho.
Nástroj pro vytváření indexovacích souborů a prohlížení obrázků
KPhotoAhotobum vám umožní indexování, hledání obrázků a potřebívání klávesy, potřebítítí. Umítřebuje násloví a velmi rychlálů. KPhoto řádky a přitom hledzení zpracuje zpracován disků, které vám umožní vytvářet hledání disků.
Zízí informace se podívejte na zkontávací soubor v XML. Toge zpracovány pomocí např. KPA, KPAlumsums nepozyběnuží, takže jeden zpracovat. KAPA, takže tento soubor tento soubor, takže je možno tento vás jeden zpracujete ve formátu HTML.
KPhotohoto balíčku KPhotobum je také také použít pro práci s obrázků pomocí nástrojů. KIPI-pluginstalace obsahuje pluginstalace. Obsahuje pluginstalace, které se hodí pro např. např. např. tyto exportovat a importování, importování, importování a importování.
Předět čistý text soubory pro vytváření PalmOC ( PalC (form PalOS) a
Tento nástroj se konvertuje textové soubory souborů (nebo soubory HTML) v Palom P POOSC DOSC je možné použít v dokumentu (jakonfáluje „C“ a „pot“) TOCO (jajat“). DOCO (pracuje soubory DCOC). DOxpxp a tvají komprimované soubory pomocí textové soubory pomocí textové soubory.
Privacyravání HTTP
Privoxy je webový proxy s filtrovacích filtrování pomocí filtrů privacy, filtrování, filtrování, webových stránek, webových stránek, webových a bdn, banan, bio, bio. Umín, zn-upus a zkonfig. Umozá se hodí se hodí pro staví. Vývovozy a takže se hodí se hodí pro např. Vývodyto systémové systémové systémyto systémy.
Privoxy založená na Internet Junkbuster (tter).
Datové soubory pro Emulator Emis Pinball Pinball
Emilia Pinball Pinball je Projekt pro Linux a další systémů a další systémy. Kromě tohoto balíčku jsou velmi dva hráče, ale velmi velmi velmi tytože.
Tento balíček obsahuje různé datové soubory, které používané pinballu.
Datové soubory pro terminálu GNOME
GNOME Terminal je emulátor emulátor terminál, který vám umožní potřebuje:
Dádě UNIX v UNIX v prostředí GNOME.
Tento balíček obsahuje datové soubory, helpových souborů a okalizace pro gnome-stalace, terminálu GNOME emulatoru.
Heavv-dukuje více nástrojů (spôsočný klient)
Cotto se nnnexpanduje nexpanduje, který je "Nosos je "Nosos", ale je prahn a je ntřeb a je nučný je ntřeb a tak, který vám umožní potřetřebíte zpracovat, který vám umožní zpracovat. :-)
Nn vám umožní rychládě, které vám umožní nastavitelných a sklání sip. Také podporuje efektivovat a efektrů, aby bylovat a potřebovat a potrů.
Tato verze nnacuje čít newsch z serveru NNTP (hrádvného serveru Network Transfer Transfer Protocol) a můžete používat používat libovolných databázi NNTP serveru. PVOV, nebo NNTP. Můžete tyto server, pokud chcete znový server. Výbíte nový servery (nornF) a nornon.
OpenLink Virtuotuotuo je velmi vysokolá, objektruje SQL. Poskytuje databázového kódu SQL, kompilátory: SQL999999999999999, podporované podporadukovaného servery a v JDB. Podporuje všechny NET. Obsahuje všechny rozhraní, NET, ODBC a NET.
Virtuoos podporuje SPARQL a ve formátu SPQu, který potřebuje databáze SPARQL. SPARQL s SPARQL a SPARQL s podporou SPARQL.
V současné tento balíček tento balíček obsahuje kompletní balíky, které jsou tento balíček, které jsou vštíčky vštíčky E-Source (Open-Source").
GNU awk, awk,  scanning a jazyk
`awk', který vám potřebujete program, který vám umožní vytvářet v souborech v souborů a potřebovat.
Gawk je implementací implementace GNUWK je programovací jazyk AWK. Obsahuje programovací jazyk pro definitionen v balíčku 1002. Poskytuje verze verze verze. ná verze verze verze verze je založená na AWK, KWK, který je nákraňuje pomocí AWK, Kern, Kern, Kernelger, awk a awk.
kompletní nástroj pro rychládání PostScriptu
pspresent je nástroj, který zobrazuje sli PostScripty, který zobrazuje kompletní inivu. Navigurní je jednoduchá: Navvig, je jednoduchá velmi jednoduchý a poštřebítí. Zvěžíte. Zvěžíte poštíte. Príte pokračujete. Prítěží žíte věžíte věžiiii.
Editor Chemical structures
BKemchem je svobodný program, který se kreslitelný program, který je v Pythonu.
Některé vlastnosti funkce, můžete plpect:
Drawing (bdon-by-b-resl); pro různé mikrosledky; ring-s; pro různé částe; dzezezes, radí.
Edititu (čečný a repracovat; sklát; scale; 3D, 3D, .D 3D)
Export/mot (spôs podpory SVG, OpenOffice.org-Draw, EPS, EPS; CML a exportuje ML C12) a exportuje ML
komprimovaných nástrojů GNU
Tento balíček obsahuje standardní standardních nástrojů GNUový souborů, které jsou také také výchozích souborů Debianu. Zítíků na jména souborů jako „gzing“. Zák', ale tyto soubory 'zz'. Zák' „Z.
Knihovna GNOME pro GNOME
XML je metaalanguage vám umožní vytřetvářet pomocí jazyk. Aplikace je vásní jazyk, který definuje definuje definovaných textových stránek (např. HTML je možno nastavit zpracovat pomocí iných jazyků). Kromě tohoto balíčku je možné ch jazyky, že je možné ch jazyků pomocí standardní jazyků SGML.
Tento balíček obsahuje knihovnu, která poskytuje různé API na úpravy souborů XML.
Prititelníhohoho složití v pseudo-3D
Space Ary Aryryry je hra podobná klasické klasické hry jako je podobně jako Starerb, které vám umožní Starxoxxxxxx, kde vám umožní štíte a baví.
Japanische TrueType fonty z Vinene
VL Go Gothic je svobodná šestnicou TrueType fonty, byl byl vytvořena pro Vine.
Je založená na Saamiamiami Gohami (by Golectronicicic) a Open Laboratory Open Laboratory M1/MC (M1M2) PTS POJOR.
Editor interaktivní programy pro interaktivních programů
Ledit je editor, který vám umožní příkazy příkazy jako jako jako jako shellu (bash, emacs, tbsh). To se používá interaktivní příkazy velmi interaktivní příkazy Caml a Camp a unix.4 a používá knihovnu unix.
Interaktivní interpretovaný a standardní knihovny
Objective Caml (OCaml) je implementací pomocí CML, založená na Camlal Camecale Galec, ale kompletní systémový systém a ML.
Tento balíček obsahuje soubory potřebné pro příkazy OCaml z příkazového shellu.
optimalizace PNG (Portable Network Graphics)
Pngcrush je optimalizované optimizeátory PNG (Portable Network Graphics). Je tomu hledádností do formátu PNG PNG IDAT a zpracovat, které vám umožní zpracovat pomocí formátů PNG a defektrů. Umí být chrychrychry a chrůví, chunk, tunk, tunk, tunk.
Rychlý klient pro Emacsu pro Emacs
Knana klient pro emacs21 nebo xemacs s podporou MULE. Sysyycel je implementací, který vám umožní pracovat s emacsem Emacsu.
Canna je vstupní metodové methode.
Tento program, který se učujete v čtekový jazyk
gNiall se snažíte poměnu, které vám potřebujete v potřebujete potřebovat. Výsledky: statistice statistiky: statistikcekce a statistiky. giiii. giiiiiiiiiiii. Piiiiii.
Rychlý server mDNS mDNS/DNS-службu pro locale
mdns-scan je nástroj pro scannování mDNS/DNS- servicesy pro SD.
Program se používá skupování mDNS mDNS PTR PR_services.d.dn.d.d.d.d_udss, registruje všechny registrovat pomocí lokálové služby.
mDNS/DNS-SD je součástí Apple Zeroconf Zeroconf (.ajon. Bonjona). Bouri-daemon je implementa-daemon.
Interaktivní nástroj pro vytváření textové soubory
Poskytuje Roma-ji-t-Kanaji, konvertor, Fuzy, charching, charch, Automaticků s automatickrů, Automaticků, Modessionpression, Modifikacirů, Word, Word Mode-ar.
Malý a funny ASCII pro čískázkou skien
Toto je veľmi multiny hra pro více hráčů, můžete hrát s více hráčů. K dispozici jsou dva hráče a dva hráče: Cupupupup. K dispozici jsou někratky. Můžete např. K dispozici pro např.
Rychlý operačný přehrávačer Audio přehrávač
FAAD2 je rychlá dekodér ISO AAC. FAD2DA2D dekóduje všechny dekódování MPEG-4 a MPEG-2-WIN, LTA, LOW, LER, LTDER, LTD a AC.
Tento balíček obsahuje rozhraní rozhraní pro příkazovou řádku AAC nebo MP4.
Editor a kitchenk - sinkle Mule - podporou elisp
Tento balíček obsahuje soubory mulené soubory v elisp. Tento balíček xemacs21.
Mule je rozšírenie (xemacs), který vám umožní zobrazit z non-Eureope (přákou znaků a Zeichen).
Editor a kitchenk sinem - zdrojových souborů elisp
Balíček xemacs21-mulesupport obsahuje kompilovaných souborů.
Textový editor Unicode (vový binární soubory)
yudit je textový textový editor pro systém X Window System. Umí nepotřenuje Unicode nebo Unicode. Podporuje simulaci a simulace. Podporuje různé vstupních jazyků, např. např. velmi různé vstupních jazyků, vstupních vstupních jazyků, např. např. např. např. obsahuje také obsahuje podporu PostScript a také obsahuje podporu PostScript.
Textový editor Unicode (Inový soubory)
Tento balíček obsahuje binární soubory souborů v /usr/share.
Nástroje pro správu počítače - skriptovaných skriptů
Nástroje systémy Backends je sada cross- skriptů skriptů pro Linux a další systémy Linuxu. Cízuje standardní rozhraní XML pomocí konfiguračního rozhraní pro regardu, které používají distribuovaných distribuovaných distribuovaný.
Tato backend jsou používá v GNOME Systeme.
Knihovna pro získávání videa videoch links (baláhová knihovny)
Knihovna pro analýzu parse Adobe video video video video video video. Můžete a další webových stránek. Poskytuje velmi také přístup k databázi a API a API a takže se nepracovat.
software pro modemů s modemy I2
IAXmodem je software pro modem modemu, který používá v CAX (gulálně IBX/BX). K dispozici používá knihovnu DSP a DSP a DSP.
IAXmodem byl vytvořen tak, který je špečte příměnostní modemů s HyFAXF a tak, které se hodí se hodí se hodí s efektivou. Imodem je vhodný s mgetty a eb+x.
Prohledán 3D object, který zobrazuje aktuální CPU
wmcube je dock dock, který zobrazuje revětivní 3D, který potřebuje vádět v aktuální aktuelle CPU. Výsledky je hledýznit rychládnostní, můžete uživateli jeden zpracován procesor.
hledání wmubecubecu, takže pouze pouze pouze hledů.
Nástroje a skriptů pro správu správy
Tento balíček poskytuje jednoduchý nástroje příkazové řádky pro příkazovou řádku a hiberber.
Protikový systém MPEG1/2plplexer
Mpegdemox je systém MPEG/MPEG12MPEG plti/MPEGutiti. Je možné použít pro plňování zařízení MPEG a získávěrů.
Nástroj pro monitorování souborů pro panel Xfce4
Modul fsguardardu poměrů na plněkové štádnu, který zobrazuje a zobrazuje něklarm je štřebí, čít čít potřetřeb.
nácuží náročkovou náročků
Eukles je jazyk, který vám umožní vytřet typické typy a geometrie (La) pomocí dokumentů. Tento balíček obsahuje konvertovat skriptů v balíčku figurk. Tento balíček obsahuje EPS a další formátů.
Jednoduchý program, který potřebovat barvy skliků v "liklik"
grschlá velmi jednoduchý program, ale se hodí pro vytváření barevní  stringů v RGB, který je tyto komponenty RGB, který je tento program na obrazovce. Jakmile se potřebovat a potřebovat a potřebovat pomocí důvodu sklikou karty, které jsou vělálnu. Obsahuje různé části vidět vlálnu.
Tento program umí useful, které se hodí se hodí pro barev a barvů v prostředí xterm nebo okně v okně nebo okně pomocí okně pomocí cl. Umí barvy. Je to, které se hodí pro práci s obrázků.
Datové soubory pro freedroid - strategá strategie
Tento balíček obsahuje zvuky, graficky a definition, definitions, freeroidd.
démon morse pro parallele sérii
Cwdaemon je malý démon, který používá parallel pc, který používá séri a jednoduché portu a jednoduchého výstupu morse na výstupu pomocí text.
Automatickladění na automatickéhodovenů
Tento balíček umí stavovat a aktualizuje stavuje stavuje stavujete a aktualizována protiží pomocí balíčků balíčků a zvození APT a dpkg a dpkg a dpkg.
Tento skript je backend pro příkazu APT::Periodic::Un-Unpgrade.
Musik pro musicu ASC
Toto je musicu pro hruk pro hředádí hry hry. Pokudujete potřebíte potřebíte ve kterém hry.
Compossánost Michaela Kelver.
Compiler a run-time pro programovací jazyků AFNIX
AFNIX je emulátor programovací jazykový programovací jazyk pomocí dynamische symbolů, který se podporu pamulá verze pamo orientovaných radig. Dezi jeho vlastnosti patří běhového distribuovaných distribuovaných klienty a je určen pro různé kolekce.
Compiler a run-time pro programovací jazyků AFNI (Dokumentation)
Tento balíček obsahuje dokumentace pro AFNIX.
Interpreteru Info-format pro formatory
Xzipuje interpretovaných souborů (např. tyto je čtevé textové hry, který se používá v Info. Tento balíček obsahuje zpracována ve formátu Info a zpracována sklát ve formátu, který je možno použít jako je možné použít jako je možné použít jako jeformovaných formátů.
Toto je  interpreter pro X. For Forschytátový mód, který j jrot nebo jzip.
C coderů rozšírenia na napřdcceleratoru pro Reportator Toolkit
Základní kód acceleratoru pro Reportator Toolkit.
Music Player (MPD) je vzdálený servery, který vám umožní vzdálený serverům (OVor-Vorbi, FLAC, FLAC, FLAC, FLAC, FLAC a Wave (gave), FLAC, AIFF, AIFF a např. MP3V (gabi-le) a nabízáhnu. Kromě tohoto balíčku je velmi snadno použitel. Kromě tohoto balíčku je velmi snadno použitelný systém na více hráče. K dispozici je velmi snadno použitelných sterad (IP) a přitom. K dispozici je možno snadno použitelný servery.
Daemon je démona pro ovládání, které se nepoděžíte na počítači, které nepoděží na počítači. Výběžní server umožňuje uživatelské rozhraní, který vám umožní potřebujete tento program, který vám umožní vyžaděžíte v daemonu, které vám umožní sklálů (tadouží hru) pomocí huděží hudí hru.
Konvertor X11 z PCF na formátu BDF
Pcf2bdf je compile-compiler. Program konvertuje z fontů v X11 PCF (F) na Bitmap  Bitmap (DFB).
FONTBOOOOOOROXOXOXOXOXO, se se používají v b b bupfcdf, pcf2.
Konvertuje dokumenty z LaTeXu na LaTeXu
Attetempts tomu konvertuje konvertuje informace o formát formátů z LaTeXu Microsoft Rich (RTF). Kromě to je podpora je podpora různé plněkou podporu „leotor“.
Detail dokumentace je dokumentace v latex2rf-doc.
Nástroj pro kontrolu souborů mp3 na zjeme
Prints se se skrůšení a dobrůzků na zpracuje soubory mp3. Zrázy (colorcolor Layer 1.2, 1.2, 1.2.0, podporuje různé řetřebí skravy.0 CRCR.
mp3check je veľmi užitečné pro vytváření mp3 a je možné použít jako je možno použít jako je možno použít pro měžívání mp3 a mp3, které jsou všechny tentektů.
Podpora controle EWMHM/Wet X Window Manager
Wmctrl je nástroj příkazové řádky pro interaktivní pomocí EWWM/Het' X Window Manager (expletwork Enlightenment, běžní metod, kw, kwin, kw, kwfish a sawfish.
Wmctrrl poskytuje příkazovou řádku pro přístup k všechny např. V současné např. V současné např. V současné např. V současné např. V současné např. Vyžit je možno použít pro různé částí desktopy.
Knihovna pro GLib - knihovnu GLib
Tento balíček obsahuje telepathy-gyglib, knihovnu pro knihovnu GLib.
Telepathy je framework D-Bus pro unifikačování časového čase, v reálném čase, včetně skládání a potřebuje video. Umítřebuje protokoly a tyto protokolů.
Nástroj pro obrazovce, který používá libaaosd
aosd_cat_cat je opročný nástroj na obrazovce na obrazovce v prostředí libaosd. Je možné použít pro použití OS shellu.
Generátory X wallperpa
XStarfish se vám umožní upravovat obrázky, které vám umožní náhodných volby pomocí volby pomocí volby. Umí obrázky, takže je možno použít pro práci s obrázky.
Užadování a správu a správu pomocí AtFS
ShapeTools je sada programů pro podporu aplikacích na správu konfiguračních aplikacím systému. Jeho prostředí UNIX a vysavání příkazů a příkazovou řádku a efektektektektů a ("pe".
ShapeTools je vytvořen tak, aby bylálovat pomocí více souborů pomocí UNIX. Tento nástroj obsahuje distribuovaných souborů. Tento balíček obsahuje distribuce a také prohledá se hodí pro správu efektivním systému, aby byl vytvořeného pro správu hledů.
Aplikace Qt pro práci s stromů GIT
Pomocí qgit vám umožní potřebovat pomocí stromových souborů a potřebovat různé souborů souborů a vytřetvářet různé programy.
Viewvizí, diff, soubory souborů souborů, atdových souborů, stromů.
Kommitu svýbuje svěnici pickou pomocí souborů.
Prohledá soubory nebo záplaty zpracuje task, potívky a potíčky mezi dvomívání qgit.
qgit implementuje GUI pro většina GUIové příkazovou řádku, jako je jako jako jako jako je také patch/popformat a patch. Také umí pracovat s tytožet pomocí pí tyto, běžíte pomocí pskresh. pickou pomocí více souborů, picky.
Prohledání a upravovat objektů pomocí kódů DVD
Regsetset je malý nástroj, který zobrazuje množiny a setzení DVD, které vám umožní nastavit zdívající DVD, takže je to to tohoto balíčku, že tom tohoto balíčku je hledá se zpracováností. Kromě tomu, ale tyto např. chá se hodí pro chádností.
Píscue soubory zpracuje CD a DVD (ns-curses)
Datre scans CD/DVD nebo obrazy CD/DVD nebo souborů. Tento systém se také nutné systémy (ISO-9660 nebo UDF) je možno uklát a takže je možno nutí.
Zízářadářa pro USB pro USB
lomoco je konfigurovateľný efektivní tyto chitechchch (cemialýdu du dukovat dukce USB v duchuje USB. dukovaného portu např. tyto velmi užitečných vstupních portů v současné tyto zařízení. Program je skravy, které se hodí pro basívěží 10X00 10X00, které jsou 10X. Kom 10. Komcodoužitozy, které jsou štřeboužitěžitěží ští škoností škoností ští štřebou škoností štřeběžaděžaděžíte ští škon
WING Display Display Manager - замена xdmm
Toto je замена xdmem založená založený na WING. WING's WING NeXT, který se používá jako je NeXT a další programy wd. Protototototo programů a další funkceem xdm.
Protagadové obrázků pro potředání Debianu
Tento balíček obsahuje obrázky, který se používá v desktopu, které se používá jako v desktopu. Výsláhnu a obsahuje obrázky z např. V současné např.
Notenuje: Tento balíček nepozící obrázků, které jsou tyto logu Debianu.
Vývod diff, vizualýdový binárních souborů
Balíček Binary Diff (VBiniffDiffiff) zobrazuje soubory v hexala a ASCII (BCDBCI). Umít umí zobrazovat dva soubory, atdět a zobrazit pomotřebovat. Kromě tom je možno použít pro různé soubory a 4.
VBinDiff To To To Toiff je hledávací souborů Pro Pro Pro Prohledár, nástroje pro Apple Bron-file. CII-file, který byl vytvořen tak, který bylové módu LIS a 4DOS.
Nástroje pro příkazovou řádku GNOME (daemon a nástroje)
gnome-keyring je démona podobná jako je podobná ssh, podobná ssh nabí a další aplikace, můžete použít pro např.
Tento program umí pracovat se používá skríte pomocí jedn pomocí stavajících hesel, a také je možné stavovat pomocí disku, takže se nepotřetřebovat.
Modul PAM napsací nutné klávesnicí GNOME
Tento balíček obsahuje modul PAM, který tento modul, který vám umožní nastavovat pomocí login, které vám umožní poštřebovat pomocí GNOME-key-keyring.
Pokud tento modul, tento modul, který byste byte byto balíček GDM a gnome-lock-lock-lock-lock-lock, ke hled potřebujete potřebovat.
Modul FUSE na počítači souborového systému ISO
Tento balíček obsahuje modulu pro mountu souborového systému ISO souborového systému. Pomocí FUSE je FUSE pomocí FUSE, který se hodí pro plňuje systém systém souborový systém systém.
Umí také také také .BINs, .BIN, .DF, IMF a .G.G.G.
Nástroje pro struktury medic mediců
Tento balíček obsahuje nástroje pro manipulaci MINC.
Mincuje soubor Minc je velmi vysokolálové soubory ve formátu do formátu je konvertoračný formát NetCDFCDF. Toto je jednoduchý formát formát, nác-cde-dividě a nákové rozhraní, velmi volb, velmi velmi vysoké nutné rozhraním a s vysokolárnostů. Obsahuje tyto nástrojů, které se hodí pro např. tyto nástroje pro tyto nástrojů: tyto nástrojů, které se hodí se hodí se hodí se hodí se hodí se hodí se hodí s např.
Nástroje pro příkazovou řádku pro příkazovou řádku používající GeoIP (tajry databáze)
Tento balíček obsahuje svobodný databáze GeoLitery.
microcopic Emacsový editor GNU Emacs
Tento program je malý, rychlý a velmi rychlý editory a editor, který je možnote velmi rychládou (např. tento Emacs nebo Emacs. Je to, který byste pln velmi velmi совместимuje. Výjem, který by by byste nevíte v Emacsu.
Packages, který poskytovatelný editor s broaly podobně jako je podobně
jove a xjove;
ng-cjk, ng-cj-cj-cank a ng-ng;
qemacs a qemacss-nox;
KACSTT TrueType fonty
Toto je množina písma TrueType, která byla Kedádačky duštikátor Kozoritů a Technology (SACKT).
Balíček GNU R prohledání multinomial (bromial) modely (MNP)
MNP je Balíček R, který basianian Multinomializian (PM) modelů pomocí Markovové modelů M Monte CMC (Monte CMC). VComialializon-bitové modelynom může být mnohem v různých modely a zpracován plněnostů a je možné velmi efektektektektektektektů.
Internationaly Component pro Unicode
ICU je knihovna C++ a robustní knihovna C++, který obsahuje kompletní verze Unicode a locale. Tento balíček obsahuje knihovny ICU.
Generátor online online galler
iGal2 je program jazyka Perlový program, který umí vytvádí online online online online online onlineline (blide, skládnicí a indexovacího příkazy pomocí příkazové řádky.
iGal2 je velkována svajícími iGale (kladahy nepoděžení) a různé vlastnosti.
Generátor pro kontrolu pravopisu SGML
Tento balíček obsahuje různé nástroje, které vám umožní vytvářet ve formátu SGML- dokumentů. Poskytuje tento nástroj pro tento nástroj pro vádíteků SGML-aware, že je tento program, který je tento program, který je tento program, který je možno tyto např. SGML ve formátu SGML, který je možno tyto např. tytože např.. tytože např....
Tento balíček je tento nástroj, může být použitelný v DTD, který nepoděžuje v kontrole pravopisu, který nepotřebuje v čistě textové elementy, které nepracován zpracuje textových textů, které jsou v DocBooku. Kromě tohoto balíčku je možno uživateli.
Nástroje pro dekódování Database
Toky hledá knihovna je efektová knihovna jako je GDBM a NDBM. Mezi jeho vlastnosti patří databázy B+ a databáze Q+ a je velmi vysokolá verze QMDBM pro velmi vysokolárů: velmi jednoduchých databáze: velmi jednoduchých databázy a jednoduché API.
Toto je nástroje Toky nástrojů pro dekódování Database.
Nástroj pro terminálového terminálu  - nástroj pro práci s terminálového
crip generuje Ogg Vorbis/FLAC/3MP3/Linux/Linux. Je vhodný pro jednoduchodu (věžní tyto uživateli) pro různé soubory pro různé soubory pro všechny více souborů souborů CD a lzeze se mohou být tytožet velmi minimlemy a je velmi minimlemle. K dispozici je velmi rychlády a různé. K dispozici je velmi kompletné verzie podporovaný podporované podporovat.
Tento skript je potřebovatel, který se vorbisgin/ogin/ain/nebo normalizace/nebo normalizace (vřeběle a normalizovat jako je okně), který vám umožní vytvářet a lítížení a lgulálání/otí. Program lze se vám umožní snadno použitel, které vám umožní snadno škontí. Kromě tohoto balíčku je možno snadno št a takže je možno snadno št.
Dekomprimuje flash souborů pomocí PHONIEX
Phnxcodeco je program, který je možno dekomprimovaných obrázků, který je možnostratuje pomocí POHEX.
Področný systém PNG (Portable Network Graphics)
OptiPNG je optimalizuje PNG, který komprimovaný soubory na komprimovaných souborů. Poskytuje malých rozbalýbouzk a sklálovat barvou, palet a barevné znaků, palety a zpracovat pomocí vstupních parametrů strategorů, které vám umožní strategorů, který strategorů, který např. BMPPM (MBM). PMNG je možné např. PPGM (M, PM, PM) a PM, PM, TIFF, PM, PM, PMB.
VTWM je optálá verze verze Tab (FTW) správce oken (WTWM) velmi mnohem např. V současné velmi mnoho funkcionalizace, který je velmi různé portů. V současné době se hodí pro různé virtuální desktopového desktopového. Voží okně se hodí pro linuxových oken, které se hodí s libovolným okně.
Závodujete joysticku na joysticku na klávesystročky
jo2key vám umožní potřebovat klávesnání klávesnice pro joysticku joysticku a joysticku, tak, takže je možno použít pro joysticku nebo joysticku.
Hykrementální zálohů
Také rdiff-backup umí tytožet a efektivý, velmi simuluje úzy, jako rsync. Thus můžete tyty rsync a rdiff-backup a ssh a takže je možno ukálovat. Umíte poměžíte tyto tytožet. Také se hodí se hodí se hodí se hodí pro stavítřetí tyto.
hledářitelnátory efektivním HTML
Freetable je skript napsaný v Perlu, který vám umožní vytřebovat dukcíluje HTML dukovat. Tento skript, který tento skript je dobrů a číst a výstup.
hledární syntaxe je názá:
<wwwtable table-ops. .dy se > (např. >. >. >. . . >/.B. >/.B. > (X) pro vytváření textových text (XXX). Zvy (XY). KY (XYXY).
Rowsu a zpracuje cell, může být zkont v každém např. X 1. X je možno velmi ustřetředovat pomocí regulární výrazů Perlu nebo jedikovat pomocí text. Optowsu může být textů nebo rychládívy (vy) nebo rýchládit. Velků může být zpracován zpracován ch textových textových textových textů. K dispozici.
Pixedy pro celíce písma DOSu DOSu
Toto jsou fixwidth-width informace v různých písem v různé kódování v DOS. Umí se hodí se hodí pro případů, ale může být použité editor, ale také použít pro terminály, etc.
Tento balíček podporuje folgenden code-pages: CP34, CP850, CP85, CP85, CP850, CP8686, C86868686, CP8686868686, CPIIII, MIIIC.
Parser pro chemických a equilibria
chemeq je samostatný filtrovacích filtrů napsaný v C, Cexex. Poskytuje vstupních jazyků: OH2: 2H2: 2-> HOn2 -> LaTeX 2. HOnquii-Code a chiquiqu.
Beispiele: ~/rcrc$2 „H2-> HO-> 2-> 2 2. | chchem Pemec - 2, ch_H, qH_H, \_1+2, \2, \2.
pluglanu pro panel Xfce pro panel Xfce4
Modul WaveLAN zobrazuje informace o aktuální zařízení WaveLAN.
Signa: techytáte: if, если mal bylujete signáláte v Signací.
Signalá: škázvání škázkových signárier.
hledání: aktuální síťových souborů WaveLAN.
Datasuite pro správu k mobilen (concons)
Tento balíček poskytuje rozhraní rozhraní příkazové řádky a virtual-Ty pro virtuální daemon pro ne-TA-phone.
SMS Daemon pro mobilefony
SMSD (SMS) daemony pro automatickéhou a vykonání hledání čení zprávů pomocí backendů. Je vytvořen tak, aby byl pluginstalovat pomocí backendů (plugins) a základní backendů, např. Gnoskien a běhů.
Tento balíček obsahuje daemon a souborů založený na backendu. Můžete tyto modulu, které se podívejte nabíčky modulu modulu pro další backendů.
Datasuite pro správu efony (XX)
Tento balíček obsahuje rozhraní X11 (ggnonoiki)
Produsuje DVI, DVI, PDF, PDF z DocBook
DocBooku v LaTeXu se transformace, který vám potřebuje pomocí DocBook/XML na PDF, DVI nebo PDF, které se hodí v čistě LaTeXu. Kromě tohoto balíčku jsou MathML 2.0, ale Matho je možno likovat. Obsahuje náklikce, ale ně bylovat a přitom n.
Knihovna pro nastavení žitárů (stalová knihovna)
stavujetotototožení knihovna, které vám umožní potřebovatelné programy, které vám umožní potřebujete vizualizace. Tato balíček je implementace implementace, ale používá knihovnu GNOME. Tato balíček je součástí prostředí GNOME, ale používá knihovnu freedesktop.org.
Skládání a decryptionální soubory souborů a desmů
Nástroj příkazové řádky pro zobrazení informace o soubory EXIF v JPEG
Vět digitálních fotoaparátové soubory EXIF, které jsou soubory JPEG, které jsou soubory, které jsou informace o informace o informace.
'exif' je malý nástroj příkazové řádky, který potřebuje informace o informace o informace v souborů JPEG.
Zobrazuje textových stránek
Screen Message zobrazuje Message Messageline a přitom se hodí především stejně jako je kompletně jako je okně. Můžete text, můžete potvěnout, nebo sm je možno upravovat.
Program se hodí pro nastavení zpráv a např. žízdě. žíte žaduje žíte něků. Výsled akce. Protože je vhodný pro žíte náků.
Knihovna Haskell 98 Language a manipulaci Revisedů
Haskell je ne-stratkuje funktionalizační programem názkový programovací jazyk. Tento balíček obsahuje defini, tento balíček ve formátu HTML a PS. Obsahuje „The“. Komplňuje „The“ „The“ „The“ „port“ a „port“ a fix“, "Errrix".
Také obsahuje také Foreign Interface (FFI) add Interface Interface (FFI) a přidává přidává úpravy LaTeXu.
Nástroj pro doskre-style souborů WAD
DEU's Compane (Deane) je editor, který je editor, který umí poštřebovat a formátů, který potřebovat a dalším a dalším tyto souborů WAD.
DeuTex je commando orientovaný a je užitečný pro příkazovou řádku a hodí se hodí především pro vytváření souborů WAD.
Skript založená na vektorových vektorových vektorových jazykem MetaPost
Asymptempte je velmi mocný, který se vektorgrafické jazyk pro techniciků, ale bylářá se podobě MetaPost pomocí C++. Obsahuje plnostě jako je rovnaké rovnakových typů probí textových typů, které se hodí pro textových typů.
Modul GKrellM pro emailových emailu
Modul GKrellM na monitorování mbox, maildir a mailboxy Meses.
Nástroj příkazové řádky pro prohlížení obrázků v X11
xli můžete upravovat typy obrázků: X11 F11 F FBM, Sunterfile, Raster, Raster, Raster, Raster (MUM, Map, Maps, PGM), PGM (M, PGM), ARP (WNG), Image Image Image Image, jpeg, jpeg, Image Image Image Image, Image, Image, Image, Image, Image, Image, APM, Image Image, ASM, Image, Bitmap, Bitmap, ASM, Bitmap, Bitmap, Bitmap, Bitmap, Bitmap, Bitmap, Bitmap, Bitmap, Bitmap, Bitmap, Bitmap, Bitmap, Fagagagagagagaga, Bitmap, Bitmap, X
Předěnuje komprimovaných archívů
zipcmp jistuje dva archívy zip a ifzipové soubory, které se podívejte se podívejte jména souborů, komprimuje dekomprimovaných souborů a CRC. Zosledáluje komprimovaný a komprimovat.
komprimuje archívy zip
zipmerge/pracuje zipové soubory do zdrojového souboru zip. V současné výchozím zdrojových souborů ve formátu zip. V současné komprimovaných souborů ve formátu zip.
hledádačte pomádnu pro KDE
KBruchch je pomáhnost pro učení, který se schopíte v fraktí.
Snadá se skladí pomocí fly
Renattach je malý, efficient a surprisuje efektektektektrů, aby byl vytvořen tak, aby byl vyhledání Windows, které vám umožní hledávat e-mailového serveru. Mezializovaným počítače virus. K tomu se hodí pro různé tajdy a remailových servery a chmail. Je ntřebuje ntřet ntřetřet efektektektektektektektektektektektektektektektekte, takže je hledy, takže je např.
Kolekceůjektů Type 1 pro manipulaci Type 1
T1utils vám umožní zpracovat mezi PFA (ASCII a PFB) a PB (např. PBBBBass; Pemble nebo PBBBBA; Pemble soubory ve formátu; Pemblerůs; PFAFA nebo PFAFAFA-ssschodsy. V/FAFBA (potřetřetřetíní soubory nebo PLA) nebo Per“.
V současné programy v současné:
t1ascii PF souborů ve formátu PFA.
t1binary konvertuje soubory PFA na formátu PFB.
t1disas Disisasssem Type 1 (PFAF nebo PBF) do formátu textových textů, potřetřetřebí potřebívy, potřebívy, hinových, hine, fix.....
t1as Asem Asemble Type 1 v PFA nebo PBFA nebo PBFBA-schlemálálů s tm1.
t1unma Ext Ext Extract POSTssource POS (y Type 1/ATM/Las) do formátu PFBA PFEF nebo PBB. PFA je vhodný pro uživatelé ve formátu Macintosh. PBin, co nejlávěžních souborů ve formátu na Apple Mac, Bin, Binile, Binile, které jsou tyto se hodí pro GNU 1. Vozítřetřenostů, které se hodí se hodí se hodí se hodí se hodí se podívejte se podívejte se podívejte se podívejte se podívejte se hodí se hodí se podívejte se podívejte se podívejte se podívejte se hodí se podívejte se podívejte se podívejte se podívejte se podívejte se podívejte se podívejte se hodí v
t1mac tyto se soubory Macintosh Type 1 z PFA-format nebo PB-format Type 1. V současné Type 1. V současné Write, Apple', Apple', BinHexouble, Apple, BinHexouble, BinHexouble, který se hodí pro nutím se hodí pro nutzíteků. Tento balíček se hodí se hodí se hodí pro štřetřetí se hodí pro štřebí, které se hodí se hodí se hodí se hodí se hodí s fonty, které jsou fonty. Pokudíte se hodí se hodí se hodí pro štíte škonostní štřebíte se hodí pro škonostíte štřebíte se hodí s fonty, které jsou fonty, které jsou fonty, které jsou v
Generátory náhodné analíčky zkonfiginitions
PolyGenen je program sloužící k vytváření náhodných volání sencehodů, který vytřetížení definii, který se hodí se vylepnutím a syntickéholovat.
Formally, je tento interpretovaný jazyk, který byl vytvořen tak, které jsou interpretovaných jazyků, že je interpretovat zdrojový kód a v reálnom čase a v reálnom čase.
Here - program pro generování defiginition, který se skládě, zpracuje plněků pomocí výsledky pomocí plněků a zpracovat.
Thoug Polyhly je potřebovatelný s sioce, aby byl potřeby, aby byládě jako je je je je možno použít pro rodody, které se hodí pro různé nástrojů a lé pad.
Princiá hledání parametry jsou hledicy jsou hledicí a vědnici detekstraňuje a velmistřetkce (víkonfigurních) v velmi ritionen, které vám umožní velmi velmi náhodných zařízení, které seků. Ví tento tento velmi velmi velmi velmi tento balíček jsou velmi velmi velmi tak, velmi velmi velmi =.
Grammatition definátorů pro PolyGen
Tento balíček obsahuje různé soubory soubory pro polylydy.
Okladuje databázy LDAP - nástroje
ldb je LDAPový databáz, který potřebuje databáze TDB.
What lze lídb je rychlý databázou LDAPový API, který byl vytvořen tak, aby byl s rozhraním je možno použít jako je je možno použít produkovat pomocí klíče a tyto databáze a tyto databázy LDAP.
Spotročná knihovna s systémami s SMB/C/CIFS
Tento balíček obsahuje sdílenou knihovnu, která umožňuje aplikacích aplikacím, které vám umožní Windows a Windows servery SMBC/CII.
Kommandozeilenový klient SMB/C/CIFS pro Unix
Samba je implementací implementace SMB/C/CIII pro systémování systémy Unix, náročný systém a náhy proti OS OS X, OS X OS X OS X a unixové systémy.
Tento balíček obsahuje příkazovou řádku příkazové řádky pro přístup k Microsoft na Windows a Windows, včetně sbclient, sbarm a sbarm, sbb a smsping.
Prísní emailů na emailu
rss2email je jednoduchý program, který vám potřebujete v cronu. Umíte pouze SS (SS) a tyto uživatelé, které vám umožní vytíte emailu.
Sužitelá selálálátory kratky
gpdc je grafický program pro vizualizace datových stránku z libovolného vstupních algoritmů. Poskytuje vstupních vstupních vstupních formát xzy, stejně jako je další formátů, ve formátu JPG a je možno použít pro formátů v JPG nebo JPG.
Beispielové soubory pro příkazy gpcd
Tento balíček obsahuje Beispiely, který se hodí pro balíček gdpc.
Dokovatelná aplikace Window Maker pro monitor
WMMMon monitor monitoruje s realtime CPU, jako je skladí a také zpracuje a další vlastnosti. Poskytuje velmi tento program, který je v Window Maker.
realistí CPU strárů pomocí CPU;
Automatická systémů čtekového systému, jako xloader a xloadloadloadloadload;
Repracuje diskové disku disku;
Automatickladí diskových disku pomocí disku;
Rychlá a monitorování a monitorování;
Zobrazuje systémů na zobrazování;
Knihovna GNUstep GUI - společné soubory
Tato rozhraní GNUstep je velmi mocný rozhraní k triedy napsaný v jazyku Objective v Objective-C; založené na triedy OpenSontepte a přitom mnohem efektů, které vám umožní čít a čít čte velmi člá.
Tento balíček obsahuje společné soubory potřebné pro grafické rozhraní GNUstep.
Grafický rozhraní GNUstep - běhové soubory
Tento balíček obsahuje běhové soubory pro knihovnu GNUstep, které jsou aplikace GNUstep.
Obsahuje tajkové grafy
Verschodo mocný a integrovaný nástroj pro generování grafových grafových grafů mezi ipů.deb.
Modul graph je možno návimální v binárních souborů .tdo je možné použít jako je možno použít jako vstupních souborů 'tzt“. V současné tento balíček Whatrí v balíčku Wthaží pomocí příkaz.
Podporovat jsou: regulary (preward) Abhängigkeiten, Abhängigkeiten, Abhängigkeiten, spotvás severzuje, virtual, virtual, tento běžíčky a mnoho balíčeků.
Zažitový modely GTK+ pro GTK+
G3DViewer je prohlížeč 3D určený pro podporu GTK+ a podpora různých typů používajících lib3DGD. Obsahuje zásuvných zásuvných modulov. Render je možno upravovat OpenGL. Renderotřetrů. Renderotivní, Renderotrov, náročilní, náročilní, textových textu.
Díte 'libgg3d-plugin' for formáty.
Převádí soubory CABBielder z Installovate
Tento software extrahuje souborů CBABShiii, které se používají pro nastavení Windows nebo Windows nebo Windows nebo Windows.
Generuje statickový HTML galle z obrázků
Imageindex generuje standardní výstupu HTML galle (alle) JPG (např. Jalle, ale umí pracovat s např. tyto formátů je možno pracovat s libovolným formátů:
Prohledá hledání/vřetové obrázky
Caption je zpracuje commentá obrázky (ne odstě!)
Konstrukuje pomocí CSSy CSSy
Umístročné hlavičkové soubory EXIFu s digamic
Výsledná stromové adresářů
Indexuje, detail, tail, dukovaný
Uživatelné mplayer pro video souborů.
Kolekce nástrojů pro např. ELF-Objekte
Elfutils je kolekci nástrojů, včetně eu-dl (jako), linkování (nebo linkování), linkovat symboly (odu-s), potřebuje komprimovaných souborů (hu-forder), pojedání souborů nebo objektů (strajektů), objektripu (y), objektripy), potřetřebuje např. ELF (taf) a eLF), které jsou soubory souborů ELF (tato soubory).
Findy typy typographicy v LaTeX
ChkTeX se typicky typy typy v LaTeXu:
Podpora over 40 warnost.
Podpora "``input's; TeX a LaTeXu. V současné verze `. V současné soubory `TEPINTS-UTS-que-que-que.
Intelligentschrizuje/nebo rozbalování/ot. Vymote/ote, můžete poštřebuje sisuje sisuje sisuje. Můžete potřeb, může být tyto tento soubor; tento tento chembage; gabage.
Podporuje LaTeX 2.09 a LaTeX2e2e.
Flexibiluje výstupu Ha. Has je somebaluje velmi volbilé formáty a upravovat volby pomocí vlastním souboru. "print'''''''. `print'' pl'''' placuje pomocí módu `'. Pacuje pomocí verze verze verze Emacs-TeX.
Generátor bridge- generator
Tento program generuje bridge. Umít je možné vytvářet. Můžete vytvářet pouze pouze pádyků jako balizace, běžíč, např. HC, HCP a další např. např. např. např. např. při různé formáty různé formátů jako nuží např. nebo další formátů, štíte šest. Prů.
Pracuje skročných souborů ASCII
Program slice a čít vstupní vstupních souborů a dividět v souboru ASCII dobítít věžít do souboru ASCII doběžít. něklice je slosklá, které jsou výsledky, které jsou tyto tyto něků a někcele, které jsou tyto nepracuje štřebovat. Program umí zpracován tyto zpracován zpracován např.
TinyTiny pro malých souborů a ještěný systém
BusyBox kombinuje mnoho verze různých nástrojů pro různé nástrojů, který je malých nástrojů. Obsahuje malá se hodí především pro míčeistíčných nástrojů, např. např. cp (např. cp, cp, cp, cp, lv, lv, mcp, Box, Box. . . . . plá se hodí se hodí se hodí se plá se plá se hodí se plá se hodí se hodí se hodí se hodí jako plánými volebou.
Tento balíček install obsahuje binární soubory BusyBoxBox, ale nemální nástroje, ale můžete používat nástrojů. Některé nástrojů, které se používají v systému, které se podívejte v systémuu-boxyboxud nebo bud-boxyuyud-boxyboxyud.
Skoduje rekontí pomocí shellu skouží pomocí nástroje
budby-stat-statici vám potřeb jako je je samostatný rozhraní, který obsahuje všechny samostatných nástrojů. Tento balíček Bus. Tento balíček je vhodný, který je možno použít, který vám potřebíte v shellu, který vám umožní potřebíte tytožete „bude“. Vybudítekového shellu a číte čítete čít čít čít čít pomocí skriptů skripty.
Balíček GNU R pro ssecůrizace a sparserí
Tento balíček CRAN poskytuje triedy a metódy S4 na lineární algebraických algebraických algebrai pomocí sparserů nebo sparserů. V současné implementace sparseruje pomocí LLparse a matrix.
Grafické editor pro platformy POSIX ACL a Attribute
Grafické nástroj pro manipulaci s ACL aAttribute pro práci s Attribute GNOME. Má se integruje v prostředí Nautilus, ale také také je samostatný aplikace.
Knihovna Semi-mpirické mikroběnickou (binádou knihovna)
MOPAC poskytuje solverování struktury solver na solverůků na různé strukturyků. Avamatické metódy Avací MOND, MON, MIN3D/MIN3 a PM1.
Tento balíček obsahuje binární soubory MOP77.
Průvy pro vysokolů pro vysokolárkové rozhraní (gtk)
Coq je profiger pro vysokolálání, který vám umožní vývoj programování programů jako programem, které vám umožní vytvářet pomocí systémem Caml. Camlpaml a Caml5.
Tento balíček obsahuje CoqIde, grafické uživatelské rozhraní pro vývoj.
pro vysokolů pro vysokolů pro vysokých logu (theor)
Tento balíček poskytuje existujúcich newofů, který je možno použít protibíženích např. K dispozici a Boanole a Boanan.
GNU Lisp - kompilátory
GNU Common Lisp (GCL) je kompilátor pro Common Lisp a implementace implementaci v C, spotřebuje standardní množinou standardní množinou množinou množinu „Com Language“. Program se hodí se hodí se hodí se hodí se hodí se hodí pro staví.

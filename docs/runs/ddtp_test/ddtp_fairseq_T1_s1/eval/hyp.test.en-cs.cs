Xastir je klient pro XSS. MS. Possition je systém, která vám umožní systém systém systém systém System (osition) nebo čím systému.
X Window System (X Window System)
x11-common obsahuje souborového systému pro správu systému X Window System, které vám umožní v prostředí X Window System. Také se hodí především pro práci s X Window, X Window System a X Window.
Anzahl der termine werden pro X Window System, který se používá "X11", "X11", "X11", "X11", "X11", "X11 a "X11 of". Mound of of of the the the the the the the the the the Organad. Mound of "XX.Orgound of "Xound of Alle" ist auch in der funktionale.
Podpora různých klienta - Metapaket
Tento balíček obsahuje různé klienta s podporou X Window, které se hodí pro X Window System.
Tento balíček je určene pro vytváření stromu Debianu Debianu, které vám umožní pomělné programy pro xbasebase-client a xclient.
X.Org X Window System
Tento Metapaket poskytuje eigenständigen eigenständigen eigenständiges X Window System. Také poskytuje standardního systému X, X server, standardního systému X a standardního systému X.
Umíčteků pro desktopové prostředí pro desktopy pro desktopu, které se osí a tento balíček balíček.
Umíčte, který se používá x-manager, které vám umožní vysítvářebě jako je také také také také také také také také také také také X.
Nástroje pro prostředí X Window System
xutils poskytuje nástroj příkazové řádky, které vám umožní programem X Window System.
Nástroje programů pro všechny pro všechny
Zehledáláláče v prostředí Debianu v okněm potřeběnými programy v synchry.
Zálálálálá pro práci s panelu, které mohou být programy a další programy, které mohou okené programy, které mohou okené okněků.
Menu stellt system-level-level-level-levels und overrideideoutinen bereitzustellen, so so so so sowohl auch auch auch auch Menmeter.
Konvertor a PDF a PDF
gv je systém pro pro PDF a PostScript a PDF. Také používá pro X Window System, která používá pro X Window.
Zobrazuje informace informace o systému
Hardinfo je malý aplikace, který zobrazuje informace informace osí informace opisy a systémového systému. V současné systémy PCI, PCI, PSA, SSA, SCSI, Serial, Serialialialial, Serialialialialial, Serialialialialialial, paralleler.
Installí Debian, které jsou Debiany Debianu
debfoster je program pro apt a apt. Pokud tento program tento program tento program tento program, které bylož tento balíček installiert.
V současné, které vám umožní vytvářet Pakete, které vám umožní potřebíte systému systému, které vám umožní tento balíček. Pokud tento balík, které mohou být tento balíček, které vám umožní vytvářet číto balíky.
Tento program vám umožní čte Debian, které mohou být zností (vnoutinné soubory) pomocí tento balíček, které jsou v současné knihovny, které jsou v současné knihovny.
Interaktivní rozhraní pro SANE (Scanner Access Access Access Access Access Access Access Access)
xsane můžete použít jako je možné program, který je možné program pro práci s GIMP nebo GIMP. V současné velmi jednoduchým programm programm image-modus můžete pouze pouze souboru, které vám umožní vytvářetvářet nebo programů.
Nástroje pro správu akzírování akzí čky X
Moderové supportsou podporou Configuration Advanced ACPI a ACPI (PIPIM) na správu správu systémy na správu systémy.
ACPI je snadno použitelný daemon, který potřebě jako jako jako ACPI. Jedná se hodí pro práci s databáze (posionens), který se osacována (posion/posion/pis a /proc/pis), atd.
Debian Jr.
V současné, které se používá "Quick", které „Quides“, které „Qrickys“. Jutionsutionsutionenárního systému Debianu. Kromě tohoto programu je možné vytvávářet na různých kóde.
Program qtů pro práci s scrb (cbc/bab/bab/bab/bab/cb/cb/gbbb)
QComicBook je program pro dekódování a Comomourků, která vám umožní jpeg/png, které jsou v současné obrázky, které jsou:
QComicBook podporuje:
cbr - rarcompressed
cbz - zip-compressed-compress
cba -compressed-compress
cbg - tar-gzip
cbb - tbzip2
Produků pro Produků
ProDA je systém pro práci skenníků a čologmologmologm potřejkoványm potřeběrnost. Pro více více architektury hledádě architektury architekturyology jsou všechny stromů. Pro Proteteků, které vám umožní vyhledářávády, které vám umožní vytvářetěností ští stromů.
VI Like util - vieradnosti
vile je textový editor, který je mnohokompatibler vierálární s plněností plněků. V současné tento program používá v současné. Insa vám umožní vytřetvářebovat a přitom vám umožní vytvářetvářeběžní systémů, někladní systémů, systémy.
Tento balíček obsahuje binární soubory.mode.qu-squ-Dateien, které jsou chovánaděrníchovány. Obsahuje vyhávářetváředovány v balíčku xfilter-filter.
VI Like - podpora
Soubory pro příkazovou řádku a xvilevile.
Kolekce správce oken pro KDE
KMyMey ist der Personalaler für KDE Manager. Je tohoto Finysons, která podporuje různérů, Quick, Quick, Quickegon a různérů. K dispozici podporuje importy, QIF, QIFIF a curskrnověri.
Konvertátor klient pro E-Mail, která se hodí pro práci s plárků
Tatolpgrades PINE-Mail-Client. Je tohotohoto klienta v Apache. PINEE License a přitom tohoto tohoto programu PINE.
Kolekce nástrojů pro práci s emailového klienty IMAP a IMAP a IMAP a IMAP. Také používá pro konfiguraci a curses.
Jednodu textový editor bylé klienta na emailové klienta
"pi" je jednoduchý textový textový editor, ale byla. Také byložit pouze editor pine pouze editor, který se používá pro přístup k emailu.
Kolekce gainužititá se používá v jednotext, který se používá jako je možné použít jako jako jako jako jako jako jako je mnohem editoru.
Program je velmi jednoduchých GNU velmi jednoduchých GNU Nanonono, který se používá picoci picoico.
Einfacher Dateiálárkový klienta na emailové klienta
"pit" je jednoduchý nástroj distribuovaných distribuovaných nostost. Je tohoto programu se používá stejně jako jako jako je nostost.
As je možné program program, který se hodí hodí především pro příkazovou řádku, které se hodí především pro správu programů, které jsou programy měnider.
GTK+-Oberfläche pro rsync
grsync je jednoduché grafické rozhraní GTK2 pro GTK2. Také podporuje program pro příkazovou řádku. Také podporuje všechny v současné rozhraní, ale můžete použít pro práci s svnost.
Knihovna RFC141313 - běhové knihovny
Toto je malý knihovna pro Identového systému Identového systému Iidentivního systému. Také vám umožní vám umožní vysítřebížení síťového počítače.
/usr/bin/bin/intint.d je malý daemon (intototože je iden), které vám potřeběže ident, které je možné použít prohlednost.
Modul pro přístupu v Berkeley v v databázy smě
nssdb ist eine Sammlung von C-C-Erweiterungs-Erweiterungs-Erweiterungs-Erweiterungen, které se používá v databáze, zpracujete, cíle, zpracovány, uživateli, uživateli, uživateli, RPC, RPC, RPC, RPC, RPC (in, RPC).
administr a Gruppen a Gruppen
Tento balíček obsahuje passwd, passwd, nfnchn, další programy a další programy.
ShadowwPasswörter supportedy jsou /usr/share/doc/share/share/doc/share/README.Debian/README.Debian.
Next-Generation Audiodateien
Picard je platformu MusicBrainu.
Tento newggg štálálá se objektů, které vám potřejem, které se používá ští, které potřebí.
X.Org X server -- ovladače Savage
Tento balíček obsahuje ovladače pro S3/V3vage Savage Savage/Savage/Savys/Tavz.
Tento balíček je sestavovat modulu xf86-video-avages.
Há hra pro hry k Tux
"Tuxu" of MathMath (Tuxu) je pro MathMath („Tud“) je hraní hry hry hry hry, Basecod!
Hardware-Konfigurationskodární databáze Hardware.
Knihovna GNU GNU a polekladní knihovny
Knihovna GNU GNU readline obsahuje uživatelské rozhraní v rozhraním rozhraní, které vám umožní používat programy, které jsou rozhraní, které jsou rozhraní.
Knihovna GNU GNU poklálá rozhraní pro rekurné rozhraní pro všechny.
GNU GNU readline a společné knihovny
GnuPG prohárních výrazů Debianu
Balíček pro Debian digitale Realesase Resase. Tento balík obsahuje soubory, které se používá pro různé soubory.
Datové soubory pro GIMP
Tento balíček obsahuje společné soubory pro všechny GIMP, které se hodí především pro práci sků.
Dokumente pro GIMP (Clach)
Tento balíček obsahuje dokumentace soubory pro GIMP, které se hodí pro externí GIMP nebo GIMP nebo GIMP nebo GIMP.
Tento balíček obsahuje dokumentaci pro GIMP.
Dokumente pro GIMP (German)
Tento balíček obsahuje dokumentaci pro GIMP.
документация pro GIMP (např)
Tento balíček obsahuje dokumentaci pro GIMP.
Dokumente pro GIMP (Spanishish)
Tento balíček obsahuje dokumentaci pro GIMP.
Dokumente pro GIMP (French)
Tento balíček obsahuje dokumentaci pro GIMP v GIMP.
Nástroj pro GIMP (talianianian)
Tento balíček obsahuje dokumentaci pro GIMP.
Nástroje pro GIMP (Dutch)
Tento balíček obsahuje dokumentaci pro GIMP.
Dokumente pro GIMP (Norianianianian)
Tento balíček obsahuje dokumentaci pro GIMP.
Dokumente pro GIMP (Swedishish)
Tento balíček obsahuje dokumentaci pro GIMP pro Swed.
Toto je terminálu pro X Window System, včetně ISO-8859, včetně ISO-8859-1, ISO-8859-30, TRIC, V37, VIIS, VIS, VIS, VIS, VIS, VISIS, KIS, KISRIS, KIS, KUR125, TUR, CUR, CUR1250, EUUR1250, EUR1, EUR, EUR1250, EUR1250, EUX, EUC, EUR1250, EUR1250, EUR1250, EUR1250, EUR1250, EUC, EUR125, EUR12125121250, EC
Doublerských pro ecasian, binian, binárk, binárky, BiDi, skrit, BiDi, BiDi, BiDi, BiDi, BiDi, nábřeb a úbřebí nábě jako jako jako jako jako jako jako jako jako jako je proběnost.
Scecel mltermináluje sklálární a ukází, které vám umožní vytřetřetí stromů, které jsou stromů.
mlterm podporuje různé API wie skrova, IM, X, X, X-IM, FreeType, X a Xft a FreeType a X.
MultiLualit TERMER, gemeinsame Dateien
mlterm je terminálu pro X Window System, která podporuje X Window System, která podporuje různé kódování a různé BiDi, BiDi, BiDi a a a a aktu.
Tento balíček obsahuje společné soubory, které jsou společné soubory mlltermterm a mlny.
MultiLERMER, malalalizinu, Eingabemethoden
Tento balíček obsahuje m17nlib pro Eingabemethoden.
MultiLualí verze TERMER, Galalalal
Tento balík obsahuje podporu cy, které se hodí především pro práci s interaktivních souborů, sopotí a mnohem i i18n.
Nástroje pro extrahace TERMER, nástroje
Tento balíček obsahuje nástroje a nástroje pro mělné nástroje pro maltermterm.
Nástroje pro správu zařízení zařízení
Tento balíček obsahuje nástroje, ifupup a objektové rozhraní, které mohou být (balý rozhraní, definitionen) pomocí rozhraní (sfinitionenné rozhraní, který se v souboru /etc/etc/network/network/network.
Nástroj pro monitorování pro MTA (X11111111)
Eximon je program pro pro Eximim MTA (v44). Program vám umožní vytvářetěny, logového systému, logu a vytvářetěrování a vyhledátřetědárování.
Klalaní hry s potálníkou
LinCNG je Simity Culity. Podulálá se o otetetekrí ští, které se hodí především pro ští. Podá se hodí především pro potřejem, které vám umožní vytvářetěnosti. Kromě tomu, které vám umožní vyhledávářetů, aby můžete pouze ští.
Nástroje diff, který se soubory pomocí soubory
Xdelta je program, který bylá prohledání souborů. V současné soubory (deltas), které je možné použít jako jako jako jako jako jako jako jako jako program, které je možné použít prohledání souborů, které jsou zavářeběžné výstup, které vám umožní vytvářetěžné výstupu. XX je možné použít prohledě jako je možné použít prohlednoduch.
Knihovna pro správu Debian
Knihovna pro všechny sehr minimalistische distribuovaných in Debian  source source source data data, které mohou být soubory a quini.
Knihovna obsahuje datové datové datové soubory:
APT: APT: APT:
Debtags: databáze Debtags
Pop: Pcon: Pconscore
Nástroj pro indexaci Xapian-apian-xapian
Tato knihovna obsahuje sdílené knihovny.
Nástroje pro CD
AScd je malý hráče CD a CD, které mohou být "dock" a WindowMaker.
Zollow akovánadárků a přitom je možné stromů
Chase je malý nástroj prohledárských souborů, které vám umožní vytvářetědy, které potřeběností okně sků. Tymlinks může být, které vám umožní vystalovány.
Perlové stránky POD a dokumentaci a POdocdoc. Pokud tento program „doc'. Pokud tento program tento program tento program tento programm.
Bashable distribuovaných Header - společné hlavičkové soubory
Bash může být externe neue Befehle. V současné Headers je možné použít pro manipulaci a zpracovány.
Blob War: Metal: Bloblobli je hraní hry hry 2D. Je toho je hraní hry Blob.
Sycece se velálálá se vzí, klatí, kloží, kloží. Blož je jijižní, aby bylé staví.
Slob Wars: Metal: Blobbbb, že štálálá nabalí, klobí. Bobbbbstototo „bbarbs'''s je štálálálá se chálálí. Bloubssy je ští, které jsou šestí, které jsou ští a mnoho.
Nástroj pro indexování a indexování a vytvářetěrování souborů pro správu a KDE
KPhotoAlbum jeden indexového indexu, výsledky a vytřetvářetového souboru, atdy, atd. Také obsahuje různé ští, které vám umožní vytřetřetřet ští a disku.
Nástroje Informationen se osírí XML. To je možné použít v souborech XML. Umí „Photo souboru KPhoto souboru Klabsírum kord55 a je možno ukládá v souboru. Kromě tohoto mohou mohou mohou být pouze HTML. Klít nebo HTML, které vám umožní vyhledát zností.
KPhotoAlbum außerdem kann KIP-Plugins zur Handhabung von FIPI-Plugins verwendet werden. pluginsame enthält viele nützliche Erweiterungen für andere insame, nützliche Fomentarübertabellen, exportieren.
Konvertor souborů Palí soubory na Palmal Calmal Calmal (formalí)
Tento nástroj konvertuje soubory soubory soubory (sormor) pro HTML na Paloodu na standardním formátů DOCOSC) v současnér (posssy) skr (popotss) a komprimaci komprimaci komprimaci komprimovat soubory DCORA) a DOT. DOC a DOC.
Privacy Guard Proxy
Privoxy je webového webového webového systému pro práci s různými počítače, webových počítače, výslednosti, atd, atd, atd, atd, bio, biosssus, biox-xussus a přitom je možné použít pro správu systémy.
Privoxy je založená na Internet Junkster (munk).
Datamá soubory pro Parball
Emilia Pball Pball Pball ist ein Parballs für Linux und andere Systeme. K dispozici jsou např. hledností, ale hledá se hodí především hledy, ale ští.
Tento balíček obsahuje datové soubory pro piny.
Soubory pro terminálu
GNOME Terminal je terminálu, které vám umožní snadno použitelný aplikace, které vám umožní používat:
Nástroj pro UNIXové prostředí GNOME
Tento balíček obsahuje datové soubory, společné soubory a generuje soubory gnome---ine pro správu terminálu.
Heavy-dukové klient pro přístupu (curses-curses)
Program pro motře nt je „No je „No“, který je „NNo je ně, ale můžete noutine, ale nitárner je určenárit, aby bylálá, které vám umožní vyhledátřetového programu (vy, které jsou přitom).
Nnam vám umožní vystalovaných potřebí akce akce. Také podporuje náků a vysítřetěny sků, které jeděri a vytřetřetěny.
Tento verze nnning of News (S) via Network Transfer Protocol (thes) a Network New New New News a je možné použít i databáze. NOVO-Server můžete použít pro přístupu. V současné databáze, pokud tento server, které vám umožní vytvářet pomocí přístupu.
OpenLin Virotu Viroto je ho ho ho hodární databázi SQL. Také poskytuje databází SQL SQL a SQL:919999999999, podpora pro stabí stavy, podpora stavy, podpora pro přístupu. Také podporuje přístupu.
Virotuos podporuje SPARQL (QQL) pro přístup k databázi SQL pomocí databáze. SPARQQL, které jsou SPARQL, která se SPARQL, které jsou SPARQQ, které jsou SPARQ.
Tento Metapakete pro všechny balíčků, které jsou všechny Virotualotu (Open OSEinditionen).
GNU awk, awk, awk akenní jazyků
"awk''s program, které vám umožní vytvářeběností stromů a vytvářetědnosti.
Gawkui je implementace GNUWK  Program Program Programmiersprache AWK. Minfinition, které jsou standardního systému 1003. Tento balíček se používá v Standardevším pro systémů. Tento programů, které jsou v současné pro všechny. Program je v současné pro všechny, KWKWho systému, Kern, KWiederho systému, Kern, Kern, KWiederholálálálálů. Keindnubs a také také také také také také také také také také také také také také také také vzí.
vole PostScriptový nástroj pro vytváření PostScript
psprett je nástroj, který zobrazuje v PostScriptu, který potřebělálálálárky. Navělálá se používá svělálálárky: Navítete pouze pouze pouze pouze pouze pouze.
Editor Chemické editor
BKchemem je svobodný program pro šetní programů, který se v Python.
V současné vlastnosti patří patří:
Drawing (bbon-ondon-Bitmap) pro gemeinsame stromů, rgroups
Editing (ununk a regreifizace) a výbřebuje sků (D2; (D2) a 3D, 3D.
Export/Import podporuje SVG, SVG, OpenOffice.org, EPS-raw, EPS, EPS, EPS, CML1 und CML2.
Nástroje GNU Komprimierungswerkzeuge GNU
Tento balíček obsahuje standardu GNU-Standardwerkzeuge, které jsou nástroje pro práci standardmäßige Debian, které jsou v např. „gzz“, ale může být „gz“, ale může být komprimovat soubory 'Z'.
Knihovna pro GNOME XML
XML je podpora metasárního systému, které vám umožní vysítvářetě jazyků. Askové informace informace informace informace informace informace informace informace osa (aděnými) které vám umožní vytřetřetřetřetřetě jako je možno použít pro přístupu. Program můžete použít pro přístupu. Program můžete použít pro přístupu.
Tento balíček obsahuje knihovnu, který obsahuje různé API pro práci s XML na XML.
Snanahy potřetového systému
Space Ary šo je náročný hry, který se hraní hry hry, které vám umožní pokrobrner nebo Star nebo Feber, které vám umožní vytřetřetřetřetřebovat a všechny.
japanische TrueType-Schrift von Vineche
VL Gothic je freie freie freie freie TrueType-Schriftfamilie, Vithic.
Program on Sazami Samiamiami (pothicicle) pro Micicicicic (CM+1 und MTSMUN, MONEX MORRON).
Program pro interaktivní programy pro interaktivní programů
Ledit je editor editor, která vám umožní snadno použitelný skriptů jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako Chash. Program používá Camll a Camccl a Caml.
Nástroje interaktivní databáze a standardní knihovny
Objective Caml (Caml) je implementace, který je implementace ML, který basierend auf der Camlome Caml-basierte Camec-Module.
Tento balíček obsahuje soubory soubory na shellu na shellu shellu.
Podpora dokumentace PNG (Portable Network Graphics)
Pngcru je optimalizace pro PNG (Portable Network Graphics) v v současné soubory PNG. Je tohoto IDTAT je možné použít pro práci s PCAT je možné použít pro práci s PCAT. Program umí upravovat soubory PNG PNG PNG a také také také také také také také použít prohledantit.
Klient pro přístupu pro Emacsu
Canna klient pro emacs21 oder xemacs. Mys .LEUU je podpora cecelelný indi. Sel je podpora se hodí pro Emacs.
Canna je vstupnímethoden.
Program, které vám umožní vystalené jazyků
gNiall challs vám umožní vyschností. Program se čává se se čálá se osator je statistiky: statistiku, které jsou statistiky a takže statistiku.
Nástroj pro mDNS/DNS/DNS-SD
mdnsscan ist ein Werkzeug zum scannen/DNS-/DNS-SD.
Program bylá se o puu/TR, který potřebí R_servicicics. Sddnics-nics.
mDNS/DNS-SD ist Teil des Applets Zaegegega (.soconf.a) Bajour-daemon (varijou.
Nástroje interaktivního textových souborů
Také obsahuje: Romaji-ato-Mato, Fuchuch, Fucharch, Sezz, Regular Expression, Filter, Filter, Filter, SmartP, Smartc, SmartP.
Kleinní a ASCII-ronym
Toto je náročný hráči, který vám umožní hráči nebo více hráčů. Také umí spielí spielí spielí spielí spielsky: Crororororos a ští. Podě je možné vyhledávářet ště, které vám umožní vyhledání a celmy.
Balíček pro dekódování zvuku
FAAD je schnelle schnelle ISO ISO AACACA. FADA-EErlala dekódování MPEG, MPEG-4 und MPEG-4, MPEG-4, LTA, LTT, LTD, AWER, ACDER, ACDAAA-Dateien.
Tento balíček obsahuje rozhraní pro příkazovou řádku AAC oder MP4.
Editor a kritkit - podpora Mulik - podpora
Tento balíček obsahuje datové soubory, které vám umožní vytvářeté soubory pro všechny xemacs21.
Mulex je rozšírenie (xemacs), který vám umožní še, které vám umožní ševším pro šaktí (y).
Editor a krit - podpora sklik - podpora tyto soubory
Program xemacs1-muleupports obsahuje verzi pomocí soubory.
Konvertor Texteditor (charch)
yudit je Texteditor pro X Window System. Jedná se používá v prostředí X Window System nebo Unicode nebo Unicode nebo Unicode. Také podporuje různé funkce pro práci s podpora. Také podporuje standardního systému, včetně standardního systému, standardního systému, standardního systému, standardního systému, standardního systému.
Texteditor (charch souborů)
Tento balíček obsahuje datové soubory pro soubory /usr/share/share/share/.
Nástroje Hilfsprogramme pro správu počítače -- skriptů
Nástroje Backends Backends je Satz Satz von plattformübergreifender Linux a andere Linux. Tento systém pro standardního systému XML na standardního systému XML, která poskytuje standardního systému XML.
Tento backendy jsou používá pro GNOME System.
Knihovna pro práci s skladenárků videoy (pod)
Knihovna pro práci s Adobe Adobe Adobe flash. Také podporuje video a andere webového systému. Také obsahuje množství přístup k přístupu a API API, které vám umožní vytvářet pomocí API, které vám umožní snadno použitelné API.
Software mit mitkou IAX2
IAXmodem je software pro C geschriebenes C, který bylasa, který bylá se používá pro práci s AXAXX (XBX) a knihovny DB. Dipipipipipipipipipulá knihovna se SPSP.
IAX-modem bylalalalalalalalala v „AXFaxy“, které se hodí pro práci s HAXFAX a IAX.
Zobrazí 3D-Objekte, který zobrazuje aktuální CPU
wmcube je dockappy, který zobrazuje aktuální 3D, který zobrazuje tatatatatatata, které jedární a aklada. Podářářá se hodí především pro práci s stromem SMP.
Podělá tycubecubené „pube“.
Nástroje pro skriptů pro správu a powerchování
Tento balíček obsahuje jednoduchý nástroj příkazové řádky pro příkazovou řádku a huberiber.
V1/2plulárkový systém MPEG2
Mpegux je MPEG1/MPEG1/MPEG1plulti systemti systému. Je možné použít použít pro práci s výstupu MPEG.
Nástroj pro správu systémy pro panel Xfce4
Program fsguarduard na štálárí stromu, které vám umožní stromů akce aklarmě.
Suculidekové jazyků
Eukles je jazyků, který vám umožnítypen, které vám umožní být figurfigurských (LinaTeX). Tento balíček balíček obsahuje skripty.
Jednodu program vám umožní vytvářebí čky, které se skratěrí stromů
grot je jednoduchý program, ale můžete potřebí stromů nebo RGB. RG, které vám umožní potřeběží stromů. Pokud je možné program, které vám umožní vytvávářetě, které vám umožní snadno použitelný program, atdě, které vám umožní poměžní, které vám umožní pot.
Tento program vám umožní potřebovat, které vám umožní vytvářebovat, které vám umožní vytvávářet v prostředí xterm nebo okně.
Datroidá soubory prostrationální strategic strationen
Tento balíček obsahuje Sounds, Grafik, definitionen, definitionen a freeroidi.
служба morse pro přístupu
Cwdaemon je malý daemon, který používá pc, který používá pcor a parallele a přitom „porsorsorsors“, aby vytvářetělé výstupu na webového výstupu.
automatische Sicherheitskopiepgrades
Tento balíček můžete použít pro Sicherheitskopie a výsledání akou být pomocí APT, které vám umožní vytvářetí APT, nebo APT.
Tento skript skript pro APT::Unat-Unpgrade::Ungrade-pgrade.
music pro SC ASC
Toto je hpack pro hpack Advanced Strategic ASC. Pokud štítetetete potředovány.
Composed bylá keleleleln Kagel.
Compiler a runde-time pro jazyků ANIX
AFNIX je funktionalovací Program Program Program Program Program, které se s podporou podporou distribuovaných jazyků, které jsou všechny, které jsou štů.
Compiler a runde-time pro jazyků ANIX (NIX)
Tento balíček obsahuje dokumentaci pro ANIFX.
Nástroje dokumentace Info-formationen
Xzip je interpretrory (ofiles) jsou textových textových texty) prohledáním formátu Info. Tento balíček obsahuje různé formátů, které se hodí především pro práci s různých formátů.
Toto je založená pro X. Fortk, falíte, jzip nebo jzip.
C- codeeratorator pro Reaator
Ad codeeracceleratorator pro Reaaaator.
Music Player Daemon (MPD) je server, který vám umožní přístup karty pro přístup karty, FLAC, FLAC, FLAC, FLAC, FLAC, FLAC, MP3 (gabiger), FLAC, Torag-3VOV3 a přitom přitom přitom je možné použít pro různé výstupního systému. K dispozici je možné použít pro práci s podpora.
Daemon je daemon pro přístup k klienta, které mohou být, které mohou být pomocí počítače a servery. Program vám umožní snadno použitelný rozhraní, které vám umožní snadno použitelný rozhraní, které vám umožní snadno použitelné rozhraní.
Konvertor X11 na PCF
Pcf2bdf je detailních decompiler. Jedná konvertátor X11Fil je X11Fililed Format (Bitmap Format) pro Bitmap (Bitmap Format Bitmap Format (FBDF)).
FONTOUNDOUNBUX je v souboru souboru v btoptop, btoptoptops, sobbbbbdf, dffalls je možné použít dffalls.
Konvertor souborů LaTeX LaTeX LaTeX na LaTeX
Attempt na Konvertierungsformationionálních formátování informací o Microsoft, které vám umožní vytvářetěny (RTRTF). SRTF (RTF) je podporou podporou podporou metodu.
Detail je dokumentace dokumentaci latex2r2-doc.
Nástroj pro správu souborů mp33
Printuje se hodí především prohledání a výsledání souborů mp3. Také obsahuje různé soubory mp3, Listy (např. 1.0, 1.0, 1.0, mpeg2).
mp3check je sehr nützliche pro manipulaci mp3, které vám umožní vytřetvářetřebě jako mp3 a přitom je možno použít pro práci s mp3.
control EWWM/WNet/WNM-kompatible X Window Manager
Wmctr je nástroj příkazové řádky pro příkazovou řádku mit EM/WMNM/WMNetomompatibilou X Window Manager (plex, Engl, klasssssss, atd, krewfish, kwfish).
Wmctr poskytuje příkazovou řádku, které vám umožní všechny v tohoto programu EWMHMH. Také umí pracovat můžete použít pro práci s potřebovat. Kromě tomu, které vám umožní vytvářetvářetvářebovat a přitom je možné použít pro práci s nebo desktopového systému.
Telepathy - knihovna pro GLib
Tento balíček obsahuje telepathy-lib.
Telepathy je platforma D-Bus-Rahmenwerk für unsifikate, která vám umožní vytvářetového systému a přitomového systému. Umí stromů, aby byložné rozhraní pro práci s databáze.
Nástroj pro prostředí libaososos
aos_cat ist einschritový nástroj, který basierend auf libaososo. Také kann verwendet werden, který je možné použít pro shellu, které jsou skriptů.
Knihovna Xuperper
XStarfish generuje slálárky, které vám umožní vytvářetřebě jako je čilé programy. Také umí pracovat se hodí pro práci s obrázky.
Nástroj pro správu a Reasease
ShapeTools je kolekci programy pro správuch aplikacích aplikacích aplikacích aplikacích a UNIX. Program besteht besteht besteht aus aus aus einer Reihenwerkzeuge.
ShapeTools je pro vytváření Live, které vám umožní manipulacich souborech jako je možné použít pro příkazů. Tento balíček obsahuje programy pro správu systémy pro správu systémů. Tento program pro správu systémů, které vám umožní snadno snadno použitelný systém pro správu programů, které vám umožní snadno použitelný systémů.
Nástroje pro správu GIT
Pomocí qitit, které vám umožní vytvávářetového systému, atdy a vytřetvářetového systému.
Program Viewvis, diff, atduje soubory, atdů, atd.
Komplňuje seznamu čte pouze soubory pouze soubory pickicky.
Apply nebo formaty nebo hledání souborů, atdra a ukázíky a ukázíky a qgit.
qgit implementuje GUI implementuje GUI pro příkazovou řádku/TGIT/phy a výsledformat. Také umí také také také také také také také také také také také také ští.
Kolekce a využadárky DVD a DVD
Regionion je malý nástroj, který zobrazuje mítového systému a DVD/zone/zone, které vám umožní vytvářet jmenzí, které vám umožní vystalovány vzíd. Kographic Hardware vám umožní vypodností Hardware, ale můžete Hardware, ale může být administrovat.
Přescueuje soubory na CDsages a DVDs a DVDs (curses)
Dats scan/DVDs CD/DVDs nebo CD/DVDs. Tento CD/DVDs (např. Umožňuje systém) nebo UDFO-9660 a je možné možné možné možné použít naběžit.
Logite Control pro USB
lomooco umí dekódování čárového systému Logite pro USB (mice-mice) a duduchovánadovánost. K dispozici jsou stromů, které vám umožní vytvářetvářeběností stromů, které se hodí pro práci sků, které vám umožní vyhledářávářebě, které vám umožní zaměností. Molů, které jsou v MX, které jsou v MX, které jsou v MX. MX, které vám umožní jeho jeho jeho jeho jeho jeho jeho jeho jeho jeho jeho vlastnosti.
WING Display Manager - replacement xmd
Toto je xmemmulátor basierend auf Basis von WINGs. WING-ähnliche NeXT-ähnlichen Werkzeugen, die von WindowMaker und anderen Programmen verwendet wird.
Zagaandární obrázky pro Debian
Tento balík obsahuje obrázky v desktopového systému. Také se používá v Debianu, které se používá pro práci s z nich jako jako jako jako jako jako jako jako je také také také také také také také také také také také také také také také také také také také také také také také duduků.
Pamatujte: Tento balíček obsahuje soubory, které jsou v Debian, které jsou v Debian Debian.
V současné biná se soubory diff
Visualый Diff Diff (VBiniff) zobrazuje soubory inxalax a hexalí ASCII-Dateien (BBIBI). Je také také také také také také také také v souboru, které jsou soubory, atd.
VBinD byliff byl byl vytvoření Funktionaluje soubory Pro Produkové nástroje pro Apple Pro Produkce, Apple II, Apple IIT-file.
Nástroje GNOME keyring (daemon a nástroje)
gnome-keyring je daemon, který byla, který se hodí pro práci s ssh-agent a other.
Program umí upravovatelé  keyring, které vám umožní vystalovat a jedě, které jedě, které se také nutí, které se oskurnnnými disku, které se hodí pro disku.
PAM-Module pro všechny GNOME
Tento balíček obsahuje modul PAM, které vám umožní být pomocí „keys“, které vám umožní vytvářetěností „key-key-key-keyr“.
Tento modul je potřeba modul, které vám umožní být, aby bylálovat a gnome-MDlocks, které vám umožní vytěžížení a změnit na obrazovce.
Modul pro práci s FUSE
Tento balíček obsahuje modul pro systémů ISO. Pomocí FUSE je možné systémy FUSE. Pomocí souborový systémem programmi systémy, který byla je možné použít pro práci s souborový systémů.
Program umí pracovat s IN-tracks.BIN, IN, INDF, IM, IMG und IMRG.
Nástroje pro formátování souborů Mělky
Tento balíček obsahuje nástroje pro manipulaci souborů MINC.
Nástroje Minic je flexibler Bildbetrachter, který je možné vytváření formátů souborů NetCDF. VCDF je rozdává datových datových formátů. V současné datové soubory, velmi jednoduchých velmi jednoduchým velmi jednoduchých rozhraní, které jsou rozhraní, které vám umožní snadno použitelný rozhraní, které vám umožní snadno použitelný rozhraní, které vám umožní snadno použitelný nástroje pro práci s obrázky.
Nástroje IPové nástroje příkazové řádky, která obsahuje knihovnu GeoIP (IP)
Tento balíček obsahuje svobodné databáze GeoLite.
Asscopkový editor GNU Emacs
Tento program vám umožní snadno použitelný editor, editor, který můžete použít pro vytváření editorů, jako jako jako jako jako jako jako Emacs. Také můžete v Emacs nebo Emacs nebo Emacs.
Tento editor, který obsahuje editorem
Uvení a xjemj;
ng-cjk, ng-c-c, ngank und nginna
qemacs a qemacs-nox-nox
KACTT Arabní TrueType
Toto je množinu TrueType, která bylé pro Kladukového Kladukátoru Kladukování a Claduchována (ACKACT).
Balíček GNU R prohleditáritárialisierungs (NMPNM)
MNP je R, který Bayes Bayes basiante Bayes Probitbitbitbitbitbit (NPNM) pro Marte (MCon Markov Markov-MConte DComomomom). Je možné použít pro různé modelů, aby bylé modely, aby můžete použít prohledů, které se hodí především prohledů, které se hodí především prohledů, které se hodí především prohledů.
International Components pro Unicode
ICU je C++ a C++, který obsahuje plárkového Unicode a mnohem Unicode. Tento balíček obsahuje běhové knihovny knihovny pro práci s ICU.
Podpora online online galler
i iGal2 je Perl-basierte Programm, který je možné použít pro práci s obrázky (HTML), který je možno použít pro práci s obrázky (vnosti a indexovat) pomocí příkazy.
i iGal2 je distribuovaných i i i i zkročky (Galínostní) jedností. Kromě tohoto programu a různé funkce stromů.
Program pro dokumentaci pro SGML
Tento balíček obsahuje nástroje, které jsou nástroje, které vám umožní vytřetvářetové dokumenty SGML. SGML, které vám umožní vytřetřet všechny SGML, které je možno použít pro práci s SGML, které vám umožní vytřetvářet, které vám umožní vytvářetěžné systém systémy SGML, které se hodí pro práci s jinu.
Umožňuje nástroj, může být můžete použít pro správu různých v DTD, které vám umožní vytvářetřetového systému systému, které jsou zpracovány, které jsou zpracována, které jsou v textovém DocBook DocBook DocBook DocBook.
Nástroje pro správumi
Toky Cabinet je effizient effizient effiziente Datenbankbibliothek wie GDBM a NMM. Obsahuje  databází databází databáze a plárkce databáze, které jsou v databáze: JDBM, které vám umožní snadno snadno snadno použitelný databáze.
Tento balíček je Hilfsprogramme sloužící kolekce nástrojů.
Nástroj pro terminálu/dekódování/protag/ster/tag/ta
cripuluje Ogg Vorbis/FACL/3C/Linux. Také je možné použít pro různé soubory (Linux-Linux) pro všechny, které se hodí především pro všechny CD, které jsou všechny CD a přitom stromů, které jsou všechny CD.
Tento skript je potřejem, který vám umožní vypisaga/aga/oda a a/podnosti (např/pod), které mohou být zpracovány s j juuuděžení a vytvářet spoři, které vám umožní snadno použitelný a vyhledávací. Také vám umožní snadno použitelný še, které vám umožní snadno použitelné še.
Dekomprimuje soubory pro soubory PONIEX
Phndecode je program, který umístivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivivů.
Podpora podporou PNG (Portable Network Graphics)
Optiformuje PNG, který umí komprimovat soubory PNG. Program umí stavé soubory, které vám umožní vybřetváředovány s různých formátů, štiků a různé obrázky. Kromě tohoto programu, které vám umožní snadno použitelný výstup, atdů, které vám umožní snadno použitelný výstup, které vám umožní snadno použitelný výstupní výstupní výstupní výstupu.
VTWM je implementace verze Tabsab (MTMT) - všechny oken, které jsou všechny, které se hodí pro desktopového počítače, které se hodí především na počítači, které se hodí především na počítače. V současné stavajících, které se hodí v současné ště, které vám umožní potřebě, které se hodí především prohledu.
Zálální joysticku pouze pouze pouze koleků
jos2key vám umožní vyhlededárky pro hledání joysticku joystick a joystick a joysticku, které vám umožní joysticku, které je možné také také také také také také také také joysticku.
Zkrementárků pro práci sků
Außerdem rdiff-backup umí hledáritárky, která můžete použít pro práci s skou. Thdiff a ssh-diff a ssh-backup můžete použít prohledání. Také můžete pouze uživatele, které vám umožní vytvářetvářet uživateli, které vám umožní snadno snadno použitelný.
Statatate štálí HTML
Freetable Perl je skript, který byla, které vám umožní vytvářebovat HTML. Tento skripty a vytvářetěžní skriptů, tak, které jeděny.
době je syntaxe roleků:
<<www-options.gs.> > (např. <. <> > > <.cap/X), </X ( (X), <X (X).
Rowsového a můžete můžete vytřetěnit „s“. Yors nebo je možné vytvářetěžního systému X nebo Perl nebo Perl nebo Perl nebo Perlu, které vám umožní vytvářetřetěží.
hledové písmo pro DOSu pro DOS
V současné čtekové fonty pro DOSu, které se v kódování fonty. Také se používá jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako jako je možné použít pro terminálu.
Tento balíček podporuje různé code-s: CP34, CP50, CP5050, CPP50, CP50, CP386, CP, CP386, CP, CP, RIC, RI, RIC, RI, RIC, RI, RIC, RI, RICC und RIIII.
Parser pro datovéholé a quulibria
chemqe je samostatné jazyků v C, written Cons a Zeichenků. Obsahuje Strings: 2H22: 2 223, +2 - LaTeX 2.2 -- zejména LaTeX a LaTeX.
Beispiel: ~/rcrc2 $2 - O2-> 22-> - Hemememem | Hememec, | qc, ql, q_H, profile, proproproproproproprofile, 2HORO, Obsahuje OHOROK, OH, Obsahuje OHOROK и OHOKE2.
Aplikace pro panel Xfce4
Nástroje Waveuje informace informace informace o WANLANLAN.
Signale: obahled, wenn jedárky.
Signavající soubory: vytvářetové stránky.
Network Network: a aktuelle SSLave.
Datasony pro správu rozhraní (cons)
Tento balíček obsahuje rozhraní pro příkazovou řádku a servery non-TATA-phone-phone-phone.
SMS Daemon pro práci s zařízeními
SMS SDMS (SMS) automatisierten automatisierten und automatisierten Empfangen. Seite je možné použít pro přístup k přístupu (posions) pomocí moduly, které se hodí především pro práci s plněků.
Tento balíček obsahuje daemona a daemona a databáze. Tento modul se hodí pro práci s modulu modulu modulu, které se podporu podporu podporu podporu podporu podporu podporu podporu.
Datasuite pro správu rozhraní pro správu rozhraní (X)
Tento balíček obsahuje rozhraní X11 (x11)
Produce, DVI, PostScript, PDF, DocBook
DocBook DocBook DocBook zpracuje zpracuje/XML/XML/XML, který bylálí PostScript alebo PDF nebo LaTeX. V současné MathML 2.0. V současné MathML 2.0 2.0 2.0. Také obsahuje chložní, ale byložní, ale byložní, ale můžete v současné „LaTeX“.
Knihovna pro správu programů (sharedmeld)
startet-notikaikaikaikaikaluje knihovnu, které vám umožní programm programů, které vám umožní potřebědy. Tento balíček je určen pro práci s GTK. Tento balíček je založená na GNOME, ale používá používá v GNOME, ale používá používá používá používá v freedesktop.
Balíček pro práci s cryptionen a decryptizační soubory
Nástroje příkazové řádky pro práci s JPEG
Vostové soubory digitale EXIF-Dateien, které jsou soubory JPEG, které jsou informace informace o informace osad.
'exif' je malý nástroj příkazové řádky pro příkazovou řádku, který potřebuje soubory JPEG.
Zobrazí textového textu
Screen Message je možno nastavit administí „linelineline“, které vám umožní vytvářetěny. Také může být, které vám umožní vytvářet nebo nebo nebo programm programm program.
Jedná se hodí především pro stromu, které se osí. Komplně se složí. Navností štivně se používá v prostředí. Je tohoto programu je možné v prostředí Desktop Desktop Environment.
Program pro Haskell 98 a Revisionionálních a Revisionionálními
Haskell je nepreticric, reine Program Program Program Program. Tento balíček obsahuje všechny HTML a HTML, PS a PS. Ovis je možno použít pro HTML 98, 98 a „The Gravisss“ 9 9 955. Obsahuje Obsahuje „nosportportportportion" pro všechny pro všechny pro všechny.
Také obsahuje lokalizace Funununction Interface (FFIFFI) a addierierierierierierierierierierierierierierierierierierierierer.
Nástroj pro příkazovou řádku WADA
DEUs Text Compeurs (Depapapau) je editor editor, který vám umožní vytváření editorů, které vám umožní vytvářetů, které jsou čátů, které jsou všechny a všechny dat (DADA).
DeuTex je příkazové řádky, který se hodí prohledování a používá prohledání souborů WDAD, které se hodí především prohledání.
Skript pro Vektorový jazyk jazyků pro MetaPost
Asytete je leistungsstarkové jazyků pro Vektorgrafický jazyk jazyků, která bylárků, ale bylována složníků C++-na, ale obsahuje chnosy, ale vyhledávářebí, které vám umožní vyhledání LaTeXy, které vám umožní vyhledávářet textů.
GKrellM tohoto pluginu pro panelu
GKrellMM-Plugin zum monitor, mbox, Mbox, Mboxbox und Mboxes.
Nástroj pro práci s obrázky X11
xlis umí různé obrázky X11: FBM, Sun, Sunfile, SMUM, Raster, Raster, Raster, Portable BitMPM (FMPM), Portable PGM (MP), Portable Schriftfamilie, GIF, jpeg, jpeg, jpeg, jpeg, jpeg, jpeg, jpeg, jpeg, RF3, X, RF3, X, RAM, Min, RAM, RAM, RAM, jpeg2F3, XAR, RI, X, Min, RI, RI, Min, X, X, Min, X, X, Min, Minformation, jpeg, Minformation, jpeg, jpeg, jpeg, jpeg, jpeg, jpeg, jpeg, jpeg, jpeg, CIB
Zobrazí informace ohledů zip
zipcmp: zwei zip a zip a zip, wenn die gleiche Dateien, wenn die gleiche Dateien, uncompressieren, komprimiert werden, komprimiert und komprimiert werden.
V současné zip
zipmergedární tentoQuellárivivních zip. zipuje soubory soubory v v zipzip, které jsou zip, které jsou zip.
frafračtekového KDE pro KDE
KBruch je chidníchem pro čteků, které se osku.
Přesklálá se očky, které mohou být
Renattach je malý, effiziente, svajícíchytárků a snadno použitelálárky, aby bylé zpracovánost na zpracována zpracována, aby bylů Windows. Kromě toho systému je určené na počítači, aby bylárnelelelelel. Ve-mailmail, které je možné použít prohledády, které je možné stromů.
Balíček obsahuje jednoduché programy Type 1 1
Nástroje t1 vám umožní konvertátory PFA (ASCII) a PFA (ASCII) a Pemaryary Formate. Pemabinables nebo Pembles nebo Pemblei/FAFAF) pro všechny souborech pouze soubory.
V současné programy:
t1saciiis PBF-Dateien in PFA-Format.
t1binuje soubory PAFA-Dateien pro PFA-Format.
t1sass Disassemble Type 1F (PAF oder PF) in einem PBAF-G-Intratung für andere Text.
t1sms Asemblei Type Type 1. PFA oder PFBAF-2měny pro všechny.
t1 Extra Extracss POST pro systémymárkyky a Macintosh 1 (TMATM/ATMeraser/LA/FA) iných formátů. PBAF, aby bylává pro přístup k přístup k systémy pro systémy pro systémy na Apple, systémy na Appletků. Také byláry pro systémy pro Appletěriální systémy, které je možno použít prohledů, který je možno použít pro systémy, které se ozí pro systémy, které jedy, které je možné použít pro systémů.
t1cmacss Macintosh pro HTML 1. PFA oder PF-formationen. PBA-Writes Writes Writer Writer Writer Writer, Apple Macle, Apple, Applet, Applet, Applet, Applet, Applet oder Applets, Applets, Appletom je možné použít pro všechny.
Generátor sfencetututututututututututututu
PolyGen je program profinuje skrakce skriálních skriálních stromu, které se osfinitionen, které jsou zpracovány.
Formá se hodí především pro vytváření jazyků, aby bylé jazyk jazyk jazyků, které vám umožní vytvářetě jako je možné použít prohledů.
Hereto program je program pro detailní definition, který se používá v současné, které jsou plněků, které jeděny a vytvářetovány.
Thohly PolyGener je, který se osusus, které se používá kriebě, které se používá staví, které se hodí pro staví, které se používá jako je možné použít prohledů, které mohou být tyto programů, atdy, které jsou šestí aků.
Prinice jsou všechny parodu, které jsou ští a čáláricicic a šestí šestí a tyto čáriií (podní) pomocí „produchociii“, které jsou „produkciciiiiiiálních „produ“.
Grammatitions Podinitions
Tento balíček obsahuje společné soubory pro poudd.
Nástroje LDAP-ähnliche dekódování databáze - databáze
ldb ist ein LDAP-ähnlicher Datenbank bau, který auf Basis von TDB.
What ldb je schnelle databáze databáze, aby byl pomocí LDAP pomocí API, které mohou být pomocí rozhraní. V současné aplikace může být také také také také také také také také také také také také  databáze, které jsou databáze LDAP a reale.
Knihovna pro práci s SMB/CI/CIFS
Tento balíček obsahuje sdílené knihovny, které vám umožní aplikace aplikacemi Microsoft talou Windows a Windows/CMIB.
Nástroj příkazové řádky pro Unix/MBIFS/CI
Samba je implementace SMB/CIB/CII, která používá pro systémů Unix, která pro standardní systémů a Windows, OS OS OS OS OS OS OS OS OS OS X.
Tento balíček obsahuje nástroje příkazové řádky pro přístup k Windows a Windows, smbmbclient, smbclient, sbmbar, sb, sbmb a sbbbbr.
Zobrazí RSS na emailu
rss2mail je jednoduchý program, který můžete v cron, který můžete tabě. Program můžete SS (SS) a vytvářet SS (SSSS) a emailu.
visualisní podpora kraků
gpdc je program pro visualisování datových datových datových dat zpracována. Umí standardního systému xssků, které jsou standardním souboru.
Beispieldateien pro programů gpcd
Tento balíček obsahuje Beispiele pro programem gpcd.
Aplikace WindowMaker pro správu systému pro správu systému
WMMon monitor monitorového systému Wavajících CPU
a realehledů CPUs
Apscale-scale-vertungssystem, metad, metadloader a xvgloader;
a realisuje diskové disku//OLO;
autorkové disku disku disku/O;
realisuje memory a diskové stránky
Zobrazuje systém pro správu systému
Knihovna GNUstep - gemeinsame GNUstep
Knihovna GNUstep je grafické grafické grafické grafické grafické grafické grafické grafické rozhraní v grafické rozhraní, aby byla v jazyku Objective-Contového jazyka jazyka jazyka OpenSonte, která byl a přitom mohou být pomocí rozhraní.
Tento balíček obsahuje společné soubory, které jsou knihovnu GNUstep.
Knihovna GNUstep - běhové soubory
Tento balík obsahuje běhové soubory pro GNUstep.
Balíček pro čátového systému
Nástroje a snadno použitelný nástroj pro manipulaci a vytvářetového čátového systému.dební dební balíky.deb.
Program graph je generuje soubory pro .mdo, který je možné použít pro příkazů, které mohou být jako je možné použít pro práci s ští.
Podpore (fordern): (für Abhängigkeiten, atd, atd, atd, uživateli, še, atdy, atd, atd.
3Dový systém pro správu a GTK+
G3DViewer je soubor 3D - podpora GTK+ pro vytváření GTK+, která bylárky. LibG3DG umí pracovat s podporad. Také obsahuje různé programy, která obsahuje různé hlednout a přitom hledruče.
Podlib3dplugin-plugine pro formátů.
Extrach soubory CBABSheld
Tento software software hlavičkové soubory CABBBSheld-Dateien, které jsou v Windows nebo Windows nebo Windows nebo Windows nebo Windows.
Konvertor pro HTML galle
Imageindex generuje standardní výstupu HTML galler HTML (PG) v JPG, ale můžete pouze různé obrázky, ale můžete pouze:
Podárků se sklálárníků/nebo/nebo obrázky
Kaptionuje zpracuje štátivních tyto tyto tyto tyto (posítete).
Přeskce podpora se s podpora CSS
Kannadná podpora EXIFového systému
Zobrazí stromového stromu stromu
Index, detail, detailní a detailníchovány
Kane mplayer pro práci s podporou video video.
Kolekce nástrojů pro práci s ELF
Elffutils je sada nástrojů, různé nástroje euuud (podnu), linker), linken (podnu), symbolické soubory (fordern-Dateien), e-fordern (fordernu-Dateien)
Podographicsographic in LaTeX
Chkgraphicgraphicsographics in LaTeX
Podpora podporuje 400
Podpora „\input''s; sowohl TeX a LaTeX a LaTeX. V současné soubory "XINTEP).
Intelligentehleding/nebo/pormor. Program můžete pm/mote potřejm/mote potřebí. Také můžete také také také uživatelé uživatelé uživatelé uživatelé ští.
Podpore LaTeX 2.09 a LaTeX 2.0.
Flexibilní výstup Has. Hasobsahuje uživatelé formáty a uživatele hilé „isa()()()(). `printprintprint()'.
Generátor skláři
Tento program generuje potřeb. Také umí pracovat umí pracovat s stavy, které vám umožní vyhledededády, atdy, atd, zpracována, atd, atdy, atd, atd nebo jiného souboru.
Umíčky ukázního souboru ASCIIu
Program slice skládáního souboru a standardního souboru vidu, které vám umožní vytvářebí ASCII. V současné jiží jiží a sklálálárky a vytřetvářetěží. Kloží je možné vytvářetěží, které vám umožní vyhledávářeběžní výstupní výstup, které vám umožní vytvářetěží.
Nástroje pro malými a malými
BusBoxabina obsahuje verzie architekturunabhängiger architekturunabhängiger architekturunabhängiger UNIX-Dienstprogrammen inér. Program poskytuje minimalistischer Hilfsprogramme, které jsou v prostředí prostředí prostředí prostředí prostředí. (cp, cp, cp-Bus, atd, atd, atd, atd, atd, my, atd, které vám umožní snadno použitelný nástroje, atd.
Tento balíček installiert Bus Bus BoxBox, ale můžete tento nástroje pro použitím nástroje pro použitím nástroje. Pomocí uživatelé nástroje pro správu systémy systému, které mohou být pomocí systemd-box-box-boxyd-boxybbbbale nebo pcbox-dddddddddddddd.
Závního shellu, který potřejem polené nástroje pro manipulaci
budystat se static obsahuje statickou pomocí shellu, který obsahuje jiný shellu. Tento program, které jsou jiží jijijiných jižitády, které jsou v shellu. Tento balíček je možné použít v shellu, které vám umožní potřeběžit.
Tento balíček GNU R
Tento balíček CRAN4 poskytuje implementace a dokumentaci pro numericování a statistických modelů, které mohou být matice. Tparse používá s s matrixovánadována v matrixového systému LD.
Grafský editor pro POSIX a ACL
Nástroje pro manipulaci POSIX ACL a standardního prostředí GNOME. Je vytvořené rozhraní pro prostředí GNOME, které vám umožní snadno snadno použitelný soubor Nautilus.
Knihovna pro Qmi-mpirů Cuantula (binárky)
MOPRoutoutoutoutoutinen, které vám umožní vytvářetěriálních daty. Metatava. MINNOD, MIN, MIN, MINOD a PIN, POM a POM13.
Tento balíček obsahuje programy MAC77.
Nástroje pro práci s podporou Logor-gtk (gtk)
Coq je pro práci s podpora pro vývoji, která vám umožní programememememem, které vám umožní programememememem a Cammive Camlmive Caml.
Tento balíček poskytuje CIqde, eine grafische Benutzeroberfläche pro vývoje.
Nástroje pro práci s podporou Logoror (theorder)
Tento balík poskytuje existujúcich dreofte, které vám umožní vytvářeté, které vám umožní vytřetěritní a mnohost.
GNU Common Common Common Lisp
GNU Common Common Lisp (GCL) je pro Common Lisp a Common Lisp a C, ale v C, aby byládě standardníhoho systému, aby bylá monmonmon, které jsou monmon, které se hodí pro práci s stavnu.

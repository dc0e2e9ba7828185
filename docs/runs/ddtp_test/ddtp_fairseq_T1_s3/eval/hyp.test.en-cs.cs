Xast je klient klient pro systém XSS. Posi je štíčný systém pro systém System (ssi System System)
X Window System (X.Org)
x11-common obsahuje souborový systém pro správu systému X Window System, které je tento systém, které je vytvořen tak tak, na správu servery X Window Systeme a servery.
Balíček je terminovány, které jsou v X Window System, včetně "XX11", "X111111", "XX1111", "XXX11«, "XXX11« a "XXxds«.
Zpracovány X - Metapaket
Tento balíček obsahuje různé „sortumentu) době jako je X Window System.
Tento balíček obsahuje transition pro earsearerátor Debian Debian, xmererutils a xsss-client a x-client.
X.Org X Window System
Tento balíček obsahuje sdílené knihovny prohledání X Window System. Obsahuje server X Window, a server X, linuxových fontových fontových fontových fonty a X.
Napracovány, jako je desktopového desktopového desktopy, které můžete v balíčku.
Obsahuje balíček, že bylý balíček xster-manager, aby bylánejte můžete v X.
Nástroje X Window System - Metapaket
xutils poskytuje nástroj příkazové řádky, které jsou programy X Window System. Navěž je možno použít pro systém X Window.
Program pro programování programování menu menu
Debian menu v Debian Mennychleměle nabítí v tytoto programů v syncsync-stermanager.
Debian bylilištíte vštítí programů, který bylé programů a menu menu menu, které jsou aplikace aplikace aplikace aplikace a další aplikace aplikace aplikace.
Menu poskytuje systém pro správu a správu a správu a správu a pozzvání a menu menu menu a menu.
PDF a PDF
gv je comfortablerní soubory PostScriptu a PDF na formátu X Window System. Je vytvořen tak, který používá v OpenGL, který používá v Xhost a ghost.
Zobrazuje informace o systém
HardInfo je malý aplikace, který vám umožní vytvávávářetního systému. Zpracována, PCI, PSA, USB, IDE, IDE, Serialialialial, Serialialial, Serialial, Serialialial.
Pokud chcete tento balíček Debian
debosterer je Wrapper pro apt a apt. Pokud chcete tento balíček, které se se tento balíček, které se tento balíček se tento balíček.
Navíčný, který vám umožní vytvávářet, které se tento balíček, které se používá v balíčku. Pokud chcete tento balíček se se se se můžete v balíčku. Pokud tento balíček se se můžete v balíčku. Pokud tento balíček se se tento balíček, tento balíček se se tento balíček.
Toto vám umožní vyhlednostíte používat Debianužné knihovny (mama) naběžné knihovny, které jsou číměžné.
Gročný frontend pro SANE (Scanner Access Access Now)
xsane kann jako program, který vám umožní vytvávávávádě jako GIMP, x-anane, xsane-Modus, xdeane, který umístění souborů souborů, k tohoděžních formátů.
Píčačný a daemon pro správuho systému
Modern computer computery jsou podpora Configuration a Configuration PowerPI (PI) najektů (ASLAC) na jižíčný systém a systém.
ACPI je „D je jiný systém, který vám umožní vytvávávávářet systému ACPI. Obsahuje uživatelské rozhraní v o osítvě (např /proc/spipis), který se o o osssvě a/věžné programy, takže je možno použít prohledádné programy, kterém programů, které můžete nabí.
Debian Jr.
Balíček obsahuje „puickáčný "Quickem Guicku«, který bylá v Debian Jassss. Věžní v Debian Jr. Jažíte v Debian Jažítěr. Kinvěž je ty, jižítěžné v Debian Jiny, Jiny, Jiny, Jin.
qt viewer viewer pro výsledky (crzcrzc/babc/babc/cbbb)
QComicBook je chérních souborů pro jpeg/jpeg, který obsahuje png, které jsou png, kterém umístění. Navvívívívívy, posledvy, jiný, jivěžívy, jiný, jivy, atd..
QComicBook pro je je čítzírů:
cbr - r-ar-komprimaci
cbz - zip-komprimaci
cba - avace
cbg - targgzip
cbb - tar „bzip2
Navíčkladírů
ProDA je systém pro automatování akrementárování akremology v např. Gramulárkou architektury Genivens. Genivivivivivních okněků, posměleměrkovéhohohohohohoho.
Věle Emacs Like Emacs - via
vile je editor, který je editor, který bylární termterminuje v termer's »fer'''''''. Kroměnova je možno použít pro výsledkvání, multi-file, multi-file, Perlu, Perlu, Perlu a je možno použít proběrování.
Tento balíček obsahuje chreibí chimuqu.
podpora Emacs Like - soubory pro vilevilex
Kolekce soubory pro viadlevile a editor xvilelesky.
Plačte správce oken pro KDE
KMyMoney Personon Finalon Manager pro KDE. Palonsonsy podporuje různé vlastnosti MSMe, Quicksony a catcatcator.
Textový klientový klient, ale náročný, ale ale ale ale ale ale ale ale ale ale ale ale ale ale ale ale ale číměle
jpeg je nutírového serveru PINEE. Je vytvořen tak, aby se hodí pro tyto klienty v Apache aží.
Obsahuje různá podpora a podpora emailových protokolů jako je SMTP a SMTP a TLS a TLS. Je vytvořen tak curses pro curses.
Simple Textový editoru textový editoru textů
"pico" je jednoduchý textový editor. Je tohoto editor, takže je vytvoření editory pinine, pinine.
Obsahuje gainity zabíčný, který se hodí především pro více editorů a mnohem.
Toto je podobná tak, ale tak tak tak tak tak tak, ale k k dispozici k dispozici k dispozici k dispozici picicicoo.
Simplebrowser souborů v textových textových textových emailu
"pitt" je jednoduchý souboru souboru . Je tohoto programu je možno použít prohledávání (např. tyto je tyto)
Ass je malý program program, tak, tak, takže je vytvořen tak, jako programů jako programů jako programů, midnidnighter.
GTK+ GTK+
grsync je jednoduchý rozhraní k GTK2 pro příkazovou řádku rsync. Je vytvořen pro příkazovou řádku rsync. Je vytvořen tak, ale můžete použít pro číměž čítřeběrního systému rsync.
Jednoduchý RFC1413 - Laufzeitbibliothek
Tato knihovna je malý rozhraní pro server Identt Identt"
/usr/ssbin/iden/identfin.d je malý daemonu (sto) nabročný systém, které vám umožní umožní vytřetřet tyto tak, které se se se se „dnet, které se se se se je to tomu.
Modul pro Berkeley NSS pro Berkeley např.
nss_db ist eine Satz von C-Erweiterungs-Erweiterungen, která umožňuje zdrojovým zdrojovým zdrojovým zdrojovým zdrojovým zdrojovým zdrojovým zdrojových výrazů, ethertherthers, ebs, Linux, Linux, RPC, Linux, RPC, RPC a::inssssasssss, NIS oder NIS-Dateien.
Zobrazuje a administer a administá data
Tento balíček obsahuje passwd, shf, chchf, viele viele Programme, nými programů a dat.
Shadowss je zpracovány. Pokud /usr/share/share/README.Debian.Debian
Next-Generation MusicBraz-Dateien
Picard je jiné čítivivivivní čítzrazu.
Toto je vytvořen tak, ob ob objektů, tak tak, jako je hledálů, jako je činklada.
X.Org X server -- ovladač Savage
Tento balíček obsahuje ovladač pro S3VI/VI/Savupup/Savupster.
Tento balíček je sestaven z xf86-video-sasage.
ridní hry pro Tux
»Tux, Command MathTL (ztax Mathux) je Math je Math, který je čískálární hry "Base", "Base "Base" je Base "Base "Base" Base "Misfisf", který bylos", to to to to to to to to ch, objekt, objekt, objekt, obsvvvvv.
Hardwareový systém pro automatickcí Hardware.
Knihovna GNU readline
Knihovna GNU readline „idline je knihovna pro správu rozhraní, které se hodí pro příkazovou řádku příkazové řádky příkazové řádky příkazové řádky.
GNU GNU GNU GNU alálání rozhraní prohledádné tyto vykodání.
Knihovna GNU readline
Archivivního systému Debian Debian
Balíček Digital Debian Debian Debian Projektasesesese. Tento balíček obsahuje chivivivních souborů, které se používá.
Knihovna pro dokumentaci GIMP
Tento balíček obsahuje všechny potřebné soubory, které jsou všechny balíčků, jako jako jako jako jako štového.
dokumentace pro GIMP (Cze)
Tento balíček obsahuje dokumentaci pro GIMP, aby bylálé aplikace aplikace aplikace v v webového.
Tento balíček obsahuje dokumentaci v GIMP.
dokumentace pro GIMP (German)
Tento balíček obsahuje dokumentaci vutu.
dokumentace pro GIMP
Tento balíček obsahuje dokumentaci v GIMP.
dokumentace pro GIMP (Spanish)
Tento balíček obsahuje dokumentaci v GIMP.
dokumentace pro GIMP (FF)
Tento balíček obsahuje dokumentace pro GIMP.
dokumentace pro GIMP (Intal)
Tento balíček obsahuje dokumentaci pro GIMP.
dokumentace pro GIMP (Dutut)
Tento balíček obsahuje dokumentaci pro GIMP.
dokumentace pro GIMP (Norweg)
Tento balíček obsahuje dokumentaci v GIMP.
dokumentace pro GIMP (Swedish)
Tento balíček obsahuje dokumentaci pro GIMP.
Toto je terminálovýEmulator pro X Window System, který podporuje různé kódování ISO-8859-[13, ISO-1611, TV1, TVC, VIS, VI, ISO-ISI1, ISO-ISC, ISO-IS, ISO-Pr1, ISO 8859-1, KR3, EX, EUX, EX, EX, EX, EX, EXP, EX25, EUX, EX, EX, EX, EX222, EX, EX, EX, EX, EX, EX, EC, EX, EX, EX, EX, EX, EX, EX, EX, EX, EX, EC, EX, EX, EX, EX, EX, EX, EX, EX, EX
Doublemati pro Zeichenkresled, comcombinet pro výsledkce, Viet, Vis, dise, dise, diabi, BiDi (BiDi) a BiDi.
Since m mlsterms a ažžit jižit chlištového dekódování, které pozvěž chností.
mltermterm podporuje různé API jako jsou API, mehrere API, X-IMIM, X a X.
PLualing TimalMER, gemeinsame Dateien
mlterm ist ein Terminalemulator pro X Window System, který podporuje různých módů, ve formátu X Window System, BiDi, Helpupupov.
Tento balíček obsahuje soubory, které jsou všechny mlny a mtermlny.
PLualing TimalMER, Eingabemethodenlib
Tento balíček obsahuje zásuvný modul m17nlib pre mltermterm.
Zděžné verze TLinalMER.
Tento balíček obsahuje podporu podporu karty věžívě jako je čněků, takže je určen pro vybřetřetě jako je určená.
Navíčný nástroje pro práci s „LMMM)
Tento balíček obsahuje nástroje pro mlterm.
Kložné nástroje pro práci s rozhraním počítači
Tento balíček obsahuje nástroje příkazové řádky, ifup a ifdown, který můžete použít použít pro defururure (profurfinition) na definitionených rozhraní v /etc/nets.
Monitorového monitory MimimTA (v4)
Eximon je program pro programování MimTA (T4v4). Je vytvořen tak, který vám umožní vytvávávávádě a vytřebírních souborů a vybřetěrních souborů, zděží, odděžízků, thajmy a tzí.
Slalassslalalalasssssslalassssssi
LinCity-NG je tyto Cimulation Simimulation. Je vytvořené verze bylé verzi LCCinity. Vinity, které jsou chinity, které jsou hledvání a vyhnosti. Věžadálálně, to to to to je je číměž je stavání ažit. Věž tyto objměžit tyto číměžit tyto tyto tyto číměžit číměžíčně.
Nástroj, který se používá soubory do formátu
Xdelta je program, aby bylálání souborů. Těž je možno použít prohledání (delta) jako je např. "diff" „diff", které můžete použít použít jako je možno možno použít prohledání souborů a je možno použít prohledání souborů. Obsahuje tytože je možno použít prohledučný formát X serveru.
Knihovna pro správu Debian
Tato knihovna implementace a mnohem pro mnohem Debian, který je mnohem prohledání programů jako je např.
Knihovna obsahuje datové soubory pro výsledkce:
APT: databáze APT APT
Debtags: přístup k Debtags
Popcon: přístup k Popoption Popscore
Vehledávací apt-apian-apian
Toto je sdílené knihovny.
Nástroj pro práci s CD
AScd je malýho CD a mixer, který můžete použít pro WindowMaker a WindowMaker.
Navíčně symlinky ažního souboru
Chase je malý nástroj prohledování souborů souborů souborů, které vyžitávávávádě chasy, kterémlinks, kterémlinks poštřebě. Věž se se se štítěž jedě.
Perlových stránek, dokumentaci POOD a dokumentaci. Pokud chcete v Perlu Perlu.
Zděžné nástroje pro vytváření a a Beispiele
Bash můžete použít prohledání příkazovou příkazů. Zděžné programy, které jsou všechny a mnohem.
Blob Wars: Bllllbli Sold 2DD. Blobli.
Since byl je vadedálá, který bylý librace, klož je lobřebě. Blož je štřebíte v chměžit ce.
Blob Wars: Metalblobli Solibli, které vám umožní vybřebě jako je „blebli. Bloblobss'. Blobs je mimile v Blobresubsy a Bloubresssubsabs a BI. Bloubedededededededá se se ch je ch, kložíte . Bloublit. Bloblite je je .
Nástroj prohledání obrázků a vyhledávačky KDE
KPhotoAlbummbum vám umožní vyhledání obrázků obrázků a vybřebívání obrázků a vybřebíčení. Obsahuje návěžírkovéhohohohoho souboru a vyhledádnosti.
Zabíte informace o rozděžit je možno použít v souborech XML. To je „bum, KPAlbumbums, takže je hledárků, takže je hledádě jako jako je hledádělem HTML. KPAubumměž je je ch souborů HTML.
KPhotoAlbumbum je možné použít pro analýzu obrázků KIIPI. KI je vytvořen tak, které se hodí především pro tyto balíček plugins. Balíček obsahuje tyto balíček obsahuje v balíčku, exportování, exportování, exportování a exportování.
Konvertuje soubory, které soubory Palmal (CO) a palmOS
Tento nástroj konvertuje soubory soubory (nebo soubory HTML) do formátu PaloFOC (např. DCOC (potss (potss) je možno použít "COpotss" a SODC) a DC (např. DCOC). DC a DCOptpx2x. DCOptptpx je možno soubory DCOp, DC a DC a DCOdb.
Privacy Guard
Obvoxy je webového webových stránektivní webových stránek, který vám umožní vytřetřetky, webových stránek, pozvání, bany, bany, bdy, bxansy, Bupupupupupupsssací a tomumumu. Je to tomumumu je možno použít proběrkového systému.
Obvoxy je založená v Junkvání Junk (sterm).
Knihovna pro Emulator Eliaball
Emilia Painulululá je čím systém pro Linux a Unix Unixu. K dispozici je čím čím, ale čím číměž je čím čím.
Tento balíček obsahuje různých souborů pinball.
Nástroje pro terminálu GNOME
GNOME Terminal je aplikace aplikace aplikace, které vám umožní vytvávávádě:
Access Protocol v Linuxu shellu.
Tento balíček obsahuje data data data pro správu a správu souborů gnome-s, gnome-Anwendungen.
Heavy-dukové rozhraní (curses)
Motto je nnnnzip je expanděn, který je „NNos, ale je nnnnn, ale nnnnnnn, ale nnnm je vytvořen tak, aby byl vytvořen takže je tomm, aby bylasssssstu (záhy).
Nn allows vám umožní vyhledání a objektektů skipkip. Také podporuje různérků a vytřetřetěrkového.
Tato verze nnnn Plassíčný server serveru NNTP (s Network Network Management Protocol) a Network Management Protocol (např. NOVOVO-Server. NOVO-Server-Server-Server, pokud uživatelitotototo je možno použít v serveru serveru.
OpenLink Virmostu je objektorientierte, objektového jazyka SQL. Je vytvořen tak, SQL, SQL, SQL919191: SQL, velmi podpora SQL, např: SQL, NET, NET, NET, NET, NET, NET, NET, Ja..... Sie unterstützt unterstützt unterstützt NET, NET, JDBC, ....NET, JDBC, JDBC/..............NET, NET, JDBC, JDBC, JDB, Obsahuje Schnittstelle..................................................NET/Minink
Virtusos unterstützt SPARQLARQL in RDFu SQL. SPARQLARQL, které jsou různé SPARQL, které jsou podporu SPARQL, jako jsou SPARQL.
Insprpracována pro Pakete, který obsahuje všechny, kterém vytvoření vzí v vzíčem (OpenEdidididition).
GNU GNU awk, awk
»awk', program, který vám umožní vytvávávávávává souboru a vyhledáníměžního souboru.
Gawk je implementace GNU AWK je implementace AWK. Obsahuje jazykový jazyk jazyků v POSIXufinition 1.3.2.2 je určen pro POSIX v v balíčku je určená verze verze verze verze v např. tyto verze je určená verze je určené v ty, awk, KWKWK, KWK, KWK, Kernzezezespracovány.
Vollständigního PostScriptu
pspresent je nástroj, který vám umožní vytvávávávádání PostScriptu. Navíčně je jednoduchá, čímělevánímělevy: Navěrníků, poštřejměleměžné čněkového. Tračně jeděleměžitu. Travěž jedávy svělávy.
Editor Chemical editory
BKemem je svobodný nástroj, který bylý program v Python.
Některé vlastnosti vlastnosti vlastnosti:
Drawingb (by-by-bon-ond-son-Vorlagenub-Vorlagenubring; pro číměžívání dradi, ddr..
Editulá (pozíčný) a redukce;
Export/Im (pracována) podporuje OpenOffice, OpenOffice.org, OpenOffice.org, EPS, EPS, CML und export12.
Nástroje pro systém GNU
Tento balíček obsahuje standardní standardní souborů GNU formátů, které jsou nástroje, které jsou pro zpracovány v Debianu. Obsahuje soubory 'gzzz'.
Knihovna GNOME v GNOME
XML je metasazíčný program, které vám umožní vytřetřetěnné jazyků. Věžírkového dokumentace (např. HTML) je možno použít v v v v inspracována. K dispozici je možno použít produkování v dokumentaci, které je možno použít produkování v SGML.
Tento balíček poskytuje knihovnu API, které poskytuje API pro zpracování souborů XML.
Drithohohohohohohohohohoho
Space Aryaary“ je nároročný, podobná podobně jako jako je odbě jako je Starxer, kterém umístění Star-xtrox, kterém je bastaler a bastalovaným.
Japanische TrueType from Linux
VLy Gothic je stastavy Gothic Gothic Gothic, kročně.
Toto je založená Sazanay Gothic (ctronicic) a Open Open OpenCM1 (MMMM) MUN.
Editor pro interaktivní programů
Ledit je editor, který vám umožní snadno použiteln, jako shellu a Emacsu (bshbsh). Obsahuje tyto používá se se používá v OCaml, OCaml a OCaml.
interaktivní verze OCaml a standardů v OCaml
Objective Caml (Caml) je implementace implementace jazyka CML, Camlal Camlal Camlalclálového systému k kložitelný systém a systém pro systém pro systém.
Tento balíček obsahuje soubory pro shellu OCaml.
Vektorých souborů PNG (Portable Network Graphic)
Pngcrush je určen pro práci s PNG (Portable Network Network Graphics). Je vytvořen tak, aby seklálálálálání IDTATTAT. Také je možno použít prohledvání souborů PNG a tak, které můžete použít pro např. Punkunkunkovéhohohohohohoho.
Yettete klient pro Emacs
Canna klienta pro Emacs21 nebo xemacsss. MUUU. elc elelelc el. Kinna je vytvořen tak, kliž je určen pro více podpora emacs.
Can Canna je Eingabemethode.
Program, který vám umožní vytřebíčný jazyků
gNiallallall, aby byláláhnými jazyků. Je vytvořen tak, takže je čítřejm číměžné tyto tyto tyto statistiků. K dispozici se statistiku. NNN. Niommož jedit jeděž je čím, který bylávě.
Klient mDNS/DNS/DNS-SD nahrazování počítače
mdns-scan je nástroj pro příkazovou řádku mDNS/DNS-SD.
Můžete je bylálátor mDNSTR, který bylož _R_Ressessessicssd.dssdsdsdd evdpud.
mDNS/DNS-SD je Teil von Applet's Zeroconf (soconf). Bajouvarit (zouvar. Bouvar).
Nástroj příkazové řádky pro správu souborů souborů
Rom: Romaji-Komman-Komomman, Fuzzarch, Search, Expreter, Expreter, Expreter, Filter, Filter, Filter, Filter, Modifizace, WordP.
Klekur akročný ASCII-arty skiem
Toto je je čím hry hry hry hry je číměž je čím čím činy. K dispozici jsou číměžné číměžíčně. Věž je možno použít protibě jako je čím, např.
Freware je Decoder Decoder Decoder
FADAD2 je fast ISO AAC. AACADAAA afffručný MPEG2 a MPEG4, MINA, LOWA, LOWER a LER.
Tento balíček obsahuje rozhraní pro příkazů AAC a MP4.
Editor k k kenchink -- elililisple - podpora soubory
Tento balíček obsahuje všechny klištové soubory elijem, které používají xemacs21.
Mule je rozšírenie API (xemacs, který vám umožní vytvávávávádě tyto (Eopananan) a tyto (na).
Editor k k kenchinkový Quellcode -- support souborů
xemacs21-mus-musupupportuje soubory.
Textový editor Unicode editor (architekturarchitektury)
yudit je editor editor Unicode pro X Window System. Je vytvořen tak, které jsou v současné verze Unicode. Také podporuje podporu podporu podporu tyto fontů, jako je určenou pro standardního systému, bis, bis, bis, bis a také obsahuje nástroje.
Textový editor Unicode editor (architekturunabhängige)
Tento balíček obsahuje soubory soubory pro /usr/share/share.
Nástroje pro správu systému - skriptovací skriptů
Nástroje Systeme nástroje Backends je Backendný systémů pro Linux a Unixu Unixu. Je vytvořen tak, který obsahuje standardní rozhraní rozhraní pro standardní rozhraním skriptů XML.
Balíček obsahuje nástroje pro GNOME.
Knihovna pro čtení video zařízení (Laufzeitbibliotheken)
Knihovna pro dekódování Adobe Adobe Adobe Adobe video video. Je vytvořen tak, ve formátu video a mnohem. Také obsahuje různá API a vytřetvává API a API.
K dispozici k dispozici karty čískálálů
IAXm je software v C geschriebeníláci v C geschriebení, který používá v CAX (zedálálálálá) pomocí PBX (XBX) a DSP. DSP. DSP-Bibliothek verwendet verwendet DSP.
IAX bylam byl vytvořen tak tak tak tak, který se používá s svánímymymFFFAX. Je vytvořen tak, tak, tak takže je také k dispozici k dispozici.
spinning 3D 3D, který vám umožní vytvádání CPU
wmcube je nástroj, který zobrazuje objekt, který zobrazuje ob objektů 3D, který vám umožní vytřetvářet. Komplně je chažit chažit chažitelný.
lylym wmcube, wminube, cececece.
Nástroje a nástroje pro správu souborů
Tento balíček obsahuje jednoduchý nástroj příkazové řádky příkazové řádky příkazové řádky pro hiberiberi.
Nástroj pro dekódování MPEG2/plexexexer
Mpegudemx je systém MPEG2/MPEG/MPEG/exextificater. Je možné použít pro zobrazení MPEG.
Nástroj pro panel Xfce4
Modul fsguardací „puards na čím čím čím čím a čím číměžné čím a tomm to to to tommmm.
Suclideanetní jazyky
Eukreides je jazyků, který vám umožní vytvářebíčně vštních (Ligurs) obsahuje dokumenty (LaTeX). Tento balíček obsahuje různé formátů, které se EPS a EPS.
Jednoduchý program, který vám umožní vytvávářebí čístěrů
griff je jednoduchý program, ale „x", který bylé „xx RBGB. Jakmile bylálálálné v chměžit je spočísků, aby bylálálně a posledvě. Věž je stavěž je stavů, Brků, B. R.
Tento program můžete tento program, wenn Sie se obíte v xterm nebo v xterm, ale k dispozici k dispozici k dispozici k dispozici. Je vytvořen tak, ale váděž tyto vyhledáhností. Také se se hodí především provádě.
Předíčný soubory pro egrosidic - egegegor
Tento balíček obsahuje zvuky, defini, definition, definitionen, freerosid.
Klient morse Daemon pro Portěnými portaci
Cwdaemon je malý daemon, který je pc, který používá pc-Port-Portaží a tytoženíhohohohohohohohohohohohohohohohoho systému.
Nástroj pro automatickového systému
Tento balíček můžete použít a stavajícíchování aatatatatu, aby byládnost, které je možno použít pro balíček APT APT a APT.
Tento skript je modul pro APT::Unuptového systému APT::Unp-Unp.
pack pro ASC
Toto je rychlární hry hry je SC. Pokud SC.
Composed by bylálání Kananana.
Compiler und runistý pro AFXFX
AFNI je multiprprpracovánativní jazykový jazyků, které jsou náročný jazyků, které jsou všechny v igmigm. Tadigm je určená pro distribuovaných jazyků. Trajem je vytvořen tak, aby se hodí pro např.
Compiler und runistý program pro ANI (NIXF)
Tento balíček obsahuje dokumentaci ANI.
Interpreter Interpreter Interpreter
Xzip je interpretace státí (právné text (svventure) je „dventure v Info. Toto obsahuje různá podobná ve formátu Info, jako je je jedě jako jako je štřebě jako jako je např. Informace, jako je je např. Informace, jako je je např.
Toto je interpreter X.
Knihovna Cdccer pro Reportatorator
Codování Cdelerator pro Reportatoratorator.
Music Player Daemon (MPD) je server, který vám umožní umožní vytvářet souborů souborů souborů souborů (gVO, MP3, MP3, AIFF, AIFF, AIFF, MP3, MP3 und MP3 und MP3.
Balíček je klientový klient, který vám umožní vytvávávávávás systému mpdd. Tažžné server, které vám umožní vytřetřetné rozhraní, které vám umožní vyhledádnosti uživatelské rozhraní, kterém objektů (přáhy).
Umwandlung von X11 fontů v X11
Pcf2bdf je fontový font-compiler. Je vytvořen pro X11 fontových fontů (PCFF)
FONTOTUUUNUUUUNOUU je možno použít pro pccfcf pcxf pc-vndf.
Konvertuje dokumentace LaTeX
Attempt to to je konvertuje informace o formátu formátu Microsoft Richichichich (RTF) podporuje podporu karty (RTF). Tiež podporuje podporabě jako je náběrníků jako je stavěleků.
Balíček je dokumentaci dokumentaci latex2rftf-doc.
Nástroj pro správu souborů mp3
Printá se se osssssning a vyhledání souborů mp3 (např. mp3, mp3, mp3.2.3.2.0.0.02 jsou také také také obsahuje např. CR2.....
mp3check je je malý program pro mp3 a mp3 můžete použít probě jako je v mp3 a mp3.
Nástroj pro „WM/WMNM/WMNM
Wmtrl je nástroj příkazové řádky pro příkazovou řádku EWMM/WMNM/samplex Manager (posamm, kam, kamam, kamam, kw.
Wmctrl obsahuje příkazovou příkazovou řádku, které jsou všechny např. VWMMHMH. Věž je možno použít prohledády, takže je možno použít prohledvy a dalšímě.
Kolekce Telepathy - knihovnu GLib
Tento balíček obsahuje telepathy pro knihovnu GLib-glib.
Telepathy je platformu D-Bus-Bus prohledávací štového čím, včetně video, video a potřebítěžního systému. Je tomumu rozhraní, aby svěžního rozhraníměžné uživatelského rozhraní.
Nástroj příkazové řádky, který používá libadso
aosd_catcat je nástroj nabíčný nástroj na obrazovceho systému libadso. Je vytvořen pro příkazů v shellu shellu.
Kompastortor X
XStarfish je generovatelelelelelelný, který vypřebíčný čítřeběrních souborů. Je vytvořen tak, tak, takže je možno použít pro výsledků, které můžete zpracována.
Nástroje a „sesesese“
ShapeTools je implementace programování programování programů, které je určenou pro Linuxu UNIX. Obsahuje čítřeběrového nástroje a vybřetěrového systému a např. (věžné nástroje a např. FS).
ShapeTool je vytvořen tak tak, aby byláláčný nástroj, aby bylálálné nástroje. Tento balíček obsahuje nástroje prohledné systémy pro systémy, který obsahuje tyto systém pro systém produkového systému.
приложение Qt Qt pro správu GTIT
Pomocí qgit vám umožní vyhledádání souborů, vyhledání a vyhledání souborů. Maspracuje různé vlastnosti vlastnosti patří:
Views, diff, diff, Dateien, stromové soubory, stromové soubory.
Zpracuje informace o stavání souborů pchem.
Applyly nebo výstup výstup výstup výstup z z zdraží, dragovírní a qgsit.
qgit implementuje grafische GUI probíčný příkazovou příkazy Stitelný/GIT/spos a umístění. Vehledádíte můžete používat používat prohledvy, takže můžete „dy.
Zpracována a vyhledání DVD
Regionion je malý nástroj, který zobrazuje konvání a vyhledávání DVD/nebo DVD, které vám umožní vytřetvávává DVD. Zděž tyto tak tak tak, tak tak tak tak tak tak, ale již jižit Hardware.
resscue from soubory pro DVD a DVD (vns)
Dares scans/DVDs/DVD/DVD/DVD/DVD-Dateien. Tento balíček např (sozírového systému UODF) nebo UDF (DF-DF) je možno použít k dispozici.
Logite - cecece cece mimice
lomo můžete použít prohledání Logikového systému Logite (mocece cecess (malalalalalals (zalalalals) v mimizízí mizíc. Věžží stavěžné v jištěžit v 100000, které jsou 10. Balíček 10X, 10X a 10X00.
WING je „počný „počný „dm)
Toto jesatz xdmING založený na WING WING WING WING. WING je určen pro WindowMaker.
Propagandickicky Debian
Tento balíček obsahuje images, které se hodí především pro desktopového systému. Je vytvořen tak, který obsahuje různé věrní obrázků a Progand.
Balíček: tento balíček, které jsou v balíčku Debianu, které jsou v Debiano.
hledálný, visubečný soubory
Visual Binary Diffiff (VBVBinuje soubory v hexadex) a ASCII (např. EBCBI). Obsahuje čím (zvěžitáláluje soubory, které jsou různé soubory 4 (např.).
VBininiff byláláčný program pro ProSelnými nástroje Bllen Grolen Grolen Grolen, II. Bons util wurde von Applet-ITIS a util 4.
Obsahuje nástroje GNOME GNOME (daemon)
gnome-keyring je daemon ve formátu ssh-agent, tak, ssh-agent-Anwendungen a další aplikace.
Tento program můžete použít proběrkce, je je čnout, „měž je čím, který je „měž je spočím tak, aby byláděž je jiné na disku.
Modul Modul pro „měžné v GNOME
Tento balíček obsahuje modul PAM, který vám umožní vám umožní vytvávávádě, aby byláláláváníměnu.
Pokud je tento modul, který se hodí především pro gnome-MDM, aby bylálálálávání a tyto tyto.
Modulný modul pro správu souborů souborů ISO
Tento balíček obsahuje modul pro správu souborů souborů souborů souborů v FUSE. Pomocí je založená v FUSE.
Program můžete použít pro INB, INB, ..MF, IMD.....
Nástroje obrázků MNI pro efinování obrázků
Tento balíček obsahuje nástroje pro analýzu MINC.
Balíček Minc je flexibler souborů souborů souborů ve formátu Netlededededededededededededededededed a formátů. Balíček je jednoduchý formát formát formátů, tylbibri, posledvě jako je je určen prob-věrkovéhoho rozhranímě jako je tyto programů. Navívěžních nástrojů, tyto programů jako je tyto programů jako je tyto nástrojů.
Nástroje IPupné nástroje pro přístup k GeoIP (IP)
Tento balíček obsahuje freeLite.
Kleký editor GNU Emacs
Tento program je vytvořen tak, objměrní editor a editorů (nebo editoru), který se můžete věž číměží. Je vytvořen tak tak, aby by by by by by by by by by by by by by by to to to to to to je je nnnni.
Balíček obsahuje editory sbíčky
Reve a xje;
ng-cjk, ngc-j-canna a ngint-ngint-ngin-ngin;
qemacs a qemacs-nos;
KACST vbrabische TrueType
Toto je Satz von TrueType-Schriften, aby byláděnými krazírování k kduštírování (SACK).
GNU R R pro více modelování (PN)
MN je „P je basky, které Bayes Bayesy (PNM) pro Markov (Parte Carteon CMC). Marte Modi (CMCCon) je možno použít produků. Navěž je určen pro více 200Com je možno použít pro 2003 a je 2004. Trajektivivních je určen pro jiné 2004.
International pro Unicode
ICU je knihovna C++ a robustou knihovnu C++, která poskytuje volby a číměžné knihovny. Tento balíček obsahuje sdílené knihovny ICU.
Ballereratortor
iGal2 je program, který vám umožní vytvávávářet souborů (HTML, který můžete vysítřeběrování a indexu.
iGalal2 je vytvořen prohledání i iGe (Galerererererer) a různých dřetí.
Toto program pro vytváření dokumentaci SGML
Tento balíček obsahuje nástroje, které vám umožní vám umožní vytvávávářet v prostředí SGML-Dokumente. Vytože je čím v balíčku SGML-s, které je čím v balíčku SGML-s, který je čím, který je čím, který je čím v balíčku SGML-s, který je čím.
Obsahuje nástroj, který vám umožní vytváváváváváván, které jsou vští, které bylády, které se vyhledání volby, které jsou v textových stránek textových stránek, jako je <. „spracovávajících v DocBook. K dispozici je možno použít pro DocBook DocBook, DocBook DocBook DocBooku.
Nástroje pro napřízírních souborů
Toky Coo knihovna je generovaných databázy GDBM a NMDBM. Také obsahuje různé databáze BM+ a Borměžních databázy s QMMM. QMMMM, návání a mnohem prohledávání.
Toto je nástroje pro např. Tentoo balíček obsahuje nástroje pro balíček.
Terminalátor terminálu
crip obsahuje Ogg Vorbis/FFLACF/3/Linux/Linux. Je vytvořen pro UNIX/Linux (zdoneone) prohledání souborů (siston (sistonice) a mnohem prohledy CD-perl. Navání a mnohem prohledání a mnohem prohledání.
Tento skript je vytvořen tak tak, tak takže je vorbis/gagagresa a/ajems (pudju) a vytřebě jako je tyto tak, které se se můžete stavělálání a/pužažitu, který vám umožní vám umožní vytřeběžit a/při.
Dekomprimuje komprimaci souborů PHEEX BIOS
Phnxdeco je program, který můžetetetete obrázky BIOS, které se NIX.
Věžního PNG (Portable Network Graphics)
OptiPNG je formátování PNG, které se umístravání souborů. Obsahuje výsledvání, které se vytřetřetřetě jako jsou čísky, atdy, atdy a oddy, které jsou různérování a např. Balíček je možno použít prohledvěžního formátu formátu formátu BMMMMMM, BMMMMM. PPMMMMMMM, TIFF, TIFF, TIFF, TIFF (PMPMM).
VTWM je číměžné verze TabT (MMMT) je mnoha (MWM) je vytvořen tak, který je čím číměž je ty, který je Portěž je Portěž je Portěž je Portěr, který je Portěž Portěž je stavyměrního systému.
Zpracuje joysticky
joy jo2key vám umožní vyhledádnými nápři a joysticky, tak, takžežeže je možno použít pro joysticku.
Skrementárkování
Obsahuje rdiff, rdiff-upupupupuje je následání, jako rsync. Navěž vám umožní vám umožní vytvávávásledáte skovéholávání a „diff-diff-diff-diff. Fupupupupupups a je možno použít prohledvání. Fupupupupupupssss je možno použít probí.
Pratastate v HTML
Freetable ist ein Perl, který bylý skript, který vám umožní upravenými HTML. Tento malý skripty, takže je možno např.
Máký syntaxací je náhugs:
<www-optionen table-optionen ... ..ggg > </... <> (z. </X). YX (X) v v ....X (X, YX, ...).X (X) je možné použít pro ...XXXX (X) v < <........... < < < < < < ......
Rychlé a efektivní velmi můžetetetete např. Yor 1 a Yorděž můžete použít v v v v Xuděži, takže můžete doběrkou. Vehledáděž jedě jako je je možné možné vyhlednými textových stránek. Vority je možno použít prohlednity, takže je možno použít prohledné tyto takžete tyto takžete ty, takžete doděžítěžítěžítěž je možno použít.
Pixelný fonty pro DOS
Toto jsou fixelný font-width-widthužité písma v DOSu. Je vytvořen tak, ale můžete použít pro terminálu, ale můžete použít pro terminálu, ale můžete použít pro terminály, atd.
Tento balíček podporuje různé code-pages: CP37, CP85, CP85, CP85, CP85, CPP5, CPP5, CPP5, CPP5.
Parser pro earqi a elibria
chemeqeq ist eine eigenständiger Programmiersprache in C, atexon und cesons.2+ 2:2+ 2:2+2+ 2.2+ 2 a LaTeX3.
Beispiel: ~/rcs .rc2+2+2+ 2 -222
Nástroj pro panel Xfce4
PaveLANLAN obsahuje čísaveavené informace pro WANLAN.
Signalal: hledálérkového okněkresledu.
Signalal: a akladí oknadnosti.
Name: a a akcece: SSLL.
Nástroj pro správu rozhraní (concons)
Tento balíček obsahuje rozhraní příkazové řádky příkazové řádky a modul pro virtuellenovy v „TAT).
SMS Daemon pro Mechnovy
SMSD (SMSSMS (MSSMS) a tak, aby bylálálálárních systémů. Je vytvořen tak, aby byládě jako je vytvořen tak, aby se používá v různých jazyků a např. Gnosssski (sskiski) a Gi.
Tento balíček obsahuje daemon a daemonu. Věžné systém, které se používá v balíčku balíčku balíčku.
Knihovna pro správu rozhraní (X)
Tento balíček obsahuje rozhraní X11 (gnoski)
Producece DVI, DVI, DocBook, DocBook
DocBook umístění LaTeXu, které v LaTeX/XML/XML, DocBook/XML v PDF, takžete v LaTeXu. Naloží MathML 2.0 v MathML 2.0. Navěžíčný výstup, tak tak tak tak tak tak tak tak tak, ale je nutíte nutíčný, ale je nutnutíčný, ale vyhností.
Knihovna pro příkazovou řádku (sharedd)
start-notificationification je knihovna, který vám umožní vám umožní vytvávávávádě, které jsou ukálálálálnyny. Toto je vytvořen tak, aby bylálá knihovna, ale bylá knihovna. Toto je určená se používá v GNOME-desktop.
Složitelný soubory a dekódování souborů
Nástroj příkazové řádky příkazové řádky pro JPEG JPEG
Mostzy Digitalkamermermera soubory EXIF, které jsou zpracuje soubory, které jsou např.
'exif' je malý nástroj příkazové řádky, který zobrazuje informace informace o JPEG JPEG.
Zobrazí textový text
Screen Message Message" je hledádačný stromu, takže je možno vyhledání a vyhledádnosti. Věž je možno použít, tak tak tak tak takže je čný program.
Balíček je nützliche Nachrichtenálání Nachrichten, ebomad. Komomplně se . Je toto takže číměž je vytvořen tak, takže je je je to tomu návání v Desktop Environment.
Balíček Haskell 98 a Revisportá knihovny
Haskell je v Haskell-stricric, potročný jazyk jazyk jazyk. Tento balík obsahuje jazyků HTML, PS a PS. Vehledá verze v PDF, "Thevis''s Revis Library« a Revistalovaných "The Report".
Obsahuje také obsahuje fign Figunction Interface (IFFI) a Harch formátů PS a PS.
Kompaný nástroj pro WDA
DEUs Compure je Textový editor (Texexe) je editor, který je možno použít pro výsledkurkování a zvuků (DAD).
DeuTex je příkazové řádky příkazové řádky pro práci s „Dembling).
Skriptsprache karty v MetaPost v MetaPost
Asympto je náročný skriptový skript pro náběrský jazyků, který byládě jako MetaPost, ale číměžní syntaxe. Aspracována je štivní syntaxe, který obsahuje různárního textu, které jsou v LaTeXu.
GKrellM tomu modul pro více hráčů
GKrellMM pro monitorování, maildir a MHHH.
Nástroj příkazové řádky pro X11
xli can can can can X11: XBBM, Raster, Rasterster, CMUM, Mapsteraster, Portable Maps (MPM), PPM), PNG (PMPM), PNG, JP, JPM, JP, JP, JP), jpeg, PCM, PCM, PCM, PCM, PCM, PCM, PCM, PCM, PCM, PCM, PCM, PCM, PC, PC, PCM, PCM, PCM, PCM, PC, PC, ...
Zdnychlárního zip
zipcmp zip lze je zip a zip, které jsou čítřet soubory, které jsou čítvádné soubory, komprimaci, komprimaci a zpracovány.
Zdíčný zip
Zipgegeschivní zdrojový kódů v zip. zip zip zip, který se zip, který se zip, které se zip.
fračný čektivní pro KDE
KBruch je určen pro čný čískáčný fračný.
Kompočte nabíčečky
Renattach je malý, takžení a mnohem spracována, aby bylálálálátě jako je tyto tyto to to to to to to to to tomumumumu. Navěžaž je vytvořen tak, takže je vytvořen takže duků jako je dudukového. Kommentárnnnnnnu, takže je dudukového systému, takžete věží. Věž jedálálálně, takženího.
Sammlung von Typenu font 1
t1utils umožňuje nástroje pro různé soubory PFA (CF) a PFB- Formate; PFAF-Formate; PFAFAssssmble PFAB. PBB-Dateien insoublembles; PF-Dateien inschem PFA-Dateien; PFAFArssssorsch souborů PFAF. PFAFArsssserassssssser (seraserasserassssser Schriftdateien oder PLAF) nebo Schriftfamilie. PLAF.
Obsahuje programů v současné programy:
t1asciiFBBBA soubory PFA.
t1binary PFAspracuje soubory PFFB.
t1asism Disasembles Dems (PFFA) do formátu PFBA (BBA) doschnonoster, chnonosteravy, čím, čím, atd.
t1sms Asemsemble Asemble Schriftfamilie 1FAFAFFF-Format.
t1un Extracra ExtractractOS POST/ATTTA (saseraFF) v PFFFAB. PBAF-Datenstrakouch souborů v XBAB. Biny jsou různé soubory soubory soubory, Binkouch souborů, Binkouzy, BDH, Binkouzy, Binků, BDH1 oder Binkunks.
t1cs umístění soubory v 1 1FFFFF-formation 1.BFBeseseses Type 1.Bineseses in der Dateiformate, Applet, Applets, Apple, Apple, Applets oder Bex, Bex, Bex, Applets oder Binks. Tatoto je možno použít pro Schriftfamilie. Tememem je možno použít pro Schriften.
Kompatibelný činiktor pro definiků
PolyGenen je program profizaci scece, které je čítřeběrní, které se synfinikového číměžní synical.
Formmelel, je vytvořen tak, tak, aby by by by by by to to to je vytvořen tak tak, takže je možno vyhledání a vyhledání výstup.
Here source source source source je program, který vám umožní vytvávářet vštového, který vám umožní vytřebítě jako jako je tyto, který je možno vyhledání a vyhledádnosti.
Thoughly Polyly je cheneracící iotheus, tak tak tak tak, takže se se osssíčný pro číměžíčný nástroj pro číměžíčně a poštřejistě.
Knciples parody jsou různé výbíčky rychlání a vyhnicou čístručení (zíčně) a possskročný, který se terminiální objektů (produštového dukového dukového. Je tomumu je tyto objektivního. Je tom je tyto poštívěžit =:
Pofinikového poštíčky
Tento balíček obsahuje různé soubory pro poští.
LDAP-ähnliche nástroje LDAP - nástroje
ldb ist ein LDAP-ähnliches databáze.
What lt l l l l l l l l l l l l l l l l l l l l l l l l l l lze, tak, aby se používá. Ins je možno použít pro nákový databáze a repracovánavání LDAP.
sdílená knihovna pro SMB/CBIFS
Tento balíček obsahuje sdílená knihovna, které vám umožní používat Microsoft Windows a Windows/MIFS.
příkazovou příkazů SBMI/CIFS pro Unix
Samba je implementace implementace SMM/CIFS pro Unix/CBIFS, podporu podporu podporu Microsoft Windows a Windows a Windows.
Tento balíček obsahuje nástroje příkazové řádky pro přístup k Microsoft Windows a Windows, sbmbmbm, sbmb, sb, sb, sspool.
RSS pro vytváření emailů RSS
rss2email je jednoduchý program, který vám umožní „btab (tab) je „„„ssem RSS (SS) a jeděž Nachrichten.
stabečerálálálálů
gpdc je Gročný program prohledálování dat dat dat dat dat dat dat dat dat dat dat. Je vytvořen tak, xzzzzzy formátů, jako je možno použít pro více formátů, JPG, JPG, JPG nebo JPG.
Beispieldateien pro gddpc
Tento balíček obsahuje exampleou pro programem gdd.
Klient Window Maker pro systémového systému
WMMons monitorovací monitorového CPU, jako je čný systém, které vám umožní vytřetřetě jako je čím. Navěžit je určená v Window Maker. Je tomu je určená v Window Maker.
a realaci CPU pro analýzu CPU;
auto autorkový systém pro zpracována, xggavgg-load;
Príčný disk/O/Osernadner;
autorní disku pro disk/O;
Příkového skresledání a výsledkce;
Zobrazí systém pro obrazovce systému;
GNUstep - grafické rozhraní GNUstep
Knihovna GNUstep je grafický grafický grafický grafický grafický grafický rozhraní rozhraní v prostředí Objective Objective Objective Objective Objective Objective; OpenStegon, OpenSteply a OpenSteptepubě.
Tento balíček obsahuje společné soubory pro GNUstep.
GNUstep - běhovou knihovnu GNUstep
Tento balíček obsahuje sdílené knihovny GNUstep.
Tento balíček nabročný databáze
Verspracována a mnohé nástroj prohledání programů, které vytvávávávásky a debipl.
graph t t t t t t t tmm.do, který je možno použít pro Eingabeých nástroj, který se používá 'vitvivitzt'.
Věžit: čísky (forderungen, Abhängigkeiten, zpracovány, virtualu, virtuellen Pakete, stejně, stejně a mnohem).
3D 3D pro GTK+ GTK+
G3DViewer je zvukových souborů GTK+ pro podporu GTK+ 3D, které vám umožní vytřetvářebě. Lib3DG3 a OpenGL Rendering Modelle. Rendering (vělevěle, Rendering Modelle, Rendering) a Renderavělevy, textu.
Pokud je „lib3d-ugin-*in*.
Extrakové soubory pro Installace CABShii
Toto program pro všechny CABABShihhhiS-Gerätenuifeld-Geräten, které používají Windows nebo Windows.
Generátor dokumentace galle images
Obsahuje standardní standardního formátu HTML-salle HTML (např. JPG, ale můžete vyběnosti, ale můžete čístěžné obrázky.
Navíčkového souboru/zydium
Caption comcommentární obrázků v např.
Hra je vkladačný CSSu
Kložte soubory soubory pro digam
Can Cansobné stromy stromy
Index, detail, detailli, sdededes
Can Cantplayer pro video video video video video.
Kolekce nástrojů pro správu souborů ELF
Elfutils je sada nástrojů, euud, eudll (zererer), e-nmu (sssmu), ebssssu), e-Dateien (ssssuctions), se chivivivivivivivivivivních souborů (např. E-puard), e-LF (z. E-putototototototo), ebens (LF (LF-putototototototototo), pro pro pro LF (putototototo-------puf (puf) a Effekturururururururururururururururururururururururs (zy).
Finsografického LaTeXu
ChkTeX find findet v LaTeXuografi v LaTeXuo:
podpora 40 40.
Podpora "\input'''''''s TeX a LaTeX. ATEEXEX.
Intelligent wurdening/rring/nebo/nebo přesnmotem/motem/nnismu. Je to to to to to to to to to to to to to to to to to tohohoho.
Podpora LaTeX 2.09.
Pomocí výstup výstup výstup. Hasasouch formátů a poštího formátu. Je toho souboru `ssssf«. "print()'''. `check''''' „Con'.
Klekladator pro činubírů
Tento program generuje bridge. Je vytvořen tak tak, takžežežežežežežežežežežežežežežežežečný, balíčně jako v v např. HPCP, Hinfinovéhohohohohohohohohohohohohohohohohohohohoho.
Extractové soubory pro práci s ASCII
Balíček slice programování souborů slice a výsledvání ASCII a umístění ASCII. Tyto vypřetřebílálá se vykodělávě jako je ty, které jsou tyto tytočně, které jsou tyto tyto je tyto tyto je činu, které jsou vzků. Vštěžíčný výstup, které se se se tyto tyto terminu, které jsou terminu.
Nástroje pro malý systémy a Tiny verze
BusyBox je formatované nástroje pro mnohozné nástroje v UNIX např. Běžžné nástroje, které vám umožní vytřetřeběrního systému (např. . cpi je cpi, msv, msv, msv, msv, Bus, Bus, Bus-Bus-Bus...... Balíček se se se se se ossytoto tytoto nástroje, které jsou v GNU GNU GNU.
Tento balíček install install install install BusyBox je Box, ale můžete použít pro např. Běžné nástroje, které můžete používat používat používat v balíčku tyto systémy a v balíčku tyto typhyyysddddvvvy.dddsddy addddhhdddddy.
Kompracovávací nabící nástroje probíčky
busybox-static-static vám umožní vytvávávábě jako je stromu shellu. Tento balíček obsahuje nástroje, které se používá v Bus.
GNU R Rychlálání a směle
Tento balíček CRAN obsahuje např.4 obsahuje různérování a např. Palizálálávární výsledání a z z z parseDLDL, který používá pro Matrix a LD.
Grafischer editoru POSIX ACLL
Gračný nástroj sloužící k POSIX ACLL a erweiterte Attribute. Je vytvořen tak v prostředí GNOME, ale je možno použít pro číměžné aplikace aplikace aplikace aplikace.
Prohledá knihovna pro Queolnického Cuobin (sbina)
MOPOP poskytuje efektivní objektů efektů, který bylálálálálárku. „NDON, MINM, M3D, P3DM a PM.
Tento balíček obsahuje nástroje MACAC.
pro probíčný grafické rozhraní (gtk-gtk)
Coq ist ein propracována pro hručný programů, který vám umožní poštznací programů, který vám umožní kročení. Camlive Caml Caml Caml.
Tento balíček poskytuje grafické rozhraní k grafické rozhraní pro správu rozhraní pro pro správu.
pro probírkce pro hručení (thesor)
Tento balíček obsahuje existaci, které vám umožní vytvávářetě, kterém číměrního systému a Boolemě.
GNU Common Lisp
GNU GNU Common Lisp (GCL) je Common Lisp a Object Object Compoly je určená v v „Com čím číměžné „Comth Language). Je vytvořen tak, který se hodí se hodí především pro číměžit tyto čím čím ažit.

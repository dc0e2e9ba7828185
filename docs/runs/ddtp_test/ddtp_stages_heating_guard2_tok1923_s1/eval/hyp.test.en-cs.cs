Xastir je klient pro APRS. MS je nápřady, že hledárny systém pro hledárů, ve které vám umožní vytvády GPS (alší)
X Window System (X.Org)
xcommon obsahuje nástroje pro práci s systému X Window System, že tento balíček tento balík X Window; nesíte konfigurovatelou být tento balík, tento servery, servery, servery X Window System, a Window System.
K dispozici jsou terminuje terminová verze X Window System, jako "X11", "X11", "X1111", "X11", "X11", "X11", "R. tento verze "Orgundonondation" se používá v Debian, že Org, že Orgonondation, že Orgundonondation a .
Přeskády X klienta -метапакетy
Tento balíček obsahuje různé jako jako X-ysortem, který sh, který sh, který se X Window System.
Tento balíček obsahuje funkce pro napřírování pomocí Debianu, programů proto programů pro programů v prostředí xbase a xbase-client.
X.Org X Window System
Tento metabalíček obsahuje společné komponenty pro práci s X Window System. Obsahuje knihovny X serveru X. Poskytuje sady X servery, a nastavené sady sady písma, cílených fonty X.
Hodná метапакетy tento balíček, jako jsou jako jako desktopové prostředí, můžete tento balíček můžete tento balíček.
Veli byla, že tento balíček x-sítřejším balíčku x-manager, můžete com buď com-slou.
Nástroje X Window System
xutils poskytuje množinu programů pomocí X Window System. Mytoto programemy jsou např. Myto programy, že tento systém X-сервер, že je potřeba tento systém X-сервер.
Nástroje pro všechny menu pro všechny různých aplikacích
Debiane jistíkyky snímkyky k menu' v různých programů v různých synchrou synchrou.
Debiane reliesínuje списcílené programy, které vám umožní okli-hody, které oklikuje oklištaluje okličné menu a other-stermanager.
Menu poskytuje systém a konfigurace a konfigurace a zbridetride a zbridetře na menu menu menu.
Dokumentace a PDF a PDF pro X
gv je prohlížeč comcomtables pro PDF a PDF pro PDF. Program používá systém X Window. Program používá X Window, který používá rozhraní pro stahy X-hosts.
Zobrazuje informace o informace
HardInfo je malý application, který zobrazuje informace o napřítekového systému a systémy. VIn, ISAI, ISA, InP, SCSI, SCSI, SCSI, SCSI, Snerial, Snial, SCSI a Serial.
Nástroje, že tento balík pro Debiane
debffost je program program pro apt a tento program pro apt. Pokud tento balíček tento balíček, které vám tento balíček tento balíček.
Nachtí, že „nady“, že tento balíček, že tento balíček tento balíček tento systém, že tento balík nepracovány, že tento balíček tento balík nebudeb, že tento balík nebudecké, že tento balík nebudecké, že tento balík nebudecké, tak, tak, tak tento balík nechlikostíte tento balík, tak, tak tento balík, tak, tak, tak, tak tento balík nesíte tento balík nebude.
Tento balíček vám poměžit stavíte Debianu s Debianudou (tajší) v balíčku „mainn“.
Gracová grafický frontend pro SANE (Scanner Access Access Access Now Easy)
xsane umí „sane“ nebo pomocí programu GIMP nebo GIMP. Informaždná program umí pracovat s grafickým módů, je možno vytvářetvádování obrázků, tak, který je možno např. uživateli, který se uživateli, který se Frontend, který se uživateli nabítítítítového programu nebo samostatného programu.
Mády a zobrazuje daemone a daemone
Moderns pro podporu Configuration Advanced a Power Interface (PIPIAC) pro správu systémů (PIPI) a detekového systému.
ACPIDD je flexibilní, takžený daemon, tak nápřačky ACPIu pro příkazovou řádku. Noracuje interface (pisky) na definuje definuje uživateli/pis a /proc/tacs/. Kromě tomu spoložné programy, tak tento programovány uživateli, že je možno nastavit spolož spolož např.
Dokumentace v Debian Jr.
Obsahuje „sicky, „uickickicky“, který ni, který važdy v Debian Jr. Jrem. Jr. Cryto tyto používá v Debian Jrystaltaltaltaltaltaltal. Ja je možno použít pro chozyto systémy, např. Jyto systémy, úhy a vytřeběžit pomocí systému Debian.
Nástroje pro práci qtr (prob/cb/cb/cbb/bcb/gcb/gb/gb)
QComicBook je prohlížeč souborů pro práci s jpeg, která obsahuje jpeg.png/png, coži, který se používá na např. např. např. náročky, náročky, např. náročky, např. nebo např.
QComicBook pro uzorová archívy:
cbrr - rarak
cbzy - zip-compress-compress
cba - hru-compress
cbg - zippedpedpediza
cbb - zip2bzip2
Večeče pro více proteiny
ProDA je systém na detekkkování a detekátorů naarmologických architekturů. Coulogy. Cynivírivuje náhynimm, čítajší šteků, čískou objektů, všechny a mnohem názíte vytvádinovánady, kterémy a dalšíchytítekce.
VInke LI - návodná
vile je textový editor, který je vytvořen tak, který se terminovává v terminuži v uživateli na `ser'. Informaždy jsou mnohem okrukce, mnohem mnohem mnohem mnohem okruků, okování, okrukce, okkazy a mnohem mnohem okratou okkadukování, okka.
Tento balíček obsahuje binární soubory pro binárníchacu. Requ je podpory v vizualších souborů Source. Obsahuje Source-Source. Program se Source-s je dobladačky v X11.
podpora v VInke LI - podpora vizuvile
Soubory soubory pro levile a xlevilevis.
Mozná správce oken pro KDE
KMyMone je Palyiny Manager pro KDE. Myinyinyrivuje „MonyMon“ a podporuje různé typy různých různých typy typy typů, různých formátů, IF, IF, cegorkory a importace.
Textový klient pro  emailového terminálu
distribuuje napří PINE PINE klienta PINE. Program používá v Apache z Apache z Apache a definků.
Pízné funkce pro protokolů jako IMAP a SMTP a SMTP a SMTP a TLS, který používá TLS a TLS TLS.
Jednoduchý textový textový editor z spoložité textového emailu
"picoco" je jednoduchý textový editor, ale vytvořen tak např. Praine, který se používá pouze editorue, který se používá pro emailu pine.
Pro gained je popularit, který se hodí především tak, který se používá složi v textovém editoru.
Mo je podobně jako GNU GNU Nano, ale vytvořen tak, aby bylala s pouze rozhraním např. picoico.
Jednoduchý konfiguračního souboru náhrávacího textového klienta
"pilot" je jednoduchý soubor z příkazové řádky. Program používá v distribuovaných distribuovaných např. Umožňuje vytváděžit pomocí např. Alků (Alpine) a vytvády.
Assm je program, který se hodí probě jako soubor, jako je rovnabě jako nástroj příkazové řádky, jako je nástroj příkazové řádky, jako příkazové řádky.
frontend GTK+ pro rsync
grsync je jednoduché rozhraní GTK2 pro příkazovou řádku GTK2 pro příkazovou řádku. Podporuje různé sady příkazové řádky, ale můžete vytváděny, ale můžete použít pro správu adresáře adresářů, ale můžete použít pro adresáře konfiguraci systation souborů.
Jednoduchý knihovna RFC14131 - běhová knihovna
Toto je malá knihovna pro správu Identdent-сервер Ident; "ident" „nt's« umožňuje vzdáleného emailu.
/usr/sbin/int.d je daemon (alší) je malý daemon zložitelný daemon, který ideníte ideníte ident, že ident.
Modulu NSS pro správu Berkeley Berkeley smovnosti sming
nsss_db is een verzameling bibliotheek, která vám umožní stavajících databázi Berkeley aliasysů, nebo aliasyaliasy, aliasyaliasy, etheraliasy, RPC, RPC, RPC, RPC, RPC-Diensty, (alas) nebo ukázítítné soubory, nepracujete ndb).
Zobrazuje administer a administrového dat
Tento balíček obsahuje passwd, chch, chnfnf, mnohem programů, nfon.
Shadoží PassPassová verze: /usr/share/doc/doc/doc/README.
Mext-Generation MusicBrainzerationen
Picardard je polálání MusicBrain.
Tento „schozepte) je pomocí spoložet, kterém objektů, jako je možnostanty jako je možnost ger.
X.Org X server -- ovladač Savage
Tento balíček obsahuje ovladač pro S3/V3VI/Savage/Sauter/wisterrů.
Tento balíček je sestaven z modulu X.org xf86-video-aage.
Hracná hry k Tux s Tux
"Tux, Math»"" (MathTu, Math) je hra pro hudnych cílekce Linux pro hře hrukce Linuxu, která se Basecody!
Nástroje pro konfigurace skladit pro správu Hardware.
Knihovna GNU čítí knihovny a dekódování, knihovny
Knihovna GNU  readline čísids je uživatelské rozhraní, které vám umožní vytvářebíte programem programů, které jsou rozhraní příkazové řádky, které používají rozhraní příkazové řádky.
Knihovna GNU GNU history poskytuje náložitelou rozhraní pro pro rekurování a vydívání input.
Knihovna GNU readline a čítí knihovny
Prahuje soubory pro adresáře Debianu
Projekt Debian jsou jiloždné soubory pro „aselemise“. Tento balík obsahuje  key keytyto balíky, které používají.
Soubory soubory pro dokumentace GIMP
Tento balíček obsahuje společné soubory pro práci s GIMP, kterémálních snímky.
Dokumentace pro GIMP (schze pro GIMP)
Tento balíček obsahuje dokumentaci soubory pro GIMP vytvořen tak, aby byl vytvořen tak, aby byl vytvořen tak, aby fungoval nebo webového webu.
Tento balíček obsahuje dokumentace pro GIMP v GIMPu.
Dokumentace pro GIMP (German)
Tento balíček obsahuje dokumentace GIMPu v Linuxu.
Dokumentace pro GIMP (jan)
Tento balíček obsahuje dokumentace v GIMPu v GIMPu.
Dokumentace pro GIMP (Spanish)
Tento balíček obsahuje dokumentace GIMP pro GIMP.
Dokumentace pro GIMP (Frenchrench)
Tento balíček obsahuje dokumentace GIMPu pro GIMPu.
Dokumentace pro GIMP (III)
Tento balíček obsahuje dokumentace v GIMPu pro GIMP.
Dokumentace pro GIMP (DDutch)
Tento balíček obsahuje dokumentace v GIMPu v Dutchch.
Dokumentace pro GIMP (Neorwegian)
Tento balíček obsahuje dokumentace GIMPu pro GIMP.
Dokumentace pro GIMP (Swed)
Tento balíček obsahuje dokumentace v GIMPu pro Swedy.
Toto je emulace terminálu pro X Window System, který podporuje různé kódování ISO-8859-[1,[1,1,1,1,1, TISC (ISCISC27, TISC), TISISIS, KISISISISC, J25, CE21, CEX21, OUT121121212121212121212121211121212121, OG1212121212121212121212121, JIS, JIS, JIS, JIS, JIS, OGEX22512222222222222251251225121, JIS, JIS,
Doublewidth pro ebast, binast, binastetů pro třejků, BiDi a dalších BiDi-BiDi (bezit, BiDi-) a BiDi-sybbbbal. Krewickickicky jsou jsou také obsahuje podporovaných jazyky a třebalphy.
Sincele mlterminuje detailníků a vytvářet dekódování, že hledujete hledit, abyste hledky.
mlterma také podporuje různé funkce jako jako API jako API, multiple-IM, včetně X-aliasy, FreeType a FreeType.
Syning TMERMinal, společné soubory
mlterm je terminálu pro X Window System, který podporuje různých dekódování, různých BiDi, BiDi, BiDi, BiDi, a arabelourabelou.
Tento balíček obsahuje společné soubory, které jsou společné pro mtermind a ml-terminny.
Modul pro MultiLinERM, malin,17n, IP-17n
Tento balíček obsahuje m17nliblib pro pracu pro mterminků.
Kalízí TLERMin, verze verze verze Version
Tato verze čítová podpora „cycycy“, jako je možno použít pro zobrazení obrázků a son18-18n18.
Nástroje prosíri TMERMal, nástroje
Tento balíček obsahuje nástroje a so soudá pro mterminu pro mterm.
Lakontové nástroje pro správu síťové rozhraní
Tento balíček obsahuje nástroje, ifup a ifup, aby mohou být pro konfigurace (balší) na definudy, detailních rozhraní na definitionené rozhraní na definitionen.
monitoruje aplikace pro MTA (vv4)
Eximon je pomocní program pro MTA (av4). Program umožňuje „sv4 allows allows allows allows allows pro hledání logu a definová emailu, hledky, je možno vádinků, coždinků, tento programování, tento programování, např.
Hystroma hra s Grafikem
LinCity-NG je NGimululation Culimulation. Obsahuje verze verze verze, které „Cinshinity a alternadity. Umožňuje „nahys« entzity, že je možnostanty, které se stavy a pozítekoužitelou je možno použít protiskou je možnost doslohysou jiných slohyskou, že je možnost doskou je možnost doskou je možnostrukou stavíte polohy, tak, že je možno pracovat slož stahyskce.
Nástroje diff, který s binárními souborů
Xdelta je program vytvořen tak, aby mohli vybraných souborů (de), kterých „deltase (delta) je možno „diff“, že „diff“, že „delta“, že je možnostrukce, tak, že je možnostrukce, tak, tak, takže je možno pracovat se definuje výstupu, tak, takže je možno pracovat se definuje např. XX apply-lta-inovánodukového textové formátů.
Knihovna pro správu informací pro správu informací Debian
Knihovna se velmi velmi velmi mpilálný platformy, který se používá v Debian. Program umístratky a umístračení.
Nástroje obsahuje různé zdrojových zdrojových:
APT: prístup k databázi APT:
Debtags: prístup k Debtagsí informace o informace
Popcon: přístup k Popcons
Motiminová indexy Xapian by apt-xapian-xapian
Toto je sdílenou knihovnu.
Pracuje CD a mixer
AScd je malý проигрывателпроигрывателer a mixer, který můžete "dock" a WindowMaker.
Folínuje symlink a je uživatelé soubory
Chase je malý nástroj pro spolohyštních souborů, kterém jsou symbolické symboly, které chica - chysky, chantantit, pokud chantaduzujete tento soubor, že je tento soubor.
Perlu k manuálové stránky, dokumentace POD a `doc'. Pokud tento program tento program program, tento program tento program tento program chý program, tento program tento program např.
Bashuje uchadází - hlavičkové soubory a Beispiele
Bash obsahuje dynamicky pro uchadíky. Obsahuje např. např. tento balíček pro práci s programování.
Blob Warsa: Metalbd 2D 2D je platforma 2D. Je složi v mssiebie.
Sinceloži byl byla, aby bylož likuje lib, aby byláluje fybíte potřebíte chlo. Vysledy je chyzy, aby se nechrávy a nevyžit ho pro všechny např.
In Blob Wars Wars: Metalb Blobd, hledáte hledky. Pokud hledáte hledy, karb. Bolohyb je chloždy, což chloždy je možnote chytávády, chloži a mnohem nepracovávádou chlište a mnohem evelou evelou evelou evelou evelou evelou jedinků.
Nástroj pro indexace, čítí čky a čteků pro čteků pro čís KDE
KPhotoAlbum vám vám umožní indexování a vytvářet a vyhledítů, protibítekování, pouze hledky. Také obsahuje hledky, které vám umožní vytvádinuje hledky.
Čí informace o číslohností v XML, kterých souborů XML. Umožňuje spoloženérí, KPAhotohotohotoPAlumy, klumujete potřebíte potřebíte vysady, tak, takže je možnost uživateli „PAlumumumum je možnost „bum“.
KPhotoAlbum tiež je možno použít pro práci s grafických modulov. KIPpi-inkrobiluje pi-inkrotitisstaluje úložitelkce. Tento balíček obsahuje různé rozšírenie, exportuje importace, exportuje importace, importace, importování, importace, importování a importování.
Konvertuje textové soubory pro POC (formalO) a PalOS (formalOS)
Tento nástroj konvertuje čistě textové soubory (oro formátu HTML) pro POComoži na standardním formátu DOC (jajajako) jako je SOC (jajajako) a SunC- editor „pop a "COCOC“).
Privacyrhanuje HTTP-Proxy
Privoxyxy je webovací proxy složitulálností, náročelný webového serveru, Puteků, cookies, cookies, cookies, banyn, bann, bann-on a jink. Myx-useružitužit je možno použít produzí, tak, takže je možno pracovat se hodí především proběžitálny a tak, tak, tak, tak, tak, takže je možnostruxy je možnostruxy je možno snadno použitelný systémy a takže je možno pracovat se hodí především pro uživatelé aplikace.
Privoxyxy je založený na Junkster (tm).
Datové soubory pro Elimi Paliball
Zmi Emialiball Pininball je cíleských systém pro Linux a další systémů. Kromě tom, že je napříte např. např.
Tento balíček obsahuje různé datové soubory, které používá sinball.
Datové soubory pro terminálu pro terminálu
GNOME Terminal je emulátor s terminálu, který vám umožní vytvářet tyto aplikace:
Měždný shellové prostředí GNOME v GNOME.
Tento balíček obsahuje datové soubory, soubory pro gnome-stalace pro terminálu pro terminálu pro terminálu.
Heavy probírování hřebíte čítačky (produštné klienta)
motto ntom je nnexpand, který „No“, je „Nos“, ale složi nem, ale kložet, aby judni, aby fungoval tak, aby fungoval tak, aby fungoval tak, aby fungoval tak, tak, aby vám umožní vysložitte vytvásložit tento.
Nn vám umožní složnění zpracování a zpracování skremů. Také podporuje různé killtek a znostníků. Mysků a vytvářetů.
Tato verze nnsho nsločte nskového serveru NNTP (nthe Transfer Protocol) pro Network Protocol (su Transfer Protocol (VO a je možno tento databázi NVOVO, tak „sordnordnor“. Umožňuje „sornornornornornondnorem, tak „non“.
OpenLinks Virotuos je objekta-reolací databáza SQL. Je slas SQL, databázi, SQL, SQL, SQL, SQL, SQL:991919:999, podporovaných serverů, Jaduch, NET. Tiež podporuje různérování, JDBC, JDB a mnohem JDBC, podporuje různé NET.
Virosoos podporuje SPARQL výchozích databáze SQL. Pro SPARQL je SPARQL. Podpora SPARQL, tak SPARQL SPARQL, tak SPARQL.
Pro tento balíček tento balíky tento balíky, který se „irtuotus“ (OpenE-Source-Source-Edition").
GNU awk, vásílárování a slova - jazyk
`awk', který program, který vám umožní vytvářet navádání adresáře.
Gawk používá implementace GNUWK. Program používá definformační jazyk pro definformaci. Obsahuje definitionen v POSIX-2. Kleinimentová verze verze verze verze verze verze AWigin Language Language. Tato verze verze verze verze Kunununununununununununununununununununununununununununununun, awk a awk, Obsahuje awk, Obsahuje awk, Obsahuje awk a awk a Gawk, Oawk a Gawk, awk, Oawk, Oawk, Bezb, Bejejejejejejejejejejejejejejejejejejejejejejejejejejejejejejejejejejejejejejejejezk, Oawk a Gawk a Gawk.
Nástroj pro obrazovce PostScriptu
pspresent je nástroj, který zobrazuje PostScriptu na obrazovků pro obrazovků. Každy je možnostratzí: Navky, přitom je možno názíte vysložítekci, názítekou je možnost názíte náročky.
Chemický editorů
BKemchem je svobodný program pro kreslení, který se používá v Pythonu.
Některé vlastnosti patří, můžete chotky:
Drawinging (bdon-bybyby) pro  templatesudy; pro společné společné rýchling
Edití (alší) a vytřetřetné např.
Export/ImIm (přídná) podporuje SVG, OpenOffice.org, EPS, EPS, C, CML21 a C);
Nástroje pro čtení GNU
Tento balíček obsahuje standardní nástroje GNU bestands souborů, které jsou také obsahuje nástroje pro kontrolu pravopisu, které jsou např. „gzy“. např. „gzing'. „gcompressing' je možno „compressing'. „compressing'.
Knihovna XML XML XML
XML je zkrkrů pro zkročenérů, aby vysozkonce jazyků. Kromě tomu sadukuje informace o staložné informace o tento textových informací XML (zkonce XML). Megaždy je možno vyhy definovány v čistých jazyky XML, kterých jazyky je možno použít pro době je možnostrakci používánější jazyky v čisté jazyky vzkce XML.
Tento balíček obsahuje knihovna pro manipulaci API pro správu XML.
Molá škálně v pseudo-3D3
Space Arycry je hra, který se osložnce klasické hry, jako je Staremememememememem nebo Fox, ve které vám umožní vytřebíte vytvářet a čky.
Japan TrueType z Vine linuxový Linux
VLLthic je svobodné Japan TrueType TrueType TrueType, která byl vytvořen byl pro Vithic, které byl.
Ma je založený na Sauzy s Goanici (bicec Ascretronic) a MC+1+ (MCM).
Editor pro interaktivní programů
Ledito je editor, který vám umožní umožní vytvádání příkazu nebo shellu (bash, shellu, např. např. Probash). Program používá interaktivní knihovnu Cylp a používá knihovnu Camlp4 a knihovnu Camma.
Interaktivní Interpreter a standardaci s OCaml
Objective Camlaml (OCaml) je implementace ML založený na Camlaml, založený na Caml. Camláhy náhyto modul úložné úložné ML a systémy ML.
Tento balíček obsahuje společné soubory pro práci s OCaml z příkazové řádky z příkazové řádky.
optimalizace PNG (Portable Network Graphics)
Pcrururush je optimalizovaných PNG (Portable Network Graphics) je operahy. Program je stavuje stavání např. IDATATA. Program používá různé data v různých formátů PNG a defink. Také umí pracovat s různých formátů, gunk, gunk, gunk, gunk, gunk, gununk, gunk, gunk.
Tento klienta v Canna pro Emacsu
Me client pro emacs21 nebo xemacs. Memacs elcy... elclispy je lispektů, které vám umožní vám umožní pracovat s Emacsu.
Canna je vstupní metodů.
Program, který se vásálnost, který se chlálně
gNiiall položit potky, které vám pomělnost. Mosíte znostíte statistiky: statististatisticelekuje statistikudy, aby bylávády a přitom nesíte vystalace. Nický program, aby bylálnostíte je možnost ch nárocké program program programem.
Scany pro mDNS/DNS-SD a vypalýbíte na vzdáleného locale.
mdnsscan je nástroj pro scanování mDNS/DNS-SD.
Program byl vytvořena mDNS PTR nabírování skrR. Ros_Ricsds. evndsd_evsdsd. Kadsdy na registruje registrovacích registrování.
mDNS/DNS-SD je súčasťou strategorauch Zaoconf (aconf) Ba.adou Bouvari Bouri-daemon/DNS-daemon.
Nástroj pro hledání textových souborů
Poskytuje: Romaji-aji-Kanacu, Fuzyszy, chzyrach, sychování, Expression, Expression, Expression, Expression, Mode, Mode.
Kleinuje ASCII-arty karty ASCII-arty karty
Toto je velmi vysokým hráčů, hra, můžete hrát pro více hráčů nebo více hráčů. K dispozici jsou:
Zeurečec Advanced Audiospeler
FAAD2D je restních dekódování ISO AACA. MADA. MIN2 a dekódování MPEG-24, MIN, MINPA, DINPA, ACA, ALT, ALT, ALTD a ALT.
Tento balíček obsahuje rozhraní příkazového rozhraní pro AAC nebo MP4.
Editor karty a sklem - podporou lisplevé soubory
Tento balíček obsahuje různé soubory na lisplezení soubory v balíčku musítíte v balíčku xemacs21.
Mule je rozšírenie (xemacs) která vám umožní proběrování, které vám např. a Koreanopane (janopane).
Editor karty karty skrech -- podpora elisp
Balík xemacs21-muss2mus obsahuje stadné soubory.
Textový textový editor (archarchý soubory Unicode)
yud je textový editor pro editor X Window System. Níždy, že tento systém, že nemáhyždy Unicode nebo Unicode. Podporuje různé tajteků, mnohé biolé bistalace, biozyků, definkladkkků, definování, PostScript a také podporuje PostScriptu.
Textový editor (archarchý soubory Unicode)
Tento balíček obsahuje lokalizace souborů /usr/share/.
Nástroje pro správu systému pro správu uživateli -- skripty
Nástroje Backend Backends jsou platformné skripty v Linuxu pro Linux a other-informace Linuxu. Tietohody používané standardního standardního rozhraní, které jsou distribucigarding a distribuovaný distribuovaných distribuovaných databázi.
Programy jsou v GNOME Systeme, které jsou v GNOME.
Knihovna prohrávání videoch na stavání videoch (bědné knihovny)
Knihovna pro správu Adobe Adobe flash. Podporuje různé protokoly a dalších webových strántu. Motřejší a video. Poskytuje API pro přístupu k API, které jsou API pro přístupu k k flash.
software pro IAX IAX IAX2
IAXmodem je softvéru, který používá v CAX (např. IAX Icons) pro tento systém PBX (svřejších tento systém) a SPSP. DSPSP.
IAXmodem byl vytvořen tak, který se používá proběrků mísků jako HFlalalam a AXAX. MAX je také např. Iconsxqu, aby byláluje syx a edaxx.
Číning 3D objecten, který zobrazuje aktuální aktuální CPU CPU
wmcube je nástroj, který zobrazuje hledappy, který zobrazuje oblasti 3D, který se cílejektu CPU. Cuždy, aby byláluje tento objektu produkci např. např. tento objektu pro např.
Kledí wmcube, že wmcube, pouze henbecube.
Nástroje pro správu a powerce
Tento balíček obsahuje jednoduché nástroje příkazové řádky, který pro tlačítek a hrute.
MPEG1/2 zařízení MPEG/2plplexer
Mpedemgux je systém pro MPEG1/MPEG2. Neuplexer je možno použít pro tlačítrování MPEG-nici. Program umístrukce MPEG.
Nástroj pro panel pro panel Xfce4
Modul fsguarduards mikrolárů na spoložíte vytřebělání, který zobrazuje poštoubou a položitou jedy.
Eucliliková šetní jazyků
Eukleides je jazyků, který vám umožní vytvářet dokumentace (Lincigin). Tento balíček obsahuje konvertuje figiniginovány EPS. Tento balík obsahuje EPS, který obsahuje EPS.
Program prohledání barvy na barvy na barvání colorx.
gr256 je snadno použitelný program prohledání barvy prochaních řebírů nebo RGG. Kromě tomu je program, že je cílemto program, který se váskouto programem a pokouto programů. Kromě tomu, tak, takže je možno vytvástaluje snímky, tak, takže je možno nám je možno např. náročky, tak, tak, tak, tak, tak je možno např.
Tento program můžete můžete použít pro více barvy a barvy v okračem v xtermu nebo xtermu, ale okkam je možno okkam, ale např. např. tento program používá nabíte rozdíly na různých programů.
Datové soubory pro freee pro strategroch - hročky
Tento balíček obsahuje zvuky,Grafika, a definitionen pre freeridu.
Sorse daemon pro parallele nebo Ports
Cwdaemon je malý daemon, který používá pcu nebo pcu nebo Portsorového Portor na Portoru a defarch na definků na detekového textu z libovolného protokolů.
Nastastavuje nastavenou být konfigurovate systému
Tento balíček můžete stahuje stanání a installace, uživateli, tento balíček uživateli, že uživateli pouze uživateli na např. apt-inkladaždy na tento balíček dpkg.
Tento balíček je skriptů pro systému APT::Ungrade v balíčku APT::Upgrade.
musicu pro ASC ASC ASC
Toto je musicu pro hručcece Advanced Strategic Command Command. Pokud tento hra se tento hratis. Pokud chcetetetetetete např.
Composed by Kaelelem Kas.
C Compiler a runků pro programovací jazyk ANIX
AFNIX je implementace programovací programovací jazyků, které jsou dynamická symbolické symboly, které jsou sradigradu. Kunmedy jsou distribuovaných distribuovaných distribuovaných distribuovaných distribuovaných distribuciků, které jsou distribuovaných distribuovaných distribuovaných distribuovaných distribuovaných distribuovaných distribuovaných modulov.
C Compiler a rundy pro programovací jazyk ANIX (Dokumentation)
Tento balíček obsahuje dokumentace pro ANIX.
Interpreteru Info Info stálů hrodory
Xzip interpretovaný s napřísory-file (vvd) je text text text text text v Info dokumentu, který se používá. Tento balíček obsahuje různé hry, jako je combin.
Toto je interpreter pro X. Forkový módy, fotroz nebo ju nebo jintzip.
C coded Erweiterung pro ccerator Toolkit pro Reportab Toolkit
Erweiterung Adddctor pro přístup k Realator Toolkit.
Music Player Daemon (MPD) je server, který vám umožní přístup pro přístup k souborů (gggar-MOV, FLAC, FLAC, FLAC, Wave, AIFF, Wave, AIFF, AIFF, AIFF, AIFF, AIFF (VOV, GV, GVorabi, Gapsor-3) a podporadukuje s podporovaným mnohem ustítítítítítítírování, tak, tak, takže je možno ust a integrovaný integrovat s podporovaných integrovat na ustítítítítítítí.
Daemon je chlárování klienta, který se složictvím mpdy na obrazovce mpd. Každy, který vám umožní vytvářet a tak, které vám umožní vytvářejší rozhraní, které mohou tento balíček tento balíček tento balíček, který vám tento balíček tento balíček, který tento balíček, který tento balíček tento balíček se tento balíček tento balíček tento balík (dy)
konvertuje X11 z X11 z PCFX
Pcf2bdf je de-compiler. Program konvertor X11 konvertuje z X11 (Bitmap) v Bit (Bitmap Bitmap Bitmaps (DF).
FONTUBONDOXBUX v BDF, pctoptop je možno pcres2.
Konvertuje dokumenty z dokumenty LaTeXu
Attempt je konvertor jako je jiší informace z LaTeXu (např. Microsoft Formate). KRTF (RTF) je také podporuje různé funkce pro práci s "RTFastleator).
Dokumentace je dokumentace v latex2rtrf-doc.
Nástroj pro kontrolu pravopisu mp3 pro hesky
Printer se s různých cílezení a definování a definování souborů mp3.3 (např. mp3, 1. mpeg, 1, 1.2.2).
mp3check je hodí pro pro detetekování mp3 v detekou deteků jako mp3 jako mp3 a umí pracovat s mp3nektů, že je možné používatelektů mp3.
Přístročer pro EWNM/Net X Window Manager
Wmctrl je nástroj příkazové řádky pro příkaz EWMWN/HWNW (exeexewing Manager).
Wmctrl poskytuje přístup k příkazu pro přístupu např. EWMHH. MWH. Navym je možno pracovat s jiším oklištaluje oklišestnosti. Program umí pracovat s jiných desktopového prostředím.
Knihovna protokolu Telepathy - knihovna GLib
Tento balíček obsahuje telepathy-gylib, knihovnu GLib pro Telepathy.
Telepathy je platformy D-Bus framework pro cíleifikací, náročky, nárojektů, náročky a video. Program nárostupné protokoly a video.
Nástroj pro obrazovce, nástroje libaosdsd
aosd_cat je svobodný nástroj na obrazovce založených založený na libao. Program umí pracovat s XDo.
Generátor X monitoru X
XStarfish generuje barvy, více hráčů profinování, které vám umožní vytvářeběrů. K dispozici je možno pracovat s různých souborů, tak, tak, takže je možno pracovat s např.
Configuration a správu Configuration Atlee
ShapeTools je kolekci programů pro správu pro správu v jazyku UNIX. Jeho nází verze názy a definová verze verze „s“ a „pee“. Nástroj příkazové řádky, nástroj příkazové řádky a integrovaný nástroj příkazové řádky.
ShapeTools je vytvořen tak, aby mohli uživatelé nástroj pro více souborů UNIX. Tyto nástroj pro správu distribuovaných distribuovaných distribuovaných distribuovaných distribuovaných distribuovaných distribuovaných distribuovaných systémyto systém pro správu distribuovaného systému.
Nástroj pro stromů GIT v GIT
Pomocí qgit můžete stromu vám umožní vytvářet stromů, stromy a vytváložné soubory v různých souborů. Mezifinesedy:
Viewe, diffs, soubory soubory diff, anotation, anotation.
Committelnuje chriku chickynosti pouze soubory.
Přesízí soubory nebo pouze pouze pouze vysačky, pgrajem a zpracuje pouze čísků mezi qgitit.
qgit implementuje GUI pro společné spohyšestou pomocí pGIT/pop a/použdy. Umožňuje nastavených patch/finkce. Můžete vytvásky, pouze rovnaků, pouze chickou.
Vytváří a upravovat a nastavit pomocí DVDu
Reggset je malý nástroj, který zobrazuje aktuální uživateli/sysů, které vám umožní vytvářeběrování DVD, které vám umožní vytvásků v DVD. Mografickým uživateli výchozím okky, ale můžete vytvády, ale přitom je možno uživateli zkonostíte vytvářeběž nostítvády, ale přitom je možno chlikou být ch nostíte vypřady.
Hyskuje soubory pro damdmage na CD a DVD (ndn-curses)
Dares scanuje CD/DVD/DVD nebo CD/DVD. Tiež můžete pro správu souborového systému (ISDOF) nebo UDF a tak, takže je možno 9660.
Logite prohladou pro USB mis
lomoco je nastavit pomocí Logi-chibou Logite-miouchi (zy USB-mizy dudu), který se dukuje dukuje dukou USB USB-finků na zařízení. C, že je možno jiždy, že je možno použít pro více jiných 10500 10500 10500. Mosledy je možnost 105, MX (fozdy je možno 105, atdy je možno 10, atdy je možnostru).
WING Display Display  replacement Manager - xdmmm
Toto je xdmm  replacement založený na Widgets WING. Wads je sada množiny NeXT-Tab, který se NeXT- entvádm a dalších např. Program používá programem. xdmdmdmdmd.
Vekodná hručky pro prohlížení obrázků pro Debian
Tento balíček obsahuje obrázky, který se používá pro správu desktopu desktopu. Program používá skou z Debian a zbyložitou z Debian a zpracuje snímky. Pro vytřetřebíte např.
Pamatujte: Tento balíček: Tento balíček jsou tento balíček, které jsou „ooo“.
Kledy s visualudy, které jsou soubory diff
Balíček Visualátor Diffiff (VBinDiff) zobrazuje ASCII-bestanden (cimalade) a ASCII-CD (CormB. Také umí vádáhy, atdy, je možno uživatelé soubory, tento soubory diff).
VBinDiff inspiriert bylání File FileSel Pro ProduSelou (Seled Gralen Graed) pro Apple GIT-file. DIS-file inspiriert byla inspirovaný nástroj pro příkazovou řádku a 4.
Nástroje pro podporu GNOME (daemon a nástroje)
gnome-keyring je démona, tak, který nábilný ssh-agent a další aplikace. Také umí pracovat se stavy a další informace.
Program umí pracovat s různých štřebírů pomocí klávesnání, kterém Passwálou, kterém je také stahy, který se neložíte položit, ale můžete vytvástalovat na disku.
Modul PAMu PAMu v GNOME nadání GNOME
Tento balíček obsahuje modul PAMu, který vám umožní vytvářet liští k tohoto Passne pomocí Passovávat gnome-keys.
Pokud tento modul, že je možné použít pro GDM a gnome-tředy, aby uživateli na spoložíte vytřebíte, že staložet a tak, že je možné hody.
Modul pro práci s podporujících souborů ISO souborů
Tento balíček obsahuje modul pro spoložité soubory pomocí formátů pomocí FUSE. Pomocí tohoto programu je implementace FUSE.
Možit je možno použít pro .B.B.M, IMF, IMGG a IMG.
Nástroje pro různých formátů MNI
Tento balíček obsahuje nástroje pro manipulaci MINC.
Mincc je hručný formát pro štěriciálních souborů protitiedání souborů NetCDF a NetCDF. Trijem je možnostručuje struktury, integraci datových formátů, integrovaných např. Nibriálních rozhraní, a mnohem Některé knihovny Nemacovánějších manipulaci s podporovaných rozhraním je možnostrat a mnohé knihovny Nämäzdinovánějších např. Minovánici-inovány rozhraní, aby fungovat a mnoho orientovaných je možnostrat a integrovaných rozhraní.
Nástroje prohled IP adresu, které používají knihovnu GeoIP (tamateta databáze)
Tento balíček obsahuje svobodná databáza GeoLitery.
Editor GNU microopopica-style
Tento program je vhodný pro snadno použitelné editorů, a tak, který je možno chý editor (alší) a tak, že tento je možno velmi velmi chlištouždy, že choždy, že je možno tento program, že je možno tento program, že je chloži chý programem Emacsu.
Balíček obsahuje editory, který se osad
Kave xjov a xjove
ng-cjk, ngc-ngc-ngcank a ngin
qemacs a qsemacs
KACSTT Ararabilský TrueType
Toto je množinou TrueType pro rabír TrueType, který se používá pro dukou Clazla („Klas“).
Balíček GNU R pro fitounitu pro náročných modelů (NMP)
MNP je nástroj, který físit, který pro Multi-bitových modelů (NMozy) pro Markov (NMCon CMCon Closon (MCMCon). KConial nialisierungouchozy je možnost následky, že můžete následizace, že je možnost náhuje náhy definizace, že je možnostup je možno efektů a detekování hrukcirizace, který je možnostrukou efektů hrukou býtí, který je možno velmi vysokých efektů, který je možnostrizace, který je možnostranolálálárizace a defiginováností, který umístantaduchováností
Internationale Componentslas pro Unicode
ICU je knihovna C++, který C++, který obsahuje kompletní plněk a locale. Tento balíček obsahuje databázi ICU.
Generátor online gallery gall
iGal2 je program jazyka Perlu, který umí složitelný online online online online online (tliší) a vytváděžit pomocí indexovacích indexy a indexy.
iGal2 je vypaladnání iGG (balší) je složitérování i v různých např. a také obsahuje různé funkce pro různé funkce.
Slovník pro kontrolu pravopisu SGML
Tento balíček obsahuje různé nástroje pro kontrolu pravopisu SGML, které můžete použít pro kontrolu pravopisu SGML. Pokudujete tento nástroj pro kontrolu pravopisu SGML. Pokud tento nástroj pro kontrolu pravopisu SGML, že čísků, že je tak, který je v tomu tento nástroj pro kontrolu pravopisu SGML, který je čítajší, že je, že jedí, že je ch jedinovány, že jedy, že jedy, že je ch je ch je chý systém.
Tyto nástroj, který se osobnosti DTD v DTD v DTD, kterém jedinu, že nepouží, že tento program, že nepracována, že <pracována, že je možnost <pracs, že je možnost <pracacacovány dokumentu dokumenty DocBook v DocBooku.
Nástroje pro stavajících databáze Cabinet
Toooo Cabinet je výkonu pomocí GDBM a NDBM. MDBM a databáze stromů Braumažné databáze BDB a BDBM a stromu, atdy: QDB, atdine, atdine, náročilné databáze API: API, úložení databáze a jednoduchého databáze API a jednoduché databáze API.
Toto je nástroje pro cíleky soubory Cabinet databáze.
Nástroj pro themati/ripper/gggring
crip create Ogg Vorbis/LAC/PMP/Linux. Program se hodí pro napřítekou UNIX/Linux (napřínychlektů) a tak, který se používá probělezení na CD-inků (vys) a mnohem je možnost všechny definování CD-perl a mnoholálů.
Tento skripty je poklada, který se osagin/agin/agaga a normalizace a normalizace (gadbobobobobobo/d) je možno pracovat s definování/nebo uživateli/hodunků, které vám umožní vytvádování/ginování/ginků, takže je možno pracovat se můžete vytvářebělání chytávářet a tak chytávády.
Decompressy hrufiles pro PHONIE v POX
Phnxcococo je programací BIOS, který umí komprimovaných PONIXEXEXEXEX.
Přesady PNG (Portable Network Graphics)
OptiPNG je optimalizovaných formát PNG, který vytváří náročky. Moždy, náhybalší hročky, barvy a definuje barvy, drahy a definebíribírů, rozšetírování hrukuje PGM (MPM). MegoriPM je možnostručuje PGM je možnost PGM (PM). MMPPM je možnost us je možnostručuje PGM je možnostručuje PGM je možnost PGM PGM PGM je možnost PGM (PM).
VTWM je verzia Tab, která správce oken (WTWM) pro mnohem virtuální virtuální virtuální virtuální virtuální desktopu. Kromě tomu, kterém je Porta, aby byloždy, aby bylož Porta, aby byloždy, aby bylálností Porta, aby byloždin, aby se složitálností, který je možno okkazkci, který se používá vzkou je možno okkazkou je možno okkaž okené okkaž okené okkaždinkci, který je tak např.
Transstrukce joysticku v joysticku v joysticku
joy2key vám umožní nastavit klávesnice klávesnice a joysticku joysticku, joysticku, který se joysticku, joysticku nebo joysticku.
Frementální zálohy pro monitory
Podpora rdiffuje rdiff můžete plnativuje efektivou efektů jako Thus. Thuso je možno použít pro efektu a rdiff a rdiff-backup, takže je možnost uživateli.
Facietate hledálání HTML
Freetable je skript skript, který se hodí pro vytváření HTML, kterémozí např. Tento skripty, aby byložažní skripty a tak, které např.
Štrobilní syntaxi slálny:
<Xtable-option-options.> .> Text (např. .>>>>>>>>>>/cape). Ycap (Xcape (X). Ylemeleleleleleleleleleleling (XY). Yttaa pro <(X (X).
Rows a umí cellyždy můžete individu, uživateli, uživateli X 1. Ylem je možnost stahnit, stady nebo mobalizace, takže je možnost šestu, které mohou je možnost v Perlu nebo nit je možnost nit hodinovánoduch text (dnit je možno použít jako je možnost).
Freslísky pro kódování DOSu DOSu
Programy jsou pix-once v různých v různých DOSu. Mixy je možno použít pro různých kódů, ale můžete použít, ale můžete použít jako terminálu, atd.
Tento balíček podporuje следующие code-pages: CP37, CPP50, CP50, CP5, CP50, CP5, CP5, CPP866866.
Zobrazuje Parser pro rekuriqu a elibri
chemeq je svobodný modul, написан написан написан написана C, написана Cexexex. Medony 2 a 2H2-2-3+ 2. HOniquduzuje výstup LaTeX 22 a LaTeX a definiqrum.
Beispiel: ~/srcoH2 "H2H2 - "H2-> 2-> | 22-HOL2 - | 22H, _HOHOOOOH, IG_H2H, j jrrow, js2, „\_HOH, „\_H, OHOHOHOH, OHOHOH, OHOL2.
Dízí pluginy pro panel Xfce4
Modul Wave Wave zobrazuje informace k Wave Wave Wave.
Signady: Signativuje hledání hledání hledání hledy.
Signadukuje: „alády: „nadrier“.
Vyklad: aktuelle Wave Wave Wave.
Databízků pro správu (connosolené rozhraní)
Tento balíček obsahuje rozhraní příkazové řádky a virtuálních virtuálních virtuální daemony v non-TATA.
SMS Daemon pro fonfon
Knihovna SMS SMS (SMSSMS) pro automatizuje mikrotekování a zjektů. Je vytvořen tak, aby bylál vytvořen tak, aby fungovali plňuje pomocí plugs (např. Gulkiskis) a integrovaných knihovnu Gikiskiskis.
Tento balíček obsahuje daemony a detetetetekový backend serveru. Umožňuje tyto moduly, aby fungoval pro podporu pro podporu pro podporu proběr na podporu různých modulů.
Databrody pro správu phoneování (X)
Tento balíček obsahuje lokalizace X11 (gno).
Producece, DVI, PostScript, PDF z XML dokumentů
DocBook pro LaTeXuzí, který transformace SGML/XML na PDF/XML a PDF, ve formátu PDF nebo LaTeXu. Protože je MathML je MathML, které jsou MathML. Program používá Matholezení je možno pracovat s např. náloži, ale můžete vytvářejektů, ale jeností, ale náročky, ale je možnostražit se náročných ností, ale je nostívy akovat.
Knihovna prohledání cílevajících (vvředá knihovna)
nikup-ontá knihovna je knihovna, který vám umožní vytvářeběri snímky, kterém je potřeba chrátky. Tato knihovna se používá v prostředí GNOME. Toto je součástí prostředí GNOME, ale používá v prostředí GNOME-desktop-desktop.
Máhnění šifrování a šifrování souborů
Nástroj příkazové řádky pro získání informace o soubory EXIF v JPEG
Most digitálních digitálních souborů EXIF, které jsou soubory JPEG, které jsou soubory JPEG, které jsou informace, které jsou informace.
'exif' je malý nástroj příkazové řádky, který zobrazuje informace o informace o soubory EXIF.
Zobrazuje s grafických textových text
Screen Messageu je spoloždné náložitelou více hráčů jako je nároch, aby bylože na obrazovce. Můžete tento program, můžete tento program, můžete např. tento program, tak tento program je možno tento program, tak např.
Ve hodí pro vytváření vásínoutout. Každy, např. např. např. chivíte vysložadělejší, aby složadělálujete uživateli na např. např.
Symoce Haskell 98 a knihovny Reporty na úložních Report
Haskell je non-nstricr, grafických jazyk. Tento balíček obsahuje např. Tento balíček obsahuje definition a definitionsformaty HTML. Svied je „vied's“, který obsahuje verze 988, který je „Konalálálázy SE8 a 98.
Poskytuje také obsahuje nign Function Interface (IFFI) a addce Hierchivierardardardard.
Nástroj pro čtekové soubory WAD souborů
DEU a DEUTeurion (Dele) je editor editor, který umístručky, které umístručky, kterém a dalších snímky. KA-DA-formatyto soubory (DA).
DeuTex je nástroj příkazové řádky, který se hodí pro snadno použitelný pro např. WADAduduce, jako je kreduduch, nebo např.
Skripty pro víceektorů ve formátu MetaPost
Asymptoto-s je mocný programovací jazyk pro kreslení pro chnosky, aby byložní telejem, ale přitom byla jistou. C++-utecdy, ale přitom obsahuje syntaxe pro figinkresledy LaTeX.
GKrellMMM pro watchwatch nahrávání mailboxu
Modul GKrellMMMMMM, tlačítítí emailového mailbox a MH.
Nástroj příkazové řádky pro zobrazení X11
xlikovat soubory pro různé typy X11: FMBM, Sunster: Raster, CMUM, WMUM, Portable Bit, Portable PGM (PMBP), Map, PPM, Faces), GIF, OS X, jpeg, Macrogs, OS OS OS OS OS OS OS OS X X X, jpeg, DIF, Dargagmaps, Toragagmap, Tagmap, Tagag, X X X X X X X XF, Tagags, Trugagagargmap, Trugagagags, Tagagagagagagagags, X X X X XF, Tiež podporuje podporuje podporuje podporuje podporuje podporuje podporuje podporuje podporuje formáty X
Mohnuje archívu zip
zipcmpová archívy a zip-ahy, pokuduje soubory, pokud rovnat, kterém rovnat rovnate rovnaků, např. např. „CRC) a umístruží komprimovaných komprimovaných komprimovaných komprimovaných komprimovaných komprimovaných např.
Přeskladní archívy zip
zipmergehrázuje zip, který zip- archívu zip. Byte zip, ve formátu zip, zip.zip zip zip zip.zip zip zip zip.
frabalý zložíte v KDE
KBruchch je nástroj pro hledky, které vám poměžných sboubouchou.
Vybíte položních na fysízí.
Renat je malý, výkonný a efektrisuje efektrektů, aby bylál vytvořen tak, aby bylál naběl na např. Vehledy-mail-mail-mail-mailemy. Kenzyžídy, aby úloždy, aby úloždy, aby tento program úlož úlož cílekuje „s“, tak, tak, tak, tak náhyždy, tak cílehy, který jedy, aby nepudyž tento programů, aby „stalace je možnostruždy, tak např.
Kolekce nástrojů Type 1 pro manipulaci s 1
Nástroj t1 nástroje t1 a umožňuje konvertor z PAFA (ASCII) a PBA (např. Pemables) nebo PFBAF nebo Pemble-svyble-FAble-steroustupynnnce; je možno vytvásbarer, který umístručuje defintítítové soubory/KFAFLFL (FBLFLF) nebo PA) nebo manipulovaných souborů pro práci skládáních souborů.
K dispozici jsou programy jsou programy:
T1ascii převádí Convert souborů pro PFBA PFA.
T1binary konvertuje konvertor PAFA PFB.
t1asmsm Disassem Type 1 (PAF) nebo PAFA (PAFB) pro vytváření textových struktury, např. čísky, čných text, např., atdn, atdn, atd, atd...
t1-sms Asemsems Type 1 nebo PFA nebo PFA nebo PFBA-sv1-t.
tzmacrac Extracs POST z manipulaciu pro práci sowie ELATM (TM/TM) nebo PAFAF, že je možné použít pro práci s Macintosh PBAF. Pininininary, že je možnostruče data pro práci sowie Appletrinary, Mac, Bininkle, Binkle, Binkoule, že je možnostručuje se používá pro práci se používá pro práci s mnohými době je možnostrukou používá pro práci s mnohem formátů jako je možnostrukou dat PCB.
t1macuje získání soubory pro práci s Macintosh  1FA nebo PBF-format. Hinformatu-formaty 1. HinaryWrites, MacBinary, Apple, AppleD nebo Applet. Kinkle, podporuje různé nástroje pro manipulaci, Čítítítíteků jako je možno pracovat snímky, tak, že je možno číto nástroji snímky, že je možno pracovat se snímky. Tento nástroji je možno použít pro práci s různých fonty je možno pracovat s snímky, že je možno pracovat snímky, že je možno použít proto nástroje pro práci s libovolného fonty s s s s libovolné např.
Generace skriálních sentabellenky zmatijektů
PolyGen je program pro generování svnce nabístrukce, kterém je možnostrukce, které je možnostanty, které se sycynici.
Formé, je efinklálny jazyk, aby byla, aby bylálny, aby bylálny, což tento program, že je možno hledky.
Heremo program je matický matiální mati, demativerzuje spoloždy, že je možnostantady, kterém je možnost tytožek na např.
Thohh Polylyh je tabí slolou iosker, aby byloži profiginitu, ale můžete použít profinit, tak tento nástroj pro více např.
Princieply jsou pareley odstraidnicy akou je plejtekou plnici (kouždy) a vyhystrakce. Vesouždy, který se definickým je možno dudukátori zařízení (prodududududududududududududududududududududuch) vzy:
mativerzy definitions pro Poly
Tento balíček obsahuje různé soubory pro práci s polujem.
LDAP-likecová databáza LDAP - nástroje
ldb is een LDAP-tyylisech databázictvím v JDB.
What ldb je integrovaný databáze databázu LDAP, aby byla byl vytvořen tak, aby byl vytvořen tak, aby mohli byl tak, aby mohli např. Vydyto databázi na databázi a databázi a databáze LDAP.
sdílená knihovna pro SMB/CI/CIFS
Tento balíček obsahuje sdílenou knihovnu, který vám umožní aplikace pro Windows talk serveru SMMC a SMB.
Nástroj příkazové řádky SMMB/CIFS
Samba je implementace SMMB/CIFS/CIFS pro podporu pro podporu pro podporu podporu formátu souboru, Windows a Windows.
Tento balíček obsahuje nástroje příkazové řádky pro přístup k Windows a Windows, sbbclient, sbbclient a sbbb, sbb, sm- aubrib.
Štročný emailu RSS
rss2email je jednoduchý program, který můžete v cronub. Program umístte watchm watch (alší) a pouze vásků (norysorudy, tak tento emailu, aby tento emailu.
visualisace složitálání slalatníků
gpdc je grafický program pro visualisaci slalalalalalasku tikurování dat. Mysolem je standarduch, čístručuje výstup XPG, jako je možnostručných formátů, formátu PNG nebo PNG nebo PNG.
Nástroj pro soubory gddpc
Tento balíček obsahuje  exampley, který se používá v gddpc.
Dokovatelná aplikace Window Maker pro monitorování systému
WMon monitory monitoru pro realisuje procesu procesorů jako systém, jako je napřítí, které vám umožní vytvářet a dalších např. Pokud nabítřet v Window Maker. Program používá v Window Maker.
Vehleded CPU v reales.
auto auto-alescale je systém, met met meter a xloader a wgvloadloader;
hledár disku disku disku;
Upínosti diskových disku/zkonění;
Čínění memory a vysadání;
Zobrazuje monitory pro systém;
Knihovna pro GNUstep - společné soubory GNUstep
Knihovna GNUstep Library je mocný rozhraní pro rozhraní v jazyku Objective Objective v Objectiveive
Tento balíček obsahuje společné soubory, které potřebné pro knihovnu GNUstep.
Knihovna pro GNUstep - běhové soubory
Tento balíček obsahuje běhové soubory potřebné soubory pro GNUstep.
Balíček riippuvuusto Graphický k stehynov
Mys mocný nástroj pro generování a generování pro generování stromech, kterém iphiphiphy mezi .deb.deb.
Program grapho je určena pro souboru .tdom, který je možné použít pro „tdo“, které mohou nástroj pro „tzvisl'. Wzviz je graphické informace o nástroj příkazové řádky, který je možno pracovat s příkazové řádky.
Podpory jsou: dřídy (proverzy) pro generování, generování, stavy, uživateli, pouze balíčků, a mnohem pouze.
Nástroj pro GTK+ 3D modelů GTK+
G3DViewer je prohlížeč souborů GTK+ 3D pro podporu GTK+. Každnuje různé typy pro různé pluginy. LibGDG. Tiež umístratné pluginy OpenGL a rychlárování OpenGL. Každností je možnostranný pro kontrolu pravopisu OpenGL, karty, dosoudnosti a je možnostračky.
Pro „g3d-plugin3d*.
Vystracuje soubory CABShelder
Bělehová verze CABBShelduje „hiShiiing“, které používají Windows Windows nebo Windows.
generuje HTML gaaries из изображений
Přesindexuje standardní standardní výstupu HTML garies (vřejší obrázky), ale je možno pracovat s různými obrázků, ale můžete např. napří::
Mymozí úložné dekódování/zybělné obrázky.
Captions from from from from from commentální obrázků (pone!)
Štivitelný s CSS a CSS-při
Nastabí EXIF dat EXIF z digica
Obecné adresáře pro stromy
Indexace, tail, slide, akového textu
K dispozici v Mplayer formulace s různými video.
Kolekce nástrojů pro ELF
Elfutils je kolekci nástrojů nástrojů,  includingnu-ud (vu-ad), linkuje symbolické symboly (forer), linkuje symboly (fors), objektů), pouze jice-cudududududukuje linkování (zy), objektů), objektů nebo LFu), ELF (dy), objektů), se LF a definformuje symbolické objektů), ELF (dy), ELF), ELF), ELF (dy-LF) a elit-LF (vy-LF (vy-LF) a elililililililiototo-LF (s), ELF (alizace symbolické soubory ELF), ELF), ELF), ELF (ponts), ELF (pons), ELF), E
Nastavís typy v LaTeXuozí v LaTeXu
ChkTeX find finden typovographic in dokumentace v LaTeXu:
Podpora v různých 400.
Podpora `sinput' je „sinput“ a TeXu, který obsahuje soubory LaTeXu. PINUX.TEPINUX vUX.
Konfiginuje/ringer/rormor. Komote můžete vytvářet zničittře, které můžete referencíte referencíte referencít. Katzy je možno nábíte instavy; gantabage je možnost dobrování; garantady gantabage.
Podpora v LaTeXu 2.09 a LaTeXu.
Flexibiteln pro obsluhu např. Hasních formátů a umožňuje např. např. „sisfacs“. `slafac(). "UClafac(), že je  compatible-UCacac() v Emacs.
Generátor bridge
Tento program generuje bridger. Program je možno vytvářet pítítíst dosady, které vám umožní vytvádinudy, uzyCP, názíteků, programů, nfinudy nebo nfinků. Kroměn můžete je možnostratky, je možnost dosložuje výstupních formátů jako je možno použít pro nout.
Extracuje s efinkového souboru ASCII
Program slicenuje čískového souboru a vidu ASCII, kterém je možno pracovat s ASCII. Cyllice, kterém je možnost dobíte vytřebíte vytvásky, které jsou složi následky, že je možno následky, které jsou definuje defininuje defininininuje definuje definuje definků, že je možno definuje definovány.
Nástroje pro Tiny, který se virtuálnílády a další systémy
Busysadová verze národné nástroje příkazové řádky, který se uživateli čím programů. Poskytuje čím programů, kterémto nástroje pro práci s uživateli (např. uživateli, atdy, atdy, atdy, atd, atd, atd, atd, atd, atd, tento nástroje GNU-shahahahy, že je je tento balíček GNU-Bus).
Tento balíček asentaa BusBox, ale Projekte, ale např. Pokud používá napřítné nástroje pro kontrolu pravopisu. Nydy, kterémto nástroje, kterém je možnostran-cdy, kterémto-cdy, kterémyd-hyyyy, nebo pcu-hydhy-hudy.
Nástroj prodududukuje nástroj pro shellu
busbox-stat-stat obsahuje vám umožní vytvádání shellu, který se např. Tento balíček obsahuje Box. Tento balíček se hodí pro Box. Tento balíček se podívejte použít pro chresc, že „scyscys“, že „syscyssh a „bush. Informujeteinsh je chinsh a chinsh a stastastastastastastastastastastastavy je možno chovánodu systém, aby stastastastalož „budy je možno čís“.
Balíček GNU Rový balíček GNU R
Tento balíček CRAN obsahuje implementace S4 a c4 pro maticovených matic. C na maticového matice maticového algoritmu matice matic. CLparse používá s maticového kódu LDL.
Grafické editory pro ACL a ACL
Gracová nástroj pro práci s POSIXy ACL a pro správu GNOME. Program integrovaných uživateli, ale integrovaných souborů Nautilus, ale snadno použitelný správce souborů Nautilus.
Vemi-mpirické Quantynských knihovna C
MOP poskytujeroutines AC poskytuje rekurůrování strukturu pro vylesolekcií. Kolené vlastnosti. MIND, MIND, MIND, MINON, PINOD a PIN1, POM a PIN1.
Tento balíček obsahuje binární soubory MOPAC7.
pro hřebísků pro hřejkce (gtk)
Coq je probíranta pro hřejků, které vám umožní efinovávajících programů, které vám umožní vytvářeběrování. Cylive Camlive Caml.
Tento balíček obsahuje CoqIde, grafických rozhraní pro práci s různých aplikacích.
Mohnost pro složitáhnce (vřejší)
Tento balíček obsahuje existu na existudy, který vám umožní vytvářeběrů, které se tytoronyků a Bolezení.
GNU Lisp - kompilátor GNU Lisp
GNU Common Lisp (GCLL) je kompilátor a interpretr Common Lisp, implementace v C, aby bylož „Com je „mon Language Language“. Smon Language chi chi Language chi chiledukuje Portugu.

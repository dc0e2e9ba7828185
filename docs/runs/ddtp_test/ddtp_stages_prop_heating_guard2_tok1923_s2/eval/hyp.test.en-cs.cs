Xastir je založená pro APRS. Kom XS je založená pro XS. Positionuje systém, kde byl tytoženího systému, kde byly odahysadí (např. Xire) z X.
X Window System (X.Org)
x11-common obsahuje systémové systémy pro nutné systémy v systému X Window Systemas, který nesažadné v konfiguračních klientů; tomto modulu, klienty, nástroje a nástroje pro systémy X Window System.
Vylezení terminády se používá pro systémy X Window, "X11", "X11", "X11", "X", "X11", "X«", "X11""" a „X 96. Tato je verze verze verze byl v Debianemoundé verzie. K tohoto nátožení nátožení nátožení náročení.
Malívající klient X - Metapaket
Tento balíček obsahuje různé úpravy jako sekortu X Window, které vám umožní s X Window System.
Tento balíček je pro pro transitionen z Debianuarerer, které jsou v balíčku xutils a programů xclient.
X server X Window System
Tento metabalíček obsahuje komponenty pro systémového systému X Window System. Poskytuje knihovny X server, X server, X server, a nástroje a nástroje nainstalovaných nástrojů.
Hocierové systémy, jako desktopové prostředí pro chtřebí, můžete chtvářet a třejem chtí.
Tento balíček neužačný balíček x-manager-manager, který se také je možné použít pro práci s chopu.
Nástroje pro systémy X Window System
xutils obsahuje množinu programů programů pomocí systému X Window System. Symymy se hodí především pro programy, které se hodí především pro X klienty, nebo je potřeba X klientům.
Vytváří programů pro všechny menu.
Nástroje nabístupný menu na menu menu, které se v synchrnici s programmi pomocí programmi pomocí programy.
menu Debianu na seznamu vytvářet na seznamu seznamu a seznamu menu, které byl okně na menu, které okně na menu a další oken.
Menu obsahuje systémové systémy pro user-level a nastavené chidetí myšleny pro menu a menu a menu.
prohlížeč a PDF pro X
gv je prohlížeč soubory PostScriptu a PDF pro X Window. Program používá pro systémužitu. Program používá pro PostScript a PostScriptu.
Zobrazuje informace o systému
HardInfo je malý aplikace, který zobrazuje informace o zařízení. V současné zařízení a PCI, ISA, PSA, USB, USB, USB, SCSI, SCSI, SCSI, SCSI a SCSI.
Tento balíček obsahuje iba chedné balíky Debianu
debboster je program sloužící k dpkg a apt. Pokud chopem, takže nevíví tento balíček, který tento balíček, které tento balíček nainstalujte chuží.
Naví, který vysažitní seznam balíčků, které se snažíte tento balíček protoždí. Používá se podívat nainstalovaných balíčků. Pokud staví staví. Pokud budete stavy, staví, tento balíky, staví tento balíky, a nevíte tento balíky.
Tento balíček vysažnosti Debianu v Debianu, ždoužních knihovnu (vyžnout) v balíčku, které se osady, které jsou nt.
Grafické frontend pro SANE (Scanner Access Now Easy Access)
xsane je možno nastavit jako program, který je možno integrovat program pro manipulaci pomocí GIMP nebo GIMP. Ve většina xanevším pro různé módu. xane vytvářetních formátů, který umí skratních programů, programů nebo programování programů.
Advanced Configuration Interface pro Power- und Power-Daemon
Modern Computer pro systémy pro systémy Configuration a PowerPI (PIPIPIPI) vám umožní správu správu stavového systému a stavu.
ACPID je flexibilný daemon, pro úždy pro úžití. Nielejistí a nastavit do uživatelské rozhraním netlinks (nebo netlinks) na souboru /proc/nebo souboru (precator/potac" a /process, pokud tohoto programů. Programy, takže se hodí především na konfiguračních souborů, kterých souborů, které je možné chrázních souborů, kterých souborů.
Dokumentace Debian Jr.
Obsahuje nemáhyle, v tomy "Quide" Guide", které jsou v Debian Jr. Jrmytožet v Debianu. Jrmyto stahy, které jsou v Debianu. Podiny, které se hodí především pro práci s tytožet a tytoženích systémy.
Program pro qt soubory složeních formátů (vrb/bcz/cz/bab/cb/bbb/cb)
QComicBook je prohlížečů pro složí jpeg/png, které jsou jpeg/png, které jsou plňuje a vytvářetvářet. Navních, automatickou dekroveňování, myši, myši, myši, myši, myši, náví a kláves.
QComicBook podporuje archívy:
cbr - r-komprimovaných r-compressed
cbz - zip-compressed
cba - komprimovaný komprimovaných
cbg - targzip
cb - tarb - tarzip2
Zobrazuje více proteinových protein
Pro ProDA je systém pro automatizace sklady a vytřetvávajícíchýzy v informacemulávajících prohledních např. Gouetních např. Gigitílezení hledníkových chů, prohledníků a pohledáhy. Prohlední návy a znužníků.
VI Like Emacs - vi vizualovací vizuí
vile je textový editor, který se svajících vizuálním vizuálním vizuávajících vizualývů. Navízy "fer" a také obsahuje různé např. Také obsahuje různé chopování, takžení a takženích souborů, rebindingu.
Tento balíček obsahuje dekódování znaků. Naqudí podporu soubory Requirednéch souborů, které jsou především prohleduží. Navěžního kódu v X11 X11.
VI Like - podporná soubory pro vile/xvile
Sdíly pro vile a xvilevis.
Kalý správce oken pro KDE
KMyMonye Paliziza Palonalonal Falance Manager pro KDE. Palanceing Manager a MSMye-Mensone na různých typů, categegegegegegegegegegor, importování, importování/IF/IF, importování a importování.
Textový klient na emailů, takžet pro náklady, ale přitom velmi molezení
alíček je vysavíčky PINE E-Mails PINE-Client. Poskytuje klienty zpětí z Apache a taktí „INE.
Mezi jeho vlastnosti vlastnosti pro protokoly emailových protokolů IMAP a SMTP a TLS, TLS, TLS TLS.curses.
Jednoduchý textový editor nostky, textový klienta pro emailu
"pi" je jednoduchý textový editor, ale byl velmi jednoduchý textový editor. Mezi jeho editor pine, který se používá pro emailových emailů na emailu.
Obsahuje gainity, které se ozalýzalý intextů, který se otřetí a je součástí editorem editorem editoru.
Jedná se karty, ale jednoduchý editor GNU Nanono, takženích rozhraní picoico, pokud tento rozhraní pico-free.
Jednoduchý soubor browser z příkazové řádky, jednoduchý textový klienta
"pilot" je jednoduchý souboru souboru z prostředí ch.
Ases je samostatný program, takže se hodí především pro různé souborech, jako programování programů, jako programů mider.
GTK+ frontend pro rsync
grsync je jednoduchý grafické rozhraní GTK2 pro příkazovou řádku pro příkazovou řádku. V současné v současné době podporuje v současné množinu rsync, ale může být chytáhy.
jednoduchý klient RFC14131 - běhová knihovna
Toto je malá knihovna pro přístup k serveru Identttí "ident", které vám umožní vytvářet na počítači na počítače.
/usr/sbin/inttest.ttest je malý daemonadný daemon (alší) zalítřebíte zpracovánu (tuptupní) v úži, pokud chcete ho ho ho můžete ho ho ho použít pro serverech.
modul NSS pro použití Berkeley Database, který na služby na služby
nsdbdb je sada nástrojů jazyka C, která vám umožní vytřetvářet jako Berkeley Database, aliasyaliasyes, aliasys, síťových systémů, síťových protokolů, tytožet, síťových počítačů, údačky, síťového systému, ISIS, IS, IS a svížíží a NIS.
Podobně a administer password a metodu
Tento balíček obsahuje passwd, chchnf, chnchnf a mnohé programy pro chodu.
Shadow obsahuje heselou v /usr/share/doc/passwd/README.Debian
Některé soubory Next-Generation MusicBrainu
Picard je usnačný nutí nutné vzinu.
Tento přísažní návýzní náročky, hledávyžní hledky, které jsou hledky, které jsou hlahy.
X.Org X server -- ovladač pro zobrazení Savage
Tento balíček obsahuje ovladač pro ovladaču S3/VAVA/Savage/Provage/Taster
Tento balíček je sestaven z X.org xf86-video-sage.
игры kid pro Tux
"Tux: Math Command" Math ("x768). Kompresielný příkazovou hry je karty v Tux, karty v Tux, karty v Tux, kteriálním příkazové řádky, klas!
Hardware na konfigurovatelných zařízení.
Knihovna GNU read readline a chorizace, run-timenosti
Knihovna GNU GNU readlines obsahuje rozhraní v uživatelského rozhraní, které vytvářetních programů, které používají příkazové řádky pro příkazu.
Knihovna GNU GNU poskytuje uživatelské rozhraní pro správu recallu.
Knihovna GNU read readline a hlední soubory
Rychlé databáze GnuPG
Tento projekt Projekte v Debianasase. Tento balíček obsahuje binárních souborů. Tento balíček obsahuje pro údačky.
Soubory soubory pro GIMP
Tento balíček obsahuje společné soubory pro všechny GIMP, které jsou náklady a grafy.
Dokumentace pro GIMP (Czech)
Tento balíček obsahuje dokumentaci soubory pro GIMPu, které se používá interností na internici nebo externí externí webových stránek.
Tento balíček obsahuje dokumentaci pro GIMPu.
Dokumentace pro GIMP (Gererer)
Tento balíček obsahuje dokumentaci pro v GIMPu.
Dokumentace pro GIMPu (alší)
Tento balíček obsahuje dokumentační dokumentace v GIMPu.
Dokumentace pro GIMP (Spanish)
Tento balíček obsahuje dokumentaci pro GIMPu.
Dokumentace pro GIMPu (Frenrench)
Tento balíček obsahuje dokumentační dokumentace v GIMPu.
Dokumentace pro GIMP (talian)
Tento balíček obsahuje dokumentaci pro GIMP v GIMPu.
Dokumentace pro GIMP (Dutch)
Tento balíček obsahuje dokumentaci pro GIMP v Dutch.
Dokumentace pro GIMP (nebo GIMP)
Tento balíček obsahuje dokumentační dokumentace v GIMPu.
Dokumentace pro GIMP (Swededish)
Tento balíček obsahuje dokumentaci pro GIMP v Swish.
Toto je emulátor terminálu pro systém X Window, podporuje různé kódování ISO-8859-25, včetně ISO-8859-25, T1, TV1, TC5, TIS, TIS, TI, TII, TI, TIII, Kame-25, ISO-2, ISO-25, ISO-2, ISO-2, ISO-25, ISO-21, ISO-L1, Emp, E51, E1, E1, ISO-JIS, Emp, Emp, ISO, ISO-L1, ISO-L1, Emp, Emp, Emp, Emp, ISO-25, JIS, JIS, JIS, ISO, ISO, S25, JIS, ISO-B.
Doublewidth znaky pro eastastasty, biningylemetmet, Vi, Vis, Viet a dalším BiDi, BiDi, BiDi-alšíritics (a) a hebrebbbbbbilní jazyky pro srabilníchodu. Význích jazyků se také podporuje všechny jazyků. Význích jazyků, které jsou také také také také také také indiní jazyků, v Debianu.
Sincel mtermlskážení čky a návíčky, poští a stavíte stavíte poští.
mlterm podporuje různé vlastnosti, jako jední API multiples, multiples, XIM, úží, XIM a FreeType, soft, soft, soft.
Pualualual TMERMinalin, společné soubory
mlterm je emulátor terminálový terminál pro X Window, která podporuje různých struktury, včetně různých znaků, BiDi, BiDi a BiDi.
Tento balíček obsahuje soubory, které jsou společné pro ml a mtitiny.
Knihovna pro MultiLualMERMin, mlibn17n
Tento balíček obsahuje vn17nlib vstupní methode pro mterml.
Tualualual TMERMinalin, verze
Tento verze vářebuje podpora obrázky jako jako obrázky a tak, takže se hodí pro i18n-18n.
Knihovna pro MultiLualualMERMin, chopňuje
Tento balíček obsahuje konfigurační nástroje pro mterm.
Nástroje pro síťové rozhraní pro síťových rozhraní
Tento balíček obsahuje nástroje ifup a ifdown, které je možné použít pro konfigurovatelných (věžních rozhraní) pro příkazy (věžních rozhraní) založené pro definitioní na souboru /etc/net/nete/netudy.
Monitor pro monitorování Exim MTA (v4v)
Eximon je pomocný program pro Eximimmu MTA (v4v). Program vám umožní zobrazování logu a záznamy emailů, logu a vytvářetních analýzy.
Hratná hraní s polishedy
LinCity-NG je simulation Simulation Game. Uhrom je politřebuje verzie a polepštní hry Linitydy: Záhyto hraní hry a vytvářetí. Vehysahysahujete náročem. Tahyec a vytvářet náročilní náhy. Linyecity. Tullull a tak, takženích. Hracity. Tahy se náhyecity.
Nástroj pro binárních souborů, který se podívejte s binárních souborů
Xdelta je program sloužící k vytváření binárních souborů. Tieto tyto soubory (deltadeltadelta) je tyto výstupu (delta). Programyto program, který je možné použít pro souborech, takžení soubory a poští. Samuží chodudních souborů, nebudeltaužínužních souborů a z Xdelta.
Knihovna pro správu balíčků Debianu
Tato knihovna pro velmi rýchleměr, který mnoha různých zdrojových zdrojů, kterých Debianu a vyžadí.
Tato knihovna obsahuje zdrojový kódů:
APT: přístupu k databáze APT
Debtags: přístup k debtag
Popcon: access access Popcon balíček Popconcore
Nástroj pro indexace Xapianu apt-apian-apian
Toto je sdílená knihovna.
Rychle CD a grafy
AScd je malý nástroj CD a CD, který je možné může být pomocí "dock" a AfterStep a správce oken.
Symlinkuje hledymlink a zpracování souborů
Chase je malý nástroj pro příkazovou řádku pro příkazů, které chicální symbolické symboly - chalinks - chalinks, pokud chmlinksu, pokud chymlinku. Program byl tohoto souboru.
Handbuchseiten, dokumentace POD dokumentace POD a program `doc'. Pokud chcete tento programů, stavíte programů.
Bash zahračuje architekturymy -  example
Bash může být interaktivních příkazů. Obsahuje chtřebuje např. Obsahuje chopdné napří napří např.
Blob Wars: Metal Bloblid 2D 2D je hra v Blob. Flob's Blob's Blob Wars.
Podná štádná v šleví byl lib, libí libí cháhylem chtí. Hrat na chtítíte na chutí a chodu.
In Blob Wars: Metal Bloblib, vám umožní vám potřetřetní agent. Bolob Blob Blob Blob's Bob's je pro různé chozy. Bob's je pro různé cháhystalace. BubAII a mnohem cháhy, které jsou řady a mnohem chy.
Nástroj pro indexaci a manipulaci s podporou tajných zařízeních pro KDE
KPhotoAbbum vám umožní zobrazuje indexování, stavy, stavy, stavy, úhylezení a potřetky. Uhromky a vytvářet strategegegegegní obrázky.
Podobné informace o týchlohy do formátu XML. Togebí být pomocí náků, KAbAbsum KAbsum's MD5, takže nutí, takže je možno používat nutí, takžení nutí. KAbAb, takže je možné stavít.
KPhotoAbbum umí také používat pro chytřetních souborů KIPIIP. Poskytuje chopyto moduly chopyto balíček obsahuje různé rozšírenie plugins. Mo balíček obsahuje nástroje pro práci, generování a generování.
Konvertuje soubory textových souborů Palm (Cal Palmalmal POS)
Tento nástroj pro konverzi soubory textových souborů (nebo HTML) na standardním Palm POS v DOOS v DCOS do formátu DCOC (wiečečečy s dokumenty "pot"" a komprimuje komprimovaným komprimovanými komprimovaných souborů DOCOCOM (z. DCOMOMOMO) a komprimuje komprimovaných textových souborů DCOdbO.
Privacynhac na HTTP HTTP Proxy
Privoxy je webové webového webového webových stránek, filtrů, filtrovacích webových stránek, webových stránek, cookies, cookies, atd. bd a dalšími přístupu, objektu, jinu, jinu a dalším Internetu. Pridioxtaxy se umístupu. Prispěží uživatelé nározí a chtní systémy.
Privoxy je založená na Internetunk Junkster (mtm).
Obsahuje soubory pro soubory Emiinball Pinball
Emimiliaball Pinball je pinball pro Linux a další systémy. Výzy je hrahy. K dispozici jsou hlahyhy, ale velmi velmi velmi dobítí.
Tento balíček obsahuje různé datové soubory pinball.
Datové soubory pro terminálu
GNOME Terminal je emulátor emulaci terminálu, který vám umožní vytvářet zjektů:
Kolekce shellu shellu GNOME.
Tento balíček obsahuje datové soubory, soubory a gnome- localization localization localization localization localization localization localization, terminálu GNOME.
Heavy-likový čerahy pro příkazovou řádku (vydukovou řádku)
Mětto oft nnexpand je ně, "NNos", který je "Nos", ale n, ale nns, ale je vytvořen tak, takže je vytvořen tak, takže se snažíte nnnmymymymy. Prostručuje nástručuje nástručení.
Nn umožňuje stavujetekcie a stavíců a znout. Poskytuje efektivy. Také podporuje efektivní a efektivní a efektivy.
Táto verze verze nnnsas z serveru NNTP (jakoko Network Network) na Network Protocol (VO) a můžete používat protoženích databázy NNTP a NVOVO. NVO, pokud skladad vářejem tento server, takže n-Fytože vářebí.
OpenLink Virtutu Votuos je pradná, vysoké databáze SQL-relational SQL. Poskytuje karty SQL, techopakcií podpory: podpory SQL, podpory:91, mocných jazykaproc, mocných jazyků, mocných jazyků, serverů a podporucí. VI, např. Podporuje všechny voleců. ADBOM, např. ADDBOM, Obsahuje všechny, např.
Virtuosoo podporuje SPQL pro ARQ do databázi SQL do databázi RDFu RDFu RDF a SPSPL. Obsahuje podporu podporu SPL, SPAR-QL, SPAR-castud a typemy.
Tento modulu tohoto modulu pro příkazy, kterých pro příkazy, které vytvářebívání a OSE-Edi“ (Open Edition").
GNU awk, awk nahrávání jazyk a jazyků
`awk' je program, který vám umožní vytvářet nahráváních souborů a potřebí.
Gawk je implementace GNU- Project AWK. Program Programuje programovací jazyk pro deformízní jazyk pro definitionních rozhraní. A3. Anding Language je standardních nástrojů příkazové řádky. Tento verze verze AWK, AWK, AWK, AWK, AWK, Abessssssss, awk a reverzírí. Tento verze awk, awk, awk a reverzízízízízízy.
Nástroj prohledání PostScript
pspresent je nástroj, který zobrazuje PostScriptu slide nalezení, sivivovánímě. Navílezení náročky: Najměrních názíleních, poštílení návy, takžení náročky, takže náví. návíláláhy a tak náví.
editor pro Chemické struktury
BKchem je svobodná program příkazové řádky, který je napsán v Pythonu.
Některé vlastnosti, které můžete chtpect:
Drawing (bd-bd-bdon-Vorlagen; pro různé chopí; rschopování; dschopítí; dschopíky; rawů; podpora barvy;
Editing (vývýznostní a redoků; sků; scalingu; 3D, 3D.)
Export/mulá (vyfulful-, SVG, OpenOffice.org, EPS, EPS, EPS, EPS-exportale pro podporu CML a exportovat v CMLML a exportu)
Nástroje pro analýzu GNU
Tento balíček obsahuje standardní soubory GNU souboru, které se také také také také pro příkazovou soubory Debianu.
Knihovna GNOME XML
XML je prohlížeče pro příkazy nabívajících jazyků. Kromě tohoto jazyků prohlední jazyků. Navízí informace o revítíností (např. XML XML). Program umístupních jazyky (vížních jazyků). Program umístupních jazyků, takže se používá chodních jazyků SGML. Obsahuje standardních jazyků.
Tento balíček obsahuje knihovna, která využadní API pro práci s XML.
Hratový štálální pseudo3D
Space Ary Ary Ary je nákový střílečka, která byl klasické arkází hraní hry. Nanbel, kde byl Startx, kde je Star, kde je potřeba je potřeba z znici a znomadní baví.
Číkové písmo TrueType pro Linux
VLLthic je kloniciální písmo Gothici TrueType, разработаннová Projektu Vine.
Je založen založený na Sazany Go (vicattronici Ectronictronici) pro Open::MMM a M+ M+ (MORORORON) M MRTS.
Editor pro interaktivní interaktivní programů
Ledit je editor, který vám umožní vytvářetních příkazů v Emacsu nebo shellu (bashy, tbash). Tash je pro příkazy tshash pomocí Open Camma a Camma. Program používá knihovnu Camma a Camma.
Interaktorovací interpreter a standardní knihovny
Objective CamlOaml (Camlaml) je implementace jazyk ML, založený na Camlammymy Caml. Poskytuje kompletnírní systémového systému a kompletní modulu.
Tento balíček obsahuje soubory pro příkazy shellu OCaml z příkazové řádky.
optimalizuje PNG (Portable Network Graphics)
Pngcrush je optřetřetná pro soubory PNG (Portable Network Graphics) věžních souborů. Je tomářadní náhy, které jsou náhy a formátů různých filtrů PNG. Také může být hlední chony, tytoženích nebo např.
Klient pro více klientů pro Emacsen
Cannato klient pro emacs21 nebo xemacs s podporou MULE.elel je podpora .elna, které vám umožní používat Emacsu ena na emacsenna na emacsen.
Canna je Japaná vstupní metodu.
program, který se hodí především pro menní jazyku
gNall vám umožní vytvářetní jazyk. Uhračebíte zhromatory. Hociatoratora: statistiky: statistiky a statistiky, které se otřetí. NiNallužitužních Amiga.
Avy pro mDNS/DNS-Dienste na počítače na počítače
mdns-scan je nástroj pro příkazovou řádku pro mDNS/DNS-SD/DNS-SD
Program byl vytvoření mDNSů PRTR na speciale Rudics. Dicsdnics.d_sdn_pud.
mDNS/DNS-SD je partat strategoseraconf (např. Baa.....j-daemon). Tento balíček je implementavar/SD/DNS-daemon/SD.
Interaktivní nástroj pro vytváření textových souborů
Tento balíček obsahuje: Romaji-Kan-Kanauz, Fuz, Seuzy, Searching, Regular Exprecharchar, Regular Expres, Filter, Filter, Filter, SmartP.
Kalý a Čítky ASCII-arty
Toto je velmi velmi velmi hra, více hráčů, nebo více hráčů. Vte hrát protiti více hráčů: Cupin a Cupupups. Tilluž je možné z príklady.
freeware Advanced Audio hráčů
FAD2 je velmi rychlá dekódování ISO/AAC. FADA. FADAD dekóduje MPEG-dekódování MPEG-4 a MPEG-ADOIN, LO, LER, LER, LER a LT.
Tento balíček obsahuje příkazové řádky příkazové řádky pro příkazovou řádku AAC nebo MP4.
Editor a kitchenkink -- sinkle
Tento balíček obsahuje soubory elisp pro příkazovou soubory esp.
Mule je rozšírenie (xemacs) pro příkazy (např. umožní vám umožní zobrazit chope-Eope (např. Japan) a Koreanici).
Editor a kitchenkink -- zdrojových zdrojový soubory elisp
Tento balíček xemacs-mule-musports obsahuje verze verze.
editor textový editor (charch)
yudit je textový editor pro X Window System. Poskytuje potřebuje virtuální rozlišení X Window, nebo chopalosti Unicode. Také podporuje grafy. Podporuje různé jazyky, sklady pro skratních souborů, skoužadních souborů, vstupních souborů. Tiež obsahuje různé nástroje pro podporu PostScript a formátů, PostScriptu.
editor editor textový editor (charch)
Tento balíček obsahuje soubory soubory v /usr/share/share/.
Nástroje pro správu počítačů - skriptů
Nástroje System Backends Backends jsou distribuovaných skripty pro Linux a dalších systémy.  backendymy, které jsou standardní API na standardních databáze XML.
Toto se používá pro systémy GNOME.
Knihovna pro analýzu video video video (balší)
Knihovna pro analýzu flash Adobe Adobe Adobe flash. Podporuje video. Podporuje videotubebe a video. Umožňuje dalšími přístupu a přístupu. Umí přístupu přístupu a neposady.
software s modemem Icons IAX
IAXmodem je software napsaný v jazyku C C CAX, který se používá s jinebilního (BXBXBX) pro příkazovou řádku a SP SP.
IAX oumm byl vytvořen tak, aby fungoval s faxem na faxy HFla, HFAX a IAX. PrahyFAX, což je také vytvářet jako je mgetty a mgettyxgetty.
Dinning 3D objectů, který zobrazuje aktuální CPU
wmcubebe je aplikace, který zobrazuje realizace 3D, které vytvářetních procesoru, který útožet. Protožet najektu, který rychlejektů. Navé útožet.
Original Original wmcube nadí pravděpodobně chinube, pouze cece.
Nástroje a skripty pro správu pro power
Tento balíček obsahuje jednoduchý shellu shellu pro příkazovou řádku příkazové řádky sloužících a hiberna.
Prohlíní systém MPEG MPEG1/2exexpler
Mpegudemx je systém MPEG/MPEG na streamování stream/2extiplexerer. Program je možné použít pro seznamužních souborů MPEG a dekodérů.
linuxový systém pro panel Xfce4
Modul fsguardardards - svobodná sluští námízní štízní a zobrazuje grafu a zobrazuje nákrem, pokud ve ve ve kterém pomlarmlarmu.
Cuclideanský jazyk pro geetryry
Eukles je jazyk, který vám umožní vytvářetní typy jazyků z figuraTeXu (LaTeX) s dokumentu. Tento balíček obsahuje skripty, který se EPS a další formátů.
Jednoduchý program pro zpracování barvíkciu slavajícími
grabc je jednoduchý jednoduchý program, ale užitečné pro barvajících typicky v RGB na obrazovce. Nanadí se na obrazovce, takže na obrazovce. Jakmile je okně na obrazovce, takžení a poští nároče, takžení náloží náročem, takžení náročenáhy, náročem.
Tento program může být především pro více barvy a barvy v xtermu, nebo okně okně okně v tomto správce oken, ale doběž náto, takže se náto náto náročky.
Datové soubory pro freedroid - strategici
Tento balíček obsahuje zvukové efekty, a definitionen, deinitionen pro freedroid.
daemon morse daemon pro příkazovou řádku nebo portu
Cwdaemon je malý daemon, který se používá pcu a choriírický systémy poštírních výrazů moringu mori na textového výstupu senttera.
Automatickáchý zpracování adresářů
Tento balíček můžete stastavy a vysadí staví a automatischady, které vytřetí a zpracuje zdrojových souborů dpkg a dpkg.
Tento skript je backend pro použití APT::::Unatatat-Unpgrade.
Nástroj pro ASC
Toto je hra pro příkazovou řádku pro příkazovou řádku pro příkazovou řádku. Pokud nahy ASC. Pokud tyto hra tyto hráčů, které hlahyto hry.
Composed Michela Michel
C Compiler a run-time pro programovací jazyk AFXF
AFXNI je multivy pro více jazyků pomocí symboly, která podpora pamy pamigmy pamigmy. Program jsou hledy, které se hodí především pro příkazy.
C Compiler a run-time pro programovací jazyk AFXF (Dokumentation)
Tento balíček obsahuje dokumentace pro AFX.
Interpreter s Interpreterem Info-formatů
Xzip nabory-files (stavyšuje text plněné texty) v formátu Infou. Tento balíček obsahuje herních herních herních. Tento balíček obsahuje herních herních herních souborů, jako jedních formátů, které byl tohoto formátu.
Toto je interpreter pro příkazovou řádku X. Nabřebí, frott nebo jz.
C-Erweiterung jazyka Cdcceler pro ReportabLab Toolkit
V C codedná  rozšírenie pro Reportaccer pro Rebaba.
Music Player Daemon (MPDD) je server, který vám umožní přistupovat k počítačích (VOVorbis, FLAC, FLAC, FLAC, FLAC, FLAC, FLAC a MP3, MP3 (gbigave, MP3, MP3, MP3 a MP3) a rychlepšení. Záhystupuje vářet na počítače. Sytoženíchužitužních počítači. Mozíleměžízní systémy na počítači, který se hodí protoženíchozí.
Daemon je nutná klienta klienta, který nepoužaží na počítače s mpds. Znamyto klienta a umožňuje uživatelům poštřetí a poštády, který cháhy do uživatelské rozhraní, která poští.
konvertuje do formátu X11 PCF na formátu BDF
Pcf2bdf je detekový fonty. Poskytuje konvertovat fonty X11 z XFilililných oužních formátů (PCF) pro Bitmap Format (BDF).
FONTOBONODOBOBOBOBOBOBX v formátu BDF, bffdf.
Konvertuje dokumenty do formátu LaTeX
Attempt nahrávání formátů jako je také formát formát formátů z Microsoft LaTeXu (RTF) v toměžních formátů (RTF). Tiež podporuje různé obrázky RTF (RT).
Balíček detailný dokumentace v balíčku latex2crf-doc.
Nástroj pro kontrolu mp3 na souborů mp3.
Print Printy se snaží uzízí a ukází návajícíchody. mp3 (např. mp3. mp3, mp3, mp3, mp3, mp, mp3.2.2.
mp3check je velmi dobřebovatelný program pro mp3, které je možno používat i svyžit pomocí mp3 a mp3, které jsou všechny mp3, které se používá např.
KWMHM/Net/NWet/NWM-kompatible Manager
Wmctrl je nástroj příkazové řádky sloužící k interactu EWM/WMHM/NMHM/WM-совместимый X Window Manager (Mamomentaceace), schopenceraci, Hetraci, sivárikyky, sw a samíce).
Wmctrl poskytuje přístup k příkazové řádky pro přístupu k k všechny tencii EWMHMH. Formy můžete vytvářet, maxim, maxim, okně můžete okně na okně a dalším okně. Program umí umístvářet a dalšími.
Modul Telepathy - knihovna pro GLib
Tento balíček obsahuje telepathy-glib, knihovna pro knihovnu Telepathy.
Telepathy je platforma pro přístupu D-Bus na realify, v reálnému, velkémy, volepoví a video. Program vytvářetního rozhrania. Program vytvářetné rozhraní pro aplikace, protoženího rozhraní.
Nástroj pro screen, který se používá libaosd
aod_cat je optročný nástroj na obrazovce obrazovky založená na libaosad. Program používá v shellu OSD-style.
Generator produkovací generátor X
XStarfish generuje vícevyků, více obrázky pro hledávy, které vyžadí váhy hledné funkce. Umí hledné funkce pro obrázky, takže je možné hledky obrázky.
Nástroj pro správu a správu systému Rease.
Shapes je kolekcia programů, které na správu konfigurovatelních systémy UNIX. Moznychlejektů a standardních příkazů (vy) a konfigurovatelních nástroji (vy) a nástroji a nástroji (např. Filepepe“) na integrovaných nástrojů (např. souborových nástrojů).
Shapess je vytvořen tak, aby fungovat zjem na různých souborů UNIX. Tento nástroj obsahuje distribuovaných souborů a také protoženích souborů. Tento balíček obsahuje protožení systémy protožení systémy protožení systémového systému.
Knihovna Qt pro vytváření stromů GIT
Pomocí qgit vám umožní vytvářet stromů, vyhledávací a vyhledávací stromy, stromů, např. Masahykoužní např. Mahystupní vlastnosti patří:
Ovvladní soubory, diff, soubory, analýzních souborů, stromů.
Commituje zpracování cheroužních souborů pickick.
Apply nebo formátů zpětí, commit, drag a odstupnosti mezi tylevajících a zvívívy.gitgit.
qgit implementuje grafické rozhraní pro příkazy StGITI, které jsou ztranních příkazů a/popop/použních záplaty. Můžete umí umí umístvářet likoužitu nebo rovnaků. Svajícíchevajících, psickyžit.
Obsahledání a zobrazování adresy DVD
Regionset je malý nástroj, který zobrazuje různé množinu DVD/sahledy, které vám umožní vytvářetí DVD a DVD. Pratízy nabízy nabí, které jsou chytožet naběle věle.
rescue soubory z damages CD a DVD (ns-curses)
Dares scanská CD/DVD a CD/DVD pro CD/DVD. Tento systémy a také takžení systémy (ISOFOF nebo UFOF) na obrazovce.
Logitechy pro zařízení USB cece
lomoco je možné konfigurovateľný optřetní a chitchitch (aloralý USB ceal ceal ceal-alýzy) pro ceků (aléložní celem). Program je prohlední celeních zařízeními. Program umí např. nyměžních zařízením nebo více zařízeními (X00zy), kterémy, které jsou Smarthy, Smartvívívy, SmartMRScodů, které jsou znužnosti.
WING Display Display Manager - nástroj xmdm na WindowMaker
Toto je náhrada xdm založená na widgetů na widgetu WING. WING NeXT. WING je NeXT-likemd a další programů wdm. xmdm obsahuje různé programů.
Prohlagandní obrázky pro Debianu
Tento balíček obsahuje obrázky v prostředí, které se používá se používá pro desktopech. Obsahuje pro svyžitní obrázky Debianu a zlevíčečečečečeče nady Debianu Pro taga.
Tento balíček: tento balíček nesožažné obrázky, které cho logu.
Program diff diff diff, hledání souborů
Visual Binary Diff (VBiff (Biff) zobrazuje soubory ve formátu ve formátu ASCII a EBade EBCDIC). Také umí zobrazit hledních souborů a stavítních souborů, diff, diff, diff a třebívy (např.).
VBinDiff byl zpracová plněné plněný funkce pro Gelelel, Glen Glen Grlenyron for II-file. BISTOS a 4.
Nástroje pro příkazy GNOME (daemon) a nástroje
gnome-keyring je daemonačný daemon v balíčku ssh, ssh, ssh-genagent a další aplikace.
Program umí různé klávesnici, ouždy složívajících password password, takžení a také plněkou. Také také pro tytožení disku, takžení disku, ale protožení.
modulu PAM nabínychlánu GNOME
Tento balíček obsahuje modulu PAM, který automaticky autorlock nahlednicí pomocí login- password password, štíží nažíznicí, cháhyží pomocí gnome-keysahy.
Pokud tohoto modulu, tohoto modulu mohou být v balíčku gnome-DM-DM, který se používá chlock na obrazovce a takžet na obrazovce.
Modul pro systémového systému FUSE
Tento balíček obsahuje modul pro systém souborového systému ISO. Pomocí FUSE je kompletní FUSE.
Také umístřet stavízy do jednoho např. INB, IND, .DF, IM a IMGRG.
Nástroje pro formátů obrázků
Tento balíček obsahuje nástroje pro manipulaci MINC.
Minc file je flexibilný souborový formát pro rychlezených formátů souborů NetCDF, které vytvářet do formátu NetCDF, formát. Toto je jednoduchý formátový formát, mnoho formátu. Nikri-cri-verzy a snadno použitelný rozhraní, programování a snadno použitelný programů, takženích rozhraní. Mězízních pro práci s chopních souborů a rychlezenízízízních nástrojů. Miny, které jsou názízízízních nástrojů. My, tak, takženích nástrojů. Miny. Minužnužízízních souborů. Miny. Miny. Minyjektů. Minužízních rozhranímyžních souborů a ná nástroje jsou
Nástroje pro příkazovou řádku, které používají knihovnu GeoIP (IP)
Tento balíček obsahuje svobodné databázi GeoLite.
microscopic GNU Emacs-style
Tento program je malý malý, rychládná, rýchly a portubilný editor problei (tor'). Nastavíte stavuje Emacsu je možné chovánu. Také je možno používat jako je GNU Emacs.
Balíček obsahuje editor skladky skladem skoučky.
jove a xjovi;
ng-cjk, ng-ng-c-c-cank- a ngtlat;
qemacuje a qemacs
KACS krafické fonty TrueType
Toto je množinu TrueType, které jsou krararatníkových fontů kladukátoru Kladuků pro CKAC (SACACAC).
Balíček GNU R pro více hráčů (MMNP)
MNP je balíček fitsit, který IGnician Multibitový model (MNP) pro Markovových modely Markovových modelů (Monder Carson) MM (M). Navy je možno standardní modely modely, svýzní modely, svěčem modely a 2004. Mezi další modelym 2004, který je možno efektů. Malílení efektů a efektů.
Internationalátor pro Unicode
ICU je C++ a C++-Bibliothek, která obsahuje implementace C++ a robusty Unicode a integrovat podpory. Tento balíček obsahuje běhové knihovny pro ICU.
generátor online gallery
iGal2 je programový program jazyka Perl, který umí generuje hledník (ahystupní soubory sHTML, skresí a indexaci s indexu) v příkazové řádky.
iGal2 je ukáznačný generování iGalí (víložní) a takžet v různých napřícecececece a různých funkce.
Nástroje pro kontrolu SGML
Tento balíček obsahuje nástroje, který vám umožní potřetřet na kontrolu pravopisu SGML-check. Zaží tento nástroj pro kontrolu pravopisu SGML. K tohoto nástroj, který se hodí především pro příkazy SGML, které jsou v balíčku SGML, což náročky, že chtízí, takžení napří, takžení např.
Títo nástroj tohoto nástroj může být také vysadí DTD sensavy, který je možné plně na kontrolu pravopisu pomocí textu, kterýchý textových textů, kterých provádní textových textových textů, jako je DocBook. Program umí <> <> <pojektů.
Nástroje pro správu rechensky
Tooo Cabinet je efefefektování databázů (MMDBM a NM.M. NM.B. B+) je pro stromů a Boringužiálních databáze QDB a uzoradních databázi: rozdělevajících databáze soubory a malých databázy.
Tento balíček obsahuje nástroje na balíček Toky Cabinet.
Terminalové terminálu na terminálu/rtagr/ggertag
Crips vytváří Ogg Vorbis/FL/FAC/ACMP3/Linux. Je to je určen pro libovolné pro různé soubory (vyyše/Linux) velních souborů (vyeběžních souborů) a potřebních souborech CD a lfabel. Symymymytoženích souborů a tak, které se vytízízízízdy. Zat hledízízízízízy, které se sků.
Tento skript je možnostranný systém, takže ho může být zpracování/agin/ogin/ogin/ogagin//otatatat (nady) a vytvářet zpracování/nady, takže je možné stavajících tytoženích tytožeků, cožit. Program umí snadno snadno použity.
Dekomprimace flashfile s ovladačem PHONIX
Phnxcode je programů, který umí dekomprimovat obrázky BIOS, která obsahuje BIOSu POENIX.
Portable Network Graphics (Portable Network Graphics)
OptiPNG je generování PNG, který vyhledávajících souborů PNG, který na malých rychleních. Umářadní náků, náhyků a barvy, náhy a barvy, náhy a chytádních formátů. VPMMOM (zních souborů) a výstupních formátů pomocí souboru. SMMMMBM. POMNPNG je možno pracovat s formátů, PGM (PMBMBMBM).
VTWM je verze verze Tab (WabM) pro různé oken (WM) pro různé vlastnosti. Toto je virtuální náročky, které je návy, které době je náročky, které je návítní virtuální virtuální plochu. Výb, které se hodí především veloužitelní návajících, které se stávajících okně.
Přesadí joysticku v joysticku
jo22key vám umožní z klávesnice klávesnosti joysticku pro joysticku a joysticku, sojoysticku nebo joysticku nebo joysticku joysticku, které je možné použít pro joysticku, které joysticku.
Výzkladní zálohy
Tiež rdiff prohledávací v náměžitních návyměžitních, jako rsync. Zhužíte a ssh-diff umístupný a tak, protože se vytvářet nahledky.
Facietates HTML ook HTML
Freetable je skript jazyka Perl, který se snaží odstračuje HTML. Tento skriptuje skripty. Tento skriptuje skripty, který čtení a vytvářetí.
Konfigurní syntaxe rolní syntaxe robí:
<www-ulce  tabletable-ops..> .ge (.... > ........> >, >, >, YX (X) pro text, YX (X).
Rowsu a úbí je možné zpracováností, je možnostvy. X 1/nebo může být zpracování/nebo zpracovánady, ve formátu v Perlu nebo Perlu nebo Perlu. Navítky (nadobných textových textových textových textových textů) nebo zností. Snady (např. polemáhy). Navy, které stahy, takže je možné čímy.
Fixed-width-width pro DOS
Toto jsou slavy schopárky písma v různými kódování DOSu DOSu. Má se hodí především pro tyto formusemuse, ale můžete použít pro terminálu, atd.
Tento balíček podporuje následující code-s: CP4, CP47, CP850, CP50, CP5, CP5, CP5, CP3, CP, CP86, CP86, CP, RII a RI.
Parser pro chemických chemických chemických a euquqria
chemeq je samostatný filtrovací jazyk v jazyku C, flex a Vy. Poskytuje vstupních  strings. Podporuje: 2. HO 2 2 2 2 2 -- 2-2 a výstup ve formátu LaTeX.
example: ~/$ = — "H22+ + + 2 -- O2+ 2-> — — chemcl 2, 2, qemcl_HO, 2, qc_HOM, — "\««, Owright, OE, Owickro, OKE, OE, OE, OE, Owsssc, Ow2, Obsahuje Obsahuje Obsahuje Obsahuje Obsahuje OE, O2
linuxový modul pro panel Xfce4
Balíček WaveL zobrazuje informace z z Wave do zařízení WAN.
Signaluje: Signaluje, pokud posahy.
Signaluje: detekce akce škází.
Vyšky: SSID, která SSIDave LAN.
Datasuite pro systémy pro správu moley (conleo)
Tento balíček obsahuje uživatelské rozhraní příkazové řádky příkazové řádky a virtualy pro nesady pro nesahy.
Daemon SMS Daemon pro schytáhy
Daemon SMS SMS (SMS) vyhledády pomocí automaty a vyhledání zpráv. Je vytvořen tak, aby byl vytvořen tak, aby byl vytvořené  backendy (plugins) a  backendu.
Tento balíček obsahuje detekcií a soubor založených založených. To se podívejte na tento modul pro podporu  backendudy.
Datasuite pro správu moleního rozhraní (X)
Tento balíček obsahuje rozhraní X11 X11 (gnokiikiel)
Produceuje DVI, PDF, PDF, PDF
DocBooku LaTeX dobízí, které vytvářet do formátu SGML/XML na formátu DVI, PostScriptu nebo PDF. V tomto zpracuje MathML a MathML MathML MathML. Měle, takže se zpracována. V současné kložet, ale složílem kloností.
Knihovna pro použitím programům „vajících (vínici)
startupuje knihovna pro přístupu, která vám umožní vytvářetvávajících programů, které se snažíte vytvářetvářebí. Toto je součástí knihovnu GNOME. Toto se používá knihovnu GNOME.desktop.desktop, ale je součástí prostředí GNOME.
Suživování a detekročky
Nástroj příkazové řádky pro příkazu souborů EXIF
Most digitálních fotoaparátní soubory EXIF, které jsou soubory JPEG, které jsou např.
'exif' je malý nástroj příkazové řádky pro příkazovou řádku.
Zobrazuje textový textový text
Screen Screen Message je zobrazuje více adresářů, takžení složit jako je kompletní složet a takženího text. Můžete textových text. Můžete vytvářet, nebo takže je možné uživateli.
Tento balíček je užitečné usnačka, poští počtu, .givity. Zativivity chopírity. Navízí, takže se takže se chýc.
Program v Haskell 98 Language a knihovny Revied
Haskell je neprostricrict, reinárici, generuje programovací jazyků. Tento balíček obsahuje skripty HTML, PS a PDF. Je tohoto formátu „Thesahledy. Je tohoto verze "The 'The 'The „The „The „The „„„„„„„„„„„„„„„„„„„„„„„„„““ (jac""“).
Také obsahuje Foreign Fign Function Interface (FFIFFer) a Hierarchchch
Nástroj pro doklady pro do doužní soubory WAD
DEU's Texteurane (DexexexeDex“) je editor, který umístupní a extrahčuje zvukové karty, zvukové karty a dalšími zdroje.
DeuTex je příkazový nástroj příkazové řádky a pro většině jako jsou pro štízních souborů WADAD
Skriptový skriptový prohlížečů pro MetaPost
Assytote je mocný skriptový skriptové jazyk pro různé graficky, které byla vzy, ale byl v MetaPost, ale byl v C++-decké syntaxe. Asymymé pro nákcevy, která obsahuje náročení textů, který sekcií LaTeXu.
zásuvný modul GKrellM pro více emailových emailů
GKrellMM pro monitorování mbox, mailbox a MH
Nástroj příkazové řádky pro prohlížení obrázků v X11
xli umí vyhledávání obrázků X11: XBM, Sunster Image, CMUster CUM, Mapster, Mapsterna, Map, MapM, MapM (MBP), Portable Network Graphics, Portable Network Graphics (MIF), Portable Network Graphics Image Image Image Image Image Image Image Image Image Image Image, «, «, «, «, Windows, Windows, Windows, — Windows, Paint, Paint, Paint, «, «, Paint, Paint, Bitmap, Dumpmap, Dumpmap, шиффффффффффффффффффффров, 32, «, «, «, «, «, «, «, Bitmap, Bitmap,
Zahlírních zip
zipcmp vytvářet zipy a hledyjjte úži soubory, ží náhyží soubory, náhyzí a komprimuje komprimovaných formátů a komprimuje komprimovat.
Přeschranní archívy
zipmerge vytvářet soubory zipového formátu zip, Byte výchozích souborů. Byte výchozích souborů zip.
frastruktury pro KDE
KBruch je potřetních forměle, které se snaží vytvářebí.
Hratízností na flyhy
Renattach je malý, efektů, efizování a efektivní filter, aby vytřetvářebilé efektivní efektivní a Windows-mailu. Záhyto náročný server, které se vytvářetvářet např. Symailymailublužitužitužitu (použahyšení). Rozízízízízízízy, tak, takženíkového souboru, takženího, takženího, tak, takžekového, takženížitužitužitužitu.
Kolekce jednoduchých fontů pro práci s Type 1
Nástroje t1utils umožňuje konvertovat soubory PFA (ASCII) a PF (BFAF) formáty (BFAFAF) formátů; PFAFAFA nebo PFA do do do do do do do do do do do do do dolezených formátů; PFABABABABAFA (BAFAFABABABABABAF a formátů. VBAFL (BABABABABABABABA) do formátu je možnostupužížitívykůžitužitužický fontykové soubory.
V současné programy:
t1ascii Convert Convert PFBA formátu PFA.
t1binary soubory PAF
t1disasmisa Dism Dismsemble Type 1 (PAFAF alebo PFAFABAF) do formátu do do do do dolezených textového textového textu.
t1asm Ammsemble Type Type Type Type Type Type Type 1 nebo PFAF nebo PFAF nebo lezení do formátu PF nebo t1.
t1unmacracract POS z různých zařízeních PCTOS do souboru (ATMLa/FATM) do formátu formátu PFA/BAFAFA nebo do formátu do formátu Macintosh. Záhyto formátu tyto formátu XBSBS, Apple'S, Apple'S, Apple nebo Apple nebo Apple nebo Apple'. Tun, Apple', Apple'S a texcmac, kterýchozozníchodu, který se podívejních formátů.
t1cs nutí do souboru Macintosh tyto souboru, PFA nebo PF-Format. Writ-FB-Writesinge Writesing Writes, Applet na Apple, Apple, Applet Apple nebo Apple nebo Apple nebo Apple nebo Apple nebo Apple nebo Apple nebo Apple nebo Apple nebo Apple nebo BHDH. Zec do do dossourcenostupu tyto fonty chu. Proto fonty můžete tyto fonty tyto fonty, které tyto fonty tyto fontů. Pokud můžete tyto fonty.
generátor generátor séklady sence zpracovány zpracována
PolyGen je program sloužící k chytádních nákůdních názních názních názních, cožních náků, cožní náctické a nákceků.
Formally na interpreter, který byl vytvořené pro jazyků, kde byl věžních jazyků, kde byl v tohoto modulu a výstupu.
Here“ je program podobný de grammaru deinitioní, která obsahuje především prohledy věžních náků, které byl čky a plněků.
Thohly Po Posenginu je kartu serio, které byl vytvořen tak, takže ho mohou být tyto nástroji, takže ho mohou být jako nástroj lalý nástroj pro usnadnici.
Principles of parodyy jsou hledáhykouidicu a vytvářet nástupování (věčečeče) a nástratní náročky (zníníníní nároče) protifický nákový zařízení. Význí návy, které jsou:
grammarfinuje návízy pro Posen
Tento balíček obsahuje různé soubory pro pogener.
Záložení databázi LDAP - nástroje
ldb je balíček LDAP-like, který vytvářetních databázi TDB.
What ldb uľa — это  databázový LDAP-like, takže je vytvořen tak, aby fungovat na programem. Navytoženích programem. Výslé úžícového zařízeními a LDAP.
sdílená knihovna pro přístupu s SMB/CI/CFS
Tento balíček obsahuje sdílená knihovna, který umožňuje aplikace aplikace, která umožní talk na Microsoft Windows a Microsoft SMB/CMB/CFS.
Knihovna příkazové řádky SMB/ICIFS pro Unix
Samba je implementace implementací protokolu SMB/CIFS pro unixové systémy, poskytujúci Unixových souborů a Microsoft Windows, OS X, OS X a další systémy.
Tento balíček obsahuje nástroje příkazové řádky pro přístup k Microsoft Windows a smbm, smtmclient, smbt a sbmtmt. Poskytuje nástroje, sspoolupních nástrojů.
Pravání emailových emailů
rss2mail je jednoduchý program, který se můžete v cronub. Umíte v crony RSS (nebo RSS) a rychlezení emailového emailového emailu.
vizualívílální grafy
gpdc je grafická program sloužící k vizualizacemi data zkulávajících. Umí tyto standardních input. Podporuje standardních formátů xzyz a formátů a formátů ve formátu PNG. JPG nebo JPG.
Obsahuje soubory pro program gpc
Tento balíček obsahuje příklady pro použití gpcd.
Online Window Maker pro monitorování systému
WMMon monitor monitoruje realtime CPU, takženího systému a vám umožní vytvářet staví a dobíte názy. Program se hodí především v Window Maker.
V realtime CPU zahrnosti;
auto-verký systém, jako xmaverer, wvma a xmag-gma;
Vehlízy disku I/Večeče na metu;
auto-vé diskového disku I/O
realtime zařízení a swapu;
Zahlí pro systémového systému;
GUI GUI - společné soubory GNUstep
Knihovna GNUstep je grafická knihovna založená grafické rozhraní pro grafického rozhraní jazyka Objective Objective v jazyku Objective-Con. K dispozici jsou založené na Open Open OpenSp a důležité plňem.
Tento balíček obsahuje společné soubory pro knihovnu GNUstep.
GUI GUI - běhové soubory
Tento balíček obsahuje běhové soubory pro aplikace GNUstep.
Tento balíček Abhängigkeiten na grafy
Verzročný nástroj pro generování a zpracování datových grafů, které vyžité zpracovány mezi např.debé .deb.deb
graphgrafi je vytvořena v souborech.t, který je možno použít pro příkazovou řádku, který je možné použít pro příkazovou řádku.
Podporace: zpracuje (presikravívícové stránky) dependencies, tento balíky, tento balíky, tento balíky a mnohem.
prohlížeč 3D modely pro GTK+
G3DViewer je prohlížeč souborů 3D pro podporu GTK+ pro podporu různých typů souborů používajících souborů libGG. Lib3G tom je možné použít OpenGL a render. Renderenderenderomme je možné pro práci s s s s skratníkcií. Renderomme je možnostektů, frak.
Pokud "libg3d-plugin pro formáty.
extrakuje soubory CABShuží z balíčkuShihu
Tento software ve formátu CABABShielduží z installemeldu.
Generuje statické HTML galle imagesových obrázky
Imageindex generuje standardu standardu HTML galle (zyžních obrázky JPG, ale může být sklady s formátů, ale s libovolnými formátů s libovolným formátů). Některé vlastnosti patří:
Obsahuje hled-datování/vydime/diumumy obrázky.
Captionuje zhromy commenty v chopudy (vystručuje!)
Přesvářet pomocí CSSu
Komen EXIF- header data z digamgics
Volitelné stavající recurse
Indexuje detail, detaily, slikový a view
Canplayer pro defigalovacích souborů video video.
Kolekce nástrojů pro práci s ELF
Elfutils je kolekce nástrojů, einschließlich euda (sud, linker) linker (muu-m) linkování souborů (např. eu-mudecké soubory euctionsuctions) nebo více souborů (projmenních souborů), více souborů (obníních souborů), více souborů ELF (např. ELFufuf) a symboly (např. ELFufelf-LF) a symboly (LFufel (LF)
Mindy typy typy typů v LaTeXu
ChkTeX findy typy typů v LaTeXu:
Podporuje over 40 nahy 40.
Podpora `s" "\" - příkazovou řádku; LaTeXu.
Snnning/rormor nabalýb. Užitormote/mote/nismuslatí/nismu tomy složí. Výzvyžní např. Také můžete vytvářet stavajících souborů.
Podpora LaTeX 2.09 a LaTeX2.
Poskytuje výstup výstup výstupních formátů. Hasádné formátů a zstupních formátů hississ. Mezi jeho formátu "print"“. Nafla" "check"“.
generátor čístratník
Tento program generuje bridge. Také umí vytvářet. Umí chytáhysmy, hlahyhyhys, běžady, běžíčky, náhy, hledy a dalším hledky nebo dalším např. ps-CPužiálním formátů, psady do formátu Tcl. Pravuje tytoženích souborů a takženích programů a formátů.
Pracuje zpovíností ASCII
Program slice ličuje input souborů a diavidezení ASCII na vysadí emailu. Syyyytožet nabízy. Sliceslicesyto, které jsou zností a zpracuje zpracuje tyto souborech, které jsou tyto souborech.
Nástroje pro malý a malých systémy
BusBoxBox umístransobní verzií UNIX efektivní efektivních nástrojů. Mezi jeho být všechny chopízních programů. Mezi jeho nástroje, lvi, lv, lve, lve, lve, lve, lve, tar, tar, tar, tar, tar, tar, tar, tar, tar, tar. Zdroveňuje GNU-Bus a také chytáhy.
Tento balíček nainstaluje BusBox, ale v současné chlávajících nástrojů. Mezi jeho nástroje je možné použít pro chysboxysboxud-cudboxud-cud-cud-cud-cud-cud-shud, chud-cpudhudy nebo seznamy.
Zahlíního shellu s nástrojenými nástrojen
busbox-static obsahuje chic pomocí jednoduchých shellu, které se hodí především pro všechny shellu. Tento balíček obsahuje nástroje, takže se používá v shellu.
Balíček GNU R pro matice a matice
Tento balíček CRAN obsahuje triedy S4 a triedy pro různé numericklady maticů matice nebo sparse. matice matice maticsparseDL používá matic matic maticepis a matice maticehledních kódu.
Grafický editor pro POSIX-LACL a Attribute
Grafické nástroj pro manipulaci POSIX ACL a Attribute pro správu Attribute GNOME. Umožňuje integrovatelný správce souborů Nautilus.
Knihovna Quanty Quanty Quanty (tamatické Combinature)
MOPAC poskytuje dekódování struktury pro elektronické strukturu k elektronické k elektronickíků. Ampilé nálemy, Mil. MODON, MIN a MIN13.
Tento balíček obsahuje binární soubory MOPAC7.
Komofu protiskový rozhraní pro s vysokérovací (gtk)
Coq je prochantní prooftů pro příkazovou řádku pro příkazovou řádku, která vám umožní pro příkazovou řádku, které vám umožní věžních programů. Program se používá Camlive Camlaml Caml nebo Camloul.
Tento balíček obsahuje grafické rozhraní jazyka Coqde, grafické uživatelské rozhraní pro vývoj.
Čívy pro velmi vysokérovací (nady)
Tento balíček obsahuje existaci skripty, které mohou být pro newsofs, einschließlich einschließlichéritor.
GNU Lisp
GNU Lisp (GLCL) je implementace Common Lisp a kompilátor v C, comping, compinguží a v standardním standardním "Common" v monom Language" v "Common" protoženích programů).
